import AWSCLI
import Foundation
@testable import Lab

/// Which workspace implementation a behaviour test runs against.
enum WorkspaceKind: String, CaseIterable, CustomStringConvertible {
    case memory, disk

    var description: String { rawValue }
}

/// A fresh workspace of either kind with a hand-moved clock; a disk workspace lives in a
/// temporary folder removed by `cleanUp()`.
final class WorkspaceUnderTest {
    let clock = ShellTestClock()
    let workspace: any LabWorkspace
    let folder: URL?

    init(_ kind: WorkspaceKind) throws {
        let clock = self.clock
        switch kind {
        case .memory:
            workspace = MemoryWorkspace(now: { clock.now })
            folder = nil
        case .disk:
            let folder = Self.temporaryFolder()
            self.folder = folder
            workspace = try DiskWorkspace(root: folder.path, now: { clock.now })
        }
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lab-ws-\(UUID().uuidString)")
    }

    func cleanUp() {
        guard let folder else { return }
        // Make everything writable again so a test's chmod cannot block the removal.
        if let paths = FileManager.default.subpaths(atPath: folder.path) {
            for path in paths {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755],
                                                       ofItemAtPath: folder.appendingPathComponent(path).path)
            }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The kind of error an operation throws, nil when it succeeds.
    func failure(_ operation: () throws -> Void) -> LocalFileError.Kind? {
        do {
            try operation()
            return nil
        } catch let error as LocalFileError {
            return error.kind
        } catch {
            return .other
        }
    }
}
