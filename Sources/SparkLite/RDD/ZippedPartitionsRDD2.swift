/// Pairs the partitions of two RDDs with the same number of partitions (Spark's `ZippedPartitionsRDD2`,
/// behind `zip`).
public final class ZippedPartitionsRDD2<A, B, U>: RDD<U>, @unchecked Sendable {
    let first: RDD<A>
    let second: RDD<B>
    let function: ([A], [B]) throws -> [U]

    public init(_ first: RDD<A>, _ second: RDD<B>, creationSite: String, _ function: @escaping ([A], [B]) throws -> [U]) throws {
        guard first.numPartitions == second.numPartitions else {
            throw SparkError("INVALID_PARTITIONS", "Can't zip RDDs with unequal numbers of partitions: List(\(first.numPartitions), \(second.numPartitions))")
        }
        self.first = first
        self.second = second
        self.function = function
        super.init(context: first.context, className: "ZippedPartitionsRDD2", creationSite: creationSite,
                   numPartitions: first.numPartitions, dependencies: [NarrowDependency(first), NarrowDependency(second)])
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [U] {
        try function(try first.iterator(partition, task), try second.iterator(partition, task))
    }
}
