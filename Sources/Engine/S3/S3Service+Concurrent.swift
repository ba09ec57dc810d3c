import Dispatch
import Foundation
import Synchronization

/// Parts sent at the same time: their MD5s (each part's ETag) are worked out on all cores,
/// then the parts are stored in order, exactly as sequential `UploadPart` calls would.
extension S3Service {
    public func performConcurrently(_ operation: String, _ inputs: [Value], context: RequestContext)
        -> [Result<Value, any Error>] {
        guard operation == "UploadPart", inputs.count > 1 else {
            return inputs.map { input in Result { try perform(operation, input, context: context) } }
        }
        let digests = Self.md5s(inputs.map(S3Input.body))
        return zip(inputs, digests).map { input, digest in
            Result { try uploadPart(input, context, md5: digest) }
        }
    }

    /// The MD5 of each body, hashed concurrently.
    static func md5s(_ bodies: [Data]) -> [Data] {
        let results = Mutex([Data](repeating: Data(), count: bodies.count))
        DispatchQueue.concurrentPerform(iterations: bodies.count) { index in
            let digest = S3ETag.md5(bodies[index])
            results.withLock { $0[index] = digest }
        }
        return results.withLock { $0 }
    }
}
