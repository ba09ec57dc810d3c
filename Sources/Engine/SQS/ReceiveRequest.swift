/// What a `ReceiveMessage` call asked for.
struct ReceiveRequest {
    var maxMessages: Int
    var visibility: Int
    var systemAttributes: Set<String>
    var messageAttributes: [String]

    /// `All` and `.*` select every message attribute, `prefix.*` those starting with the
    /// prefix, anything else one name.
    func wantsMessageAttribute(_ name: String) -> Bool {
        for pattern in messageAttributes {
            if pattern == "All" || pattern == ".*" || pattern == name { return true }
            if pattern.hasSuffix(".*"), name.hasPrefix(String(pattern.dropLast(2))) { return true }
        }
        return false
    }
}
