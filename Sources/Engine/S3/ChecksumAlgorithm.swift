import Crypto
import Foundation

/// The additional checksum algorithms of S3 (`x-amz-checksum-*`).
enum ChecksumAlgorithm: String, Codable, Sendable, CaseIterable {
    case crc32 = "CRC32"
    case crc32c = "CRC32C"
    case crc64nvme = "CRC64NVME"
    case sha1 = "SHA1"
    case sha256 = "SHA256"
    case sha512 = "SHA512"
    case md5 = "MD5"

    /// The input/output member carrying the value (`ChecksumCRC32`).
    var memberName: String { "Checksum\(rawValue)" }

    /// The names the model lists that the lab does not compute.
    static let unsupportedNames: Set<String> = ["XXHASH64", "XXHASH3", "XXHASH128"]

    /// Whether a multipart upload may use a full-object checksum of this kind (only the CRCs
    /// combine across parts).
    var supportsFullObjectMultipart: Bool {
        switch self {
        case .crc32, .crc32c, .crc64nvme: return true
        default: return false
        }
    }

    /// The raw digest of `data`, big-endian for the CRCs.
    func digest(_ data: Data) -> Data {
        switch self {
        case .crc32: return Self.bigEndian(CRCTables.crc32(data, table: CRCTables.crc32Table))
        case .crc32c: return Self.bigEndian(CRCTables.crc32(data, table: CRCTables.crc32cTable))
        case .crc64nvme: return Self.bigEndian(CRCTables.crc64(data, table: CRCTables.crc64NVMETable))
        case .sha1: return Data(Insecure.SHA1.hash(data: data))
        case .sha256: return Data(SHA256.hash(data: data))
        case .sha512: return Data(SHA512.hash(data: data))
        case .md5: return Data(Insecure.MD5.hash(data: data))
        }
    }

    /// The base64 checksum S3 reports for `data`.
    func base64(_ data: Data) -> String { digest(data).base64EncodedString() }

    private static func bigEndian<T: FixedWidthInteger>(_ v: T) -> Data {
        withUnsafeBytes(of: v.bigEndian) { Data($0) }
    }
}
