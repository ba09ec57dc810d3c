import Foundation
import Testing
import AWSCLI
import JSONValue

/// `@=` assignments: which values go through the param-file loader, and when.
struct ShorthandParamFileTests {
    /// A loader that records what it was asked for and answers `LOADED:<reference>`.
    private final class RecordingLoader {
        var requests: [String] = []
        func load(_ reference: String) -> Value {
            requests.append(reference)
            return .string("LOADED:" + reference)
        }
    }

    private func parse(_ input: String, recording loader: RecordingLoader = RecordingLoader()) throws -> Value {
        try ShorthandParser(paramFileLoader: loader.load).parse(input)
    }

    @Test("@= loads file:// and fileb:// values, prefix included, and only those")
    func loadsPrefixedValues() throws {
        let loader = RecordingLoader()
        #expect(try parse("a@=file://f,b@=fileb://g,c@=x,d@=FILE://y", recording: loader)
            == ["a": "LOADED:file://f", "b": "LOADED:fileb://g", "c": "x", "d": "FILE://y"])
        #expect(loader.requests == ["file://f", "fileb://g"])
    }

    @Test("= never loads, even next to @=")
    func plainAssignmentDoesNotLoad() throws {
        let loader = RecordingLoader()
        #expect(try parse("a=file://f", recording: loader) == ["a": "file://f"])
        #expect(try parse("a@=file://f,b=file://g", recording: loader) == ["a": "LOADED:file://f", "b": "file://g"])
        #expect(loader.requests == ["file://f"])
    }

    @Test("@= reaches list items, comma-list items and quoted values, with spaces around")
    func loadsInsideLists() throws {
        #expect(try parse("a@=[file://x, y]") == ["a": ["LOADED:file://x", "y"]])
        #expect(try parse("a@=file://x,file://y") == ["a": ["LOADED:file://x", "LOADED:file://y"]])
        #expect(try parse("a@='file://q'") == ["a": "LOADED:file://q"])
        #expect(try parse("a @ = file://f") == ["a": "LOADED:file://f"])
        #expect(try parse("a@= file://x ") == ["a": "LOADED:file://x"])
    }

    @Test("every key resets @=: a nested key needs its own")
    func nestedKeysReset() throws {
        #expect(try parse("a@={b=file://x}") == ["a": ["b": "file://x"]])
        #expect(try parse("a@={b@=file://x}") == ["a": ["b": "LOADED:file://x"]])
        // The hash's key `b` switches loading off for the rest of the list too.
        #expect(try parse("a@=[{b=c},file://x]") == ["a": [["b": "c"], "file://x"]])
    }

    @Test("a comma-list item read before backtracking is loaded, then dropped")
    func loadsBeforeBacktracking() throws {
        // `file://y` is read as a list item, then `=` shows it is a key: the CLI has already
        // opened the file (and fails if it is missing) before giving the item back.
        let loader = RecordingLoader()
        #expect(try parse("a@=x,file://y=z", recording: loader) == ["a": "x", "file://y": "z"])
        #expect(loader.requests == ["file://y"])
    }

    @Test("fileb:// contents arrive as bytes")
    func binaryContents() throws {
        let loader = ShorthandTestSupport.loader(files: ["k.bin": ["$bytes": "\u{00}\u{FF}"]])
        let value = try ShorthandParser(paramFileLoader: loader).parse("Blob@=fileb://k.bin")
        #expect(value == ["Blob": .blob(Data([0x00, 0xFF]))])
    }

    @Test("the loader's error comes through unchanged")
    func loaderErrorsPropagate() {
        let parser = ShorthandParser(paramFileLoader: ShorthandTestSupport.loader(files: [:]))
        #expect(throws: ShorthandTestSupport.MissingParamFile(reference: "file://nope.txt")) {
            try parser.parse("a@=file://nope.txt")
        }
    }

    @Test("without a loader @= values stay strings")
    func noLoader() throws {
        #expect(try ShorthandParser().parse("a@=file://f") == ["a": "file://f"])
    }
}
