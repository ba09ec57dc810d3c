import JSONValue

/// A compiled expression: the abstract syntax tree the interpreter walks. Only the cases
/// that contain nodes directly are boxed; the others are stored inline.
enum Node: Sendable {
    /// `@`, and the implicit right-hand side of a projection with nothing after it.
    case current
    case field(FieldName)
    /// Consecutive fields of a chain (`a.b.c`), looked up without copying the objects between.
    case fields([FieldName])
    /// Sub-expressions (`a.b`), index expressions (`a[0]`) and pipes (`a | b`): each node
    /// applies to the result of the one before. They differ only in how they parse.
    case chain([Node])
    /// `base[0]`, and brackets that directly follow it: like `chain`, kept apart because
    /// jmespath.py lets a slice right after an index extend the index expression instead of
    /// starting a projection (`a[0][1:3].b` applies `b` to the sliced array).
    case indexExpression([Node])
    case index(Int)
    indirect case slice(start: Int?, stop: Int?, step: Int?)
    case literal(Value)
    /// `base[*]...`, `base[]...`, `base[1:2]...`: applies `projected` to each element of an array.
    indirect case listProjection(base: Node, projected: Node)
    /// `base.*...`: applies `projected` to each value of an object.
    indirect case objectProjection(base: Node, projected: Node)
    /// `base[?condition]...`
    indirect case filterProjection(base: Node, condition: Node, projected: Node)
    /// `base[]` before projecting: merges nested arrays one level.
    indirect case flatten(Node)
    indirect case or(Node, Node)
    indirect case and(Node, Node)
    indirect case not(Node)
    indirect case comparison(Comparator, Node, Node)
    case multiSelectList([Node])
    case multiSelectHash([KeyedNode])
    case function(BuiltinFunction, [Node])
    /// `&expression`: only meaningful as a function argument.
    indirect case expressionReference(Node)
}

/// One `key: expression` pair of a multi-select hash.
struct KeyedNode: Sendable {
    let key: String
    let node: Node
}
