import Testing
import AWSCLI

/// The CLI's "JSON, not shorthand" test: the first non-whitespace character is [ or {.
struct ShorthandJSONDetectionTests {
    @Test("[ or { after optional whitespace means JSON")
    func jsonLooking() {
        #expect(ShorthandParser.looksLikeJSON("{\"Key\":\"a\"}"))
        #expect(ShorthandParser.looksLikeJSON("[{\"Key\":\"a\"}]"))
        #expect(ShorthandParser.looksLikeJSON("  \n\t{"))
        #expect(ShorthandParser.looksLikeJSON("\u{A0}["))
    }

    @Test("anything else is shorthand, even with brackets later or invalid JSON")
    func shorthandLooking() {
        #expect(!ShorthandParser.looksLikeJSON("Key=a,Value=b"))
        #expect(!ShorthandParser.looksLikeJSON("a=[b]"))
        #expect(!ShorthandParser.looksLikeJSON(""))
        #expect(!ShorthandParser.looksLikeJSON("   "))
        #expect(!ShorthandParser.looksLikeJSON("\"{}\""))
    }

    @Test("for a parameter given as several words the first word decides")
    func severalWords() {
        #expect(ShorthandParser.looksLikeJSON(["{\"Key\":\"a\"}", "Key=b"]))
        #expect(!ShorthandParser.looksLikeJSON(["Key=a", "{\"Key\":\"b\"}"]))
        #expect(!ShorthandParser.looksLikeJSON([String]()))
    }
}
