/// Help pages generated from the models, in the lab's own words (no AWS documentation text).
public enum HelpText {
    public static func top() -> String {
        var lines = ["aws", "", "  The AWS command line, simulated by the lab. Usage:", "",
                     "    aws [options] <command> <subcommand> [parameters]", "", "AVAILABLE SERVICES", ""]
        for name in AWSCommandLine.commandNames { lines.append("  o \(name)") }
        lines.append("")
        lines.append("  Global options: " + GlobalOptions.names.joined(separator: " "))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func service(_ model: ServiceModel) -> String {
        var lines = [model.cliName, "", "  \(model.serviceFullName) (API version \(model.apiVersion)), as simulated by the lab.", "",
                     "AVAILABLE COMMANDS", ""]
        for name in model.cliOperationNames { lines.append("  o \(name)") }
        lines.append("")
        lines.append("  Run 'aws \(model.cliName) <command> help' for a command's options.")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func operation(_ model: ServiceModel, _ operation: Operation, table: ArgumentTable) -> String {
        var lines = ["\(model.cliName) \(operation.cliName)", "", "  Calls the \(operation.name) operation of \(model.serviceId).", "", "SYNOPSIS", ""]
        lines.append("    \(operation.cliName)")
        for argument in table.ordered where argument.member != nil {
            let value = placeholder(argument)
            let text = argument.kind == .flag(true) ? "--\(argument.name) | --no-\(argument.name)" : "\(argument.option) \(value)"
            lines.append(argument.required ? "    \(text)" : "    [\(text)]")
        }
        for argument in table.ordered where argument.member == nil {
            lines.append("    [\(argument.option) <value>]")
        }
        if table.hasOutfile { lines.append("    <outfile>") }
        lines.append("")
        lines.append("OPTIONS")
        lines.append("")
        for argument in table.ordered where argument.member != nil {
            guard let shape = argument.shape else { continue }
            let requirement = argument.required ? "required" : "optional"
            lines.append("  \(argument.option) (\(typeName(shape, model))) [\(requirement)]")
            if !shape.enumValues.isEmpty {
                lines.append("    Possible values: " + shape.enumValues.joined(separator: ", "))
            }
            if let example = shorthandExample(shape, model) {
                lines.append("    Shorthand: \(argument.option) \(example)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func placeholder(_ argument: CLIArgument) -> String {
        argument.kind == .list ? "<value> [<value> ...]" : "<value>"
    }

    static func typeName(_ shape: Shape, _ model: ServiceModel) -> String {
        switch shape.kind {
        case .list:
            let inner = shape.member.flatMap { model.shape($0.shape) }.map { typeName($0, model) } ?? "value"
            return "list of \(inner)"
        case .map: return "map"
        case .structure: return "structure"
        default: return shape.kind.rawValue
        }
    }

    static func shorthandExample(_ shape: Shape, _ model: ServiceModel) -> String? {
        switch shape.kind {
        case .structure:
            let parts = shape.members.prefix(4).compactMap { (name, ref) -> String? in
                guard let s = model.shape(ref.shape), s.isScalar else { return nil }
                return "\(name)=\(s.kind == .string ? "string" : s.kind.rawValue)"
            }
            return parts.isEmpty ? nil : parts.joined(separator: ",")
        case .list:
            guard let s = shape.member.flatMap({ model.shape($0.shape) }), s.kind == .structure else { return nil }
            return shorthandExample(s, model).map { "\($0) \($0)" }
        case .map:
            return "KeyName1=string,KeyName2=string"
        default:
            return nil
        }
    }
}
