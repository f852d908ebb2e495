extension DataFrame {
    /// `df.localCheckpoint()`: the query runs now and its partitions become a new table with a plain
    /// `Scan ExistingRDD` and no lineage, so later queries plan from the saved rows (Spark's `LogicalRDD`).
    public func localCheckpoint(limits: ExecutionLimits = ExecutionLimits()) throws -> DataFrame {
        let partitions = try executePartitions(limits: limits)
        let output = schema.map { AttributeReference(name: $0.name, dataType: $0.dataType, nullable: $0.nullable) }
        return DataFrame(session: session, plan: .localRelation(LocalData(partitions: partitions, origin: .existingRDD), output: output))
    }
}
