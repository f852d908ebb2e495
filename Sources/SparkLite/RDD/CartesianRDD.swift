/// Every pair of elements of two RDDs (Spark's `CartesianRDD`): partition `i * n2 + j` pairs partition `i`
/// of the first with partition `j` of the second. `pair` builds the output element of two partitions.
public final class CartesianRDD<A, B, U>: RDD<U>, @unchecked Sendable {
    let first: RDD<A>
    let second: RDD<B>
    let pair: ([A], [B]) throws -> [U]

    public init(_ first: RDD<A>, _ second: RDD<B>, creationSite: String, pair: @escaping ([A], [B]) throws -> [U]) {
        self.first = first
        self.second = second
        self.pair = pair
        let n2 = second.numPartitions
        super.init(context: first.context, className: "CartesianRDD", creationSite: creationSite,
                   numPartitions: first.numPartitions * n2,
                   dependencies: [NarrowDependency(first) { [n2 > 0 ? $0 / n2 : 0] }, NarrowDependency(second) { [n2 > 0 ? $0 % n2 : 0] }])
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [U] {
        let n2 = second.numPartitions
        let a = try first.iterator(partition / n2, task)
        let b = try second.iterator(partition % n2, task)
        try task.execution.checkBudget(rows: a.count * b.count)
        return try pair(a, b)
    }
}
