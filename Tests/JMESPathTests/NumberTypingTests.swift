import JMESPath
import JSONValue
import Testing

/// Result number types follow jmespath.py (the AWS CLI prints `3`, not `3.0`, for an int).
@Suite struct NumberTypingTests {
    private func result(_ expression: String, _ document: String = "{}") throws -> Value {
        try search(expression, document)
    }

    @Test("Counts are ints")
    func counts() throws {
        #expect(try result("length(@)", "[1, 2, 3]") == .int(3))
        #expect(try result("length('ab')") == .int(2))
    }

    @Test("sum keeps ints while every term is an int")
    func sum() throws {
        #expect(try result("sum(@)", "[1, 2]") == .int(3))
        #expect(try result("sum(@)", "[1, 2.0]") == .double(3))
        #expect(try result("sum(@)", "[]") == .int(0))
    }

    @Test("avg is always a double")
    func average() throws {
        #expect(try result("avg(@)", "[2, 4]") == .double(3))
    }

    @Test("ceil and floor give ints, even from doubles")
    func rounding() throws {
        #expect(try result("ceil(`2.1`)") == .int(3))
        #expect(try result("floor(`2.9`)") == .int(2))
        #expect(try result("floor(`2`)") == .int(2))
    }

    @Test("abs, max, min keep the type of the number they return")
    func preserved() throws {
        #expect(try result("abs(`-2`)") == .int(2))
        #expect(try result("abs(`-2.0`)") == .double(2))
        #expect(try result("max(@)", "[1, 2.0]") == .double(2))
        #expect(try result("min(@)", "[1, 2.0]") == .int(1))
    }

    @Test("to_number: '1' is an int, '1.5' and '1e2' doubles, numbers unchanged")
    func toNumber() throws {
        #expect(try result("to_number('1')") == .int(1))
        #expect(try result("to_number('1.5')") == .double(1.5))
        #expect(try result("to_number('1e2')") == .double(100))
        #expect(try result("to_number(`3.0`)") == .double(3))
    }

    @Test("Literals keep the type they are written with")
    func literals() throws {
        #expect(try result("`1`") == .int(1))
        #expect(try result("`1.0`") == .double(1))
        #expect(try result("to_string(`1.0`)") == .string("1.0"))
        #expect(try result("to_string(`1`)") == .string("1"))
    }

    @Test("Comparisons treat 1 and 1.0 as the same number")
    func comparisons() throws {
        #expect(try result("`1` == `1.0`") == .bool(true))
        #expect(try result("`1` < `1.5`") == .bool(true))
        #expect(try result("`9007199254740993` == `9007199254740992.0`") == .bool(false))
        #expect(try result("`9007199254740993` > `9007199254740992.0`") == .bool(true))
    }
}
