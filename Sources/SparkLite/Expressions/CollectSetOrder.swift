/// The order of `collect_set`'s result. Spark keeps the set in a hash table and returns it in that table's
/// iteration order: by bucket (the element's hash `h ^ (h >>> 16)` masked by the table size, 16 doubling
/// whenever the set holds more than three quarters of it), then by that hash within a bucket. The order
/// therefore depends on the values only, not on the order rows arrive in. (Measured on Spark 4.3: a whole
/// number stored as a bigint hashes as an int, a double by Java's `Double.hashCode`.)
enum CollectSetOrder {
    /// The values in Spark's order; the given (first-seen) order when some value's JVM hash is not modelled.
    static func ordered(_ values: [Value]) -> [Value] {
        var hashes: [Int32] = []
        hashes.reserveCapacity(values.count)
        for v in values {
            guard let h = jvmHash(v) else { return values }
            hashes.append(h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 16))
        }
        var capacity = 16
        while values.count > capacity * 3 / 4 { capacity *= 2 }
        let mask = Int32(capacity - 1)
        return values.indices.sorted { i, j in
            let (bi, bj) = (hashes[i] & mask, hashes[j] & mask)
            if bi != bj { return bi < bj }
            if hashes[i] != hashes[j] { return hashes[i] < hashes[j] }
            return i < j
        }.map { values[$0] }
    }

    /// The hash of the JVM value Spark stores: an integer that fits an Int hashes as that Int, a string as
    /// `UTF8String.hashCode` (Murmur3 of its bytes, seed 42).
    static func jvmHash(_ v: Value) -> Int32? {
        switch v {
        case .int(let i): return longHash(i)
        case .date(let d): return d
        case .timestamp(let t): return longHash(t)
        case .bool(let b): return b ? 1231 : 1237
        case .string(let s): return Int32(bitPattern: Murmur3.hashBytes(Array(s.utf8), seed: 42))
        case .double(let d):
            // Java's Double.hashCode, even for whole numbers (2.0 does not hash as 2).
            let bits = d.isNaN ? Double.nan.bitPattern : d.bitPattern
            return Int32(truncatingIfNeeded: Int64(bitPattern: bits ^ (bits >> 32)))
        default: return nil
        }
    }

    private static func longHash(_ v: Int64) -> Int32 {
        if let i = Int32(exactly: v) { return i }
        return Int32(truncatingIfNeeded: v ^ Int64(bitPattern: UInt64(bitPattern: v) >> 32))
    }
}
