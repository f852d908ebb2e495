/// Applies a function to each partition of its parent, in the parent's stage (Spark's `MapPartitionsRDD`;
/// with another `className` it stands for PySpark's `PythonRDD` and `PairwiseRDD`, which are the same kind
/// of node).
public final class MapPartitionsRDD<T, U>: RDD<U>, @unchecked Sendable {
    let parent: RDD<T>
    let function: (Int, [T], TaskContext) throws -> [U]

    /// - Parameter preservesPartitioning: keeps the parent's partitioner (the function does not change keys).
    public init(_ parent: RDD<T>, className: String = "MapPartitionsRDD", creationSite: String,
                preservesPartitioning: Bool = false, _ function: @escaping (Int, [T], TaskContext) throws -> [U]) {
        self.parent = parent
        self.function = function
        super.init(context: parent.context, className: className, creationSite: creationSite,
                   numPartitions: parent.numPartitions, dependencies: [NarrowDependency(parent)],
                   partitioner: preservesPartitioning ? parent.partitioner : nil)
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [U] {
        try function(partition, try parent.iterator(partition, task), task)
    }
}
