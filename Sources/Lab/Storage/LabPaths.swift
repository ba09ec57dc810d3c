import Foundation

/// Where the lab keeps a learner's things: state (progress, configuration, history) under
/// `$XDG_STATE_HOME/lab` or `~/.local/state/lab`, and the workspace folder.
public struct LabPaths: Sendable {
    public var stateDirectory: String
    public var defaultWorkspace: String

    public init(environment: [String: String]) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty {
            stateDirectory = (xdg as NSString).appendingPathComponent("lab")
        } else {
            stateDirectory = (home as NSString).appendingPathComponent(".local/state/lab")
        }
        defaultWorkspace = (home as NSString).appendingPathComponent("lab-workspace")
    }

    public var configurationFile: String { (stateDirectory as NSString).appendingPathComponent("aws-config.json") }
    public var historyFile: String { (stateDirectory as NSString).appendingPathComponent("history") }
}
