import Collections
import Foundation

/// A JSON-like value: what every simulated operation takes and returns.
///
/// Objects keep their key order (the AWS CLI prints members in model order), numbers keep
/// the difference between integers and doubles, and blobs stay bytes until an output
/// format decides how to show them.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case blob(Data)
    case array([Value])
    case object(OrderedDictionary<String, Value>)

    /// An empty object.
    public static var emptyObject: Value { .object([:]) }
}

// MARK: - Accessors

extension Value {
    public subscript(key: String) -> Value? {
        get {
            if case .object(let members) = self { return members[key] }
            return nil
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    public subscript(index: Int) -> Value? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.0e18: return Int(d)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [Value]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: OrderedDictionary<String, Value>? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var blobValue: Data? {
        switch self {
        case .blob(let d): return d
        case .string(let s): return Data(s.utf8)
        default: return nil
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

// MARK: - Literals

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
    public init(dictionaryLiteral elements: (String, Value)...) {
        var members = OrderedDictionary<String, Value>()
        for (k, v) in elements { members[k] = v }
        self = .object(members)
    }
}
