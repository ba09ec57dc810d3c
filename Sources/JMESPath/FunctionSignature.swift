import JSONValue

/// A function's parameter types and whether its last parameter repeats.
struct FunctionSignature: Sendable {
    let parameters: [ParameterType]
    let variadic: Bool

    init(_ parameters: ParameterType..., variadic: Bool = false) {
        self.parameters = parameters
        self.variadic = variadic
    }

    /// Checks an argument count (at compile time).
    func checkArity(_ count: Int, function: String) throws(JMESPathError) {
        let fits = variadic ? count >= parameters.count : count == parameters.count
        guard fits else {
            throw .arity(function, expected: parameters.count, actual: count, variadic: variadic)
        }
    }

    /// Checks argument types in order, as jmespath.py does before calling a function.
    /// Repeated arguments of a variadic function are checked against the last parameter.
    func checkTypes(_ arguments: [Argument], function: String) throws(JMESPathError) {
        for (position, argument) in arguments.enumerated() {
            let parameter = parameters[Swift.min(position, parameters.count - 1)]
            try parameter.check(argument, function: function)
        }
    }
}

// MARK: - The signatures of the built-in functions

extension FunctionSignature {
    static let number = FunctionSignature(ParameterType(.number))
    static let numberArray = FunctionSignature(ParameterType(.arrayOf(.number)))
    static let contains = FunctionSignature(ParameterType(.plain(.array), .plain(.string)), .any)
    static let twoStrings = FunctionSignature(ParameterType(.string), ParameterType(.string))
    static let join = FunctionSignature(ParameterType(.string), ParameterType(.arrayOf(.string)))
    static let object = FunctionSignature(ParameterType(.object))
    static let length = FunctionSignature(ParameterType(.plain(.string), .plain(.array), .plain(.object)))
    static let map = FunctionSignature(ParameterType(.expref), ParameterType(.array))
    static let numbersOrStrings = FunctionSignature(ParameterType(.arrayOf(.number), .arrayOf(.string)))
    static let sort = FunctionSignature(ParameterType(.arrayOf(.string), .arrayOf(.number)))
    static let arrayAndExpression = FunctionSignature(ParameterType(.array), ParameterType(.expref))
    static let objects = FunctionSignature(ParameterType(.object), variadic: true)
    static let anyValues = FunctionSignature(.any, variadic: true)
    static let reverse = FunctionSignature(ParameterType(.plain(.array), .plain(.string)))
    static let anyValue = FunctionSignature(.any)
}
