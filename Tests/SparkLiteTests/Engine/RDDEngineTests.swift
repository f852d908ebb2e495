import Testing
@testable import SparkLite

// SparkLite's RDD engine through its Swift API, which has Scala Spark's semantics. Expected values were
// read from real Spark 4.3's JVM (through py4j) for the same data and partitions.

let words = ["the", "quick", "brown", "fox", "the", "lazy", "dog", "the", "fox", "jumps", "over", "the", "dog", "spark", "spark", "spark"]

@Test func groupByKeyShufflesEveryPairReduceByKeyOnePerKeyAndMapTask() throws {
    let sc = SparkContext()
    let pairs = sc.parallelize(words.map { ($0, 1) }, numSlices: 2)
    let grouped = try pairs.groupByKey().collect()
    let groupStage = try #require(sc.metrics.executedShuffleStages.last)
    let counts = try pairs.countByKey()
    let reduceStage = try #require(sc.metrics.executedShuffleStages.last)
    #expect(Dictionary(uniqueKeysWithValues: grouped.map { ($0.0, $0.1.count) }) == counts)
    // Real Spark writes 16 records for groupByKey (no map-side combine) and 12 for countByKey, whose
    // reduceByKey combines each map task's 8 pairs into 6 keys.
    #expect(groupStage.shuffleWriteRecords == 16)
    #expect(reduceStage.shuffleWriteRecords == 12)
}

@Test func hashPartitionerUsesJavaHashCodes() {
    // java.util.Objects.hashCode on the JVM (a Long for 2^40 + 7, an Integer for -5).
    #expect("the".javaHashCode == 114_801)
    #expect("spark".javaHashCode == 109_638_365)
    #expect("über".javaHashCode == 7_604_755)
    #expect("日本".javaHashCode == 835_047)
    #expect("😀".javaHashCode == 1_772_899)
    #expect("a long string value".javaHashCode == 1_350_022_599)
    #expect(Int64(1 << 40 + 7).javaHashCode == 263)
    #expect((-5).javaHashCode == -5)
}

@Test func wordsLandWhereScalaSparkPutsThem() throws {
    let sc = SparkContext()
    let parts = try sc.parallelize(words.map { ($0, 1) }, numSlices: 2).partitionBy(3).collectPartitions()
    let placement = Dictionary(parts.enumerated().flatMap { index, part in part.map { ($0.0, index) } }, uniquingKeysWith: { a, _ in a })
    // HashPartitioner(3).getPartition(word) on the JVM.
    #expect(placement == ["brown": 0, "dog": 2, "fox": 0, "jumps": 1, "lazy": 1, "over": 0, "quick": 1, "spark": 2, "the": 0])
}

@Test func repartitionStartsWhereXORShiftRandomSays() throws {
    // XORShiftRandom(i).nextInt(6) on the JVM: 2, 3, 4, 5 for map tasks 0..3.
    #expect((0..<4).map { i -> Int32 in var r = XORShiftRandom(Int64(i)); return r.nextInt(6) } == [2, 3, 4, 5])
    var r = XORShiftRandom(3)
    #expect([r.nextInt(6), r.nextInt(6), r.nextInt(6)] == [5, 2, 3])
    let sc = SparkContext()
    let parts = try sc.parallelize(Array(0..<4), numSlices: 4).repartition(6).collectPartitions()
    #expect(parts == [[3], [], [], [0], [1], [2]])
}

@Test(arguments: [
    (11, 4, [[0, 1], [2, 3, 4, 5], [6, 7], [8, 9, 10]]),
    (7, 2, [[0, 1, 2], [3, 4, 5, 6]]),
    (3000, 2, [Array(0..<1024), Array(1024..<3000)]),
])
func pySparkSlicesBatchesNotItems(count: Int, slices: Int, expected: [[Int]]) {
    #expect(ParallelCollectionRDD.slicePySparkStyle(Array(0..<count), numSlices: slices) == expected)
}

