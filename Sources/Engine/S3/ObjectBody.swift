import Crypto
import Foundation

/// An object's bytes, kept as the chunks they arrived in: one for a single PUT, one per
/// part for a multipart upload, so completing an upload joins nothing. Chunks are shared,
/// never copied, between versions, copies and reads; a read of a range inside one chunk is
/// a slice of it. In snapshots the body is one piece of data, as before chunks existed.
struct ObjectBody: Codable, Sendable {
    private(set) var chunks: [Data]
    /// The number of bytes.
    let count: Int

    init(_ data: Data = Data()) {
        chunks = data.isEmpty ? [] : [data]
        count = data.count
    }

    init(chunks: [Data]) {
        self.chunks = chunks.filter { !$0.isEmpty }
        count = self.chunks.reduce(0) { $0 + $1.count }
    }

    /// All the bytes in one piece: shared when the body is one chunk, joined otherwise.
    var data: Data {
        if chunks.count <= 1 { return chunks.first ?? Data() }
        var joined = Data()
        joined.reserveCapacity(count)
        for chunk in chunks { joined.append(chunk) }
        return joined
    }

    /// The bytes in `range` (offsets from the start of the body); a slice of a chunk,
    /// without copying, when the range lies inside one.
    func bytes(in range: Range<Int>) -> Data {
        if range.lowerBound == 0, range.count == count { return data }
        var offset = 0
        var out = Data()
        for chunk in chunks {
            let chunkRange = offset..<(offset + chunk.count)
            offset += chunk.count
            let overlap = chunkRange.clamped(to: range)
            if overlap.isEmpty { continue }
            let start = chunk.startIndex + (overlap.lowerBound - chunkRange.lowerBound)
            let piece = chunk[start..<(start + overlap.count)]
            if overlap.count == range.count { return piece }
            out.append(piece)
        }
        return out
    }

    /// The MD5 of all the bytes, hashed chunk by chunk.
    var md5: Data {
        var hasher = Insecure.MD5()
        for chunk in chunks { hasher.update(data: chunk) }
        return Data(hasher.finalize())
    }

    init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Data.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(data)
    }
}
