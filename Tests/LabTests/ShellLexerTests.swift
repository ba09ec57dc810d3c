import Testing
@testable import Lab

@Suite struct ShellLexerTests {
    private func words(_ line: String) throws -> [[ShellWordSegment]] {
        try ShellLexer.tokens(line).compactMap { token in
            if case .word(let word) = token { return word.segments }
            return nil
        }
    }

    @Test func quotesAndEscapesJoinIntoOneWord() throws {
        let segments = try words(#"a'b c'"d e"\ f"#)
        #expect(segments.count == 1)
        #expect(segments[0] == [.literal("a", quoted: false), .literal("b cd e ", quoted: true),
                                .literal("f", quoted: false)])
    }

    @Test func doubleQuotesKeepOnlyTheirEscapes() throws {
        let segments = try words(#""a\"b\$c\\d\n""#)
        #expect(segments == [[.literal(#"a"b$c\d\n"#, quoted: true)]])
    }

    @Test func emptyQuotesStillMakeAWord() throws {
        #expect(try words(#"echo """#).count == 2)
        #expect(try words("echo ''").count == 2)
    }

    @Test func parametersAndSubstitutionsAreSegments() throws {
        let segments = try words(#"$A${B}"$?"$(echo x)"#)
        #expect(segments.count == 1)
        guard segments.count == 1, segments[0].count == 4 else { return }
        #expect(segments[0][0] == .parameter(ShellParameter(name: "A"), quoted: false))
        #expect(segments[0][1] == .parameter(ShellParameter(name: "B"), quoted: false))
        #expect(segments[0][2] == .parameter(ShellParameter(name: "?"), quoted: true))
        guard case .substitution(let script, quoted: false) = segments[0][3] else {
            Issue.record("expected a substitution")
            return
        }
        #expect(script.pipelines.count == 1)
    }

    @Test func commentsEndTheLineButNotAWord() throws {
        #expect(try words("echo a#b # c d").count == 2)
        #expect(try ShellLexer.tokens("# only a comment").isEmpty)
    }

    @Test func backslashNewlineContinuesBetweenAndInsideWords() throws {
        #expect(try words("echo a \\\n  b").count == 3)
        #expect(try words("ec\\\nho") == [[.literal("echo", quoted: false)]])
    }

    @Test func redirectionOperatorsCarryTheirDescriptor() throws {
        let tokens = try ShellLexer.tokens("a >f 2>>g <h 2>&1 >&2 &>i")
        let operators = tokens.compactMap { token -> ShellRedirectionOperator? in
            if case .redirection(let operation) = token { return operation }
            return nil
        }
        #expect(operators == [
            ShellRedirectionOperator(descriptor: 1, kind: .output(append: false)),
            ShellRedirectionOperator(descriptor: 2, kind: .output(append: true)),
            ShellRedirectionOperator(descriptor: 0, kind: .input),
            ShellRedirectionOperator(descriptor: 2, kind: .duplicate(1)),
            ShellRedirectionOperator(descriptor: 1, kind: .duplicate(2)),
            ShellRedirectionOperator(descriptor: 1, kind: .outputAndError(append: false)),
        ])
    }

    @Test func aDigitInsideAWordIsNotADescriptor() throws {
        let tokens = try ShellLexer.tokens("echo a2>f")
        #expect(tokens.first == .word(ShellWord(segments: [.literal("echo", quoted: false)], text: "echo")))
        #expect(tokens.count == 4)
        #expect(tokens[2] == .redirection(ShellRedirectionOperator(descriptor: 1, kind: .output(append: false))))
    }

    @Test func ansiCQuotesDecodeEscapes() throws {
        #expect(try words(#"$'a\tb\x41\'c'"#) == [[.literal("a\tbA'c", quoted: true)]])
    }

    @Test func unclosedQuotesAreIncomplete() {
        for text in ["echo 'abc", "echo \"abc", "echo $(date", "echo ${A", "echo a\\"] {
            #expect(throws: ShellSyntaxError.self) { try ShellLexer.tokens(text, lenientEnd: false) }
            do {
                _ = try ShellLexer.tokens(text, lenientEnd: false)
            } catch let error as ShellSyntaxError {
                #expect(error.kind == .incomplete, "\(text)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
