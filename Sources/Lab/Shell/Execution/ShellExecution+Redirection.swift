import AWSCLI
import Foundation

extension ShellExecution {
    /// Applies redirections in order: `<` reads a file into standard input, `>` creates or
    /// truncates its file now (as bash does, even if the command then fails), `>>` creates
    /// it when missing, `2>&1` copies where descriptor 1 currently goes. False (after a
    /// `bash: ...` message) when one fails; the command then does not run.
    mutating func applyRedirections(_ redirections: [ShellRedirection], io: inout ShellIO,
                                    routing: inout ShellOutputRouting) -> Bool {
        for redirection in redirections {
            let operation = redirection.operation
            if case .duplicate(let target) = operation.kind {
                routing[operation.descriptor] = routing[target]
                continue
            }
            guard let word = redirection.target else { continue }
            let fields = expandFields([word], declaration: false)
            guard fields.count == 1, let path = fields.first else {
                reportError("bash: \(word.text): ambiguous redirect")
                return false
            }
            do {
                switch operation.kind {
                case .input:
                    if path != "/dev/stdin" { io.stdin = try shell.fileSystem.read(path) }
                case .output(let append):
                    routing[operation.descriptor] = try outputTarget(path, append: append, routing: routing)
                case .outputAndError(let append):
                    let target = try outputTarget(path, append: append, routing: routing)
                    routing.output = target
                    routing.error = target
                case .duplicate:
                    break
                }
            } catch let error as LocalFileError {
                reportError("bash: \(path): \(LocalFileErrors.reason(error))")
                return false
            } catch {
                reportError("bash: \(path): \(error)")
                return false
            }
        }
        return true
    }

    private func outputTarget(_ path: String, append: Bool,
                              routing: ShellOutputRouting) throws -> ShellOutputRouting.Target {
        switch path {
        case "/dev/stdout": return routing.output
        case "/dev/stderr": return routing.error
        default:
            if !append || !shell.fileSystem.exists(path) {
                try shell.fileSystem.write(path, Data(), append: append)
            }
            return .file(path)
        }
    }

    /// Sends a finished command's output where its redirections said; returns what goes down
    /// the pipe.
    mutating func route(_ io: ShellIO, _ routing: ShellOutputRouting) -> Data {
        var pipe = Data()
        for (data, target) in [(io.stdout, routing.output), (io.stderr, routing.error)] where !data.isEmpty {
            switch target {
            case .output:
                pipe.append(data)
            case .error:
                stderr.append(data)
            case .file(let path):
                do {
                    try shell.fileSystem.write(path, data, append: true)
                } catch let error as LocalFileError {
                    reportError("bash: \(path): \(LocalFileErrors.reason(error))")
                } catch {
                    reportError("bash: \(path): \(error)")
                }
            }
        }
        return pipe
    }

    mutating func reportError(_ line: String) {
        stderr.append(contentsOf: line.utf8)
        stderr.append(0x0A)
    }
}
