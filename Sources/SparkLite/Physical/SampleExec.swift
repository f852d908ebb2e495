/// `Sample lowerBound, upperBound, withReplacement, seed`: Spark's sampling without replacement, a
/// `BernoulliCellSampler` per partition seeded with `seed + partitionIndex`, keeping a row when the next
/// `XORShiftRandom` double falls in [lowerBound, upperBound).
final class SampleExec: SparkPlan, @unchecked Sendable {
    let lowerBound: Double
    let upperBound: Double
    let withReplacement: Bool
    let seed: Int64

    init(lowerBound: Double, upperBound: Double, withReplacement: Bool, seed: Int64, child: SparkPlan) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.withReplacement = withReplacement
        self.seed = seed
        super.init(children: [child], output: child.output)
    }

    override var argumentString: String {
        "\(ValueFormatter.javaDouble(lowerBound)), \(ValueFormatter.javaDouble(upperBound)), \(withReplacement), \(seed)"
    }

    /// Spark's SampleExec keeps no partitioning it could promise.
    override var outputPartitioning: Partitioning { .unknown(children[0].outputPartitioning.numPartitions) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let input = try children[0].execute(context)
        let (low, high, seed) = (lowerBound, upperBound, seed)
        guard high - low > 0 else { return input.map { _ in [] } }
        return try context.parallelMap(input.count) { p in
            var random = XORShiftRandom(seed &+ Int64(p))
            return input[p].filter { _ in
                let x = random.nextDouble()
                return x >= low && x < high
            }
        }
    }
}
