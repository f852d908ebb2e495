extension ComparisonSettings {
    /// The rules in plain words, one per line, for `dojo show` and verdict messages.
    ///
    /// ```
    /// rows may come in any order
    /// floating-point values match within a relative 1e-06
    /// column names must match, in order
    /// numeric types compare by value (int and bigint are equal)
    /// ```
    public var descriptionLines: [String] {
        [
            ordered ? "rows must come in the expected order" : "rows may come in any order",
            "floating-point values match within a relative \(floatTolerance)",
            checkColumnNames ? "column names must match, in order" : "column names are not checked (only their number and order)",
            checkTypes ? "column types must match exactly" : "numeric types compare by value (int and bigint are equal)",
        ]
    }
}

extension PlanRules {
    /// The rules in plain words, one per line (empty when there are none).
    ///
    /// ```
    /// at most 1 shuffle (Exchange)
    /// the table 'countries' must be broadcast
    /// forbidden: python_udf, cartesian
    /// ```
    public var descriptionLines: [String] {
        var lines: [String] = []
        if let maxShuffles {
            lines.append(maxShuffles == 0 ? "no shuffle (Exchange) at all"
                : "at most \(maxShuffles) shuffle\(maxShuffles == 1 ? "" : "s") (Exchange)")
        }
        switch requireBroadcast {
        case .any: lines.append("a join must broadcast its smaller side")
        case .table(let name): lines.append("the table '\(name)' must be broadcast")
        case nil: break
        }
        if !forbid.isEmpty { lines.append("forbidden: " + forbid.map(\.rawValue).joined(separator: ", ")) }
        if let maxScansPerTable {
            lines.append("each input table scanned at most \(maxScansPerTable) time\(maxScansPerTable == 1 ? "" : "s")")
        }
        if let maxSkewRatio { lines.append("largest shuffle partition at most \(maxSkewRatio)× the median") }
        if let maxShuffleRecords { lines.append("at most \(maxShuffleRecords) records shuffled") }
        if let outputPartitions {
            lines.append("the result must have exactly \(outputPartitions) partition\(outputPartitions == 1 ? "" : "s")")
        }
        return lines
    }
}
