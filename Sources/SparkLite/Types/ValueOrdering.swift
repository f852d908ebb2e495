import Foundation

/// Spark's ordering of non-null values of one type: NaN is larger than any other double and equal to itself,
/// strings compare by UTF-8 bytes, arrays and structs element-wise.
public enum ValueOrdering {
    public static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.double(let x), .double(let y)): return compareDoubles(x, y)
        case (.decimal(let x, let sx), .decimal(let y, let sy)): return Decimal128.compare(x, sx, y, sy)
        case (.string(let x), .string(let y)): return compareUTF8(x, y)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.timestamp(let x), .timestamp(let y)), (.interval(let x), .interval(let y)):
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.binary(let x), .binary(let y)): return compareSequences(x, y)
        case (.array(let x), .array(let y)), (.struct(let x), .struct(let y)):
            for (u, v) in zip(x, y) {
                let c = compare(u, v)
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        // Mixed numeric representations (only before coercion, e.g. in tests): compare as doubles.
        default:
            if let x = a.doubleValue, let y = b.doubleValue { return x < y ? -1 : (x > y ? 1 : 0) }
            return 0
        }
    }

    /// NaN is larger than any other double and equal to itself; -0.0 equals 0.0.
    @inline(__always) static func compareDoubles(_ x: Double, _ y: Double) -> Int {
        if x.isNaN { return y.isNaN ? 0 : 1 }
        if y.isNaN { return -1 }
        return x < y ? -1 : (x > y ? 1 : 0)
    }

    /// A double's bits with the values Spark treats as equal made equal (NaN with NaN, -0.0 with 0.0), for
    /// hashing and sets.
    @inline(__always) static func normalizedBits(_ d: Double) -> UInt64 {
        d.isNaN ? Double.nan.bitPattern : (d == 0 ? 0 : d.bitPattern)
    }

    static func compareUTF8(_ x: String, _ y: String) -> Int {
        let c = x.utf8.withContiguousStorageIfAvailable { bx in
            y.utf8.withContiguousStorageIfAvailable { by in
                let common = min(bx.count, by.count)
                let c = common == 0 ? 0 : memcmp(bx.baseAddress!, by.baseAddress!, common)
                return c != 0 ? (c < 0 ? -1 : 1) : (bx.count < by.count ? -1 : (bx.count > by.count ? 1 : 0))
            }
        }
        return c.flatMap { $0 } ?? compareSequences(x.utf8, y.utf8)
    }

    static func compareSequences<C: Collection<UInt8>>(_ x: C, _ y: C) -> Int {
        var i = x.makeIterator(), j = y.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let u?, let v?): if u != v { return u < v ? -1 : 1 }
            }
        }
    }

    /// Compares rows by sort orders already bound to row positions (values are the sort keys).
    public static func compareKeys(_ a: [Value], _ b: [Value], orders: [(ascending: Bool, nullsFirst: Bool)]) -> Int {
        compareKeys(a, at: 0, b, at: 0, orders: orders)
    }

    /// `compareKeys` over the keys starting at `i` in `a` and at `j` in `b` (flat arrays of several rows' keys).
    static func compareKeys(_ a: [Value], at i: Int, _ b: [Value], at j: Int, orders: [(ascending: Bool, nullsFirst: Bool)]) -> Int {
        for k in 0..<orders.count {
            let o = orders[k]
            let x = a[i + k], y = b[j + k]
            if x.isNull || y.isNull {
                if x.isNull && y.isNull { continue }
                let nullFirst = x.isNull ? -1 : 1
                return o.nullsFirst ? nullFirst : -nullFirst
            }
            let c = compare(x, y)
            if c != 0 { return o.ascending ? c : -c }
        }
        return 0
    }
}