@Test func scalaSlicesItems() {
    #expect(ParallelCollectionRDD.slice(Array(0..<11), numSlices: 4) == [[0, 1], [2, 3, 4], [5, 6, 7], [8, 9, 10]])
}

@Test(arguments: [(4, 3, [[0], [1], [2, 3]]), (4, 8, [[0], [1], [2], [3]]), (5, 2, [[0, 1], [2, 3, 4]]), (0, 3, [])])
func coalesceGroupsNeighbours(parents: Int, target: Int, groups: [[Int]]) {
    #expect(CoalescedRDD<Int>.groups(parentPartitions: parents, maxPartitions: target) == groups)
}

@Test func transformationsAreLazyAndShuffleOutputsAreReused() throws {
    let sc = SparkContext()
    let counts = sc.parallelize(words, numSlices: 2).map { ($0, 1) }.reduceByKey(+)
    #expect(sc.metrics.jobs.isEmpty)
    _ = try counts.collect()
    _ = try counts.count()
    let stages = sc.metrics.stages
    #expect(sc.metrics.jobs.count == 2)
    // The second job reuses the first job's map outputs: its shuffle map stage is skipped.
    #expect(stages.filter { $0.kind == .shuffleMap }.map(\.skipped) == [false, true])
    #expect(sc.metrics.executedShuffleStages.count == 1)
}

@Test func cachingStopsRecomputation() throws {
    let sc = SparkContext()
    let doubled = sc.parallelize(Array(0..<10), numSlices: 2).map { $0 * 2 }
    _ = try doubled.count()
    _ = try doubled.collect()
    #expect(sc.metrics.computations[doubled.id] == 4)
    let cached = try sc.parallelize(Array(0..<10), numSlices: 2).map { $0 * 2 }.cache()
    _ = try cached.count()
    _ = try cached.collect()
    #expect(sc.metrics.computations[cached.id] == 2)
    #expect(sc.metrics.cacheHits[cached.id] == 2)
    cached.unpersist()
    _ = try cached.count()
    #expect(sc.metrics.computations[cached.id] == 4)
}

@Test func debugStringIndentsAtShuffles() throws {
    let sc = SparkContext()
    let counts = sc.parallelize(words, numSlices: 2, line: 1).map({ ($0, 1) }, line: 2).reduceByKey(+, numPartitions: 3, line: 3)
    let text = counts.map({ "\($0.0)=\($0.1)" }, line: 4).toDebugString()
        .replacingOccurrences(of: #"\[\d+\]"#, with: "[x]", options: .regularExpression)
    #expect(text == """
    (3) MapPartitionsRDD[x] at map at RDDEngineTests.swift:4 []
     |  ShuffledRDD[x] at reduceByKey at RDDEngineTests.swift:3 []
     +-(2) MapPartitionsRDD[x] at map at RDDEngineTests.swift:2 []
        |  ParallelCollectionRDD[x] at parallelize at RDDEngineTests.swift:1 []
    """)
}

@Test func bytesToStringAsSpark() {
    #expect(AnyRDD.bytesToString(136) == "136.0 B")
    #expect(AnyRDD.bytesToString(3000) == "2.9 KiB")
    #expect(AnyRDD.bytesToString(5 << 20) == "5.0 MiB")
}

@Test func zipNeedsEqualPartitions() throws {
    let sc = SparkContext()
    #expect(throws: SparkError.self) { try sc.parallelize([1, 2, 3], numSlices: 2).zip(sc.parallelize([1, 2, 3], numSlices: 3)) }
    let zipped = try sc.parallelize([1, 2, 3], numSlices: 2).zip(sc.parallelize(["a", "b", "c"], numSlices: 2))
    #expect(try zipped.collect().map { "\($0.0)\($0.1)" } == ["1a", "2b", "3c"])
    let uneven = try sc.parallelize([1, 2, 3], numSlices: 2).zip(sc.parallelize([1, 2, 3, 4], numSlices: 2))
    #expect(throws: SparkError.self) { try uneven.collect() }
}
