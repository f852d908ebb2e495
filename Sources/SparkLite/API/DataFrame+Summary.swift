/// `df.describe(*cols)` and `df.summary(*statistics)`, planned as Spark plans them: one global aggregate
/// that packs each column's statistics into a map of strings, then an explode of the statistic names
/// and a lookup per column (`element_at(col, summary)`).
extension DataFrame {
    public static let describeStatistics = ["count", "mean", "stddev", "min", "max"]
    public static let summaryStatistics = ["count", "mean", "stddev", "min", "25%", "50%", "75%", "max"]

    /// Statistics of the named columns, or of every numeric and string column when none are named.
    public func describe(_ columns: [String]) throws -> DataFrame {
        try summary(Self.describeStatistics, columns: columns.isEmpty ? nil : columns)
    }

    public func summary(_ statistics: [String], columns: [String]? = nil) throws -> DataFrame {
        let stats = statistics.isEmpty ? Self.summaryStatistics : statistics
        let fields: [StructField]
        if let columns {
            fields = try columns.map { name in
                guard let f = schema.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    throw SparkErrors.unresolvedColumn(name, suggestions: ExpressionResolution.suggestions(for: name, in: plan.output))
                }
                return f
            }
        } else {
            fields = schema.filter { $0.dataType.isNumeric || $0.dataType == .string }
        }
        let maps = try fields.map { f in
            let c = Column(name: "`\(f.name)`")
            // Strings count as numbers where they parse, as Spark's `try_cast(s AS DOUBLE)` reads them.
            let number = f.dataType == .string ? Column(.cast(c.expr, .double, .try)) : c
            var entries: [Column] = []
            for s in stats {
                entries.append(functions.lit(.string(s)))
                entries.append(try Self.statistic(s, column: f.dataType == .string ? number : c, count: c).cast(.string))
            }
            return functions.call("map", entries).alias(f.name)
        }
        let aggregated = try GroupedData(df: self, grouping: []).agg(maps)
        let names = functions.call("array", stats.map { functions.lit(.string($0)) })
        let exploded = try aggregated.select([functions.call("explode", names).alias("summary")] + fields.map { Column(name: "`\($0.name)`") })
        return try exploded.select([Column(name: "summary")] + fields.map { f in
            functions.call("element_at", Column(name: "`\(f.name)`"), Column(name: "summary")).alias(f.name)
        })
    }

    /// One statistic of a column; `number` is the column read as a number, `c` the column itself.
    private static func statistic(_ name: String, column number: Column, count c: Column) throws -> Column {
        switch name.lowercased() {
        case "count": return functions.count(c)
        case "mean": return functions.avg(number)
        case "stddev": return functions.call("stddev", number)
        case "min": return functions.min(c)
        case "max": return functions.max(c)
        case "count_distinct": return functions.countDistinct(c)
        case "approx_count_distinct": return functions.call("approx_count_distinct", c)
        default:
            // `25%`, `99.9%`: an approximate percentile with Spark's default accuracy.
            guard name.hasSuffix("%"), let percent = Double(name.dropLast()), (0...100).contains(percent) else {
                throw SparkError("UNRECOGNIZED_STATISTIC", "The statistic '\(name)' is not recognized. Valid statistics include `count`, `count_distinct`, `approx_count_distinct`, `mean`, `stddev`, `min`, `max`, and percentile values. Percentile must be a numeric value followed by '%', within the range 0% to 100%.", sqlState: "42704")
            }
            return functions.call("percentile_approx", number, functions.lit(.double(percent / 100)), functions.lit(.int(10000)))
        }
    }
}
