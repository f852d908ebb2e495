import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`to_json(collect_set(v))`, `local[2]`).

/// `collect_set` returns its values in the iteration order of Spark's hash set, whatever order they came in.
@Test(arguments: [
    ([5, 17, -3, 33, 1, 100000, 1_099_511_627_776, 16, 0] as [Value], [0, 16, 1_099_511_627_776, 1, 17, 33, 100000, -3, 5] as [Value]),
    (["Paris", "Berlin", "apple", "banana", "kiwi", "", "Zürich"], ["", "Paris", "apple", "kiwi", "Berlin", "Zürich", "banana"]),
    (stride(from: 30, to: 0, by: -2).map { Value.int(Int64($0)) }, stride(from: 2, through: 30, by: 2).map { Value.int(Int64($0)) }),
    ([1.5, 2.0, -0.25, 1e20, 3.0], [-0.25, 2.0, 1.5, 3.0, 1e20]),
    ([22, 6, 38, 54, 70, 86, 102, 118, 134, 150, 166, 182], [6, 22, 38, 54, 70, 86, 102, 118, 134, 150, 166, 182]),
    ([-1, 15, -17, 31, -3, 2, -2], [-1, -17, -2, -3, 2, 15, 31]),
] as [([Value], [Value])])
func collectSetOrderMatchesSpark(input: [Value], expected: [Value]) {
    #expect(CollectSetOrder.ordered(input) == expected)
}
