import Engine
import JSONValue

/// A fault the lab injects into the simulated cloud on request. The learner's `/fault` verb
/// and the `#@ fault` directive of scripts and lesson blocks both read and inject faults
/// here, so a transcript replays exactly what the learner did.
public struct LabFault: Sendable, Equatable {
    /// The faults the lab knows.
    public enum Kind: String, Sendable, CaseIterable {
        /// A server of a standard queue is down: the next deleted messages come back once more.
        case sqsDuplicate = "sqs-duplicate"
    }

    /// Which fault.
    public var kind: Kind
    /// The queue as written: a queue URL, a queue name, or `$NAME` / `${NAME}` (a shell
    /// variable that holds one), read when the fault is injected.
    public var target: String
    /// How many deletes the fault affects (at least 1).
    public var count: Int

    /// The arguments the verb and the directive take.
    public static let usage = "sqs-duplicate QUEUE_URL_OR_NAME [N]"

    public init(kind: Kind, target: String, count: Int = 1) {
        self.kind = kind
        self.target = target
        self.count = count
    }

    /// Reads the words after `/fault` or `#@ fault`: `sqs-duplicate QUEUE [N]`.
    public init(words: [String]) throws(LabFaultError) {
        guard let first = words.first, let kind = Kind(rawValue: first), (2...3).contains(words.count) else {
            throw LabFaultError("the fault the lab can inject is \(Self.usage)")
        }
        var count = 1
        if words.count == 3 {
            guard let number = Int(words[2]), number >= 1 else {
                throw LabFaultError("the number of failed deletes must be a whole number of at least 1, not \(words[2])")
            }
            count = number
        }
        self.init(kind: kind, target: words[1], count: count)
    }

    /// The words again, as a transcript records them.
    public var words: [String] { [kind.rawValue, target, String(count)] }

    /// Injects the fault into the session's cloud and returns the sentence that says what
    /// happened.
    @discardableResult
    public func inject(into session: LabSession) throws(LabFaultError) -> String {
        let queue = try resolvedTarget(in: session)
        let region = Self.region(of: queue, in: session)
        let url: String
        if queue.contains("://") {
            url = queue
        } else {
            do {
                let found = try session.cloud.call("sqs", "GetQueueUrl", ["QueueName": .string(queue)], region: region)
                url = found.string("QueueUrl") ?? queue
            } catch {
                throw LabFaultError("there is no queue named \(queue) in \(region)")
            }
        }
        do {
            try session.cloud.service(SQSService.self).injectDuplicateFault(queueUrl: url, count: count,
                                                                             cloud: session.cloud, region: region)
        } catch {
            throw LabFaultError(String(describing: error))
        }
        let name = url.split(separator: "/").last.map(String.init) ?? url
        let deletes = count == 1 ? "the next message" : "the next \(count) messages"
        return "A server of \(name) fails: \(deletes) you delete will be delivered once more.\n"
    }

    /// The target with a `$NAME` or `${NAME}` (quoted or not) replaced by the variable's value.
    private func resolvedTarget(in session: LabSession) throws(LabFaultError) -> String {
        var text = target
        if text.count >= 2, let quote = text.first, quote == "\"" || quote == "'", text.last == quote {
            text = String(text.dropFirst().dropLast())
        }
        guard text.hasPrefix("$") else { return text }
        var name = Substring(text.dropFirst())
        if name.hasPrefix("{"), name.hasSuffix("}") { name = name.dropFirst().dropLast() }
        guard let value = session.shell.variables[String(name)], !value.isEmpty else {
            throw LabFaultError("$\(name) is not set in this shell; set it first, e.g. "
                                + "\(name)=$(aws sqs get-queue-url --queue-name NAME --query QueueUrl --output text)")
        }
        return value
    }

    /// The region of a queue URL (`https://sqs.REGION.amazonaws.com/...`), else the one the
    /// CLI would use: `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's region.
    static func region(of queue: String, in session: LabSession) -> String {
        if let hostStart = queue.range(of: "://") {
            let labels = queue[hostStart.upperBound...].prefix { $0 != "/" }.split(separator: ".")
            if labels.count == 4, labels[0] == "sqs", labels[2] == "amazonaws" { return String(labels[1]) }
        }
        return session.region
    }
}
