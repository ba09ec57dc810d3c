import Foundation
import JSONValue

/// Turns the text typed for an option into the typed value of its input member, as the AWS
/// CLI's argument processing does: `file://`/`fileb://`, scalars, JSON, shorthand (with the
/// model deciding each leaf's type), lists of values, and v2's base64 blobs.
public struct ParameterConverter {
    public enum BinaryFormat: Sendable { case base64, rawInBase64Out }

    public let model: ServiceModel
    public let fileSystem: any LocalFileSystem
    public let binaryFormat: BinaryFormat

    public init(model: ServiceModel, fileSystem: any LocalFileSystem, binaryFormat: BinaryFormat = .base64) {
        self.model = model
        self.fileSystem = fileSystem
        self.binaryFormat = binaryFormat
    }

    /// The member value for one parsed option.
    public func convert(_ argument: CLIArgument, _ raw: ParsedArguments.Raw) throws(CLIError) -> Value {
        guard let shape = argument.shape else { return .null }
        let option = argument.option
        switch raw {
        case .flag(let on):
            return .bool(on)
        case .single(let text):
            if argument.streaming {
                return try streamingBody(text, option: option)
            }
            switch try ParamFile.load(text, cliName: option, fileSystem: fileSystem) {
            case .bytes(let data):
                if shape.kind == .blob { return .blob(data) }
                return try convertText(String(decoding: data, as: UTF8.self), shape: shape, option: option)
            case .text(let contents):
                return try convertText(contents, shape: shape, option: option)
            case nil:
                return try convertText(text, shape: shape, option: option)
            }
        case .list(let items):
            if items.count == 1, let contents = try ParamFile.load(items[0], cliName: option, fileSystem: fileSystem) {
                switch contents {
                case .text(let s): return try convertText(s, shape: shape, option: option)
                case .bytes(let d): return try convertText(String(decoding: d, as: UTF8.self), shape: shape, option: option)
                }
            }
            if items.count == 1, looksLikeJSON(items[0], for: shape) {
                return try parseJSON(items[0], shape: shape, option: option)
            }
            guard let memberRef = shape.member, let memberShape = model.shape(memberRef.shape) else { return .null }
            var values: [Value] = []
            for item in items {
                if memberShape.isScalar {
                    values.append(try scalar(item, shape: memberShape, option: option))
                } else {
                    values.append(try shorthandOrJSON(item, shape: memberShape, option: option))
                }
            }
            return .array(values)
        }
    }

    /// A streaming blob (S3 `--body`): a path to a local file.
    private func streamingBody(_ path: String, option: String) throws(CLIError) -> Value {
        do {
            let info = try fileSystem.info(ParamFile.expandHome(path))
            guard let info, !info.isDirectory else {
                throw CLIError.parsingParameter(option, "Blob values must be a path to a file.")
            }
            return .blob(try fileSystem.read(ParamFile.expandHome(path)))
        } catch let error as CLIError {
            throw error
        } catch let error as LocalFileError {
            throw CLIError.parsingParameter(option, error.kind == .outsideWorkspace ? error.message : "Blob values must be a path to a file.")
        } catch {
            throw CLIError.parsingParameter(option, "Blob values must be a path to a file.")
        }
    }

    /// One text value for a member of any shape.
    func convertText(_ text: String, shape: Shape, option: String) throws(CLIError) -> Value {
        if shape.isScalar { return try scalar(text, shape: shape, option: option) }
        if shape.kind == .list, let memberShape = shape.member.flatMap({ model.shape($0.shape) }),
           !looksLikeJSON(text, for: shape) {
            if memberShape.isScalar { return .array([try scalar(text, shape: memberShape, option: option)]) }
            return .array([try shorthandOrJSON(text, shape: memberShape, option: option)])
        }
        return try shorthandOrJSON(text, shape: shape, option: option)
    }

    func shorthandOrJSON(_ text: String, shape: Shape, option: String) throws(CLIError) -> Value {
        if looksLikeJSON(text, for: shape) || shape.isDocument {
            return try parseJSON(text, shape: shape, option: option)
        }
        // A structure whose only member is a string `Value` takes the bare text.
        if shape.kind == .structure, shape.members.count == 1, shape.members[0].name == "Value",
           model.shape(shape.members[0].ref.shape)?.kind == .string, !text.contains("=") {
            return ["Value": .string(text)]
        }
        let parser = ShorthandParser(paramFileLoader: ParamFile.shorthandLoader(cliName: option, fileSystem: fileSystem))
        let parsed: Value
        do {
            parsed = try parser.parse(text)
        } catch let error as ShorthandParseError {
            throw CLIError.parsingParameter(option, error.message)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.parsingParameter(option, "\(error)")
        }
        return try coerce(parsed, shape: shape, option: option)
    }

