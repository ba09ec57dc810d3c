import JMESPath
import JSONValue
import Testing

/// abs, avg, ceil, floor, sum, max, min, to_number.
@Suite struct NumberFunctionTests {
    @Test("abs, ceil, floor")
    func rounding() {
        expectSearch("abs(`-3`)", "{}", "3")
        expectSearch("abs(`-3.5`)", "{}", "3.5")
        expectSearch("ceil(`1.2`)", "{}", "2")
        expectSearch("floor(`-1.2`)", "{}", "-2")
        expectSearch("ceil(`5`)", "{}", "5")
        expectSearch("floor(`1e300`)", "{}", "1e300")
    }

    @Test("sum and avg")
    func sumAndAverage() {
        expectSearch("sum(@)", "[1, 2, 3]", "6")
        expectSearch("sum(@)", "[1, 2.5]", "3.5")
        expectSearch("sum(@)", "[]", "0")
        expectSearch("avg(@)", "[1, 2, 4]", "2.3333333333333335")
        expectSearch("avg(@)", "[]", "null")
        expectSearch("sum(@)", "[9223372036854775807, 1]", "9.223372036854776e18")
    }

    @Test("max and min of numbers or of strings keep the first extreme element")
    func extremes() {
        expectSearch("max(@)", "[1, 3, 2]", "3")
        expectSearch("max(@)", "[3, 3.0]", "3")
        expectSearch("min(@)", "[2.0, 2, 5]", "2.0")
        expectSearch("max(@)", #"["b", "a", "c"]"#, #""c""#)
        expectSearch("min(@)", #"["é", "z"]"#, #""z""#)
        expectSearch("max(@)", "[]", "null")
    }

    @Test("to_number reads strings like Python's int() then float()")
    func toNumber() {
        expectSearch("to_number('12')", "{}", "12")
        expectSearch("to_number(' -7 ')", "{}", "-7")
        expectSearch("to_number('1_000')", "{}", "1000")
        expectSearch("to_number('1.5')", "{}", "1.5")
        expectSearch("to_number('1e3')", "{}", "1000.0")
        expectSearch("to_number('.5')", "{}", "0.5")
        expectSearch("to_number('abc')", "{}", "null")
        expectSearch("to_number('1__0')", "{}", "null")
        expectSearch("to_number('')", "{}", "null")
        expectSearch("to_number(`true`)", "{}", "null")
        expectSearch("to_number(`[1]`)", "{}", "null")
        expectSearch("to_number(`2.5`)", "{}", "2.5")
    }

    @Test("to_number accepts inf and nan like Python")
    func specialFloats() throws {
        let infinity = try search("to_number('-Infinity')", "{}")
        #expect(infinity == .double(-.infinity))
        let notANumber = try search("to_number('nan')", "{}")
        #expect(notANumber.doubleValue?.isNaN == true)
    }
}
