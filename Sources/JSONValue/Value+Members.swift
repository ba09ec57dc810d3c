/// Typed reads of an object's members (nil or empty when absent or of another type).
extension Value {
    public func string(_ name: String) -> String? { self[name]?.stringValue }
    public func int(_ name: String) -> Int? { self[name]?.intValue }
    public func bool(_ name: String) -> Bool? { self[name]?.boolValue }
    public func array(_ name: String) -> [Value] { self[name]?.arrayValue ?? [] }
    public func strings(_ name: String) -> [String] { array(name).compactMap(\.stringValue) }

    /// A `[{Key, Value}]` tag list as pairs, in order.
    public func tagList(_ name: String = "Tags", keyName: String = "Key", valueName: String = "Value") -> [(String, String)] {
        array(name).compactMap { tag in
            guard let k = tag[keyName]?.stringValue else { return nil }
            return (k, tag[valueName]?.stringValue ?? "")
        }
    }
}
