import Foundation
import Testing
@testable import Lab

/// echo, cat, head, tail, wc, tr, grep, sort, base64, printf: outputs checked against GNU
/// coreutils and bash (run with LC_ALL=C).
@Suite struct ShellTextCommandTests {
    private func lab(with files: [String: String] = [:]) throws -> ShellFixture {
        let lab = ShellFixture()
        for (name, text) in files { try lab.write(name, text) }
        return lab
    }

    private static let letters = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n"

    @Test func echoOptions() throws {
        let lab = try lab()
        #expect(lab.run("echo -n abc").stdout == "abc")
        #expect(lab.run("echo -e 'a\\tb\\nc'").stdout == "a\tb\nc\n")
        #expect(lab.run("echo -ne 'x\\x41\\0101y\\cZZ'").stdout == "xAAy")
        #expect(lab.run("echo 'a\\tb'").stdout == "a\\tb\n")
        #expect(lab.run("echo -x -- a").stdout == "-x -- a\n")
    }

    @Test func catConcatenatesAndReportsMissingFiles() throws {
        let lab = try lab(with: ["a.txt": "A\n", "b.txt": "B"])
        let result = lab.run("cat a.txt nope.txt b.txt")
        #expect(result.stdout == "A\nB")
        #expect(result.stderr == "cat: nope.txt: No such file or directory\n")
        #expect(result.exitCode == 1)
        #expect(lab.run("echo piped | cat").stdout == "piped\n")
        #expect(lab.run("echo mid | cat a.txt - b.txt").stdout == "A\nmid\nB")
        #expect(lab.run("cat -n b.txt").stdout == "     1\tB")
        lab.run("mkdir d")
        #expect(lab.run("cat d").stderr == "cat: d: Is a directory\n")
        #expect(lab.run("cat 'a b'").stderr == "cat: 'a b': No such file or directory\n")
        #expect(lab.run("cat -A a.txt").stderr == "cat: option '-A' is not available in the lab\n")
    }

    @Test func headTakesLinesOrBytes() throws {
        let lab = try lab(with: ["l.txt": Self.letters, "h.txt": "hello world\n", "g.txt": "no newline"])
        #expect(lab.run("head -3 l.txt").stdout == "a\nb\nc\n")
        #expect(lab.run("head -c 5 l.txt").stdout == "a\nb\nc")
        #expect(lab.run("head -n -9 l.txt").stdout == "a\nb\nc\n")
        #expect(lab.run("head -n 2 l.txt h.txt").stdout == "==> l.txt <==\na\nb\n\n==> h.txt <==\nhello world\n")
        #expect(lab.run("head -n 1 g.txt").stdout == "no newline")
        #expect(lab.run("head -c -3 g.txt").stdout == "no newl")
        #expect(lab.run("head l.txt").stdout == "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n")
        let bad = lab.run("head -n x l.txt")
        #expect(bad == ShellFixture.Output(stdout: "", stderr: "head: invalid number of lines: 'x'\n", exitCode: 1))
        #expect(lab.run("head nope").stderr == "head: cannot open 'nope' for reading: No such file or directory\n")
    }

    @Test func headReadsABoundedPartOfDevZero() throws {
        let lab = try lab()
        #expect(lab.run("head -c 10 /dev/zero | wc -c").stdout == "10\n")
        lab.run("head -c 1K /dev/zero > zeros.bin")
        #expect(try lab.workspace.read("zeros.bin") == Data(count: 1024))
        let endless = lab.run("cat /dev/zero")
        #expect(endless.exitCode == 1)
        #expect(endless.stderr.hasPrefix("cat: /dev/zero: reading it to the end never finishes"))
    }

    @Test func tailTakesTheEnd() throws {
        let lab = try lab(with: ["l.txt": Self.letters, "g.txt": "no newline", "f.txt": "x\ny\n"])
        #expect(lab.run("tail -n 2 l.txt").stdout == "k\nl\n")
        #expect(lab.run("tail -3 l.txt").stdout == "j\nk\nl\n")
        #expect(lab.run("tail -n +11 l.txt").stdout == "k\nl\n")
        #expect(lab.run("tail -c 4 l.txt").stdout == "k\nl\n")
        #expect(lab.run("tail -c +3 g.txt").stdout == " newline")
        #expect(lab.run("tail -n 1 g.txt").stdout == "no newline")
        #expect(lab.run("tail -n 1 f.txt").stdout == "y\n")
        #expect(lab.run("tail -n 0 f.txt").stdout == "")
        #expect(lab.run("tail -n +0 f.txt").stdout == "x\ny\n")
        #expect(lab.run("tail -f f.txt").stderr == "tail: option '-f' is not available in the lab\n")
    }

