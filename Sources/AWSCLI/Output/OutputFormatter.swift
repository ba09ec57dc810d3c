import JSONValue

/// Prints a response in one of the AWS CLI's output formats.
public enum OutputFormatter {
    /// The text of a response in `format` (`json`, `text`, `table`, `yaml`, `yaml-stream`,
    /// `off`). An empty response prints nothing, as in the CLI (but `- {}` in `yaml-stream`),
    /// unless `emptyObjectPrints` asks for `{}` in json and yaml (for `lab query`).
    /// `operationName` (e.g. `DescribeInstances`) is the title of a table.
    public static func render(_ value: Value, format: String, operationName: String = "",
                              emptyObjectPrints: Bool = false) -> String {
        let silent = !emptyObjectPrints && isEmptyObject(value)
        switch format {
        case "off":
            return ""
        case "text":
            return TextFormatter.format(value)
        case "table":
            return TableFormatter.format(value, title: operationName)
        case "yaml":
            return silent ? "" : YAMLFormatter.format(value)
        case "yaml-stream":
            return YAMLFormatter.formatStream(pages: [value])
        default:
            return silent ? "" : JSONWriter.write(value, indent: 4) + "\n"
        }
    }

    /// The text of a paginated response printed page by page, as the CLI does for `text`
    /// (pages built with `TextFormatter.pageDocument`) and `yaml-stream` (the raw pages);
    /// every other format prints `merged`, the pages merged into one response.
    public static func render(pages: [Value], merged: Value, format: String, operationName: String = "") -> String {
        switch format {
        case "text": return TextFormatter.format(pages: pages)
        case "yaml-stream": return YAMLFormatter.formatStream(pages: pages)
        default: return render(merged, format: format, operationName: operationName)
        }
    }

    private static func isEmptyObject(_ value: Value) -> Bool {
        if case .object(let members) = value, members.isEmpty { return true }
        return false
    }
}
