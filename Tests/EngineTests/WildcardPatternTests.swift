import Testing
@testable import Engine

/// AWS's `*` / `?` wildcards shared by policies and EC2 filters.
@Suite struct WildcardPatternTests {
    @Test(arguments: [
        ("*", "", true), ("*", "anything", true), ("a?c", "abc", true), ("a?c", "ac", false),
        ("arn:aws:sns:*:123456789012:lab-*", "arn:aws:sns:eu-west-1:123456789012:lab-news", true),
        ("arn:aws:sns:*:123456789012:lab-*", "arn:aws:sns:eu-west-1:999999999999:lab-news", false),
        ("*a*b", "xaxxb", true), ("*a*b", "xaxxbx", false), ("lab", "lab-key", false), ("", "", true), ("", "x", false),
    ])
    func plainPatterns(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(WildcardPattern(pattern).matches(text) == expected)
    }

    @Test func caseAndEscapes() {
        #expect(WildcardPattern("SQS:*", ignoreCase: true).matches("sqs:SendMessage"))
        #expect(!WildcardPattern("SQS:*").matches("sqs:SendMessage"))
        // EC2 filters: `\*` is a literal star; without escapes the backslash is just a character.
        #expect(WildcardPattern("key\\*", escapes: true).matches("key*"))
        #expect(!WildcardPattern("key\\*", escapes: true).matches("key-1"))
        #expect(WildcardPattern("key\\?", escapes: true).matches("key?"))
        #expect(WildcardPattern("a\\b", escapes: false).matches("a\\b"))
    }

    @Test func manyStarsStayFast() {
        // A naive recursive matcher takes exponential time on this; backtracking to the last star does not.
        let text = String(repeating: "a", count: 2_000)
        #expect(!WildcardPattern(String(repeating: "*a", count: 30) + "b").matches(text))
    }
}
