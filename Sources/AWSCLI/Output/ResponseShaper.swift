import Collections
import Foundation
import JSONValue

/// Puts an engine response in the form the AWS CLI prints: members in the order of the
/// output shape (as botocore's parsers produce them), timestamps as ISO 8601, blobs as
/// base64, and members the model does not know dropped.
public struct ResponseShaper {
    public let model: ServiceModel

    public init(model: ServiceModel) { self.model = model }

    public func shape(_ value: Value, as shapeName: String?) -> Value {
        guard let shapeName, let shape = model.shape(shapeName) else { return value }
        return self.shape(value, shape)
    }

    private func shape(_ value: Value, _ shape: Shape) -> Value {
        switch shape.kind {
        case .structure where !shape.isDocument:
            guard case .object(let members) = value else { return value }
            var out = OrderedDictionary<String, Value>()
            for (name, ref) in shape.members {
                guard let v = members[name], !v.isNull, let s = model.shape(ref.shape) else { continue }
                out[name] = self.shape(v, s)
            }
            return .object(out)
        case .list:
            guard case .array(let items) = value, let s = shape.member.flatMap({ model.shape($0.shape) }) else { return value }
            return .array(items.map { self.shape($0, s) })
        case .map:
            guard case .object(let members) = value, let s = shape.value.flatMap({ model.shape($0.shape) }) else { return value }
            var out = OrderedDictionary<String, Value>()
            for (k, v) in members { out[k] = self.shape(v, s) }
            return .object(out)
        case .timestamp:
            switch value {
            case .int(let i): return .string(Timestamp.iso8601(Double(i)))
            case .double(let d): return .string(Timestamp.iso8601(d))
            default: return value
            }
        case .blob:
            if case .blob(let data) = value { return .string(data.base64EncodedString()) }
            return value
        default:
            return value
        }
    }
}
