/// `functions`: builders for columns, named as PySpark names them.
public enum functions {
    public static func col(_ name: String) -> Column { Column(name: name) }
    public static func lit(_ value: Value) -> Column { Column(.literal(value, literalType(value))) }
    public static func call(_ name: String, _ args: Column...) -> Column { call(name, args) }
    public static func call(_ name: String, _ args: [Column], distinct: Bool = false) -> Column {
        Column(.unresolvedFunction(name: name, arguments: args.map(\.expr), isDistinct: distinct))
    }

    public static func count(_ c: Column) -> Column { call("count", c) }
    public static func countDistinct(_ cols: Column...) -> Column { call("count", cols, distinct: true) }
    public static func sum(_ c: Column) -> Column { call("sum", c) }
    public static func avg(_ c: Column) -> Column { call("avg", c) }
    public static func min(_ c: Column) -> Column { call("min", c) }
    public static func max(_ c: Column) -> Column { call("max", c) }
    public static func collect_list(_ c: Column) -> Column { call("collect_list", c) }
    public static func collect_set(_ c: Column) -> Column { call("collect_set", c) }
    public static func row_number() -> Column { call("row_number") }
    public static func rank() -> Column { call("rank") }
    public static func dense_rank() -> Column { call("dense_rank") }
    public static func lag(_ c: Column, _ offset: Int = 1) -> Column { call("lag", c, lit(.int(Int64(offset)))) }
    public static func lead(_ c: Column, _ offset: Int = 1) -> Column { call("lead", c, lit(.int(Int64(offset)))) }
    public static func when(_ condition: Column, _ value: Column) -> Column {
        Column(.caseWhen(branches: [CaseBranch(condition.expr, value.expr)], elseValue: nil))
    }
    public static func broadcast(_ df: DataFrame) -> DataFrame { df.hint("broadcast") }

    /// Spark's `AtLeastNNonNulls`, the predicate of `dropna`: true when at least `n` of the values are
    /// neither null nor NaN. Not a SQL function: only `dropna` builds it.
    public static func atLeastNNonNulls(_ n: Int, _ cols: [Column]) -> Column {
        let f = ScalarFunction(name: "atleastnnonnulls", dataType: .boolean, nullable: false, nullIntolerant: false) { values in
            let present = values.dropFirst().filter { v in
                if case .double(let d) = v { return !d.isNaN }
                return !v.isNull
            }.count
            return .bool(present >= n)
        }
        return Column(.function(f, [.literal(.int(Int64(n)), .int)] + cols.map(\.expr)))
    }

    /// The type Spark gives a Python/Scala literal: ints are INT when they fit, else BIGINT.
    static func literalType(_ v: Value) -> DataType {
        switch v {
        case .null: .null
        case .bool: .boolean
        case .int(let i): Int32(exactly: i) != nil ? .int : .long
        case .double: .double
        case .decimal(let u, let s): .decimal(precision: Swift.max(String(u.magnitude).count, s, 1), scale: s)
        case .string: .string
        case .date: .date
        case .timestamp: .timestamp
        case .interval: .dayToSecondInterval
        case .binary: .binary
        case .array(let items): .array(element: items.first.map(literalType) ?? .null, containsNull: true)
        case .map: .map(key: .string, value: .string, valueContainsNull: true)
        case .struct: .struct([])
        }
    }
}
