/// Which slots of a column vector hold a value: one bit per slot, set when the slot is not null.
/// A vector without nulls carries no bitmap at all (`ColumnVector.validity == nil`).
public struct Validity: Sendable, Equatable {
    private(set) var words: [UInt64]
    public private(set) var count: Int

    init() {
        words = []
        count = 0
    }

    /// `count` valid slots.
    init(valid count: Int) {
        words = [UInt64](repeating: .max, count: (count + 63) >> 6)
        if count & 63 != 0 { words[words.count - 1] = (1 << UInt64(count & 63)) - 1 }
        self.count = count
    }

    /// `count` null slots.
    init(null count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        self.count = count
    }

    /// The bitmap of `valid` (true for a slot that holds a value), or nil when every slot holds one.
    static func of(_ valid: some Sequence<Bool>) -> Validity? {
        var bits = Validity(), anyNull = false
        for v in valid {
            bits.append(v)
            anyNull = anyNull || !v
        }
        return anyNull ? bits : nil
    }

    @inline(__always) public func isValid(_ i: Int) -> Bool {
        words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    mutating func removeLast() {
        count -= 1
        words[count >> 6] &= ~(1 << UInt64(count & 63))
        if count & 63 == 0 { words.removeLast() }
    }

    /// The bitmap of the slots at `indices`, or nil when all of them are valid.
    func gather<Indices: Collection<Int>>(_ indices: Indices) -> Validity? {
        var out = Validity()
        out.words.reserveCapacity((indices.count + 63) >> 6)
        var allValid = true
        for i in indices {
            let v = isValid(i)
            allValid = allValid && v
            out.append(v)
        }
        return allValid ? nil : out
    }
}

extension Validity {
    /// Valid where both are valid (nil stands for all valid).
    static func both(_ a: Validity?, _ b: Validity?) -> Validity? {
        guard var a else { return b }
        guard let b else { return a }
        for w in a.words.indices { a.words[w] &= b.words[w] }
        return a
    }
}
