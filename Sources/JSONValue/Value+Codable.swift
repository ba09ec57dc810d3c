import Collections
import Foundation

/// Snapshots store values through Codable. Scalars are stored as themselves; doubles,
/// arrays, objects and blobs are tagged so that they come back with the same case
/// (`{"d": 1.0}`, `{"a": [...]}`, `{"o": {...}}`, `{"b": "base64"}`).
extension Value: Codable {
    private enum Tag: String, CodingKey { case d, a, o, b }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() { self = .null; return }
            if let b = try? container.decode(Bool.self) { self = .bool(b); return }
            if let i = try? container.decode(Int.self) { self = .int(i); return }
            if let s = try? container.decode(String.self) { self = .string(s); return }
        }
        let keyed = try decoder.container(keyedBy: Tag.self)
        if let d = try keyed.decodeIfPresent(Double.self, forKey: .d) {
            self = .double(d)
        } else if let a = try keyed.decodeIfPresent([Value].self, forKey: .a) {
            self = .array(a)
        } else if let o = try keyed.decodeIfPresent(OrderedDictionary<String, Value>.self, forKey: .o) {
            self = .object(o)
        } else {
            self = .blob(try keyed.decode(Data.self, forKey: .b))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .double(let d):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(d, forKey: .d)
        case .array(let a):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(a, forKey: .a)
        case .object(let o):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(o, forKey: .o)
        case .blob(let data):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(data, forKey: .b)
        }
    }
}
