import Collections
import JSONValue

/// `--output table`: the response as titled boxes, as the AWS CLI's `TableFormatter` draws it.
///
/// The outer title is the operation name (`DescribeInstances`). A structure's scalar members
/// become one row under sorted headers (a single scalar member becomes a `key | value` row);
/// each nested list or structure becomes an indented section titled with its key, in sorted
/// key order. A list of structures shares one header row (the sorted union of their scalar
/// keys); when the structures have nested members, every element gets its own section.
/// The table is as wide as its widest section; when that is wider than the terminal, the
/// single-row sections turn vertical. The CLI measures the terminal of its stdout and falls
/// back to 80 columns when stdout is not a terminal, which is what the lab uses by default.
public enum TableFormatter {
    /// The table of a response; empty for an empty or false-like response, as the CLI prints
    /// nothing then.
    public static func render(_ value: Value, title: String, terminalWidth: Int = 80) throws(TableFormatError) -> String {
        var builder = Builder(table: TextTable(terminalWidth: terminalWidth))
        guard try builder.build(title: title, value, indentLevel: 0) else { return "" }
        return builder.table.render()
    }

    /// The table, or nothing when the response cannot be laid out (see `TableFormatError`).
    public static func format(_ value: Value, title: String, terminalWidth: Int = 80) -> String {
        (try? render(value, title: title, terminalWidth: terminalWidth)) ?? ""
    }

    /// awscli/formatter.py's `_build_table` and its helpers.
    private struct Builder {
        var table: TextTable

        mutating func build(title: String?, _ current: Value, indentLevel: Int) throws(TableFormatError) -> Bool {
            guard PythonValueText.isTruthy(current) else { return false }
            if title != nil { table.newSection(title: title, indentLevel: indentLevel) }
            switch current {
            case .array(let items):
                if let first = items.first, PythonValueText.isDict(first) {
                    try subTable(fromList: items, indentLevel: indentLevel, title: title)
                } else {
                    for item in items { try addListItem(item) }
                }
            case .object(let members):
                try subTable(fromDict: members, indentLevel: indentLevel)
            default:
                break
            }
            return true
        }

        private mutating func addListItem(_ item: Value) throws(TableFormatError) {
            switch item {
            case .array(let elements) where elements.allSatisfy(PythonValueText.isScalar):
                try table.addRow(elements.map(PythonValueText.str))
            case .object(let members):
                // Python iterates a dict's keys, which are all scalars.
                try table.addRow(Array(members.keys))
            case .array:
                _ = try build(title: nil, item, indentLevel: 0)
            default:
                try table.addRow([PythonValueText.str(item)])
            }
        }

        private mutating func subTable(fromDict members: OrderedDictionary<String, Value>, indentLevel: Int) throws(TableFormatError) {
            let (headers, more) = Self.groupScalarKeys(members)
            if headers.count == 1 {
                try table.addRow([headers[0], PythonValueText.str(members[headers[0]] ?? .null)])
            } else if !headers.isEmpty {
                table.addRowHeader(headers)
                try table.addRow(headers.map { PythonValueText.str(members[$0] ?? .null) })
            }
            for key in more {
                _ = try build(title: key, members[key] ?? .null, indentLevel: indentLevel + 1)
            }
        }

        private mutating func subTable(fromList items: [Value], indentLevel: Int, title: String?) throws(TableFormatError) {
            var headerSet = Set<String>()
            var moreSet = Set<String>()
            for case .object(let members) in items {
                let (headers, more) = Self.groupScalarKeys(members)
                headerSet.formUnion(headers)
                moreSet.formUnion(more)
            }
            let headers = PythonValueText.sorted(headerSet)
            let more = PythonValueText.sorted(moreSet)
            table.addRowHeader(headers)
            for (index, element) in items.enumerated() {
                if index > 0 && !more.isEmpty {
                    table.newSection(title: title, indentLevel: indentLevel)
                    table.addRowHeader(headers)
                }
                let members = element.objectValue ?? [:]
                try table.addRow(headers.map { members[$0].map(PythonValueText.str) ?? "" })
                for key in more {
                    guard let nested = members[key] else { continue }
                    _ = try build(title: key, nested, indentLevel: indentLevel + 1)
                }
            }
        }

        /// The sorted keys holding scalars, and the sorted keys holding lists or structures.
        private static func groupScalarKeys(_ members: OrderedDictionary<String, Value>) -> ([String], [String]) {
            let scalars = members.filter { PythonValueText.isScalar($0.value) }.keys
            let nested = members.filter { !PythonValueText.isScalar($0.value) }.keys
            return (PythonValueText.sorted(scalars), PythonValueText.sorted(nested))
        }
    }
}
