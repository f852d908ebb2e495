import Foundation

/// How an RDD depends on a parent: narrowly (each partition reads a few parent partitions, pipelined in one
/// stage) or through a shuffle (a stage boundary).
public class Dependency: @unchecked Sendable {
    public let rdd: AnyRDD

    init(_ rdd: AnyRDD) { self.rdd = rdd }
}

/// A narrow dependency: partition `p` of the child reads `parents(p)` of the parent (Spark's
/// `OneToOneDependency`, `RangeDependency`, or a coalescer's groups).
public final class NarrowDependency: Dependency, @unchecked Sendable {
    public let parents: @Sendable (Int) -> [Int]

    init(_ rdd: AnyRDD, parents: @escaping @Sendable (Int) -> [Int] = { [$0] }) {
        self.parents = parents
        super.init(rdd)
    }
}

/// A shuffle dependency, whatever its record type: what the scheduler needs to run its map stage once and
/// what the metrics report. Map outputs stay available to later jobs (Spark skips the stage then).
public class AnyShuffleDependency: Dependency, @unchecked Sendable {
    public let shuffleId: Int
    /// Partitions of the reduce side.
    public let numReducePartitions: Int
    /// A shuffle that SQL execution runs as part of a DataFrame (`ShuffledRowRDD`): shown in the lineage and
    /// counted, but never run as a map stage by the RDD scheduler.
    public let executedBySQL: Bool

    init(_ rdd: AnyRDD, shuffleId: Int, numReducePartitions: Int, executedBySQL: Bool = false) {
        self.shuffleId = shuffleId
        self.numReducePartitions = numReducePartitions
        self.executedBySQL = executedBySQL
        super.init(rdd)
    }

    /// Whether every map output is available.
    public var isAvailable: Bool { executedBySQL }

    /// Runs one map task: computes the parent's partition and writes it to the reduce buckets.
    func runMapTask(_ mapPartition: Int, _ task: TaskContext) throws -> ShuffleMapStatus {
        throw SparkError.internalError("shuffle \(shuffleId) has no map side")
    }

    /// Stores the outputs of all map tasks, in map order.
    func register(_ statuses: [ShuffleMapStatus]) {}
}

/// What one map task wrote: records and estimated bytes in total, and records and elements per reduce partition.
public struct ShuffleMapStatus: Sendable {
    public var recordsWritten: Int
    public var bytesWritten: Int
    public var recordsPerReducer: [Int]
    /// Elements per reduce partition when a record carries several (PySpark writes pickled batches).
    public var elementsPerReducer: [Int]
    let buckets: UncheckedBox<Any>
}

/// A value that crosses a task boundary: the scheduler keeps such values on one thread at a time.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The map outputs of a shuffle of records `R`, which the reduce side (`ShuffledRDD`) reads.
public class ShuffleOutput<R>: AnyShuffleDependency, @unchecked Sendable {
    private let outputLock = NSLock()
    private var outputs: [[[R]]]?

    override public var isAvailable: Bool { outputLock.withLock { outputs != nil } }

    override func register(_ statuses: [ShuffleMapStatus]) {
        let all = statuses.map { ($0.buckets.value as? [[R]]) ?? [] }
        outputLock.withLock { outputs = all }
    }

    /// The records of one reduce partition: every map task's bucket, in map order.
    func read(_ reducePartition: Int) throws -> [R] {
        guard let outputs = outputLock.withLock({ outputs }) else {
            throw SparkError.internalError("shuffle \(shuffleId) was read before its map stage ran")
        }
        return outputs.flatMap { $0[reducePartition] }
    }
}

/// A shuffle of a parent's elements `T` as records `R`: each map task computes a parent partition, turns it
/// into records (where a map-side combine merges values of one key), and sends each record to the reduce
/// partition `partition(record)`.
public final class ShuffleDependency<T, R>: ShuffleOutput<R>, @unchecked Sendable {
    let parent: RDD<T>
    let partition: (R) throws -> Int
    let mapSide: ([T]) throws -> [R]
    let recordSize: (R) -> Int
    let elementCount: (R) -> Int

    /// - Parameters:
    ///   - mapSide: a map task's records from its partition (a map-side combine, or PySpark's batching).
    ///   - partition: the reduce partition of a record, in `0..<numReducePartitions`.
    ///   - recordSize: estimated serialized bytes of a record.
    ///   - elementCount: elements a record carries (1 unless records are batches).
    public init(parent: RDD<T>, numReducePartitions: Int, mapSide: @escaping ([T]) throws -> [R],
                partition: @escaping (R) throws -> Int, recordSize: @escaping (R) -> Int = { _ in 8 },
                elementCount: @escaping (R) -> Int = { _ in 1 }) {
        self.parent = parent
        self.partition = partition
        self.mapSide = mapSide
        self.recordSize = recordSize
        self.elementCount = elementCount
        super.init(parent, shuffleId: parent.context.newShuffleId(), numReducePartitions: numReducePartitions)
    }

    override func runMapTask(_ mapPartition: Int, _ task: TaskContext) throws -> ShuffleMapStatus {
        let records = try mapSide(try parent.iterator(mapPartition, task))
        let n = numReducePartitions
        var buckets = Array(repeating: [R](), count: n)
        var bytes = 0
        var elements = Array(repeating: 0, count: n)
        for record in records {
            let p = try partition(record)
            guard p >= 0 && p < n else {
                throw SparkError.internalError("a shuffle record went to partition \(p) of \(n)")
            }
            buckets[p].append(record)
            bytes += recordSize(record)
            elements[p] += elementCount(record)
            try task.execution.checkProgress(rows: buckets[p].count)
        }
        return ShuffleMapStatus(recordsWritten: records.count, bytesWritten: bytes, recordsPerReducer: buckets.map(\.count),
                                elementsPerReducer: elements, buckets: UncheckedBox(buckets))
    }
}

extension ShuffleDependency where T == R {
    /// A shuffle without map-side work: records are the parent's elements.
    public convenience init(parent: RDD<T>, numReducePartitions: Int, partition: @escaping (R) throws -> Int,
                            recordSize: @escaping (R) -> Int = { _ in 8 }, elementCount: @escaping (R) -> Int = { _ in 1 }) {
        self.init(parent: parent, numReducePartitions: numReducePartitions, mapSide: { $0 }, partition: partition,
                  recordSize: recordSize, elementCount: elementCount)
    }
}
