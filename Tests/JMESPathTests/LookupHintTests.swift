import JMESPath
import JSONValue
import Testing

/// Searches remember where each field was found; results must not depend on that memory.
@Suite struct LookupHintTests {
    /// Objects with the same keys in different orders, and some without the key.
    private static let shuffled: Value = {
        let orders = [["a", "b", "c"], ["c", "a", "b"], ["b", "c"], ["c", "b", "a", "d"]]
        return .array(
            orders.enumerated().map { index, keys in
                .object(.init(uniqueKeysWithValues: keys.map { ($0, Value.string("\($0)\(index)")) }))
            })
    }()

    @Test("Projections over objects whose key order changes find every key")
    func changingKeyOrder() throws {
        let expression = try JMESPath.compile("[*].[a, b, c]")
        let expected = try json(#"[["a0", "b0", "c0"], ["a1", "b1", "c1"], [null, "b2", "c2"], ["a3", "b3", "c3"]]"#)
        for _ in 0..<3 {
            #expect(sameValue(try expression.search(Self.shuffled), expected))
        }
        #expect(try expression.search(.array([["x": 1]])) == [[nil, nil, nil]])
    }

    @Test("Concurrent searches with different key orders stay correct")
    func concurrentSearches() async throws {
        let expression = try JMESPath.compile("[*].c")
        let expected: Value = ["c0", "c1", "c2", "c3"]
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for round in 0..<200 {
                        let data: Value = (worker + round) % 2 == 0
                            ? Self.shuffled : .array((Self.shuffled.arrayValue ?? []).reversed())
                        let wanted: Value = (worker + round) % 2 == 0 ? expected : ["c3", "c2", "c1", "c0"]
                        if (try? expression.search(data)) != wanted { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test("Long field chains (beyond one run of fields) resolve")
    func longChains() throws {
        var document: Value = "end"
        for _ in 0..<40 { document = ["k": document] }
        let path = Array(repeating: "k", count: 40).joined(separator: ".")
        #expect(try JMESPath.search(path, in: document) == "end")
        #expect(try JMESPath.search(path + ".k", in: document) == nil)
    }
}