    /// The CLI parses a structure, map or list value as JSON when it starts with `{` or `[`
    /// (after white space), as the shorthand parser decides.
    func looksLikeJSON(_ text: String, for shape: Shape) -> Bool {
        switch shape.kind {
        case .list, .structure, .map: return ShorthandParser.looksLikeJSON(text) || shape.isDocument
        default: return false
        }
    }

    func parseJSON(_ text: String, shape: Shape, option: String) throws(CLIError) -> Value {
        let value: Value
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw CLIError.parsingParameter(option, "Invalid JSON: \(error.description)\nJSON received: \(text)")
        }
        if (shape.kind == .structure || shape.kind == .map) && !shape.isDocument && value.objectValue == nil {
            throw CLIError.parsingParameter(option, "Invalid JSON:\n\(text)")
        }
        return decodeBlobs(value, shape: shape)
    }

    /// Blob members given in JSON are base64 text in AWS CLI v2.
    func decodeBlobs(_ value: Value, shape: Shape) -> Value {
        switch shape.kind {
        case .blob:
            if case .string(let s) = value {
                switch binaryFormat {
                case .base64: return Data(base64Encoded: s).map(Value.blob) ?? value
                case .rawInBase64Out: return .blob(Data(s.utf8))
                }
            }
            return value
        case .structure where !shape.isDocument:
            guard case .object(var members) = value else { return value }
            for (name, ref) in shape.members {
                if let v = members[name], let s = model.shape(ref.shape) { members[name] = decodeBlobs(v, shape: s) }
            }
            return .object(members)
        case .list:
            guard case .array(let items) = value, let s = shape.member.flatMap({ model.shape($0.shape) }) else { return value }
            return .array(items.map { decodeBlobs($0, shape: s) })
        case .map:
            guard case .object(var members) = value, let s = shape.value.flatMap({ model.shape($0.shape) }) else { return value }
            for (k, v) in members { members[k] = decodeBlobs(v, shape: s) }
            return .object(members)
        default:
            return value
        }
    }

    /// Gives shorthand's strings the types the model asks for (the CLI's shorthand visitor).
    func coerce(_ value: Value, shape: Shape, option: String) throws(CLIError) -> Value {
        switch shape.kind {
        case .structure where !shape.isDocument:
            guard case .object(var members) = value else { return value }
            for (key, v) in members {
                if let ref = shape.memberRef(key), let s = model.shape(ref.shape) {
                    members[key] = try coerce(v, shape: s, option: option)
                }
            }
            return .object(members)
        case .map:
            guard case .object(var members) = value, let s = shape.value.flatMap({ model.shape($0.shape) }) else { return value }
            for (k, v) in members { members[k] = try coerce(v, shape: s, option: option) }
            return .object(members)
        case .list:
            guard let s = shape.member.flatMap({ model.shape($0.shape) }) else { return value }
            let items: [Value] = value.arrayValue ?? [value]
            var out: [Value] = []
            for item in items { out.append(try coerce(item, shape: s, option: option)) }
            return .array(out)
        default:
            if case .string(let text) = value { return try scalar(text, shape: shape, option: option, fromShorthand: true) }
            return value
        }
    }

    /// A scalar from its text: integers, doubles, booleans, timestamps, blobs and strings.
    func scalar(_ text: String, shape: Shape, option: String, fromShorthand: Bool = false) throws(CLIError) -> Value {
        switch shape.kind {
        case .integer, .long:
            if let i = Int(text.trimmingCharacters(in: .whitespaces)) { return .int(i) }
            throw CLIError.validation(["Invalid type for parameter \(memberPath(option)), value: \(text), type: <class 'str'>, valid types: <class 'int'>"])
        case .float, .double, .bigdecimal:
            if let d = Double(text.trimmingCharacters(in: .whitespaces)) { return .double(d) }
            throw CLIError.validation(["Invalid type for parameter \(memberPath(option)), value: \(text), type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"])
        case .boolean:
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                throw CLIError.validation(["Invalid type for parameter \(memberPath(option)), value: \(text), type: <class 'str'>, valid types: <class 'bool'>"])
            }
        case .timestamp:
            if let t = Timestamp.parse(text) { return .double(t) }
            throw CLIError.validation(["Invalid type for parameter \(memberPath(option)), value: \(text), type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string"])
        case .blob:
            switch binaryFormat {
            case .rawInBase64Out:
                return .blob(Data(text.utf8))
            case .base64:
                if let data = Data(base64Encoded: text) { return .blob(data) }
                throw CLIError(.parameter, stderr: "\nInvalid base64: \"\(text)\"\n")
            }
        default:
            return .string(text)
        }
    }

    /// `--max-number-of-messages` → `MaxNumberOfMessages` for messages.
    private func memberPath(_ option: String) -> String {
        option.dropFirst(2).split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
