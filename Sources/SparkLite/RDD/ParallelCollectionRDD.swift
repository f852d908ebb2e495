/// The partitions of a local collection (`sc.parallelize`): each partition is a contiguous slice.
public final class ParallelCollectionRDD<T>: RDD<T>, @unchecked Sendable {
    let slices: [[T]]

    /// - Parameters:
    ///   - slices: the partitions, already sliced (see `ParallelCollectionRDD.positions`).
    ///   - creationSite: PySpark reads a list through a file: `readRDDFromFile at PythonRDD.scala:326`.
    public init(context: SparkContext, slices: [[T]], creationSite: String) {
        self.slices = slices
        super.init(context: context, className: "ParallelCollectionRDD", creationSite: creationSite,
                   numPartitions: slices.count, dependencies: [])
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [T] { readCopy?(slices[partition]) ?? slices[partition] }

    /// Spark's `ParallelCollectionRDD.slice` positions: slice `i` of `length` items is
    /// `[i * length / numSlices, (i + 1) * length / numSlices)`.
    public static func positions(length: Int, numSlices: Int) -> [Range<Int>] {
        let n = max(1, numSlices)
        return (0..<n).map { i in (i * length / n)..<((i + 1) * length / n) }
    }

    /// Slices `items` into `numSlices` partitions as Spark slices a sequence.
    public static func slice(_ items: [T], numSlices: Int) -> [[T]] {
        positions(length: items.count, numSlices: numSlices).map { Array(items[$0]) }
    }

    /// PySpark's `sc.parallelize(list, n)` slicing: the list is pickled in batches of
    /// `max(1, min(len // n, 1024))` items and the batches, not the items, are sliced into partitions.
    public static func slicePySparkStyle(_ items: [T], numSlices: Int) -> [[T]] {
        let n = max(1, numSlices)
        let batchSize = max(1, min(items.count / n, 1024))
        let batchCount = (items.count + batchSize - 1) / batchSize
        return positions(length: batchCount, numSlices: n).map { range in
            Array(items[min(items.count, range.lowerBound * batchSize)..<min(items.count, range.upperBound * batchSize)])
        }
    }
}

/// An RDD with no partitions (`sc.emptyRDD()`).
public final class EmptyRDD<T>: RDD<T>, @unchecked Sendable {
    public init(context: SparkContext, creationSite: String) {
        super.init(context: context, className: "EmptyRDD", creationSite: creationSite, numPartitions: 0, dependencies: [])
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [T] { [] }
}
