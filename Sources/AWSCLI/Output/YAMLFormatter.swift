import JSONValue

/// `--output yaml` and `--output yaml-stream`, as the AWS CLI v2 prints them with ruamel.yaml
/// (safe dumper, block style): keys in sorted order, two-space indentation, list items at
/// the indentation of their key, strings quoted only when YAML would read them as
/// something else (`'true'`, `'1.5'`, `''`, timestamps such as `'2024-05-01T12:00:00+00:00'`),
/// `null`/`true`/`false` for JSON's literals, and a document end marker `...` after a lone
/// plain scalar.
public enum YAMLFormatter {
    /// `--output yaml`: one document. The caller prints nothing for an empty response.
    public static func format(_ value: Value) -> String {
        YAMLEmitter.document(node(value))
    }

    /// `--output yaml-stream`: each page (after `--query`) as one item of a YAML list,
    /// written as the page arrives; a command without pagination is a single page.
    public static func formatStream(pages: [Value]) -> String {
        pages.map { YAMLEmitter.document(.sequence([node($0)])) }.joined()
    }

    // MARK: - Representer (ruamel.yaml SafeRepresenter)

    static func node(_ value: Value) -> YAMLEmitter.Node {
        switch value {
        case .null: return .scalar("null", plainImplicit: true)
        case .bool(let b): return .scalar(b ? "true" : "false", plainImplicit: true)
        case .int(let i): return .scalar(String(i), plainImplicit: true)
        case .double(let d): return .scalar(float(d), plainImplicit: true)
        case .string(let s): return string(s)
        case .blob(let data): return string(data.base64EncodedString())
        case .array(let items): return .sequence(items.map(node))
        case .object(let members):
            let keys = PythonValueText.sorted(members.keys)
            return .mapping(keys.map { (key: string($0), value: node(members[$0] ?? .null)) })
        }
    }

    private static func string(_ s: String) -> YAMLEmitter.Node {
        .scalar(s, plainImplicit: !YAMLImplicitResolver.resolvesToNonString(s))
    }

    /// `repr(float).lower()`, with YAML's names for the special values.
    private static func float(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return PythonValueText.float(d).lowercased()
    }
}
