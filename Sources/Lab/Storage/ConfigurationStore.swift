import AWSCLI
import Foundation

/// Keeps the learner's `aws configure` settings across sessions, written atomically.
public struct ConfigurationStore {
    public let path: String

    public init(path: String) { self.path = path }

    /// The saved configuration; a fresh one when there is none. A file that cannot be
    /// read is set aside (renamed `.corrupt`) rather than overwritten, and reported.
    public func load(warn: (String) -> Void) -> CLIConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { return CLIConfiguration() }
        do {
            return try JSONDecoder().decode(CLIConfiguration.self, from: data)
        } catch {
            let aside = path + ".corrupt"
            try? FileManager.default.removeItem(atPath: aside)
            try? FileManager.default.moveItem(atPath: path, toPath: aside)
            warn("lab: your saved AWS CLI configuration could not be read; it was moved to \(aside) and a fresh one is used.")
            return CLIConfiguration()
        }
    }

    public func save(_ configuration: CLIConfiguration) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(configuration), to: path)
    }
}
