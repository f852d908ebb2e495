import Testing
@testable import SparkLite

/// Codes made from typed vectors compare as Spark's ordering compares the values, for every order and null
/// placement: NaN above infinity and equal to itself, -0.0 equal to 0.0, the extremes of Int64, false before true.
private let doubleEdges: [Value] = [
    .double(.nan), .double(-.nan), .double(.infinity), .double(-.infinity), .double(0.0), .double(-0.0),
    .double(-1.5), .double(2.25), .double(-.greatestFiniteMagnitude), .double(.leastNonzeroMagnitude), .null,
]
private let longEdges: [Value] = [.int(.min), .int(.max), .int(0), .int(-1), .int(1), .null, .int(.min + 1)]
private let dateEdges: [Value] = [.date(-719_162), .date(0), .date(19_000), .null]
private let booleanEdges: [Value] = [.bool(true), .bool(false), .null]
private let stringEdges: [Value] = [.string("b"), .string("a"), .string(""), .string("é"), .string("z"), .null]
private let decimalEdges: [Value] = [.decimal(-150, scale: 2), .decimal(0, scale: 2), .decimal(99, scale: 2), .null]

@Test(arguments: [
    (DataType.double, doubleEdges), (.long, longEdges), (.date, dateEdges), (.boolean, booleanEdges),
    (.string, stringEdges), (.decimal(precision: 10, scale: 2), decimalEdges),
])
func sortKeyCodesOrderAsSparkOrdersValues(_ type: DataType, _ distinct: [Value]) {
    // Every pair of values, both ways round, plus a copy of each (equal codes).
    let values = distinct + distinct.reversed()
    let vector = RecordBatch(rows: values.map { [$0] }, types: [type]).columns[0]
    for (ascending, nullsFirst) in [(true, true), (true, false), (false, true), (false, false)] {
        let order = (ascending: ascending, nullsFirst: nullsFirst)
        let codes = SortKeyCodes([vector], orders: [order], count: values.count)
        let fromValues = SortKeyCodes(values: [values], orders: [order], count: values.count)
        for a in values.indices {
            for b in values.indices {
                let expected = ValueOrdering.compareKeys([values[a]], [values[b]], orders: [order]).signum()
                #expect(codes.compare(a, b) == expected, "\(type) \(values[a]) \(values[b]) \(order)")
                #expect(fromValues.compare(a, b) == expected, "\(type) \(values[a]) \(values[b]) \(order)")
            }
        }
    }
}

/// Sorting by codes is a stable sort by all the keys, whether the rows sharing a first key are few (sorted
/// in place) or many, and whatever order the positions come in.
@Test(arguments: [3, 500, 4000])
func sortedPositionsAreAStableSortByEveryKey(_ firstKeyValues: Int) {
    var generator = SystemRandomNumberGenerator()
    let rows: [[Value]] = (0..<4000).map { _ in
        [.int(Int64.random(in: 0..<Int64(firstKeyValues), using: &generator)), .int(Int64.random(in: 0..<4, using: &generator))]
    }
    let orders = [(ascending: true, nullsFirst: true), (ascending: false, nullsFirst: false)]
    let codes = SortKeyCodes(values: [rows.map { $0[0] }, rows.map { $0[1] }], orders: orders, count: rows.count)
    let positions = Array(rows.indices).shuffled(using: &generator)
    let naive = positions.enumerated().sorted { a, b in
        let c = ValueOrdering.compareKeys(rows[a.element], rows[b.element], orders: orders)
        return c != 0 ? c < 0 : a.offset < b.offset
    }.map(\.element)
    #expect(codes.sortedPositions(positions) == naive)
}

/// The radix sort orders (word, place) pairs as the comparison sort by (word, place) does: words of narrow
/// and full ranges, negative and extreme ones, many ties, below and above the size it starts at.
@Test(arguments: [(10, Int64(0)...Int64(5)), (5000, Int64(-3)...Int64(3)), (5000, Int64(0)...Int64(1_000_000)),
                  (20000, Int64(-1) << 40...Int64(1) << 40), (3000, Int64.min...Int64.max)])
func radixSortOrdersPairsLikeAComparisonSort(_ count: Int, _ words: ClosedRange<Int64>) {
    var generator = SystemRandomNumberGenerator()
    var pairs = (0..<count).map { (Int64.random(in: words, using: &generator), Int32($0)) }
    if count > 2 { pairs[0].0 = words.lowerBound; pairs[1].0 = words.upperBound }
    let expected = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    RadixSort.sortByWord(&pairs)
    #expect(pairs.map(\.0) == expected.map(\.0) && pairs.map(\.1) == expected.map(\.1))
}
