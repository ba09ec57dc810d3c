/// The key types EC2 creates and imports (`KeyType`).
enum KeyPairType: String, Codable, Sendable, CaseIterable {
    case rsa
    case ed25519

    /// The OpenSSH name of the key type, first word of a public key line.
    var sshName: String {
        switch self {
        case .rsa: return "ssh-rsa"
        case .ed25519: return "ssh-ed25519"
        }
    }
}
