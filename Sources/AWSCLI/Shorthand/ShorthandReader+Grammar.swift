import Collections
import JSONValue

// MARK: - Grammar: parameter, keyval, values, comma lists, lists, hashes

extension ShorthandReader {
    /// `parameter = keyval *("," keyval)`; the whole input must be used, and a key may not
    /// come twice (that is almost always a `,` typed where a space was meant).
    mutating func readParameter() throws -> Value {
        var members = OrderedDictionary<String, Value>()
        let (firstKey, firstValue) = try readKeyValue()
        members[firstKey] = firstValue
        var endOfPrevious = index
        while !atEnd {
            try expect(",", skippingWhitespace: true)
            let (key, value) = try readKeyValue()
            if members[key] != nil {
                throw ShorthandFailure.duplicateKey(key, position: endOfPrevious + 1)
            }
            members[key] = value
            endOfPrevious = index
        }
        return .object(members)
    }

    /// `keyval = key "=" values / key "@=" values`.
    mutating func readKeyValue() throws -> (String, Value) {
        let key = readKey()
        resolvesParamFiles = accept("@")
        try expect("=", skippingWhitespace: true)
        return (key, try readValues())
    }

    /// `values = explicit-list / hash-literal / comma-list`; nothing at all is `""`.
    mutating func readValues() throws -> Value {
        switch current {
        case nil: return .string("")
        case "[": return try readList()
        case "{": return try readHash()
        default: return try readCommaList()
        }
    }

    /// `a` is the string "a"; `a,b,c` the list of them. An item followed by something other
    /// than a comma or the end (`foo=a,b,bar=c`: `bar` is followed by `=`) ends the list at
    /// the comma before it, which then separates key-value pairs.
    mutating func readCommaList() throws -> Value {
        let first = try readFirstValue()
        skipWhitespace()
        guard isAt(",") else { return first }
        try expect(",", skippingWhitespace: true)
        var items = [first]
        while true {
            do {
                let item = try readSecondValue()
                skipWhitespace()
                if atEnd {
                    items.append(item)
                    break
                }
                try expect(",", skippingWhitespace: true)
                items.append(item)
            } catch let failure as ShorthandFailure {
                // A trailing comma (`foo=bar,`) has nothing to go back to.
                if atEnd { throw failure }
                backtrack(to: ",")
                break
            }
        }
        return items.count == 1 ? first : .array(items)
    }

    /// `explicit-list = "[" [item *("," item)] "]"`, where an item is a list, a hash or a
    /// value; a comma before `]` is allowed and an empty item is `""`.
    mutating func readList() throws -> Value {
        try expect("[", skippingWhitespace: true)
        var items: [Value] = []
        while !isAt("]") {
            items.append(try readItem())
            skipWhitespace()
            if !isAt("]") {
                try expect(",")
                skipWhitespace()
            }
        }
        try expect("]")
        return .array(items)
    }

    /// `hash-literal = "{" [keyval *("," keyval)] "}"` with list, hash or single values
    /// (no comma lists); a repeated key keeps its first place and takes the last value.
    mutating func readHash() throws -> Value {
        try expect("{", skippingWhitespace: true)
        var members = OrderedDictionary<String, Value>()
        while !isAt("}") {
            let key = readKey()
            resolvesParamFiles = accept("@")
            try expect("=", skippingWhitespace: true)
            let value = try readItem()
            skipWhitespace()
            if !isAt("}") {
                try expect(",")
                skipWhitespace()
            }
            members[key] = value
        }
        try expect("}")
        return .object(members)
    }

    /// An item of a list or a hash: a nested list, a nested hash, or one value.
    mutating func readItem() throws -> Value {
        switch current {
        case "[": return try readList()
        case "{": return try readHash()
        default: return try readFirstValue()
        }
    }
}
