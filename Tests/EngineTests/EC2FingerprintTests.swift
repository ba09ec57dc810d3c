import Foundation
import Testing
@testable import Engine

/// Fingerprints and key files checked against values computed outside the lab, with
/// OpenSSL, OpenSSH and Python's `cryptography` (the commands are beside each vector).
@Suite struct EC2FingerprintTests {
    /// A throwaway RSA key made with `openssl genrsa 2048` (PKCS#8 PEM).
    static let rsaPrivateKey = """
        -----BEGIN PRIVATE KEY-----
        MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCUasowA0QwnCt+
        1igIoiMHOdu6S/S3xn2o6ml9p+m55mAUEbClcMl7426kj5bXE06FG/wdPjk3G2Hr
        f0dVLr/vs3aZsTLmAHMZWIp94njOKjdirjqkBcGi4Kd1+wjhQw12dPMI7VibDmHy
        E5GugBA9HYjUKLielkFFupYkm0+lGlUr2PymBIj7FVqIoillXbU0BjUtc4OS6WvU
        D1DzPjp3ecFKpvL5Zu7UEqs6lGrinIonGBVmDvOcXV+aa6VJYtvwe/foqYq9HCd6
        L6yHpw/cpOyhBr7yXNcW3IFRg9Qc9HzHkwRUB+6wAxKPM39eZz3jDimODPIBsVK/
        q67H3fKhAgMBAAECggEAKbGyaTiRsII+6dvp1TsPUhlb9AMglXwqkwh/aDCCxZnF
        hf3OPTvpLmefDpXUD0m6NkS9V83CLwv/PzQ7at++Re2JtPWF0f1wWD96cJDt1SUg
        +BTwHmILmuE3yjoirX2zy4JhQDHFQZIRy/rZY0dQyIqChO+Hpe2aGqenRFNpVX0Z
        oHBcImQmJrZFImiC2316KqUWsLJmCDQjsfU6Gld12Oa4l8uVJOPTXwVkJyat0SkZ
        N0eYLbJqpIE9nBko7QPwi4qyvT600FUmoAQRQB6BvxKwijc/dCiC5dtV2kEhwSlB
        e6Df0sENxaoNmSk+Xr4kJeYCXrMvhNnBZkQj/mqBLQKBgQDNvsR0QUynr2OsqNH/
        OWJlxmOODaxBloxL0Q9bedolS9okONR2bhXU6ZKXYYqQ1+qVNd7MyIroAKz3DqUm
        1dduajOuDQEZ0Xk15e0O+bvOcDt44CCLni572xI+g79EjI1oa7lRuc74NavSN/jy
        7cJWfABFD5LfAaHnwC9aNVhTBwKBgQC4q03XEeJEnn2p6ngWpkh1X2EkmnjzOJUw
        uU5MG02/wzR4gcRKZa1XclM0XQnWmHucpFjea7qE9LHlBDUbEmFYJXJKcV0wGJdK
        xpJiGFubj06GKik2RV9+sww3EuqP8wddQ022Y8JnXERvQJgQflG9weC2XLjrqcqd
        Ju0GS31bFwKBgQClpisLoqtx8q8gi0eP4obLhGARNgbzQ5+vRyHDN6cgEiMOuMau
        l1Fye5/vy7PBjGWtPpMkc24K/shDnYHwc4kgt9bmEkhJnjKl53nmbcD8o7XuSx1I
        69FnHOlidbZgHX2YjerF1wDBLI0rEq+X/z9RXELnV3ObovfU3BID4iE7rwKBgHu6
        mu7MlrOvFTcxV8ClLMsnWqjxrrQXZy48Gg+4A4HGQnOzTlcihN+gQ8tDwwG7LKcp
        Hjn4KAJJCKAPD53R1NMAU/E4v10oPMXnAdEjzM0PWWde/DnWhUMYp8iGrg5AoOCF
        5Z2cfXZPRbLcroXufMoNCohk26laG9zrZcff8F+FAoGBAJRb/AjZ89yq+e0vNuSy
        7k03e4e/9kjJFpdUQLu1FPB2FnQNQBeIKSLmyTMa+8OYVVqc/qgn5A2T20OlpKrv
        pwiqq0T5p3fUlePPKyQ60Ff5EeD/F0T49UAnVQrgcbZoHqhsOd1ItHhZIm3mwlsM
        tPRakV7umLs184GTGmar++Zg
        -----END PRIVATE KEY-----
        """

