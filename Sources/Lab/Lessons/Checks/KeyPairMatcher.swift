import Foundation

/// Decides whether a private key file belongs to an EC2 key pair: the public key derived
/// from the PEM file must equal the key pair's OpenSSH public key (`ssh-rsa AAAA...` or
/// `ssh-ed25519 AAAA...`, as `describe-key-pairs --include-public-key` shows it).
///
/// Reads RSA keys in PKCS#1 (`BEGIN RSA PRIVATE KEY`, what EC2 hands out) and PKCS#8
/// (`BEGIN PRIVATE KEY`), and OpenSSH keys (`BEGIN OPENSSH PRIVATE KEY`, EC2's ed25519
/// format). The file must hold the key and nothing else, as `ssh` requires.
enum KeyPairMatcher {
    private static let rsaOID: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]
    private static let ed25519OID: [UInt8] = [0x2B, 0x65, 0x70]

    /// Whether the PEM text is the private half of the OpenSSH public key.
    static func matches(pem: String, publicKey: String) -> Bool {
        let fields = publicKey.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard fields.count >= 2, let expected = Data(base64Encoded: String(fields[1])),
              let blob = publicKeyBlob(pem: pem) else { return false }
        return Data(blob) == expected
    }

    /// The OpenSSH wire form of the key's public half, or nil when the text is not a clean
    /// private key file.
    static func publicKeyBlob(pem: String) -> [UInt8]? {
        guard let (label, der) = decodePEM(pem) else { return nil }
        switch label {
        case "RSA PRIVATE KEY": return rsaBlob(pkcs1: der)
        case "PRIVATE KEY": return pkcs8Blob(der)
        case "OPENSSH PRIVATE KEY": return openSSHBlob(der)
        default: return nil
        }
    }

    /// The label and the decoded body of a file that is exactly one PEM block.
    static func decodePEM(_ text: String) -> (String, [UInt8])? {
        let lines = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        guard lines.count >= 3, let first = lines.first, let last = lines.last,
              first.hasPrefix("-----BEGIN "), first.hasSuffix("-----") else { return nil }
        let label = String(first.dropFirst(11).dropLast(5))
        guard last == "-----END \(label)-----" else { return nil }
        let body = lines.dropFirst().dropLast().joined()
        guard let data = Data(base64Encoded: body) else { return nil }
        return (label, [UInt8](data))
    }

    private static func rsaBlob(pkcs1 der: [UInt8]) -> [UInt8]? {
        var outer = DERReader(der)
        guard let body = outer.next(DERReader.sequence) else { return nil }
        var reader = DERReader(body)
        guard reader.next(DERReader.integer) != nil, let modulus = reader.next(DERReader.integer),
              let exponent = reader.next(DERReader.integer) else { return nil }
        return sshString("ssh-rsa") + sshString(exponent) + sshString(modulus)
    }

    private static func pkcs8Blob(_ der: [UInt8]) -> [UInt8]? {
        var outer = DERReader(der)
        guard let body = outer.next(DERReader.sequence) else { return nil }
        var reader = DERReader(body)
        guard reader.next(DERReader.integer) != nil, let algorithm = reader.next(DERReader.sequence),
              let privateKey = reader.next(DERReader.octetString) else { return nil }
        var algorithmReader = DERReader(algorithm)
        guard let oid = algorithmReader.next(DERReader.objectIdentifier) else { return nil }
        if oid == rsaOID { return rsaBlob(pkcs1: privateKey) }
        guard oid == ed25519OID else { return nil }
        // Ed25519 PKCS#8 v2 carries the public key as [1]; without it, it cannot be derived here.
        while let element = reader.next() {
            guard element.tag == 0x81 else { continue }
            let key = Array(element.content.dropFirst())
            guard key.count == 32 else { return nil }
            return sshString("ssh-ed25519") + sshString(key)
        }
        return nil
    }

    private static func openSSHBlob(_ data: [UInt8]) -> [UInt8]? {
        let magic = Array("openssh-key-v1".utf8) + [0]
        guard data.starts(with: magic) else { return nil }
        var offset = magic.count
        func string() -> [UInt8]? {
            guard offset + 4 <= data.count else { return nil }
            let length = data[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard length <= data.count - offset else { return nil }
            defer { offset += length }
            return Array(data[offset..<(offset + length)])
        }
        guard string() != nil, string() != nil, string() != nil, offset + 4 <= data.count else { return nil }
        offset += 4
        return string()
    }

    private static func sshString(_ text: String) -> [UInt8] { sshString(Array(text.utf8)) }

    private static func sshString(_ bytes: [UInt8]) -> [UInt8] {
        let count = UInt32(bytes.count)
        return [UInt8(count >> 24 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + bytes
    }
}
