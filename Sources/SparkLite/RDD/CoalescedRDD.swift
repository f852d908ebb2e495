/// Fewer partitions without a shuffle (Spark's `CoalescedRDD` with the default coalescer and no locality):
/// partition `i` of `n` reads the parent partitions `[i * m / n, (i + 1) * m / n)`; asking for more
/// partitions than the parent has keeps the parent's.
public final class CoalescedRDD<T>: RDD<T>, @unchecked Sendable {
    let parent: RDD<T>
    let groups: [[Int]]

    public init(_ parent: RDD<T>, maxPartitions: Int, creationSite: String) {
        self.parent = parent
        let groups = CoalescedRDD.groups(parentPartitions: parent.numPartitions, maxPartitions: maxPartitions)
        self.groups = groups
        super.init(context: parent.context, className: "CoalescedRDD", creationSite: creationSite,
                   numPartitions: groups.count, dependencies: [NarrowDependency(parent) { groups[$0] }])
    }

    /// The parent partitions of each coalesced partition.
    public static func groups(parentPartitions m: Int, maxPartitions n: Int) -> [[Int]] {
        if n >= m { return (0..<m).map { [$0] } }
        return (0..<n).map { i in Array((i * m / n)..<((i + 1) * m / n)) }
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [T] {
        try groups[partition].flatMap { try parent.iterator($0, task) }
    }
}
