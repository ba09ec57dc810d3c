/// One boxed section of a table: a title, optional column headers and rows of cells, with
/// the column widths awscli/table.py's `Section` computes.
struct TableSection {
    /// The title; `nil` where the CLI passes Python's `None` (it then measures as `None`).
    var title: String?
    var headers: [String] = []
    var rows: [[String]] = []
    var indentLevel = 0
    private var columnCount: Int?
    private var maxWidths: [Int] = []

    init(title: String?, indentLevel: Int = 0) {
        self.title = title
        self.indentLevel = indentLevel
    }

    /// The title as the renderer writes it; an empty or missing title is not written.
    var visibleTitle: String? {
        guard let title, !title.isEmpty else { return nil }
        return title
    }

    // MARK: - Building

    mutating func addHeader(_ headers: [String]) {
        updateMaxWidths(headers)
        if columnCount == nil { columnCount = headers.count }
        self.headers = headers
    }

    /// Adds a row; the CLI fails with this message when a row's length differs from the first.
    mutating func addRow(_ row: [String]) throws(TableFormatError) {
        if columnCount == nil { columnCount = row.count }
        if let columnCount, row.count != columnCount {
            throw TableFormatError(message: "Row should have \(columnCount) elements, instead it has \(row.count)")
        }
        rows.append(row)
        updateMaxWidths(row)
    }

    private mutating func updateMaxWidths(_ row: [String]) {
        if maxWidths.isEmpty {
            maxWidths = row.map(DisplayWidth.of)
            return
        }
        for (i, cell) in row.enumerated() where i < maxWidths.count {
            maxWidths[i] = max(maxWidths[i], DisplayWidth.of(cell))
        }
    }

    // MARK: - Widths

    /// The column widths with `padding` added, scaled so that they add up to `maxWidth`.
    func columnWidths(padding: Int, maxWidth: Int? = nil) -> [Int] {
        let unscaled = maxWidths.map { $0 + padding }
        guard let maxWidth, !unscaled.isEmpty else { return unscaled }
        let factor = Double(maxWidth) / Double(unscaled.reduce(0, +))
        var scaled = unscaled.map { Int((factor * Double($0)).rounded(.toNearestOrEven)) }
        var offBy = scaled.reduce(0, +) - maxWidth
        while offBy != 0 {
            let order: [Int] = offBy < 0 ? Array(scaled.indices.reversed()) : Array(scaled.indices)
            for i in order {
                if offBy > 0 {
                    scaled[i] -= 1
                    offBy -= 1
                } else {
                    scaled[i] += 1
                    offBy += 1
                }
                if offBy == 0 { break }
            }
        }
        return scaled
    }

    /// The width the section needs: columns with padding and borders, or its title.
    func totalWidth(padding: Int, outerPadding: Int) -> Int {
        let border = 2
        var total = columnWidths(padding: 0).reduce(0) { $0 + $1 + padding }
        total += border + 2 * outerPadding
        let titleWidth = DisplayWidth.of(title ?? "None") + border + 2 * outerPadding
        return max(titleWidth, total)
    }
}
