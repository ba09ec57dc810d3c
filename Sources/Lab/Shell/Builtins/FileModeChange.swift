/// A `chmod` mode: octal (`755`) or symbolic clauses (`u+x,go-w`, `a=r`, `+x`). Without a
/// `who` the umask 022 applies, as in GNU chmod (`+w` gives only the owner write access).
struct FileModeChange {
    private enum Kind {
        case absolute(UInt16)
        case symbolic([Clause])
    }

    private struct Clause {
        var who: UInt16?
        var operations: [(operator: Character, permissions: String)]
    }

    private let kind: Kind
    private static let umask: UInt16 = 0o022

    init?(_ text: String) {
        if !text.isEmpty, text.count <= 4, text.allSatisfy({ ("0"..."7").contains($0) }),
           let value = UInt16(text, radix: 8) {
            kind = .absolute(value)
            return
        }
        var clauses: [Clause] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            var characters = Array(part)[...]
            var who: UInt16?
            while let first = characters.first, "ugoa".contains(first) {
                let mask: UInt16
                switch first {
                case "u": mask = 0o4700
                case "g": mask = 0o2070
                case "o": mask = 0o1007
                default: mask = 0o7777
                }
                who = (who ?? 0) | mask
                characters.removeFirst()
            }
            var operations: [(Character, String)] = []
            while let operation = characters.first, "+-=".contains(operation) {
                characters.removeFirst()
                let permissions = characters.prefix { "rwxXst".contains($0) }
                characters.removeFirst(permissions.count)
                operations.append((operation, String(permissions)))
            }
            guard !operations.isEmpty, characters.isEmpty else { return nil }
            clauses.append(Clause(who: who, operations: operations))
        }
        kind = .symbolic(clauses)
    }

    /// The new permission bits for a path with the `current` bits.
    func applied(to current: UInt16, isDirectory: Bool) -> UInt16 {
        switch kind {
        case .absolute(let value):
            return value
        case .symbolic(let clauses):
            var mode = current
            for clause in clauses {
                let who = clause.who ?? 0o7777
                let allowed = clause.who == nil ? ~Self.umask & 0o7777 : who
                for (operation, permissions) in clause.operations {
                    var bits: UInt16 = 0
                    for permission in permissions {
                        switch permission {
                        case "r": bits |= 0o444
                        case "w": bits |= 0o222
                        case "x": bits |= 0o111
                        case "X": if isDirectory || mode & 0o111 != 0 { bits |= 0o111 }
                        case "s": bits |= 0o6000
                        default: bits |= 0o1000
                        }
                    }
                    bits &= who & allowed
                    switch operation {
                    case "+": mode |= bits
                    case "-": mode &= ~bits
                    default: mode = (mode & ~(who & 0o7777 & allowed)) | bits
                    }
                }
            }
            return mode & 0o7777
        }
    }
}
