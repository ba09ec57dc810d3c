/// The left-hand side of a Pratt loop while it grows step by step (`a.b.c`, `a[0][1]`,
/// `a | b`), kept in arrays appended in place so that long chains parse in linear time.
/// Consecutive fields of a chain are gathered into `.fields` nodes.
struct SequenceBuilder {
    private enum Shape {
        case single
        /// Sub-expressions and pipes.
        case chain
        /// An index expression (see `Node.indexExpression`).
        case index
    }

    /// Runs of fields hold at most this many fields (descending through a run recurses once
    /// per field).
    static let maximumRun = 32

    /// The whole node while the shape is `single` (no array is allocated for it).
    private var single: Node
    private var nodes: [Node] = []
    /// Trailing fields of a chain not yet turned into a node.
    private var run: [FieldName] = []
    private var shape: Shape

    init(_ node: Node) {
        single = .current
        switch node {
        case .chain(let steps):
            nodes = steps
            shape = .chain
        case .indexExpression(let steps):
            nodes = steps
            shape = .index
        default:
            single = node
            shape = .single
        }
    }

    /// The node built so far.
    var node: Node {
        switch shape {
        case .single:
            return single
        case .index:
            return .indexExpression(nodes)
        case .chain:
            guard let pending = runNode else { return nodes.count == 1 ? nodes[0] : .chain(nodes) }
            if nodes.isEmpty { return pending }
            return .chain(nodes + [pending])
        }
    }

    var isIndexExpression: Bool { shape == .index }

    /// Starts over from a node that wraps everything built so far.
    mutating func replace(with node: Node) {
        self = SequenceBuilder(node)
    }

    /// Appends a step that applies to the result so far (`.b`, `| b`).
    mutating func chain(_ next: Node) {
        if shape == .single, case .current = single {
            self = SequenceBuilder(next)
            if shape == .index {
                single = .indexExpression(nodes)
                nodes = []
                shape = .single
            }
            return
        }
        switch shape {
        case .chain: break
        case .single:
            if case .field(let field) = single {
                run = [field]
            } else {
                nodes = [single]
            }
            single = .current
            shape = .chain
        case .index:
            nodes = [.indexExpression(nodes)]
            shape = .chain
        }
        switch next {
        case .field(let field):
            appendField(field)
        case .current:
            break
        case .chain(let steps):
            flushRun()
            nodes.append(contentsOf: steps)
        default:
            flushRun()
            nodes.append(next)
        }
    }

    /// Appends brackets to an index expression, or starts one (`[0]`, `[1:2]`).
    mutating func index(_ next: Node) {
        switch shape {
        case .index:
            nodes.append(next)
        case .single:
            if case .current = single {
                nodes = [next]
            } else {
                nodes = [single, next]
                single = .current
            }
            shape = .index
        case .chain:
            nodes = [node, next]
            run.removeAll()
            shape = .index
        }
    }

    // MARK: - Field runs

    private var runNode: Node? {
        switch run.count {
        case 0: return nil
        case 1: return .field(run[0])
        default: return .fields(run)
        }
    }

    private mutating func appendField(_ field: FieldName) {
        if run.isEmpty, case .field(let previous) = nodes.last {
            nodes.removeLast()
            run.append(previous)
        }
        if run.count == Self.maximumRun { flushRun() }
        run.append(field)
    }

    private mutating func flushRun() {
        guard let pending = runNode else { return }
        nodes.append(pending)
        run.removeAll(keepingCapacity: true)
    }
}
