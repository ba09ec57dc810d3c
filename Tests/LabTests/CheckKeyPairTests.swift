import Testing
@testable import Lab

/// `file` checks with `key-pair`: the PEM file's public half must equal the key pair's
/// OpenSSH public key. The keys are throwaway test keys made with ssh-keygen.
@Suite struct CheckKeyPairTests {
    static let rsaPKCS1 = """
        -----BEGIN RSA PRIVATE KEY-----
        MIICXQIBAAKBgQDZC1bKC2s2ZMnKc+leTPJLOWV3b1B0BJCfNgVBzjIxtyMs+smf
        sUrCt0FysmdnGjDleCB3W26JSSqW/WoPqLhIJAPkGS+MfakR0SUgs++LGJX1Qks9
        k/0Ak5He0qKFj4w0N3YShicaDhHT4LzULoKC6XlLpzys8tWET6ccffaDIQIDAQAB
        AoGBAIQROEA87oHsljUQjuIIpC5NwIYKP8Q4ut+F+XDvTO+fZlIKUAFR2hHdfH+U
        OwMrlrEqhWbbRclXsgiqLo1Utrxf/KBEOIi02KeqzvU6FnmHfWrskqSe4ib7qHL+
        mGYKHLkjy+xP4iOcg581ddsku9ImlDjjEQyD/GK8LBIsEvABAkEA7h4PxvndchL/
        DW4yZGFqkEyIOEmW+ZUgjAfW6lqSXcv19sOc0UXO2TdiEqPD8JY6N6xDcet6OuF2
        rMM03k9DwQJBAOlYIoGUwHWKAE4kct5NiSVkvrjNMfZhavneftr/FWuWIrJRHNKC
        i0UJGpTrFSE77rPJ4IbpE0GIL9YTJpK3l2ECQQCeX4Y03FmKFtJm12VS2GwtH4n2
        jhOJWsNz/37VDnqNQiwM/Vve4ORMGwbyyNN4wCJmhv+w1GLOqMjq7UbLmcLBAkBU
        /wWSrdxs9BeoXx54W0XZmRjft967IEEXQzRyEPh8d/OrgGA/Tc3tF6PXGspXkL0i
        QCbI/Z1GAZVrJQ6n4rgBAkARXs/rayA5ONvQ8W6T2fJEXxKSL/7QSbFpEkBM3sxB
        zV30yBQnmVtppyAZX50RzYA99EwB6NypNj8Si0lzvCup
        -----END RSA PRIVATE KEY-----
        """
    static let rsaPKCS8 = """
        -----BEGIN PRIVATE KEY-----
        MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBANkLVsoLazZkycpz
        6V5M8ks5ZXdvUHQEkJ82BUHOMjG3Iyz6yZ+xSsK3QXKyZ2caMOV4IHdbbolJKpb9
        ag+ouEgkA+QZL4x9qRHRJSCz74sYlfVCSz2T/QCTkd7SooWPjDQ3dhKGJxoOEdPg
        vNQugoLpeUunPKzy1YRPpxx99oMhAgMBAAECgYEAhBE4QDzugeyWNRCO4gikLk3A
        hgo/xDi634X5cO9M759mUgpQAVHaEd18f5Q7AyuWsSqFZttFyVeyCKoujVS2vF/8
        oEQ4iLTYp6rO9ToWeYd9auySpJ7iJvuocv6YZgocuSPL7E/iI5yDnzV12yS70iaU
        OOMRDIP8YrwsEiwS8AECQQDuHg/G+d1yEv8NbjJkYWqQTIg4SZb5lSCMB9bqWpJd
        y/X2w5zRRc7ZN2ISo8Pwljo3rENx63o64XaswzTeT0PBAkEA6VgigZTAdYoATiRy
        3k2JJWS+uM0x9mFq+d5+2v8Va5YislEc0oKLRQkalOsVITvus8nghukTQYgv1hMm
        kreXYQJBAJ5fhjTcWYoW0mbXZVLYbC0fifaOE4law3P/ftUOeo1CLAz9W97g5Ewb
        BvLI03jAImaG/7DUYs6oyOrtRsuZwsECQFT/BZKt3Gz0F6hfHnhbRdmZGN+33rsg
        QRdDNHIQ+Hx386uAYD9Nze0Xo9cayleQvSJAJsj9nUYBlWslDqfiuAECQBFez+tr
        IDk429DxbpPZ8kRfEpIv/tBJsWkSQEzezEHNXfTIFCeZW2mnIBlfnRHNgD30TAHo
        3Kk2PxKLSXO8K6k=
        -----END PRIVATE KEY-----
        """
    static let rsaPublic = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDZC1bKC2s2ZMnKc+leTPJLOWV3b1B0BJCfNgVBzjIxtyMs+smfsUrCt0FysmdnGjDleCB3W26JSSqW/WoPqLhIJAPkGS+MfakR0SUgs++LGJX1Qks9k/0Ak5He0qKFj4w0N3YShicaDhHT4LzULoKC6XlLpzys8tWET6ccffaDIQ== lab-key"
    static let otherRSAPublic = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDN+KwzG3algVyy4B5J46uLzbt1D6BjWgnkuuMn+WO1qlzEowEhB76c3D1rfBTAyJXaNwmEdgi2vym7pM+s4mnuyc9Ddw/5k/JYtDe2ePflQEzDbe5kzXdPUMOSitZS9vmEKpWC4BwAhrdcXIXMOu/3CD+ctTX4ERc/Fygsy0inbQ=="
    static let ed25519 = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACCCLpsTeKKLuyBPa1PYAnvaKRh6pyzJ5tVrihUwcQo85wAAAIipapt/qWqb
        fwAAAAtzc2gtZWQyNTUxOQAAACCCLpsTeKKLuyBPa1PYAnvaKRh6pyzJ5tVrihUwcQo85w
        AAAEDfWwTKpfYY+/Z5/7D6UXfyNnVlxUJ0GL1Tz2Tng7ISzIIumxN4oou7IE9rU9gCe9op
        GHqnLMnm1WuKFTBxCjznAAAAAAECAwQF
        -----END OPENSSH PRIVATE KEY-----
        """
    static let ed25519Public = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIIumxN4oou7IE9rU9gCe9opGHqnLMnm1WuKFTBxCjzn"

    @Test func rsaKeysMatchTheirPublicKey() {
        #expect(KeyPairMatcher.matches(pem: Self.rsaPKCS1, publicKey: Self.rsaPublic))
        #expect(KeyPairMatcher.matches(pem: Self.rsaPKCS1 + "\n", publicKey: Self.rsaPublic))
        #expect(KeyPairMatcher.matches(pem: Self.rsaPKCS8, publicKey: Self.rsaPublic))
        #expect(!KeyPairMatcher.matches(pem: Self.rsaPKCS1, publicKey: Self.otherRSAPublic))
        #expect(!KeyPairMatcher.matches(pem: Self.rsaPKCS1, publicKey: Self.ed25519Public))
    }

    @Test func openSSHKeysMatchTheirPublicKey() {
        #expect(KeyPairMatcher.matches(pem: Self.ed25519, publicKey: Self.ed25519Public))
        #expect(!KeyPairMatcher.matches(pem: Self.ed25519, publicKey: Self.rsaPublic))
    }

    /// The notes' `--output text > key.pem` puts the fingerprint before the key and the
    /// name and id after it: not a key file any more (CLI-EC2-3).
    @Test func textOutputAroundTheKeyIsRefused() {
        let polluted = "1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f\t" + Self.rsaPKCS1 + "\tlab-key\tkey-0123456789abcdef0"
        #expect(KeyPairMatcher.decodePEM(polluted) == nil)
        #expect(!KeyPairMatcher.matches(pem: polluted, publicKey: Self.rsaPublic))
        #expect(!KeyPairMatcher.matches(pem: "not a key", publicKey: Self.rsaPublic))
    }

    /// EC2 is not simulated yet: the check asks `describe-key-pairs` and fails kindly.
    @Test func aMissingKeyPairFails() throws {
        let lab = LabHarness()
        try lab.write("key.pem", Self.rsaPKCS1)
        let check = Check.file(FileCheck(path: "key.pem", keyPair: "lab-key"))
        let outcome = CheckEvaluator().evaluate(check, in: CheckContext(session: lab.session))
        #expect(!outcome.passed)
        #expect(outcome.message == "There is no key pair named lab-key.")
    }
}
