import Foundation

/// One node of an RDD lineage, whatever its element type: what `toDebugString`, the scheduler and the
/// metrics need (Spark's `RDD[_]`).
///
/// A node is immutable once built, except for its storage level and name, which `persist`, `unpersist` and
/// `setName` change as in Spark.
public class AnyRDD: @unchecked Sendable, CustomStringConvertible {
    public let id: Int
    public let context: SparkContext
    /// Spark's class name as `toDebugString` prints it: `ParallelCollectionRDD`, `ShuffledRDD`, `PythonRDD`.
    public let className: String
    /// Where the RDD was created, as Spark's call site: `reduceByKey at solution.py:7`.
    public let creationSite: String
    public let numPartitions: Int
    public let dependencies: [Dependency]
    /// The partitioner the data is known to follow (Spark's `RDD.partitioner`), if any.
    public let partitioner: Partitioner?

    let lock = NSLock()
    private var _name: String?
    private var _storageLevel: StorageLevel?

    init(context: SparkContext, className: String, creationSite: String, numPartitions: Int,
         dependencies: [Dependency], partitioner: Partitioner? = nil) {
        self.id = context.newRDDId()
        self.context = context
        self.className = className
        self.creationSite = creationSite
        self.numPartitions = numPartitions
        self.dependencies = dependencies
        self.partitioner = partitioner
    }

    public var name: String? {
        get { lock.withLock { _name } }
        set { lock.withLock { _name = newValue } }
    }

    /// The storage level set by `persist`, or nil (Spark's `StorageLevel.NONE`).
    public var storageLevel: StorageLevel? { lock.withLock { _storageLevel } }

    /// `persist(level)`: lazy, the partitions are stored when an action first computes them. Changing the level
    /// of an already persisted RDD is an error in Spark, as here.
    public func persist(_ level: StorageLevel) throws {
        try lock.withLock {
            if let current = _storageLevel, current != level {
                throw SparkError("UNSUPPORTED_OPERATION", "Cannot change storage level of an RDD after it was already assigned a level")
            }
            _storageLevel = level
        }
    }

    /// `unpersist()`: forgets the stored partitions; later actions compute them again.
    public func unpersist() {
        lock.withLock { _storageLevel = nil }
        dropCachedPartitions()
    }

    /// `Name ClassName[id] at creationSite`, as Spark prints an RDD.
    public var description: String {
        "\(name.map { $0 + " " } ?? "")\(className)[\(id)] at \(creationSite)"
    }

    /// Partitions currently held in the cache, and their estimated size in bytes.
    public var cachedPartitionCount: Int { 0 }
    public var cachedBytes: Int { 0 }

    /// True when every partition is cached, so a job need not look at this RDD's parents.
    var isFullyCached: Bool { storageLevel != nil && numPartitions > 0 && cachedPartitionCount == numPartitions }

    func dropCachedPartitions() {}

    /// The shuffle dependencies of this lineage, each once, parents before children.
    public var shuffleDependencies: [AnyShuffleDependency] {
        var seen = Set<ObjectIdentifier>()
        var visitedRDDs = Set<Int>()
        var order: [AnyShuffleDependency] = []
        func visit(_ rdd: AnyRDD) {
            guard visitedRDDs.insert(rdd.id).inserted else { return }
            for dependency in rdd.dependencies {
                visit(dependency.rdd)
                if let shuffle = dependency as? AnyShuffleDependency, seen.insert(ObjectIdentifier(shuffle)).inserted {
                    order.append(shuffle)
                }
            }
        }
        visit(self)
        return order
    }

    /// Every RDD of the lineage, each once, this one first (depth-first, as Spark walks dependencies).
    public var lineage: [AnyRDD] {
        var seen = Set<Int>()
        var out: [AnyRDD] = []
        var stack: [AnyRDD] = [self]
        while let rdd = stack.popLast() {
            guard seen.insert(rdd.id).inserted else { continue }
            out.append(rdd)
            stack.append(contentsOf: rdd.dependencies.map(\.rdd).reversed())
        }
        return out
    }
}

/// A resilient distributed dataset of `T`: partitions computed on demand from the parents, cached when
/// persisted. Subclasses implement `compute`; everything else goes through `iterator`.
public class RDD<T>: AnyRDD, @unchecked Sendable {
    private var stored: [Int: [T]] = [:]
    private var cacheSizes: [Int: Int] = [:]
    /// Estimates the serialized size of one element, for cache and shuffle sizes (8 bytes when not set).
    public var elementSize: (T) -> Int = { _ in 8 }
    /// Copies stored elements each time they are read (from the cache or a parallelized collection), for
    /// hosts whose elements are mutable objects that Spark would have serialized: a task that mutates what
    /// it read must not change what the next task reads.
    public var readCopy: (([T]) -> [T])?

    /// Computes one partition from the parents. Called by `iterator` only.
    func compute(_ partition: Int, _ task: TaskContext) throws -> [T] {
        throw SparkError.internalError("\(className) cannot compute partitions.")
    }

    /// The elements of a partition: from the cache when this RDD is persisted and the partition was stored,
    /// else computed (and stored when persisted). Each computation is counted in the context's metrics.
    public final func iterator(_ partition: Int, _ task: TaskContext) throws -> [T] {
        let persisted = storageLevel != nil
        if persisted, let hit = lock.withLock({ stored[partition] }) {
            context.metrics.recordCacheHit(rdd: id)
            return readCopy?(hit) ?? hit
        }
        try task.execution.checkBudget(rows: 0)
        let data = try compute(partition, task)
        try task.execution.checkBudget(rows: data.count)
        context.metrics.recordComputation(rdd: id, records: data.count)
        if persisted {
            let size = data.reduce(0) { $0 + elementSize($1) }
            lock.withLock {
                stored[partition] = readCopy?(data) ?? data
                cacheSizes[partition] = size
            }
        }
        return data
    }

    override public var cachedPartitionCount: Int { lock.withLock { stored.count } }
    override public var cachedBytes: Int { lock.withLock { cacheSizes.values.reduce(0, +) } }

    override func dropCachedPartitions() {
        lock.withLock {
            stored = [:]
            cacheSizes = [:]
        }
    }
}

/// What a task knows while it computes a partition: its partition, its stage, and the job's budgets.
public struct TaskContext: @unchecked Sendable {
    public let partition: Int
    public let stageId: Int
    public let execution: ExecutionContext

    public init(partition: Int, stageId: Int, execution: ExecutionContext) {
        self.partition = partition
        self.stageId = stageId
        self.execution = execution
    }
}
