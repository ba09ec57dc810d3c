import AWSCLI
import Foundation

/// A special file the lab provides outside the workspace folder. `/dev/null` reads as empty
/// and swallows writes; `/dev/zero` yields zero bytes (only in bounded reads such as
/// `head -c N /dev/zero`) and swallows writes.
public enum WorkspaceDevice: String, Sendable, CaseIterable {
    case null = "/dev/null"
    case zero = "/dev/zero"

    /// The absolute path of the device.
    public var path: String { rawValue }

    /// What a bounded read of `count` bytes returns.
    func bytes(_ count: Int) -> Data {
        switch self {
        case .null: return Data()
        case .zero: return Data(count: max(0, count))
        }
    }

    /// What the workspaces report for the device.
    func info(now: Double) -> LocalFileInfo {
        LocalFileInfo(size: 0, modified: now, isDirectory: false)
    }
}
