import Collections
import JSONValue

/// `--output text`: tab-separated lines, as the AWS CLI's `text.format_text` prints them.
///
/// A structure prints its scalar members on one line in sorted key order, prefixed by the
/// upper-cased name of the member that holds it; nested lists and structures follow on
/// lines of their own. A list of structures uses, for every element, the sorted union of
/// the scalar keys of all elements (a missing one prints as an empty field). A list of
/// scalars prints on one tab-separated line, or one `KEY\tvalue` line per item inside a
/// structure. Scalars print as Python's `str()`: `True`, `False`, `None`.
///
/// A paginated command prints each page on its own (`format(pages:)`), which is why the
/// CLI's text output of a paginated command can differ from its JSON output.
public enum TextFormatter {
    /// The text of one response (or of one `--query` result).
    public static func format(_ value: Value) -> String {
        var out = ""
        formatItem(value, identifier: nil, scalarKeys: nil, into: &out)
        return out
    }

    /// The text of a paginated command: each page formatted on its own, one after the other.
    ///
    /// Build each page with `pageDocument(results:base:)` from the shaped raw page, append
    /// `resumeDocument(token:)` when `--max-items` left a `NextToken`, and apply `--query` to
    /// every document, the resume one included (where a query then usually gives `None`).
    public static func format(pages: [Value]) -> String {
        pages.map(format).joined()
    }

    /// The document the CLI formats for one page: the page's result keys set along their
    /// dotted paths (a missing result is `null`), on top of `base` — a structure of the first
    /// page's non-aggregate keys, or nothing for the following pages.
    public static func pageDocument(results: [(path: String, value: Value)], base: Value = .emptyObject) -> Value {
        var document = PythonValueText.isDict(base) ? base : .emptyObject
        for (path, value) in results {
            set(&document, path: path.split(separator: ".").map(String.init), to: value)
        }
        return document
    }

    /// What the CLI prints after the pages when `--max-items` stopped early:
    /// `{"NextToken": {"NextToken": token}}`, which formats as `NEXTTOKEN\ttoken`.
    public static func resumeDocument(token: String) -> Value {
        .object(["NextToken": .object(["NextToken": .string(token)])])
    }

    // MARK: - The formatting rules of awscli/text.py

    private static func formatItem(_ item: Value, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        switch item {
        case .object(let members):
            formatDict(members, identifier: identifier, scalarKeys: scalarKeys, into: &out)
        case .array(let items):
            formatList(items, identifier: identifier, into: &out)
        default:
            out += PythonValueText.str(item) + "\n"
        }
    }

    private static func formatList(_ items: [Value], identifier: String?, into out: inout String) {
        guard !items.isEmpty else { return }
        if items.contains(where: PythonValueText.isDict) {
            let keys = allScalarKeys(items)
            for element in items {
                formatItem(element, identifier: identifier, scalarKeys: keys, into: &out)
            }
        } else if items.contains(where: PythonValueText.isList) {
            let scalars = items.filter(PythonValueText.isScalar)
            if !scalars.isEmpty { formatScalarList(scalars, identifier: identifier, into: &out) }
            for nested in items where !PythonValueText.isScalar(nested) {
                formatItem(nested, identifier: identifier, scalarKeys: nil, into: &out)
            }
        } else {
            formatScalarList(items, identifier: identifier, into: &out)
        }
    }

    private static func formatScalarList(_ items: [Value], identifier: String?, into out: inout String) {
        if let identifier {
            for item in items { out += identifier.uppercased() + "\t" + PythonValueText.str(item) + "\n" }
        } else {
            out += items.map(PythonValueText.str).joined(separator: "\t") + "\n"
        }
    }

    private static func formatDict(_ members: OrderedDictionary<String, Value>, identifier: String?,
                                   scalarKeys: [String]?, into out: inout String) {
        var scalars: [String] = []
        var nested: [(String, Value)] = []
        if let scalarKeys {
            scalars = scalarKeys.map { members[$0].map(PythonValueText.str) ?? "" }
            let known = Set(scalarKeys)
            for key in PythonValueText.sorted(members.keys) where !known.contains(key) {
                nested.append((key, members[key] ?? .null))
            }
        } else {
            for key in PythonValueText.sorted(members.keys) {
                let value = members[key] ?? .null
                if PythonValueText.isScalar(value) { scalars.append(PythonValueText.str(value)) } else { nested.append((key, value)) }
            }
        }
        if !scalars.isEmpty {
            if let identifier { scalars.insert(identifier.uppercased(), at: 0) }
            out += scalars.joined(separator: "\t") + "\n"
        }
        for (key, value) in nested {
            formatItem(value, identifier: key, scalarKeys: nil, into: &out)
        }
    }

    /// The sorted union of the keys that hold a scalar in any structure of the list.
    private static func allScalarKeys(_ items: [Value]) -> [String] {
        var seen = Set<String>()
        for case .object(let members) in items {
            for (key, value) in members where PythonValueText.isScalar(value) { seen.insert(key) }
        }
        return PythonValueText.sorted(seen)
    }

    // MARK: - Pages

    /// botocore's `set_value_from_jmespath`: creates the structures along a dotted path.
    private static func set(_ document: inout Value, path: [String], to value: Value) {
        guard let first = path.first, case .object(var members) = document else { return }
        if path.count == 1 {
            members[first] = value
        } else {
            var child = members[first] ?? .emptyObject
            if !PythonValueText.isDict(child) { child = .emptyObject }
            set(&child, path: Array(path.dropFirst()), to: value)
            members[first] = child
        }
        document = .object(members)
    }
}
