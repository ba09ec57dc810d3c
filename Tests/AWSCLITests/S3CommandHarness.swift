@testable import AWSCLI
import Engine
import Foundation

/// A fresh simulated account and an in-memory workspace to run `aws s3` commands against.
final class S3CommandHarness {
    let cloud: Cloud
    let files: S3CommandTestFileSystem
    let context: CLIContext

    init() {
        let cloud = Cloud()
        self.cloud = cloud
        files = S3CommandTestFileSystem(now: { cloud.clock.now })
        context = CLIContext(cloud: cloud, fileSystem: files)
    }

    /// Runs one `aws` command line, split into words as a shell would (quotes, no variables).
    @discardableResult
    func aws(_ line: String) -> CLIResult {
        AWSCommandLine.run(Self.words(line), context: context)
    }

    /// Calls the S3 API directly (test setup).
    @discardableResult
    func s3(_ operation: String, _ input: Value) throws -> Value {
        try cloud.call("s3", operation, input, region: "us-east-1")
    }

    /// Shell-style words: blanks separate, `'...'` and `"..."` quote, `\` escapes outside quotes.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped {
                current.append(c)
                escaped = false
            } else if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\\" {
                escaped = true
                inWord = true
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
