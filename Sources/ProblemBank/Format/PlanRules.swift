/// Operations a problem can forbid in the physical plan or the solution.
public enum ForbiddenOperation: String, Sendable, Codable, CaseIterable {
    case cartesian
    case nestedLoopJoin = "nested_loop_join"
    case pythonUDF = "python_udf"
    case collect
    case groupByKey = "group_by_key"
    case crossJoin = "cross_join"
}

/// What `require_broadcast` asks for: any broadcast, or that a named table is the broadcast side.
public enum BroadcastRequirement: Sendable, Hashable {
    case any
    case table(String)
}

/// The plan properties a problem requires, as in DESIGN.md's "Judging" section.
public struct PlanRules: Sendable, Hashable {
    public var maxShuffles: Int?
    public var requireBroadcast: BroadcastRequirement?
    public var forbid: [ForbiddenOperation]
    /// The most times any one input table may be scanned (caching problems).
    public var maxScansPerTable: Int?
    /// Largest shuffle partition ÷ median non-empty partition, by records.
    public var maxSkewRatio: Double?
    public var maxShuffleRecords: Int?
    /// The number of partitions the result must have.
    public var outputPartitions: Int?

    public init(maxShuffles: Int? = nil, requireBroadcast: BroadcastRequirement? = nil,
                forbid: [ForbiddenOperation] = [], maxScansPerTable: Int? = nil, maxSkewRatio: Double? = nil,
                maxShuffleRecords: Int? = nil, outputPartitions: Int? = nil) {
        self.maxShuffles = maxShuffles
        self.requireBroadcast = requireBroadcast
        self.forbid = forbid
        self.maxScansPerTable = maxScansPerTable
        self.maxSkewRatio = maxSkewRatio
        self.maxShuffleRecords = maxShuffleRecords
        self.outputPartitions = outputPartitions
    }

    public var isEmpty: Bool { self == PlanRules() }

    /// Rule names as written in `problem.yaml`.
    public static let ruleNames = ["max_shuffles", "require_broadcast", "forbid", "max_scans_per_table",
                                   "max_skew_ratio", "max_shuffle_records", "output_partitions"]

    /// One (name, value) pair per rule that is set, in `ruleNames` order; how the bank stores them.
    public var entries: [(rule: String, value: JSONValue)] {
        var result: [(String, JSONValue)] = []
        if let maxShuffles { result.append(("max_shuffles", .int(Int64(maxShuffles)))) }
        switch requireBroadcast {
        case .any: result.append(("require_broadcast", .bool(true)))
        case .table(let name): result.append(("require_broadcast", .string(name)))
        case nil: break
        }
        if !forbid.isEmpty { result.append(("forbid", .array(forbid.map { .string($0.rawValue) }))) }
        if let maxScansPerTable { result.append(("max_scans_per_table", .int(Int64(maxScansPerTable)))) }
        if let maxSkewRatio { result.append(("max_skew_ratio", .double(maxSkewRatio))) }
        if let maxShuffleRecords { result.append(("max_shuffle_records", .int(Int64(maxShuffleRecords)))) }
        if let outputPartitions { result.append(("output_partitions", .int(Int64(outputPartitions)))) }
        return result
    }

    /// Sets one rule from its stored form; unknown names and ill-typed values are ignored.
    mutating func apply(rule: String, value: JSONValue) {
        switch rule {
        case "max_shuffles": maxShuffles = value.intValue.map(Int.init)
        case "require_broadcast":
            if let name = value.stringValue { requireBroadcast = .table(name) }
            else if value.boolValue == true { requireBroadcast = .any }
        case "forbid": forbid = (value.arrayValue ?? []).compactMap { $0.stringValue.flatMap(ForbiddenOperation.init) }
        case "max_scans_per_table": maxScansPerTable = value.intValue.map(Int.init)
        case "max_skew_ratio": maxSkewRatio = value.numberValue
        case "max_shuffle_records": maxShuffleRecords = value.intValue.map(Int.init)
        case "output_partitions": outputPartitions = value.intValue.map(Int.init)
        default: break
        }
    }
}
