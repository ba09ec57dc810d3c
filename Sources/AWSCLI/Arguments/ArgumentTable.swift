/// The options an operation accepts, built from its input shape the way the AWS CLI builds
/// its argparse table.
public struct ArgumentTable: Sendable {
    public let operation: Operation
    public private(set) var arguments: [String: CLIArgument] = [:]
    /// Options in model order, for help and skeletons.
    public private(set) var ordered: [CLIArgument] = []
    /// A streaming output (S3 GetObject) takes a positional `outfile`.
    public let hasOutfile: Bool
    public let isPaginated: Bool

    public static let specialOptions = ["cli-input-json", "cli-input-yaml", "generate-cli-skeleton"]
    public static let pagingOptions = ["starting-token", "page-size", "max-items"]

    public init(model: ServiceModel, operation: Operation) {
        self.operation = operation
        var outfile = false
        if let out = operation.output.flatMap(model.shape) {
            outfile = out.members.contains { $0.ref.streaming || (model.shape($0.ref.shape)?.streaming ?? false) }
        }
        hasOutfile = outfile
        isPaginated = operation.paginator != nil
        if let input = operation.input.flatMap(model.shape) {
            for (member, ref) in input.members {
                guard let shape = model.shape(ref.shape) else { continue }
                let name = operation.cliArguments[member] ?? member.lowercased()
                let streaming = ref.streaming || shape.streaming
                let required = input.required.contains(member)
                if shape.kind == .boolean {
                    add(CLIArgument(name: name, member: member, shape: shape, kind: .flag(true), required: required, streaming: false))
                    add(CLIArgument(name: "no-\(name)", member: member, shape: shape, kind: .flag(false), required: false, streaming: false), listed: false)
                } else {
                    let isScalarList = shape.kind == .list
                    add(CLIArgument(name: name, member: member, shape: shape, kind: isScalarList ? .list : .single,
                                    required: required, streaming: streaming))
                }
            }
        }
        for name in Self.specialOptions {
            add(CLIArgument(name: name, member: nil, shape: nil, kind: .special, required: false, streaming: false))
        }
        if isPaginated {
            for name in Self.pagingOptions {
                add(CLIArgument(name: name, member: nil, shape: nil, kind: .special, required: false, streaming: false))
            }
        }
    }

    private mutating func add(_ argument: CLIArgument, listed: Bool = true) {
        arguments[argument.name] = argument
        if listed { ordered.append(argument) }
    }

    /// Finds an option by its exact name or, as argparse does, by an unambiguous prefix.
    /// Returns the matches (one: found; several: ambiguous; none: unknown).
    public func lookup(_ name: String) -> [CLIArgument] {
        if let exact = arguments[name] { return [exact] }
        return arguments.values.filter { $0.name.hasPrefix(name) }.sorted { $0.name < $1.name }
    }

    /// Option names for "did you mean" suggestions.
    public var optionNames: [String] { arguments.keys.sorted().map { "--\($0)" } }
}
