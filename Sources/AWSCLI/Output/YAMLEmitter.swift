/// A YAML document in block style, written the way libyaml's emitter writes it (the C
/// emitter ruamel.yaml uses for the AWS CLI v2): two-space indentation, sequences inside a
/// mapping not indented, empty collections as `[]` and `{}`, scalars plain when they can be,
/// else single-quoted, else double-quoted with escapes, long lines folded at spaces past
/// column 80, keys over 128 bytes or spanning lines written as `? key`.
struct YAMLEmitter {
    /// A node of the document: what ruamel's representer hands to the emitter.
    indirect enum Node {
        /// A scalar and whether its text, written plain, reads back with the same type.
        case scalar(String, plainImplicit: Bool)
        case sequence([Node])
        case mapping([(key: Node, value: Node)])
    }

    private enum Style { case plain, singleQuoted, doubleQuoted }

    private let bestIndent = 2
    private let bestWidth = 80

    private(set) var output = ""
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var openEnded = false
    private var indent = -1
    private var indents: [Int] = []
    private var flowLevel = 0
    private var rootContext = false
    private var mappingContext = false
    private var simpleKeyContext = false

    /// The text of a one-document stream holding `root`.
    static func document(_ root: Node) -> String {
        var emitter = YAMLEmitter()
        emitter.emitNode(root, root: true)
        emitter.writeIndent()
        if emitter.openEnded {
            emitter.writeIndicator("...", needWhitespace: true, isWhitespace: false, isIndention: false)
            emitter.writeIndent()
        }
        return emitter.output
    }

    // MARK: - Nodes

    private mutating func emitNode(_ node: Node, root: Bool = false, mapping: Bool = false, simpleKey: Bool = false) {
        rootContext = root
        mappingContext = mapping
        simpleKeyContext = simpleKey
        switch node {
        case .scalar(let text, let plainImplicit):
            emitScalar(text, plainImplicit: plainImplicit)
        case .sequence(let items):
            if flowLevel > 0 || items.isEmpty { emitEmptyFlow("[", "]") } else { emitBlockSequence(items) }
        case .mapping(let pairs):
            if flowLevel > 0 || pairs.isEmpty { emitEmptyFlow("{", "}") } else { emitBlockMapping(pairs) }
        }
    }

