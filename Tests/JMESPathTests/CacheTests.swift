import JMESPath
import JSONValue
import Testing

/// `JMESPath.compile` caches compiled expressions by source.
@Suite struct CacheTests {
    @Test("The same source gives the same compiled expression")
    func sameInstance() throws {
        let first = try JMESPath.compile("cache.test.one")
        let second = try JMESPath.compile("cache.test.one")
        #expect(first === second)
        #expect(first.source == "cache.test.one")
        let other = try JMESPath.compile("cache.test.two")
        #expect(other !== first)
    }

    @Test("Concurrent compiles of one source all get one instance")
    func concurrent() async throws {
        let source = "concurrent[?a > `1`].{b: b}"
        let identifiers = await withTaskGroup(of: ObjectIdentifier?.self) { group in
            for _ in 0..<32 {
                group.addTask { (try? JMESPath.compile(source)).map { ObjectIdentifier($0) } }
            }
            var seen: Set<ObjectIdentifier?> = []
            for await identifier in group { seen.insert(identifier) }
            return seen
        }
        #expect(identifiers.count == 1)
        #expect(identifiers.first != nil)
    }

    @Test("Failed compilations report the same error every time")
    func errorsRepeat() {
        let first = searchError("cache[")
        let second = searchError("cache[")
        #expect(first != nil)
        #expect(first == second)
    }

    @Test("search(_:in:) uses the compiled expression")
    func searchUsesCache() throws {
        let data: Value = ["a": ["b": 7]]
        #expect(try JMESPath.search("a.b", in: data) == 7)
        #expect(try JMESPath.compile("a.b").search(data) == 7)
    }
}
