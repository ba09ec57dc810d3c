/// A filter policy is stored as the text the subscriber gave; decoding parses it again.
extension FilterPolicy {
    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.text = text
        self.document = (try? JSONParser.parse(text)) ?? .emptyObject
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
