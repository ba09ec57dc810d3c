/// The boxed, titled table of `--output table`: sections drawn with `-`, `|` and `+`, as
/// awscli/table.py's `MultiTable` renders them (no colours, as when stdout is not a terminal).
struct TextTable {
    private(set) var sections: [TableSection] = []
    /// The width a table may take before single-row sections turn vertical.
    let terminalWidth: Int

    init(terminalWidth: Int) {
        self.terminalWidth = terminalWidth
    }

    // MARK: - Building (always on the newest section)

    mutating func newSection(title: String?, indentLevel: Int) {
        sections.append(TableSection(title: title, indentLevel: indentLevel))
    }

    mutating func addRowHeader(_ headers: [String]) {
        guard !sections.isEmpty else { return }
        sections[sections.count - 1].addHeader(headers)
    }

    mutating func addRow(_ row: [String]) throws(TableFormatError) {
        guard !sections.isEmpty else { return }
        try sections[sections.count - 1].addRow(row)
    }

    // MARK: - Rendering

    /// The table's text. When it is wider than the terminal, every section of a single row
    /// under headers becomes a two-column `header | value` section.
    func render() -> String {
        var sections = self.sections
        guard !sections.isEmpty else { return "" }
        var width = Self.maxWidth(sections)
        if width > terminalWidth {
            sections = sections.map(Self.vertical)
            width = Self.maxWidth(sections)
        }
        var out = String(repeating: "-", count: width) + "\n"
        for section in sections { renderSection(section, width: width, into: &out) }
        return out
    }

    private static func maxWidth(_ sections: [TableSection]) -> Int {
        sections.map { $0.totalWidth(padding: 4, outerPadding: $0.indentLevel) }.max() ?? 0
    }

    /// awscli's `convert_to_vertical_table` for one section.
    private static func vertical(_ section: TableSection) -> TableSection {
        guard section.rows.count == 1, !section.headers.isEmpty, let row = section.rows.first else { return section }
        var converted = TableSection(title: section.title, indentLevel: section.indentLevel)
        for (header, cell) in zip(section.headers, row) {
            try? converted.addRow([header, cell])
        }
        return converted
    }

    private func renderSection(_ section: TableSection, width fullWidth: Int, into out: inout String) {
        let edge = String(repeating: "|", count: section.indentLevel)
        func line(_ text: String) { out += edge + text + edge + "\n" }
        let width = fullWidth - section.indentLevel * 2
        if let title = section.visibleTitle {
            line(Self.center(title, width: width, left: "|", right: "|"))
            if section.headers.isEmpty && section.rows.isEmpty {
                line("+" + Self.repeated("-", width - 2) + "+")
            }
        }
        if !section.headers.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: width)
            line(Self.lineBreak(widths))
            var text = ""
            for (i, (columnWidth, header)) in zip(widths, section.headers).enumerated() {
                text += Self.center(header, width: columnWidth, left: i == 0 ? "|" : "", right: "|")
            }
            line(text)
        }
        guard !section.rows.isEmpty else { return }
        let widths = section.columnWidths(padding: 4, maxWidth: width)
        guard !widths.isEmpty else { return }
        line(Self.lineBreak(widths))
        for row in section.rows {
            var text = ""
            for (i, (columnWidth, cell)) in zip(widths, row).enumerated() {
                text += Self.alignLeft(cell, width: columnWidth, left: i == 0 ? "|" : "", right: "|")
            }
            line(text)
        }
        line(Self.lineBreak(widths))
    }

    // MARK: - Cells (awscli/table.py center_text, align_left)

    static func center(_ text: String, width: Int, left: String, right: String) -> String {
        let textWidth = DisplayWidth.of(text)
        let start = floorDiv(width, 2) - floorDiv(textWidth, 2) - 1
        let soFar = DisplayWidth.of(left) + start + textWidth
        let rightSpaces = width - DisplayWidth.of(right) - soFar
        return left + repeated(" ", start) + text + repeated(" ", rightSpaces) + right
    }

    static func alignLeft(_ text: String, width: Int, left: String, right: String) -> String {
        let textWidth = DisplayWidth.of(text)
        let padding = width - (textWidth + 2 + DisplayWidth.of(left) + DisplayWidth.of(right)) >= 0 ? 2 : 0
        let soFar = left.unicodeScalars.count + padding + textWidth
        return left + repeated(" ", padding) + text + repeated(" ", width - soFar - right.unicodeScalars.count) + right
    }

    private static func lineBreak(_ widths: [Int]) -> String {
        var text = ""
        for (i, width) in widths.enumerated() {
            text += i == 0 ? "+" + repeated("-", width - 2) + "+" : repeated("-", width - 1) + "+"
        }
        return text
    }

    /// Python's `text * count`: empty for a count below one.
    private static func repeated(_ text: String, _ count: Int) -> String {
        count > 0 ? String(repeating: text, count: count) : ""
    }

    /// Python's `//`, which rounds toward negative infinity.
    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
