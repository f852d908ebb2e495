import Foundation

/// An open-addressing hash table that numbers distinct keys (tuples of `width` values) 0, 1, 2, ... in the
/// order they are first seen. Aggregation and hash joins use it in place of a dictionary keyed by arrays:
/// keys live in one flat array, a lookup hashes the probe key once with a cheap hash, and strings compare
/// by their UTF-8 bytes, as Spark's grouping and joins do.
struct GroupTable: Sendable {
    let width: Int
    /// The keys of groups `0..<count`, `width` values each.
    private(set) var keys: [Value] = []
    private var hashes: [UInt64] = []
    /// Group numbers by hash position; -1 is empty. Kept at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 16)

    init(width: Int) {
        self.width = width
    }

    var count: Int { hashes.count }

    /// The key of group `g`.
    func key(_ g: Int) -> [Value] { Array(keys[(g * width)..<((g + 1) * width)]) }

    func find(_ key: [Value]) -> Int? {
        probe(key, Self.hash(key)).group
    }

    /// The group of `key`, numbering it if it is new.
    mutating func findOrInsert(_ key: [Value]) -> (group: Int, inserted: Bool) {
        let h = Self.hash(key)
        let (slot, found) = probe(key, h)
        if let found { return (found, false) }
        let g = count
        slots[slot] = Int32(g)
        hashes.append(h)
        keys.append(contentsOf: key)
        if count * 2 > slots.count { grow() }
        return (g, true)
    }

    /// The slot holding `key`'s group, or the empty slot where it would go.
    private func probe(_ key: [Value], _ h: UInt64) -> (slot: Int, group: Int?) {
        var i = Int(truncatingIfNeeded: h) & (slots.count - 1)
        while slots[i] >= 0 {
            let g = Int(slots[i])
            if hashes[g] == h && matches(g, key) { return (i, g) }
            i = (i + 1) & (slots.count - 1)
        }
        return (i, nil)
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (g, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while bigger[i] >= 0 { i = (i + 1) & mask }
            bigger[i] = Int32(g)
        }
        slots = bigger
    }

    private func matches(_ g: Int, _ key: [Value]) -> Bool {
        let base = g * width
        for k in 0..<width where !Self.same(keys[base + k], key[k]) { return false }
        return true
    }

    // MARK: Hashing and equality

    static func hash(_ key: [Value]) -> UInt64 {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D
        for v in key { h = mix((h &* 31) ^ hash(v)) }
        return h
    }

    /// Consistent with `same`: equal values hash alike (NaN with NaN, -0.0 with 0.0, equal decimals of other scales).
    static func hash(_ v: Value) -> UInt64 {
        switch v {
        case .null: return 0x9E37_79B9_7F4A_7C15
        case .bool(let b): return b ? 1 : 2
        case .int(let x): return mix(UInt64(bitPattern: x))
        case .date(let d): return mix(UInt64(bitPattern: Int64(d)) ^ 0x5555)
        case .timestamp(let t), .interval(let t): return mix(UInt64(bitPattern: t) ^ 0xAAAA)
        case .double(let d): return mix(ValueOrdering.normalizedBits(d))
        case .string(let s): return s.utf8.withContiguousStorageIfAvailable(hashBytes) ?? hashBytes(Array(s.utf8))
        default: return UInt64(bitPattern: Int64(v.hashValue))
        }
    }

    /// `Value.==`, except that strings are equal only byte for byte (Swift's `==` is canonical equivalence).
    static func same(_ a: Value, _ b: Value) -> Bool {
        if case .string(let x) = a, case .string(let y) = b {
            guard x.utf8.count == y.utf8.count else { return false }
            return x.utf8.withContiguousStorageIfAvailable { bx in
                y.utf8.withContiguousStorageIfAvailable { by in bx.count == 0 || memcmp(bx.baseAddress!, by.baseAddress!, bx.count) == 0 }
            }.flatMap { $0 } ?? x.utf8.elementsEqual(y.utf8)
        }
        return a == b
    }

    private static func hashBytes<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return mix(h)
    }

    /// MurmurHash3's 64-bit finalizer: spreads every input bit over the whole word.
    private static func mix(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
