/// An operator that needs each partition whole (a sort, a window, a group limit): one columnar transform
/// of a partition's rows. Run as producers, each task gathers its partition's pieces, transforms them and
/// hands the result on, so a stage holds only the partitions its tasks are working on.
protocol WholePartitionOperator: SparkPlan {
    /// The plan whose partitions are read (the child, or a child's child the operator does the work of)
    /// and what becomes of each partition.
    func partitionTransform(_ context: ExecutionContext) throws
        -> (input: SparkPlan, transform: @Sendable (RecordBatch) throws -> RecordBatch)
}

extension WholePartitionOperator {
    /// Every partition at once, each transformed on its own task.
    func executeWholePartitions(_ context: ExecutionContext) throws -> [RecordBatch] {
        let (input, transform) = try partitionTransform(context)
        let partitions = try input.executeColumnar(context)
        return try context.parallelMap(partitions.count) { p in try transform(partitions[p]) }
    }

    /// A producer per partition that gathers the input partition's pieces and hands on its transform.
    func produceWholePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        let (input, transform) = try partitionTransform(context)
        let types = input.output.map(\.dataType)
        return try input.producePartitions(context).map { produce in
            { consume in
                var pieces: [RecordBatch] = []
                try produce { pieces.append($0) }
                try consume(try transform(RecordBatch.concatenate(taking: &pieces, types: types)))
            }
        }
    }
}
