/// The AWS CLI's global options. Like the CLI's main parser, they are recognised anywhere
/// on the command line and removed before the service and operation are parsed.
public struct GlobalOptions: Sendable, Equatable {
    public var debug = false
    public var endpointURL: String?
    public var noVerifySSL = false
    public var noPaginate = false
    public var output: String?
    public var query: String?
    public var profile: String?
    public var region: String?
    public var version = false
    public var color: String?
    public var noSignRequest = false
    public var caBundle: String?
    public var readTimeout: String?
    public var connectTimeout: String?
    public var binaryFormat: String?
    public var noCLIPager = false
    public var autoPrompt: Bool?

    public init() {}

    /// Option name → whether it takes a value.
    static let takesValue: [String: Bool] = [
        "--debug": false, "--endpoint-url": true, "--no-verify-ssl": false, "--no-paginate": false,
        "--output": true, "--query": true, "--profile": true, "--region": true, "--version": false,
        "--color": true, "--no-sign-request": false, "--ca-bundle": true, "--cli-read-timeout": true,
        "--cli-connect-timeout": true, "--cli-binary-format": true, "--no-cli-pager": false,
        "--cli-auto-prompt": false, "--no-cli-auto-prompt": false,
    ]

    static let choices: [String: [String]] = [
        "--output": ["json", "text", "table", "yaml", "yaml-stream", "off"],
        "--color": ["on", "off", "auto"],
        "--cli-binary-format": ["base64", "raw-in-base64-out"],
    ]

    public static var names: [String] { takesValue.keys.sorted() }

    /// Splits the global options off `args`; returns them and the other tokens in order.
    public static func extract(from args: [String]) throws(CLIError) -> (GlobalOptions, [String]) {
        var options = GlobalOptions()
        var rest: [String] = []
        var i = 0
        while i < args.count {
            let token = args[i]
            var name = token
            var inlineValue: String?
            if token.hasPrefix("--"), let eq = token.firstIndex(of: "=") {
                name = String(token[..<eq])
                inlineValue = String(token[token.index(after: eq)...])
            }
            guard let needsValue = takesValue[name] else {
                rest.append(token)
                i += 1
                continue
            }
            var value: String?
            if needsValue {
                if let inlineValue {
                    value = inlineValue
                } else if i + 1 < args.count, !isOptionLike(args[i + 1]) {
                    value = args[i + 1]
                    i += 1
                } else {
                    throw CLIError.usage("argument \(name): expected one argument")
                }
                if let allowed = choices[name], let v = value, !allowed.contains(v) {
                    throw CLIError.usage(CloseMatches.invalidChoiceMessage(argument: name, value: v, choices: allowed))
                }
            } else if inlineValue != nil {
                throw CLIError.usage("argument \(name): ignored explicit argument '\(inlineValue ?? "")'")
            }
            options.apply(name, value)
            i += 1
        }
        return (options, rest)
    }

    /// argparse treats `-x`/`--x` as an option, but not `-` or a negative number.
    static func isOptionLike(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token.count > 1 else { return false }
        if token.hasPrefix("--") { return true }
        let rest = token.dropFirst()
        return !(rest.first.map { $0.isNumber || $0 == "." } ?? false)
    }

    private mutating func apply(_ name: String, _ value: String?) {
        switch name {
        case "--debug": debug = true
        case "--endpoint-url": endpointURL = value
        case "--no-verify-ssl": noVerifySSL = true
        case "--no-paginate": noPaginate = true
        case "--output": output = value
        case "--query": query = value
        case "--profile": profile = value
        case "--region": region = value
        case "--version": version = true
        case "--color": color = value
        case "--no-sign-request": noSignRequest = true
        case "--ca-bundle": caBundle = value
        case "--cli-read-timeout": readTimeout = value
        case "--cli-connect-timeout": connectTimeout = value
        case "--cli-binary-format": binaryFormat = value
        case "--no-cli-pager": noCLIPager = true
        case "--cli-auto-prompt": autoPrompt = true
        case "--no-cli-auto-prompt": autoPrompt = false
        default: break
        }
    }
}
