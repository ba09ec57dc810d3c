import Testing
import AWSCLI
import JSONValue

/// The shorthand grammar, rule by rule, with the values the AWS CLI produces for each input
/// (checked against awscli's own parser).
struct ShorthandParserTests {
    private func parse(_ input: String) throws -> Value {
        try ShorthandParser().parse(input)
    }

    // MARK: - Key-value pairs

    @Test("the shapes learners type: tags, filters, one scalar")
    func everydayShapes() throws {
        #expect(try parse("Key=env,Value=dev") == ["Key": "env", "Value": "dev"])
        #expect(try parse("Name=tag:Name,Values=web,db") == ["Name": "tag:Name", "Values": ["web", "db"]])
        #expect(try parse("Name=instance-state-name,Values=running")
            == ["Name": "instance-state-name", "Values": "running"])
    }

    @Test("keys take letters, digits and - _ . # / :, may be empty, and keep their order")
    func keys() throws {
        #expect(try parse("k-_.#/:=v") == ["k-_.#/:": "v"])
        #expect(try parse("=x") == ["": "x"])
        let value = try parse("z=1,a=2,m=3")
        #expect(value.objectValue.map { Array($0.keys) } == ["z", "a", "m"])
    }

    @Test("an empty value is the empty string")
    func emptyValues() throws {
        #expect(try parse("a=") == ["a": ""])
        #expect(try parse("a=,b=") == ["a": "", "b": ""])
    }

    // MARK: - Comma lists and backtracking

    @Test("a comma list is a list; a later key ends it at the comma before it")
    func commaLists() throws {
        #expect(try parse("a=b,c") == ["a": ["b", "c"]])
        #expect(try parse("a=b,c,d=e,f") == ["a": ["b", "c"], "d": ["e", "f"]])
        #expect(try parse("a=b,c=d=e") == ["a": "b", "c": "d=e"])
        #expect(try parse("a=b,=c") == ["a": "b", "": "c"])
        #expect(try parse("a=x,\"q\"") == ["a": ["x", "q"]])
        #expect(try parse("a=x,'q' ,r") == ["a": ["x", "q", "r"]])
    }

    @Test("backtracking goes to the nearest comma, even an escaped one inside an item")
    func backtrackingToAnEscapedComma() throws {
        // `y\,z` is read as an item, then `=` shows it was a key: the parser backs up to the
        // comma inside it, so `y` is lost, exactly as in the AWS CLI.
        #expect(try parse("a=x,y\\,z=w") == ["a": "x", "z": "w"])
    }

    @Test("the first value may hold = and brackets; later items may not hold =")
    func valueCharacters() throws {
        #expect(try parse("a=b=c") == ["a": "b=c"])
        #expect(try parse("a=}") == ["a": "}"])
        #expect(try parse("a=b c=d") == ["a": "b c=d"])
    }

    // MARK: - Whitespace

    @Test("whitespace around = and , is skipped, and a value's trailing whitespace dropped")
    func whitespace() throws {
        #expect(try parse("a = b") == ["a": "b"])
        #expect(try parse("a=b , c") == ["a": ["b", "c"]])
        #expect(try parse("a=b ,c=d") == ["a": "b", "c": "d"])
        #expect(try parse("a=x y  ") == ["a": "x y"])
        #expect(try parse("a=\tx\t") == ["a": "x"])
        #expect(try parse("a=b,\r\nc=d") == ["a": "b", "c": "d"])
        #expect(try parse("a=b\n,c=d") == ["a": "b", "c": "d"])
    }

    @Test("a newline without a comma stays inside the value")
    func newlineInsideAValue() throws {
        #expect(try parse("a=b\nc=d") == ["a": "b\nc=d"])
    }

    @Test("trailing Unicode spaces are dropped too, inner ones kept")
    func unicodeSpaces() throws {
        #expect(try parse("a=x\u{A0}") == ["a": "x"])
        #expect(try parse("a=x\u{3000}y\u{3000}") == ["a": "x\u{3000}y"])
        #expect(try parse("a=x\u{1C}") == ["a": "x"])
    }

    // MARK: - Explicit lists

    @Test("[...] lists: empty, nested, trailing comma, empty items, spaces, newlines")
    func explicitLists() throws {
        #expect(try parse("a=[]") == ["a": []])
        #expect(try parse("a=[ ]") == ["a": []])
        #expect(try parse("a=[x,]") == ["a": ["x"]])
        #expect(try parse("a=[,]") == ["a": [""]])
        #expect(try parse("a=[[x,y],[z]]") == ["a": [["x", "y"], ["z"]]])
        #expect(try parse("a=[x y , z]") == ["a": ["x y", "z"]])
        #expect(try parse("a=[\n x,\n y\n]") == ["a": ["x", "y"]])
        #expect(try parse("a=[{b=c},{d=[e]}]") == ["a": [["b": "c"], ["d": ["e"]]]])
    }

    // MARK: - Hashes

    @Test("{...} hashes: empty, nested, trailing comma, spaces")
    func hashes() throws {
        #expect(try parse("a={}") == ["a": .emptyObject])
        #expect(try parse("a={ }") == ["a": .emptyObject])
        #expect(try parse("a={b=c,}") == ["a": ["b": "c"]])
        #expect(try parse("a={b= [x] , c = {d=e}}") == ["a": ["b": ["x"], "c": ["d": "e"]]])
    }

    @Test("a repeated key inside a hash keeps its first place and takes the last value")
    func hashDuplicateKeys() throws {
        let value = try parse("a={b=c,e=f,b=d}")
        #expect(value == ["a": ["b": "d", "e": "f"]])
        #expect(value["a"]?.objectValue.map { Array($0.keys) } == ["b", "e"])
    }

    // MARK: - Quoting and escapes

    @Test("quoted values keep commas, equals signs and the other quote")
    func quotedValues() throws {
        #expect(try parse("a='x,y',b=\"p=q\"") == ["a": "x,y", "b": "p=q"])
        #expect(try parse("a=\"it's\"") == ["a": "it's"])
        #expect(try parse("a='say \"hi\"'") == ["a": "say \"hi\""])
        #expect(try parse("a='😀'") == ["a": "😀"])
    }

    @Test("inside quotes, backslash-quote is a quote and a double backslash is one backslash")
    func quoteEscapes() throws {
        #expect(try parse("a='a\\'b'") == ["a": "a'b"])
        #expect(try parse("a=\"x\\\"y\"") == ["a": "x\"y"])
        #expect(try parse("a='a\\\\b'") == ["a": "a\\b"])
        #expect(try parse("a='a\\b'") == ["a": "a\\b"])
        #expect(try parse("a='ab\\'cd'") == ["a": "ab'cd"])
    }

    @Test("a backslash-quote before the end closes the string when no plain quote does")
    func closingOnAnEscapedQuote() throws {
        // 'a\\' ends with backslash + quote; the CLI's pattern backs up so that quote closes.
        #expect(try parse("a='a\\\\'") == ["a": "a\\"])
    }

    @Test("outside quotes, \\, is a literal comma and other backslashes stay")
    func unquotedEscapes() throws {
        #expect(try parse("a=x\\,y") == ["a": "x,y"])
        #expect(try parse("a=x\\y") == ["a": "x\\y"])
        #expect(try parse("a=\\,x,y") == ["a": [",x", "y"]])
        #expect(try parse("a=x\\,,y") == ["a": ["x,", "y"]])
        #expect(try parse("a=[x\\,y,z]") == ["a": ["x,y", "z"]])
        #expect(try parse("a={b=x\\,y}") == ["a": ["b": "x,y"]])
    }

    @Test("non-ASCII values up to U+FFFF are plain characters")
    func unicodeValues() throws {
        #expect(try parse("a=✓") == ["a": "✓"])
        #expect(try parse("a=naïve") == ["a": "naïve"])
        #expect(try parse("a=日本") == ["a": "日本"])
    }
}
