import AWSCLI
import Foundation

extension LocalFileSystem {
    /// Reads at most `limit` bytes of a path. Unlike `read`, this also works on the
    /// endless `/dev/zero` (`head -c N /dev/zero`).
    public func read(_ path: String, limit: Int) throws -> Data {
        if let device = WorkspaceDevice(rawValue: path) { return device.bytes(limit) }
        let data = try read(path)
        return data.count > limit ? data.prefix(max(0, limit)) : data
    }
}