    @Test func wcCountsWithGNUWidths() throws {
        let lab = try lab(with: ["h.txt": "hello world\n", "f.txt": "one two\nthree\n\nfour five six\n", "g.txt": "no newline"])
        #expect(lab.run("wc h.txt").stdout == " 1  2 12 h.txt\n")
        #expect(lab.run("wc -c h.txt").stdout == "12 h.txt\n")
        #expect(lab.run("wc -l < h.txt").stdout == "1\n")
        #expect(lab.run("cat h.txt | wc").stdout == "      1       2      12\n")
        #expect(lab.run("cat h.txt | wc -w").stdout == "2\n")
        #expect(lab.run("wc f.txt g.txt").stdout == " 4  6 29 f.txt\n 0  2 10 g.txt\n 4  8 39 total\n")
        #expect(lab.run("wc -l f.txt g.txt").stdout == " 4 f.txt\n 0 g.txt\n 4 total\n")
        #expect(lab.run("wc -lw f.txt").stdout == " 4  6 f.txt\n")
        #expect(lab.run("wc -L f.txt").stdout == "13 f.txt\n")
        #expect(lab.run("wc nope").stderr == "wc: nope: No such file or directory\n")
    }

    @Test func trTranslatesDeletesAndSqueezes() throws {
        let lab = try lab(with: ["h.txt": "hello world\n"])
        #expect(lab.run("tr a-z A-Z < h.txt").stdout == "HELLO WORLD\n")
        #expect(lab.run("tr -d 'lo' < h.txt").stdout == "he wrd\n")
        #expect(lab.run("tr -s l < h.txt").stdout == "helo world\n")
        #expect(lab.run("echo 'a  b   c' | tr -s ' '").stdout == "a b c\n")
        #expect(lab.run("echo hello | tr a-y b-z").stdout == "ifmmp\n")
        #expect(lab.run("echo hello | tr -d '[:alpha:]'").stdout == "\n")
        #expect(lab.run("echo abc | tr abc x").stdout == "xxx\n")
        #expect(lab.run("echo 'Hello, World' | tr -c 'a-zA-Z\\n' _").stdout == "Hello__World\n")
        #expect(lab.run("echo Hello | tr '[:lower:]' '[:upper:]'").stdout == "HELLO\n")
        #expect(lab.run("echo Hello | tr -d '\\n'").stdout == "Hello")
        #expect(lab.run("echo hello | tr a-z '[x*]'").stdout == "xxxxx\n")
    }