    /// `[]` or `{}`: the emitter opens a flow collection and closes it at once.
    private mutating func emitEmptyFlow(_ open: String, _ close: String) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        increaseIndent(flow: true)
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
        indent = indents.popLast() ?? -1
    }

    private mutating func emitBlockSequence(_ items: [Node]) {
        increaseIndent(flow: false, indentless: mappingContext && !indention)
        for item in items {
            writeIndent()
            writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
            emitNode(item)
        }
        indent = indents.popLast() ?? -1
    }

    private mutating func emitBlockMapping(_ pairs: [(key: Node, value: Node)]) {
        increaseIndent(flow: false)
        for (key, value) in pairs {
            writeIndent()
            if Self.isSimpleKey(key) {
                emitNode(key, mapping: true, simpleKey: true)
                writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(key, mapping: true)
                writeIndent()
                writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
            }
            emitNode(value, mapping: true)
        }
        indent = indents.popLast() ?? -1
    }

    /// libyaml's `yaml_emitter_check_simple_key`: one line and at most 128 bytes.
    private static func isSimpleKey(_ key: Node) -> Bool {
        switch key {
        case .scalar(let text, _):
            let analysis = YAMLScalarAnalysis(text)
            return !analysis.multiline && analysis.byteLength <= 128
        case .sequence(let items): return items.isEmpty
        case .mapping(let pairs): return pairs.isEmpty
        }
    }

    // MARK: - Scalars

    private mutating func emitScalar(_ text: String, plainImplicit: Bool) {
        let analysis = YAMLScalarAnalysis(text)
        let style = chooseStyle(analysis, plainImplicit: plainImplicit)
        increaseIndent(flow: true)
        let allowBreaks = !simpleKeyContext
        switch style {
        case .plain: writePlain(analysis.scalars, allowBreaks: allowBreaks)
        case .singleQuoted: writeSingleQuoted(analysis.scalars, allowBreaks: allowBreaks)
        case .doubleQuoted: writeDoubleQuoted(analysis.scalars, allowBreaks: allowBreaks)
        }
        indent = indents.popLast() ?? -1
    }

    /// libyaml's `yaml_emitter_select_scalar_style` for a scalar without a requested style.
    private func chooseStyle(_ analysis: YAMLScalarAnalysis, plainImplicit: Bool) -> Style {
        var style = Style.plain
        if (flowLevel > 0 && !analysis.flowPlainAllowed) || (flowLevel == 0 && !analysis.blockPlainAllowed) {
            style = .singleQuoted
        }
        if analysis.scalars.isEmpty && (flowLevel > 0 || simpleKeyContext) { style = .singleQuoted }
        if !plainImplicit { style = .singleQuoted }
        if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
        return style
    }

    private mutating func writePlain(_ text: [Unicode.Scalar], allowBreaks: Bool) {
        if !whitespace && !text.isEmpty { put(" ") }
        var spaces = false
        for (i, c) in text.enumerated() {
            if c == " " {
                let next = i + 1 < text.count ? text[i + 1] : nil
                if allowBreaks && !spaces && column > bestWidth && next != " " {
                    writeIndent()
                } else {
                    write(c)
                }
                spaces = true
            } else {
                write(c)
                indention = false
                spaces = false
            }
        }
        whitespace = false
        indention = false
        if rootContext { openEnded = true }
    }

    private mutating func writeSingleQuoted(_ text: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        var breaks = false
        for (i, c) in text.enumerated() {
            if c == " " {
                let next = i + 1 < text.count ? text[i + 1] : nil
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != text.count - 1 && next != " " {
                    writeIndent()
                } else {
                    write(c)
                }
                spaces = true
            } else if YAMLScalarAnalysis.isBreak(c) {
                if !breaks && c == "\n" { putBreak() }
                writeBreak(c)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if c == "'" { put("'") }
                write(c)
                indention = false
                spaces = false
                breaks = false
            }
        }
        if breaks { writeIndent() }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func writeDoubleQuoted(_ text: [Unicode.Scalar], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false
        for (i, c) in text.enumerated() {
            if !YAMLScalarAnalysis.isPrintable(c) || YAMLScalarAnalysis.isBreak(c) || c == "\"" || c == "\\" {
                put("\\")
                for e in Self.escape(c).unicodeScalars { put(e) }
                spaces = false
            } else if c == " " {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != text.count - 1 {
                    writeIndent()
                    if i + 1 < text.count && text[i + 1] == " " { put("\\") }
                } else {
                    write(c)
                }
                spaces = true
            } else {
                write(c)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    /// What follows the backslash for a character a double-quoted scalar escapes.
    private static func escape(_ c: Unicode.Scalar) -> String {
        switch c.value {
        case 0x00: return "0"
        case 0x07: return "a"
        case 0x08: return "b"
        case 0x09: return "t"
        case 0x0A: return "n"
        case 0x0B: return "v"
        case 0x0C: return "f"
        case 0x0D: return "r"
        case 0x1B: return "e"
        case 0x22: return "\""
        case 0x5C: return "\\"
        case 0x85: return "N"
        case 0xA0: return "_"
        case 0x2028: return "L"
        case 0x2029: return "P"
        default:
            let (prefix, digits) = c.value <= 0xFF ? ("x", 2) : c.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            let hex = String(c.value, radix: 16, uppercase: true)
            return prefix + String(repeating: "0", count: max(0, digits - hex.count)) + hex
        }
    }

    // MARK: - Writing

    private mutating func increaseIndent(flow: Bool, indentless: Bool = false) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? bestIndent : 0
        } else if !indentless {
            indent += bestIndent
        }
    }

    private mutating func writeIndicator(_ text: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(" ") }
        for c in text.unicodeScalars { put(c) }
        whitespace = isWhitespace
        indention = indention && isIndention
        openEnded = false
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) { putBreak() }
        while column < target { put(" ") }
        whitespace = true
        indention = true
    }

    private mutating func put(_ c: Unicode.Scalar) {
        output.unicodeScalars.append(c)
        column += 1
    }

    private mutating func write(_ c: Unicode.Scalar) {
        put(c)
    }

    private mutating func putBreak() {
        output.append("\n")
        column = 0
    }

    private mutating func writeBreak(_ c: Unicode.Scalar) {
        if c == "\n" {
            putBreak()
        } else {
            output.unicodeScalars.append(c)
            column = 0
        }
    }
}
