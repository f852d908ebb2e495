import MemoryHints

/// Numbers the distinct grouping keys made of one or two 64-bit integer columns (integral, DATE or
/// TIMESTAMP) or short strings (`ShortStringWord`), in the order they are first seen, hashing machine
/// words instead of values. Aggregation uses it in place of `GroupTable` while every key column of its
/// input batches fits a word.
struct LongKeyIndex {
    let width: Int
    /// Per group: the key's words (`width` of them) and which of its columns are null (bit k for column k).
    private(set) var words: [Int64] = []
    private(set) var nullMasks: [UInt8] = []
    /// By hash position: 0 for empty, else the group number + 1 in the low 32 bits and the key's hash in the
    /// high 32, so most probes that miss are settled without reading the group's words. Kept at most five
    /// eighths full: fuller, probes run longer; at half, a partition of a few million groups may double its
    /// table (holding both while it moves) for a few percent more groups.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)

    init(width: Int) {
        self.width = width
    }

    var count: Int { nullMasks.count }

    /// The group of the key `a` (and `b` when two columns), numbering it if it is new.
    mutating func findOrInsert(_ a: Int64, _ b: Int64, nullMask: UInt8) -> (group: Int, inserted: Bool) {
        findOrInsert(a, b, nullMask: nullMask, hash: Self.hash(a, b, nullMask))
    }

    /// Hands `body` each row's group for rows `0..<count` of `keys`, numbering new keys. A block of rows
    /// is hashed first and each probe's slot is prefetched some rows ahead: once the table outgrows the
    /// caches, the probes' memory loads overlap instead of stalling one after another.
    mutating func findOrInsertAll(_ keys: WordKeys, count: Int, _ body: (_ row: Int, _ group: Int, _ inserted: Bool) -> Void) {
        let block = 4096
        var hashes = [UInt64](repeating: 0, count: min(block, count))
        for low in stride(from: 0, to: count, by: block) {
            let rows = low..<min(low + block, count)
            for r in rows {
                let (a, b, nullMask) = keys.key(r)
                hashes[r - low] = Self.hash(a, b, nullMask)
            }
            // Two stages ahead of the row being numbered: the slot of a row `2 * ahead` on is prefetched, and
            // the slot of a row `ahead` on (loaded by then) is read for its group, whose key words are
            // prefetched in turn, so a key seen before is compared without waiting either.
            let ahead = 16
            for r in rows {
                let k = r - low
                if k + 2 * ahead < rows.count {
                    let i = Int(truncatingIfNeeded: hashes[k + 2 * ahead]) & (slots.count - 1)
                    slots.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + i) }
                }
                if k + ahead < rows.count {
                    let slot = slots[Int(truncatingIfNeeded: hashes[k + ahead]) & (slots.count - 1)]
                    if slot != 0 {
                        let g = Int(slot & 0xFFFF_FFFF) - 1
                        words.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + g * width) }
                    }
                }
                let (a, b, nullMask) = keys.key(r)
                let (g, inserted) = findOrInsert(a, b, nullMask: nullMask, hash: hashes[k])
                body(r, g, inserted)
            }
        }
    }

    /// Hands `body` the group of each row of `keys` whose key is numbered, skipping the others; nothing is
    /// numbered. Probes are prefetched some rows ahead, as in `findOrInsertAll`.
    func findAll(_ keys: WordKeys, count: Int, _ body: (_ row: Int, _ group: Int) -> Void) {
        let mask = slots.count - 1, ahead = 16
        var hashes = [UInt64](repeating: 0, count: count)
        for r in 0..<count {
            let (a, b, nullMask) = keys.key(r)
            hashes[r] = Self.hash(a, b, nullMask)
        }
        for r in 0..<count {
            if r + ahead < count { slots.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + Int(truncatingIfNeeded: hashes[r + ahead]) & mask) } }
            let (a, b, nullMask) = keys.key(r)
            if let g = probe(a, b, nullMask: nullMask, hash: hashes[r]).group { body(r, g) }
        }
    }

    /// The slot holding the key's group, or the empty slot where it would go.
    @inline(__always) private func probe(_ a: Int64, _ b: Int64, nullMask: UInt8, hash h: UInt64) -> (slot: Int, group: Int?) {
        let mask = slots.count - 1
        let tag = h & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 {
            if slots[i] & 0xFFFF_FFFF_0000_0000 == tag {
                let g = Int(slots[i] & 0xFFFF_FFFF) - 1
                if nullMasks[g] == nullMask && words[g * width] == a && (width == 1 || words[g * width + 1] == b) { return (i, g) }
            }
            i = (i + 1) & mask
        }
        return (i, nil)
    }

    private mutating func findOrInsert(_ a: Int64, _ b: Int64, nullMask: UInt8, hash h: UInt64) -> (group: Int, inserted: Bool) {
        let (i, found) = probe(a, b, nullMask: nullMask, hash: h)
        if let found { return (found, false) }
        let tag = h & 0xFFFF_FFFF_0000_0000
        let g = count
        slots[i] = tag | UInt64(g + 1)
        words.append(a)
        if width == 2 { words.append(b) }
        nullMasks.append(nullMask)
        if count * 8 > slots.count * 5 { grow() }
        return (g, true)
    }

    /// Frees the hash table once every key is numbered: the groups' keys stay readable, but no key can
    /// be found or added any more.
    mutating func finishNumbering() {
        slots = []
    }

    /// Column `k` of every group's key, in group order, as a vector of `type`.
    func column(_ k: Int, type: DataType) -> ColumnVector {
        let values = width == 1 ? words : stride(from: k, to: words.count, by: width).map { words[$0] }
        let validity = Validity.of(nullMasks.lazy.map { $0 & (1 << k) == 0 })
        let storage: ColumnVector.Storage = type == .string ? .strings(values.map(ShortStringWord.unpack)) : .longs(values)
        return ColumnVector(dataType: type, storage: storage, validity: validity, count: count)
    }

    /// Column `k` of group `g`'s key, as a value of `type`.
    func value(group g: Int, column k: Int, type: DataType) -> Value {
        nullMasks[g] & (1 << k) != 0 ? .null : ColumnVector.longValue(words[g * width + k], type)
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        // Groups in order read their words sequentially; only the slot writes jump around, so they are
        // prefetched some groups ahead.
        func hash(_ g: Int) -> UInt64 { Self.hash(words[g * width], width == 2 ? words[g * width + 1] : 0, nullMasks[g]) }
        let ahead = 16
        for g in 0..<count {
            if g + ahead < count {
                let j = Int(truncatingIfNeeded: hash(g + ahead)) & mask
                bigger.withUnsafeBufferPointer { memory_prefetch_for_write($0.baseAddress! + j) }
            }
            let h = hash(g)
            var i = Int(truncatingIfNeeded: h) & mask
            while bigger[i] != 0 { i = (i + 1) & mask }
            bigger[i] = h & 0xFFFF_FFFF_0000_0000 | UInt64(g + 1)
        }
        slots = bigger
    }

    private static func hash(_ a: Int64, _ b: Int64, _ nullMask: UInt8) -> UInt64 {
        var x = UInt64(bitPattern: a) &* 0x9E37_79B9_7F4A_7C15 ^ (UInt64(bitPattern: b) &+ UInt64(nullMask)) &* 0xC2B2_AE3D_27D4_EB4F
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        return x
    }
}
