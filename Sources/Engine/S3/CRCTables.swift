import Foundation

/// Table-driven reflected CRCs: CRC-32 (zlib), CRC-32C (Castagnoli) and CRC-64/NVME.
enum CRCTables {
    static let crc32Table: [UInt32] = table32(polynomial: 0xEDB8_8320)
    static let crc32cTable: [UInt32] = table32(polynomial: 0x82F6_3B78)
    static let crc64NVMETable: [UInt64] = table64(polynomial: 0x9A6C_9329_AC4B_C9B5)

    static func crc32(_ data: Data, table: [UInt32]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { t in
            data.withUnsafeBytes { bytes in
                for byte in bytes {
                    crc = t[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    static func crc64(_ data: Data, table: [UInt64]) -> UInt64 {
        var crc: UInt64 = ~0
        table.withUnsafeBufferPointer { t in
            data.withUnsafeBytes { bytes in
                for byte in bytes {
                    crc = t[Int((crc ^ UInt64(byte)) & 0xFF)] ^ (crc >> 8)
                }
            }
        }
        return ~crc
    }

    private static func table32(polynomial: UInt32) -> [UInt32] {
        (0..<256).map { n in
            var c = UInt32(n)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ polynomial : c >> 1 }
            return c
        }
    }

    private static func table64(polynomial: UInt64) -> [UInt64] {
        (0..<256).map { n in
            var c = UInt64(n)
            for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ polynomial : c >> 1 }
            return c
        }
    }
}