    /// `ssh-keygen -y -f rsa.pem`
    static let rsaPublicKey = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCUasowA0QwnCt+1igIoiMHOdu6S/S3xn2o6ml9p+m55mAUEbClcMl7426kj5bXE06FG/wdPjk3G2Hrf0dVLr/vs3aZsTLmAHMZWIp94njOKjdirjqkBcGi4Kd1+wjhQw12dPMI7VibDmHyE5GugBA9HYjUKLielkFFupYkm0+lGlUr2PymBIj7FVqIoillXbU0BjUtc4OS6WvUD1DzPjp3ecFKpvL5Zu7UEqs6lGrinIonGBVmDvOcXV+aa6VJYtvwe/foqYq9HCd6L6yHpw/cpOyhBr7yXNcW3IFRg9Qc9HzHkwRUB+6wAxKPM39eZz3jDimODPIBsVK/q67H3fKh"

    @Test func createdRSAFingerprintIsSHA1OfThePKCS8PrivateKey() throws {
        // openssl pkcs8 -in rsa.pem -inform PEM -outform DER -topk8 -nocrypt | openssl sha1 -c
        let pair = try GeneratedKeyPair.rsa(pem: Self.rsaPrivateKey)
        #expect(pair.fingerprint == "e8:7f:aa:51:7f:b3:0e:51:5d:a5:38:a9:97:b5:9a:5e:f8:d3:33:97")
        #expect(pair.privateKey.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\nMII"))
        #expect(pair.privateKey.hasSuffix("-----END RSA PRIVATE KEY-----"))
        // The public key EC2 keeps is the one ssh-keygen derives from the private key.
        #expect("ssh-rsa " + Data(pair.publicKeyBlob).base64EncodedString() == Self.rsaPublicKey)
    }

    @Test func importedRSAFingerprintIsMD5OfTheDERPublicKey() throws {
        // openssl rsa -in rsa.pem -pubout -outform DER | openssl md5 -c
        let key = try ImportedPublicKey(material: Data((Self.rsaPublicKey + " me@laptop\n").utf8))
        #expect(key.type == .rsa)
        #expect(key.fingerprint == "5b:0e:67:c6:ab:b4:41:d2:98:7f:5a:3d:c0:76:5b:12")
    }

    @Test func ed25519FingerprintIsBase64SHA256OfThePublicKey() throws {
        // ssh-keygen -t ed25519 -C me@laptop; ssh-keygen -l -f ed.pub
        // prints SHA256:5MBBleBvQa52q0s7PzG9StJphmXvf5mJwSVIaRynMG4 (EC2 keeps the base64 padding)
        let key = try ImportedPublicKey(material: Data("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKTRGZeBfKg2S5aciNES5uYC6QDHPcl407hwH54+EkxR me@laptop".utf8))
        #expect(key.type == .ed25519)
        #expect(key.fingerprint == "5MBBleBvQa52q0s7PzG9StJphmXvf5mJwSVIaRynMG4=")
    }

    @Test func createdEd25519KeyFromAKnownSeed() throws {
        // Python: Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33))), public key in
        // OpenSSH format, then base64(sha256(blob)).
        let pair = try GeneratedKeyPair.ed25519(seed: Array(1...32), check: 0x0102_0304)
        #expect("ssh-ed25519 " + Data(pair.publicKeyBlob).base64EncodedString()
            == "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHm1Vi6P5lT5QHixEuipi6eQH4U65pW+1+DjkQutBJZk")
        #expect(pair.fingerprint == "eVkCKHnc5RjanBduU2vmOecbFl3M9wOgHdk24INJytY=")
        // An OpenSSH private key file: magic, no cipher, one key whose public half is the blob.
        let lines = pair.privateKey.split(separator: "\n")
        #expect(lines.first == "-----BEGIN OPENSSH PRIVATE KEY-----")
        #expect(lines.last == "-----END OPENSSH PRIVATE KEY-----")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count <= 70 })
        let body = try #require(Data(base64Encoded: lines.dropFirst().dropLast().joined()))
        #expect(body.starts(with: Array("openssh-key-v1".utf8) + [0]))
        #expect(body.range(of: Data(pair.publicKeyBlob)) != nil)
        // The private section holds the seed followed by the public key, as OpenSSH stores it.
        #expect(body.range(of: Data(Array(1...32) + pair.publicKeyBlob.suffix(32))) != nil)
    }

    @Test func invalidPublicKeysAreAFormatError() {
        for material in ["not a key", "ssh-rsa AAAA", "ssh-ed25519 " + Data([0, 0, 0, 1, 65]).base64EncodedString(),
                         "ssh-dss AAAAB3NzaC1kc3MAAACBAP", Self.rsaPublicKey.replacingOccurrences(of: "ssh-rsa", with: "ssh-ed25519")] {
            #expect(throws: AWSError.self, "\(material)") { try ImportedPublicKey(material: Data(material.utf8)) }
        }
    }
}
