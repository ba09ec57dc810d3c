/// The key specs the simulated KMS creates, with the key usages and algorithms AWS allows
/// for each.
enum KMSKeySpec: String, Codable, Sendable, CaseIterable {
    case symmetricDefault = "SYMMETRIC_DEFAULT"
    case rsa2048 = "RSA_2048"
    case rsa3072 = "RSA_3072"
    case rsa4096 = "RSA_4096"
    case eccP256 = "ECC_NIST_P256"
    case eccP384 = "ECC_NIST_P384"
    case eccP521 = "ECC_NIST_P521"
    case hmac224 = "HMAC_224"
    case hmac256 = "HMAC_256"
    case hmac384 = "HMAC_384"
    case hmac512 = "HMAC_512"

    static let encryptDecrypt = "ENCRYPT_DECRYPT"
    static let signVerify = "SIGN_VERIFY"
    static let generateVerifyMac = "GENERATE_VERIFY_MAC"
    static let keyAgreement = "KEY_AGREEMENT"

    var isRSA: Bool { [.rsa2048, .rsa3072, .rsa4096].contains(self) }
    var isECC: Bool { [.eccP256, .eccP384, .eccP521].contains(self) }
    var isHMAC: Bool { [.hmac224, .hmac256, .hmac384, .hmac512].contains(self) }
    var isAsymmetric: Bool { isRSA || isECC }

    /// The RSA modulus size in bits.
    var rsaBits: Int {
        switch self {
        case .rsa3072: return 3072
        case .rsa4096: return 4096
        default: return 2048
        }
    }

    /// The key usages AWS accepts for this spec.
    var allowedUsages: [String] {
        if isRSA { return [Self.encryptDecrypt, Self.signVerify] }
        if isECC { return [Self.signVerify, Self.keyAgreement] }
        if isHMAC { return [Self.generateVerifyMac] }
        return [Self.encryptDecrypt]
    }

    func encryptionAlgorithms(usage: String) -> [String] {
        guard usage == Self.encryptDecrypt else { return [] }
        return isRSA ? ["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"] : ["SYMMETRIC_DEFAULT"]
    }

    func signingAlgorithms(usage: String) -> [String] {
        guard usage == Self.signVerify else { return [] }
        switch self {
        case .rsa2048, .rsa3072, .rsa4096:
            return ["RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512",
                    "RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512"]
        case .eccP256: return ["ECDSA_SHA_256"]
        case .eccP384: return ["ECDSA_SHA_384"]
        case .eccP521: return ["ECDSA_SHA_512"]
        default: return []
        }
    }

    var macAlgorithms: [String] {
        switch self {
        case .hmac224: return ["HMAC_SHA_224"]
        case .hmac256: return ["HMAC_SHA_256"]
        case .hmac384: return ["HMAC_SHA_384"]
        case .hmac512: return ["HMAC_SHA_512"]
        default: return []
        }
    }

    /// Bytes of secret material for symmetric and HMAC keys.
    var secretLength: Int {
        switch self {
        case .hmac224: return 28
        case .hmac384: return 48
        case .hmac512: return 64
        default: return 32
        }
    }
}
