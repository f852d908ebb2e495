/// The partitions of several RDDs one after another (Spark's `UnionRDD`): partition `i` of the union is a
/// partition of one parent.
public final class UnionRDD<T>: RDD<T>, @unchecked Sendable {
    let parents: [RDD<T>]
    /// (parent index, parent partition) of each partition.
    let sources: [(Int, Int)]

    public init(context: SparkContext, _ parents: [RDD<T>], creationSite: String) {
        self.parents = parents
        var sources: [(Int, Int)] = []
        var dependencies: [Dependency] = []
        for (i, parent) in parents.enumerated() {
            let start = sources.count
            sources += (0..<parent.numPartitions).map { (i, $0) }
            dependencies.append(NarrowDependency(parent) { p in p >= start && p < start + parent.numPartitions ? [p - start] : [] })
        }
        self.sources = sources
        super.init(context: context, className: "UnionRDD", creationSite: creationSite,
                   numPartitions: sources.count, dependencies: dependencies)
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [T] {
        let (parent, p) = sources[partition]
        return try parents[parent].iterator(p, task)
    }
}

/// The union of RDDs that share one partitioner (Spark's `PartitionerAwareUnionRDD`): partition `i` is the
/// concatenation of partition `i` of every parent, so the result keeps the partitioner.
public final class PartitionerAwareUnionRDD<T>: RDD<T>, @unchecked Sendable {
    let parents: [RDD<T>]

    public init(context: SparkContext, _ parents: [RDD<T>], creationSite: String) {
        self.parents = parents
        super.init(context: context, className: "PartitionerAwareUnionRDD", creationSite: creationSite,
                   numPartitions: parents.first?.numPartitions ?? 0, dependencies: parents.map { NarrowDependency($0) },
                   partitioner: parents.first?.partitioner)
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [T] {
        try parents.flatMap { try $0.iterator(partition, task) }
    }
}

extension SparkContext {
    /// `sc.union(rdds)`: a `PartitionerAwareUnionRDD` when every non-empty parent has the same partitioner,
    /// else a `UnionRDD` (parents without partitions are left out, as Spark does).
    public func union<T>(_ rdds: [RDD<T>], creationSite: String) -> RDD<T> {
        let nonEmpty = rdds.filter { $0.numPartitions > 0 }
        if let first = nonEmpty.first?.partitioner, nonEmpty.allSatisfy({ $0.partitioner == first }) {
            return PartitionerAwareUnionRDD(context: self, nonEmpty, creationSite: creationSite)
        }
        return UnionRDD(context: self, nonEmpty, creationSite: creationSite)
    }
}