    @Test func trUsageErrors() throws {
        let lab = try lab()
        #expect(lab.run("tr").stderr == "tr: missing operand\nTry 'tr --help' for more information.\n")
        #expect(lab.run("tr a").stderr
            == "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n")
        #expect(lab.run("tr -d a b").stderr == "tr: extra operand 'b'\nOnly one string may be given when deleting "
            + "without squeezing repeats.\nTry 'tr --help' for more information.\n")
        #expect(lab.run("tr z-a x").stderr == "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n")
    }

    @Test func grepSelectsLines() throws {
        let lab = try lab(with: ["l.txt": Self.letters, "f.txt": "one two\nthree\n\nfour five six\n", "g.txt": "no newline"])
        #expect(lab.run("grep -c a l.txt").stdout == "1\n")
        #expect(lab.run("grep -v '[a-h]' l.txt").stdout == "i\nj\nk\nl\n")
        #expect(lab.run("grep -E 'a|b' l.txt").stdout == "a\nb\n")
        #expect(lab.run("grep 'a\\|b' l.txt").stdout == "a\nb\n")
        #expect(lab.run("grep -n k l.txt").stdout == "11:k\n")
        #expect(lab.run("grep -i THREE f.txt").stdout == "three\n")
        #expect(lab.run("grep -o o f.txt").stdout == "o\no\no\n")
        #expect(lab.run("grep -w two f.txt").stdout == "one two\n")
        #expect(lab.run("grep -x three f.txt").stdout == "three\n")
        #expect(lab.run("grep 'f.*e' f.txt").stdout == "four five six\n")
        #expect(lab.run("grep 't\\{2\\}' f.txt").stdout == "")
        #expect(lab.run("grep -E 'e{2}' f.txt").stdout == "three\n")
        #expect(lab.run("grep -e one -e three f.txt").stdout == "one two\nthree\n")
        #expect(lab.run("grep -F 'e t' f.txt").stdout == "one two\n")
        #expect(lab.run("grep -F 'e.t' f.txt").stdout == "")
        #expect(lab.run("grep '' g.txt").stdout == "no newline\n")
        #expect(lab.run("grep o f.txt g.txt").stdout == "f.txt:one two\nf.txt:four five six\ng.txt:no newline\n")
        #expect(lab.run("grep -c o f.txt g.txt").stdout == "f.txt:2\ng.txt:1\n")
        #expect(lab.run("grep -l o f.txt g.txt").stdout == "f.txt\ng.txt\n")
    }

    @Test func grepExitStatuses() throws {
        let lab = try lab(with: ["f.txt": "yes\n"])
        #expect(lab.run("grep -q yes f.txt") == ShellFixture.Output(stdout: "", stderr: "", exitCode: 0))
        #expect(lab.run("grep no f.txt").exitCode == 1)
        #expect(lab.run("grep x nope.txt") == ShellFixture.Output(
            stdout: "", stderr: "grep: nope.txt: No such file or directory\n", exitCode: 2))
        #expect(lab.run("grep").exitCode == 2)
    }

    @Test func sortOrders() throws {
        let lab = try lab()
        #expect(lab.run("printf '3\\n1\\n10\\n2\\n2\\n' | sort").stdout == "1\n10\n2\n2\n3\n")
        #expect(lab.run("printf '3\\n1\\n10\\n2\\n2\\n' | sort -n").stdout == "1\n2\n2\n3\n10\n")
        #expect(lab.run("printf '3\\n1\\n10\\n2\\n2\\n' | sort -rn").stdout == "10\n3\n2\n2\n1\n")
        #expect(lab.run("printf '3\\n1\\n10\\n2\\n2\\n' | sort -u").stdout == "1\n10\n2\n3\n")
        #expect(lab.run("printf 'b\\nB\\na\\nA\\n' | sort").stdout == "A\nB\na\nb\n")
        #expect(lab.run("printf 'b\\nB\\na\\nA\\n' | sort -f").stdout == "A\na\nB\nb\n")
        #expect(lab.run("printf -- '-1\\n-10\\n5\\nx\\n' | sort -n").stdout == "-10\n-1\nx\n5\n")
        #expect(lab.run("printf '  b\\na\\n c\\n' | sort -b").stdout == "a\n  b\n c\n")
        #expect(lab.run("sort nope").stderr == "sort: cannot read: nope: No such file or directory\n")
        #expect(lab.run("sort -k 2").stderr == "sort: option '-k' is not available in the lab\n")
    }

    @Test func base64EncodesAndDecodes() throws {
        let lab = try lab()
        #expect(lab.run("echo hello | base64").stdout == "aGVsbG8K\n")
        #expect(lab.run("echo -n hi | base64").stdout == "aGk=\n")
        let wrapped = String(repeating: "A", count: 76) + "\n" + String(repeating: "A", count: 58) + "==\n"
        #expect(lab.run("head -c 100 /dev/zero | base64").stdout == wrapped)
        #expect(lab.run("head -c 60 /dev/zero | base64 -w 0").stdout == String(repeating: "A", count: 80))
        #expect(lab.run("echo aGVsbG8K | base64 --decode").stdout == "hello\n")
        #expect(lab.run("printf 'aGk=\\naGk=\\n' | base64 -d").stdout == "hihi")
        let partial = lab.run("echo aGVsbG8 | base64 -d")
        #expect(partial == ShellFixture.Output(stdout: "hello", stderr: "base64: invalid input\n", exitCode: 1))
        #expect(lab.run("echo '!!!' | base64 -d").exitCode == 1)
        #expect(lab.run("echo hello | base64 | base64 -d").stdout == "hello\n")
    }

    @Test func printfFormats() throws {
        let lab = try lab()
        #expect(lab.run("printf '%s-%s\\n' a b c").stdout == "a-b\nc-\n")
        #expect(lab.run("printf '%5s|%-5s|\\n' ab cd").stdout == "   ab|cd   |\n")
        #expect(lab.run("printf '%d %03d %x %o\\n' 42 7 255 8").stdout == "42 007 ff 10\n")
        #expect(lab.run("printf '%.2f\\n' 3.14159").stdout == "3.14\n")
        #expect(lab.run("printf '%b\\n' 'a\\tb'").stdout == "a\tb\n")
        #expect(lab.run("printf '%c%c\\n' hello world").stdout == "hw\n")
        #expect(lab.run("printf '%%\\n'").stdout == "%\n")
        #expect(lab.run("printf '%d\\n' abc") == ShellFixture.Output(
            stdout: "0\n", stderr: "bash: printf: abc: invalid number\n", exitCode: 1))
    }
}
