import Foundation
import JSONValue

/// What one command of a script did: the conformance harness's record.
public struct ScriptRecord: Sendable, Equatable {
    public var line: Int
    public var command: String
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String

    public var json: Value {
        ["line": .int(line), "command": .string(command), "exit_code": .int(Int(exitCode)),
         "stdout": .string(stdout), "stderr": .string(stderr)]
    }
}
