import Foundation

/// `tr [-cdst] SET1 [SET2]`: translates, deletes (`-d`) or squeezes (`-s`) bytes of
/// standard input. Sets take ranges, escapes, POSIX classes and `[c*n]` repeats.
enum TrCommand {
    static let spec = BuiltinOptionSpec(
        command: "tr", flags: "cCdst",
        long: ["complement": .flag("c"), "delete": .flag("d"), "squeeze-repeats": .flag("s"),
               "truncate-set1": .flag("t")],
        usage: "Usage: tr [-cdst] SET1 [SET2]")

    static func run(_ arguments: [String], _ io: inout ShellIO, _ shell: Shell) -> Int32 {
        var status: Int32 = 0
        guard let options = BuiltinOptions.parse(arguments, spec, io: &io, status: &status) else { return status }
        let delete = options.has("d")
        let squeeze = options.has("s")
        let operands = options.operands
        let wanted = delete == squeeze ? 2 : (delete ? 1 : (operands.count >= 2 ? 2 : 1))
        if operands.isEmpty { return usage("missing operand", io: &io) }
        if operands.count < wanted {
            let why = delete ? "Two strings must be given when both deleting and squeezing repeats."
                             : "Two strings must be given when translating."
            return usage("missing operand after \(BuiltinFiles.quote(operands[operands.count - 1]))", why, io: &io)
        }
        if operands.count > wanted {
            let why = delete ? "Only one string may be given when deleting without squeezing repeats."
                             : nil
            return usage("extra operand \(BuiltinFiles.quote(operands[wanted]))", why, io: &io)
        }
        do {
            var first = try TrSet(operands[0], allowRepeat: false).bytes
            if options.has("c") || options.has("C") {
                let members = Set(first)
                first = (0...255).map { UInt8($0) }.filter { !members.contains($0) }
            }
            let second = operands.count > 1 ? try TrSet(operands[1], allowRepeat: true) : nil
            io.stdout.append(try transform(io.stdin, first: first, second: second, delete: delete, squeeze: squeeze,
                                           truncate: options.has("t")))
            return 0
        } catch let problem as TrSet.Problem {
            io.error("tr: \(problem.message)")
            return 1
        } catch {
            io.error("tr: \(error)")
            return 1
        }
    }

    private static func transform(_ input: Data, first: [UInt8], second: TrSet?, delete: Bool, squeeze: Bool,
                                  truncate: Bool) throws -> Data {
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var squeezeSet = Set<UInt8>()
        if delete {
            let deleted = Set(first)
            output = input.filter { !deleted.contains($0) }
            if squeeze, let second { squeezeSet = Set(second.bytes) }
        } else if let second {
            let source = truncate ? Array(first.prefix(second.padded(to: 0).count)) : first
            let target = second.padded(to: source.count)
            guard !target.isEmpty || source.isEmpty else {
                throw TrSet.Problem(message: "when not truncating set1, string2 must be non-empty")
            }
            var map = Array(0...255).map { UInt8($0) }
            for (index, byte) in source.enumerated() { map[Int(byte)] = target[index] }
            output = input.map { map[Int($0)] }
            if squeeze { squeezeSet = Set(target) }
        } else {
            output = Array(input)
            squeezeSet = Set(first)
        }
        guard !squeezeSet.isEmpty else { return Data(output) }
        var squeezed = [UInt8]()
        for byte in output {
            if let last = squeezed.last, last == byte, squeezeSet.contains(byte) { continue }
            squeezed.append(byte)
        }
        return Data(squeezed)
    }

    private static func usage(_ message: String, _ detail: String? = nil, io: inout ShellIO) -> Int32 {
        io.error("tr: \(message)")
        if let detail { io.error(detail) }
        io.error("Try 'tr --help' for more information.")
        return 1
    }
}
