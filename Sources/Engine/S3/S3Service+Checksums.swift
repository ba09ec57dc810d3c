import Foundation

/// Additional checksums (`x-amz-checksum-*`) on writes and reads.
extension S3Service {
    /// The checksum algorithm a request names, if any.
    static func requestedChecksumAlgorithm(_ input: Value) throws -> ChecksumAlgorithm? {
        guard let name = input.string("ChecksumAlgorithm") else { return nil }
        if let algorithm = ChecksumAlgorithm(rawValue: name.uppercased()) { return algorithm }
        if ChecksumAlgorithm.unsupportedNames.contains(name.uppercased()) {
            throw AWSError.notSimulated(service: serviceName, operation: "\(name) checksums")
        }
        throw S3Error.invalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.")
    }

    /// The checksum of a single-part write: a value the client sent is verified (`BadDigest`
    /// when it does not match); an algorithm without a value is computed; with neither the
    /// object gets S3's default CRC64NVME, computed when first asked for.
    static func writeChecksum(_ input: Value, body: Data) throws -> ObjectChecksum {
        for algorithm in ChecksumAlgorithm.allCases {
            guard let given = input.string(algorithm.memberName) else { continue }
            guard algorithm.base64(body) == given else { throw S3Error.badDigest(algorithm) }
            return ObjectChecksum(algorithm: algorithm, type: ObjectChecksum.fullObject, value: given)
        }
        if let algorithm = try requestedChecksumAlgorithm(input) {
            return ObjectChecksum(algorithm: algorithm, type: ObjectChecksum.fullObject, value: algorithm.base64(body))
        }
        return ObjectChecksum()
    }

    /// Checks `ContentMD5` (base64 of the body's MD5) when given.
    static func checkContentMD5(_ input: Value, body: Data) throws {
        guard input.string("ContentMD5") != nil else { return }
        try checkContentMD5(input, digest: S3ETag.md5(body))
    }

    /// Checks `ContentMD5` against the body's digest.
    static func checkContentMD5(_ input: Value, digest: Data) throws {
        guard let given = input.string("ContentMD5") else { return }
        guard let decoded = Data(base64Encoded: given), decoded.count == 16 else {
            throw AWSError("InvalidDigest", "The Content-MD5 you specified is not valid.")
        }
        if decoded != digest {
            throw AWSError("BadDigest", "The Content-MD5 you specified did not match what we received.")
        }
    }

    /// The object with its checksum value worked out (and kept) if it was still pending.
    func withChecksumValue(_ object: S3Object, in bucket: Bucket) -> S3Object {
        guard object.checksum.value == nil, !object.isDeleteMarker else { return object }
        var updated = object
        updated.checksum.value = object.checksum.algorithm.base64(object.body.data)
        bucket.update(updated)
        return updated
    }
}
