import Collections
import JSONValue

/// `--generate-cli-skeleton`: an operation's input (or output) shape with placeholder values,
/// as the AWS CLI generates it.
public struct Skeleton {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    public func generate(_ shapeName: String?) -> Value {
        guard let shapeName, let shape = model.shape(shapeName) else { return .emptyObject }
        var stack: [String] = []
        return build(shape, stack: &stack)
    }

    private func build(_ shape: Shape, stack: inout [String]) -> Value {
        if stack.contains(shape.name) { return .emptyObject }
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.kind {
        case .structure where !shape.isDocument:
            var out = OrderedDictionary<String, Value>()
            for (name, ref) in shape.members {
                guard let s = model.shape(ref.shape), !(ref.streaming || s.streaming) else { continue }
                out[name] = build(s, stack: &stack)
            }
            return .object(out)
        case .list:
            guard let s = shape.member.flatMap({ model.shape($0.shape) }) else { return .array([]) }
            return .array([build(s, stack: &stack)])
        case .map:
            guard let s = shape.value.flatMap({ model.shape($0.shape) }) else { return .emptyObject }
            return .object(["KeyName": build(s, stack: &stack)])
        case .string:
            return .string(shape.enumValues.isEmpty ? "" : shape.enumValues.joined(separator: "|"))
        case .integer, .long: return .int(0)
        case .float, .double, .bigdecimal: return .double(0.0)
        case .boolean: return .bool(true)
        case .timestamp: return .string("1970-01-01T00:00:00")
        case .blob: return .null
        default: return .emptyObject
        }
    }
}
