import Foundation

/// What a transfer command prints and how it ends, as the AWS CLI's result recorder and
/// printer do it: one line per finished transfer on stdout, failures and warnings on stderr,
/// without the `Completed ... remaining` progress lines (the lab's output is not a
/// terminal). The exit status is 1 after any failure, else 2 after any warning, else 0.
struct S3ResultPrinter {
    /// Which lines are printed (`--quiet`, `--only-show-errors`, streams).
    enum Mode: Sendable { case all, onlyErrors, quiet }

    let mode: Mode
    private(set) var stdout = ""
    private(set) var stderr = ""
    private(set) var failures = 0
    private(set) var warnings = 0

    init(mode: Mode) { self.mode = mode }

    /// `upload: ./a.txt to s3://b/a.txt`, `delete: s3://b/k`.
    mutating func success(_ type: String, _ source: String, _ destination: String?) {
        guard mode == .all else { return }
        stdout += "\(type): \(location(source, destination))\n"
    }

    /// `(dryrun) upload: ...`: printed unless `--quiet`.
    mutating func dryRun(_ type: String, _ source: String, _ destination: String?) {
        guard mode != .quiet else { return }
        stdout += "(dryrun) \(type): \(location(source, destination))\n"
    }

    /// `upload failed: ./a.txt to s3://b/a.txt An error occurred ...`.
    mutating func failure(_ type: String, _ source: String, _ destination: String?, _ error: String) {
        failures += 1
        guard mode != .quiet else { return }
        stderr += "\(type) failed: \(location(source, destination)) \(error)\n"
    }

    /// `warning: Skipping file ...`.
    mutating func warning(_ message: String) {
        warnings += 1
        guard mode != .quiet else { return }
        stderr += message + "\n"
    }

    /// `fatal error: ...`: what ends the command early.
    mutating func fatal(_ message: String) {
        failures += 1
        guard mode != .quiet else { return }
        stderr += "fatal error: \(message)\n"
    }

    var exitCode: Int32 {
        if failures > 0 { return 1 }
        if warnings > 0 { return 2 }
        return 0
    }

    var result: CLIResult {
        CLIResult(stdout: Data(stdout.utf8), stderr: Data(stderr.utf8), exitCode: exitCode)
    }

    /// A `create_warning` line: `warning: Skipping file PATH. REASON`.
    static func skipWarning(_ path: String, _ reason: String) -> String {
        "warning: Skipping file \(path). \(reason)"
    }

    private func location(_ source: String, _ destination: String?) -> String {
        destination.map { "\(source) to \($0)" } ?? source
    }
}
