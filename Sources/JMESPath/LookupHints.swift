import Collections
import JSONValue
import Synchronization

/// A field of an expression, with the slot where its lookup hint lives.
struct FieldName: Sendable {
    let name: String
    let slot: Int
}

/// For each field node of an expression, the position at which its key was last found,
/// remembered across searches.
///
/// Objects of the same shape (the elements of an AWS list output, or the same document
/// searched again) keep their keys in the same order, so checking the remembered position
/// first usually finds the key with one comparison instead of a hash lookup. Hints are
/// relaxed atomics: threads sharing an expression may overwrite each other's hints, which
/// only costs a slower lookup, never a wrong one (a hint is always verified).
///
/// This is a view of the slots that a `HintSlots` owns; it is valid while its owner lives
/// (searches run while their expression holds it).
struct LookupHints {
    private let slots: UnsafeMutablePointer<Atomic<Int>>?
    private let count: Int

    init(_ owner: HintSlots?) {
        slots = owner?.slots
        count = owner?.count ?? 0
    }

    /// The position of `field`'s key in `members`, if present.
    func position(of field: FieldName, in members: borrowing OrderedDictionary<String, Value>) -> Int? {
        let keys = members.keys
        guard let slots, field.slot < count else { return keys.firstIndex(of: field.name) }
        let hint = slots[field.slot].load(ordering: .relaxed)
        if hint >= 0, hint < keys.count, keys[hint] == field.name { return hint }
        guard let found = keys.firstIndex(of: field.name) else { return nil }
        slots[field.slot].store(found, ordering: .relaxed)
        return found
    }
}

/// The memory behind `LookupHints`: one atomic slot per field node of an expression.
final class HintSlots: @unchecked Sendable {
    /// Fields beyond this many (in one expression) go without hints.
    static let maximumSlots = 256

    // `@unchecked`: the pointer is allocated once and never reassigned, and every slot is
    // an `Atomic`, so concurrent searches access it safely.
    fileprivate let slots: UnsafeMutablePointer<Atomic<Int>>
    fileprivate let count: Int

    /// Slots for `fieldCount` fields (at most `maximumSlots`).
    init(fieldCount: Int) {
        count = Swift.max(1, Swift.min(fieldCount, Self.maximumSlots))
        slots = .allocate(capacity: count)
        for slot in 0..<count { (slots + slot).initialize(to: Atomic(0)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
