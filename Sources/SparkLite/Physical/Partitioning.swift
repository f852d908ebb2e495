/// How a physical operator's output rows are spread over partitions (Spark's `Partitioning`).
public enum Partitioning: Sendable {
    case unknown(Int)
    /// A scan's partitions. Spark's scans report `UnknownPartitioning(0)`, so they satisfy no distribution
    /// even when there is one partition (a global aggregate over a small file still shuffles once).
    case source(Int)
    case single
    case roundRobin(Int)
    case hash([Expression], Int)
    case range([SortOrder], Int)
    case broadcast
    /// An inner join's output is partitioned by either side's keys (Spark's `PartitioningCollection`).
    indirect case collection([Partitioning])

    public var numPartitions: Int {
        switch self {
        case .unknown(let n), .source(let n), .roundRobin(let n), .hash(_, let n), .range(_, let n): n
        case .single, .broadcast: 1
        case .collection(let ps): ps.first?.numPartitions ?? 1
        }
    }

    /// Whether rows already sit where `required` wants them (Spark's `Partitioning.satisfies`).
    public func satisfies(_ required: Distribution) -> Bool {
        if case .collection(let ps) = self { return ps.contains { $0.satisfies(required) } }
        if case .source = self {
            if case .unspecified = required { return true }
            return false
        }
        switch required {
        case .unspecified: return true
        case .broadcast: if case .broadcast = self { return true } else { return false }
        case .allTuples: return numPartitions == 1
        case .clustered(let keys):
            switch self {
            case .single: return true
            case .hash(let exprs, _):
                // Hash partitioning on a subset of the required keys keeps equal keys together.
                let required = Set(keys.map(\.explainString))
                return !exprs.isEmpty && exprs.allSatisfy { required.contains($0.explainString) }
            case .range(let orders, _):
                let required = Set(keys.map(\.explainString))
                return !orders.isEmpty && orders.allSatisfy { required.contains($0.child.explainString) }
            default: return numPartitions == 1
            }
        case .ordered(let orders):
            switch self {
            case .single: return true
            case .range(let mine, _):
                return mine.count <= orders.count && zip(mine, orders).allSatisfy {
                    $0.child.explainString == $1.child.explainString && $0.ascending == $1.ascending && $0.nullsFirst == $1.nullsFirst
                }
            default: return numPartitions == 1
            }
        }
    }

    /// As explain prints it: `hashpartitioning(country#1, 200)`.
    public var explainString: String {
        switch self {
        case .unknown(let n): "UnknownPartitioning(\(n))"
        case .source: "UnknownPartitioning(0)"
        case .single: "SinglePartition"
        case .roundRobin(let n): "RoundRobinPartitioning(\(n))"
        case .hash(let e, let n): "hashpartitioning(\(e.map(\.explainString).joined(separator: ", ")), \(n))"
        case .range(let o, let n): "rangepartitioning(\(o.map { Expression.sortOrder($0).explainString }.joined(separator: ", ")), \(n))"
        case .broadcast: "BroadcastPartitioning"
        case .collection(let ps): "(" + ps.map(\.explainString).joined(separator: " or ") + ")"
        }
    }
}

/// What an operator requires of a child's partitioning (Spark's `Distribution`).
public enum Distribution: Sendable {
    case unspecified
    case allTuples
    case clustered([Expression])
    case ordered([SortOrder])
    case broadcast
}
