import AWSCLI
import Engine
import Foundation
import JMESPath

// MARK: - cloud

extension CheckEvaluator {
    func evaluateCloud(_ check: CloudCheck, in context: CheckContext) -> CheckOutcome {
        let output: CheckMemo.CloudOutput
        if let remembered = memo?.outputs[check.arguments] {
            output = remembered
        } else {
            let result = Self.runReadOnly(check.arguments, session: context.session)
            output = result.exitCode == 0 ? .value(Self.outputValue(result.stdoutText))
                : .failed(reason: Self.firstLine(result.stderrText))
            memo?.outputs[check.arguments] = output
        }
        let value: Value
        switch output {
        case .failed(let reason):
            return .fail(check.message ?? "`\(check.command)` failed\(reason.isEmpty ? "" : ": " + reason)")
        case .value(let v):
            value = v
        }
        guard let query = check.query else { return .pass }
        do {
            let expression = try memo?.compiled(query) ?? JMESPath.compile(query)
            if Self.isTruthy(try expression.search(value)) { return .pass }
            return .fail(check.message ?? "`\(check.command)` does not show what this step asks for yet.")
        } catch {
            return .fail(check.message ?? "The check's query failed: \(String(describing: error))")
        }
    }

    /// Runs an `aws` command (the words after `aws`) for a check: JSON output, a workspace
    /// that refuses writes, the learner's configuration and `AWS_*` variables, and the id
    /// generator put back afterwards.
    static func runReadOnly(_ arguments: [String], session: LabSession) -> CLIResult {
        var environment = session.environment
        for (name, value) in session.shell.variables where name.hasPrefix("AWS_") { environment[name] = value }
        let context = CLIContext(cloud: session.cloud, fileSystem: ReadOnlyFileSystem(session.fileSystem),
                                 environment: environment, configuration: session.configuration)
        let ids = session.cloud.ids
        defer { session.cloud.ids = ids }
        return AWSCommandLine.run(arguments + ["--output", "json"], context: context)
    }

    /// The command's output as a value: its JSON, null when empty, else its lines (for
    /// `aws s3 ls` and `aws configure get`).
    static func outputValue(_ text: String) -> Value {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .null }
        if let value = try? JSONParser.parse(text) { return value }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        while lines.last == "" { lines.removeLast() }
        return .array(lines.map(Value.string))
    }

    /// JMESPath truthiness: false, null, and empty strings, lists and objects are false;
    /// numbers, even 0, are true.
    static func isTruthy(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .bool(let flag): return flag
        case .int, .double: return true
        case .string(let text): return !text.isEmpty
        case .blob(let data): return !data.isEmpty
        case .array(let items): return !items.isEmpty
        case .object(let members): return !members.isEmpty
        }
    }

    static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }
}
