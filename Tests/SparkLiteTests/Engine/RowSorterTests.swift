import Testing
@testable import SparkLite

/// A full sort must equal a naive stable sort by the keys, and the top-N path must keep exactly the rows it puts first, ties included: it compacts its
/// candidates every 1024 rows, so the inputs are larger than that and full of equal keys and nulls.
@Test(arguments: [0, 1, 7, 1000, 1500, 5000])
func topRowsAreTheFirstRowsOfAStableSort(_ limit: Int) throws {
    var generator = SystemRandomNumberGenerator()
    let rows: [[Value]] = (0..<4000).map { position in
        let k = Int64.random(in: 0..<50, using: &generator)
        return [k % 7 == 0 ? .null : .int(k), .string(["b", "a", "c"][Int(k) % 3]), .int(Int64(position))]
    }
    let key0 = Expression.boundReference(ordinal: 0, dataType: .long, nullable: true)
    let key1 = Expression.boundReference(ordinal: 1, dataType: .string, nullable: false)
    for (ascending, nullsFirst) in [(true, true), (false, false), (true, false)] {
        let orders = [SortOrder(key0, ascending: ascending, nullsFirst: nullsFirst),
                      SortOrder(key1, ascending: !ascending, nullsFirst: nullsFirst)]
        let sorter = RowSorter(keys: [key0, key1], orders: orders)
        let sorted = try sorter.sorted(rows)
        let spec = orders.map { (ascending: $0.ascending, nullsFirst: $0.nullsFirst) }
        let naive = rows.enumerated().sorted { a, b in
            let c = ValueOrdering.compareKeys(Array(a.element[0...1]), Array(b.element[0...1]), orders: spec)
            return c != 0 ? c < 0 : a.offset < b.offset
        }.map(\.element)
        #expect(sorted == naive)
        #expect(try sorter.sorted(RecordBatch(rows: rows, types: [.long, .string, .long])).rows() == naive)
        #expect(try sorter.top(limit, of: rows) == Array(sorted.prefix(limit)))
        // Stable: equal keys keep their input positions in order.
        for (a, b) in zip(sorted, sorted.dropFirst()) where a[0] == b[0] && a[1] == b[1] {
            #expect(a[2].int64Value! < b[2].int64Value!)
        }
    }
}

/// Spark radix-sorts a single key of a fixed-width type, and a null key arriving in its buffer swaps the
/// first non-null row to the end, so equal keys before a null come out of order; string and wide decimal keys
/// sort stably. Rows `(id, key)`: 1→7, 2→7, 3→null, 4→1, 5..8→9, in that order; the expected ids are the order
/// real Spark 4.3 gave `row_number() OVER (ORDER BY key)` over them in one partition.
@Test(arguments: [
    (DataType.int, [3, 4, 2, 1, 5, 6, 7, 8]),
    (.long, [3, 4, 2, 1, 5, 6, 7, 8]),
    (.double, [3, 4, 2, 1, 5, 6, 7, 8]),
    (.date, [3, 4, 2, 1, 5, 6, 7, 8]),
    (.decimal(precision: 10, scale: 2), [3, 4, 2, 1, 5, 6, 7, 8]),
    (.decimal(precision: 20, scale: 2), [3, 4, 1, 2, 5, 6, 7, 8]),
    (.string, [3, 4, 1, 2, 5, 6, 7, 8]),
])
func singleKeySortPlacesTiesAsSparksRadixSortDoes(_ type: DataType, _ expectedIds: [Int64]) throws {
    func key(_ n: Int64?) -> Value {
        guard let n else { return .null }
        switch type {
        case .double: return .double(Double(n))
        case .date: return .date(Int32(n))
        case .decimal(_, let scale): return .decimal(Int128(n) * 100, scale: scale)
        case .string: return .string(String(n))
        default: return .int(n)
        }
    }
    let keys: [Int64?] = [7, 7, nil, 1, 9, 9, 9, 9]
    let rows: [[Value]] = keys.enumerated().map { [.int(Int64($0.offset + 1)), key($0.element)] }
    let bound = Expression.boundReference(ordinal: 1, dataType: type, nullable: true)
    let sorter = RowSorter(keys: [bound], orders: [SortOrder(bound, ascending: true, nullsFirst: true)])
    #expect(try sorter.sorted(rows).map { $0[0].int64Value } == expectedIds)
    #expect(try sorter.sorted(RecordBatch(rows: rows, types: [.long, type])).rows().map { $0[0].int64Value } == expectedIds)
}
