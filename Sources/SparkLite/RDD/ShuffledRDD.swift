/// The reduce side of a shuffle: partition `p` holds the records every map task sent to `p`, in map order,
/// optionally merged by `aggregate` (the reduce-side combine of `reduceByKey` and friends).
public final class ShuffledRDD<R>: RDD<R>, @unchecked Sendable {
    let shuffle: ShuffleOutput<R>
    let aggregate: (([R]) throws -> [R])?

    public init(_ shuffle: ShuffleOutput<R>, partitioner: Partitioner, creationSite: String,
                aggregate: (([R]) throws -> [R])? = nil) {
        self.shuffle = shuffle
        self.aggregate = aggregate
        super.init(context: shuffle.rdd.context, className: "ShuffledRDD", creationSite: creationSite,
                   numPartitions: shuffle.numReducePartitions, dependencies: [shuffle], partitioner: partitioner)
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [R] {
        let records = try shuffle.read(partition)
        context.metrics.recordShuffleRead(stageId: task.stageId, records: records.count)
        return try aggregate?(records) ?? records
    }
}
