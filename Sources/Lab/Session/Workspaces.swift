import AWSCLI
import Foundation

/// Makes the learner's workspace: a real folder for the interactive lab, an in-memory one
/// for `lab run` without `--workspace`, grading and tests.
public enum Workspaces {
    /// A folder on disk (created when missing); file times follow the cloud's clock.
    public static func disk(_ path: String, clock: @escaping () -> Double) throws -> any LabWorkspace {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return try DiskWorkspace(root: path, now: clock)
    }

    /// An in-memory folder shown to the learner as `/workspace`.
    public static func memory(clock: @escaping () -> Double) -> any LabWorkspace {
        MemoryWorkspace(now: clock)
    }
}
