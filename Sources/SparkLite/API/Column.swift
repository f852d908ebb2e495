/// A column expression of the DataFrame API: `col("salary") * 2`, `col("country") == "India"`.
public struct Column: Sendable {
    public let expr: Expression

    public init(_ expr: Expression) { self.expr = expr }

    /// `col("name")` or `col("t.name")`; `*` selects every column.
    public init(name: String) {
        if name == "*" { expr = .star(qualifier: nil); return }
        if name.hasSuffix(".*") { expr = .star(qualifier: name.dropLast(2).split(separator: ".").map(String.init)); return }
        expr = .unresolvedAttribute(Column.parseName(name))
    }

    /// Splits `a.b` into parts, honouring backquotes (`` `a.b` `` is one name).
    static func parseName(_ name: String) -> [String] {
        var parts: [String] = [], current = "", quoted = false
        for ch in name {
            if ch == "`" { quoted.toggle(); continue }
            if ch == "." && !quoted { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        return parts
    }

    public func alias(_ name: String) -> Column { Column(.alias(expr.unaliased, name: name, exprId: .next())) }
    /// Several names for the columns of a generator: `posexplode(m).alias("pos", "k", "v")`.
    public func alias(_ names: [String]) -> Column {
        names.count == 1 ? alias(names[0]) : Column(.multiAlias(expr.unaliased, names: names))
    }
    public func `as`(_ name: String) -> Column { alias(name) }
    public func cast(_ type: DataType) -> Column { Column(.cast(expr, type, .ansi)) }
    public func isNull() -> Column { Column(.isNull(expr)) }
    public func isNotNull() -> Column { Column(.isNotNull(expr)) }
    public func isin(_ values: [Column]) -> Column { Column(.inList(expr, values.map(\.expr))) }
    public func between(_ lo: Column, _ hi: Column) -> Column {
        Column(.and(.comparison(.greaterThanOrEqual, expr, lo.expr), .comparison(.lessThanOrEqual, expr, hi.expr)))
    }
    public func eqNullSafe(_ other: Column) -> Column { Column(.comparison(.equalNullSafe, expr, other.expr)) }
    public func asc() -> Column { Column(.sortOrder(SortOrder(expr, ascending: true))) }
    public func desc() -> Column { Column(.sortOrder(SortOrder(expr, ascending: false))) }
    public func ascNullsLast() -> Column { Column(.sortOrder(SortOrder(expr, ascending: true, nullsFirst: false))) }
    public func descNullsFirst() -> Column { Column(.sortOrder(SortOrder(expr, ascending: false, nullsFirst: true))) }
    public func getItem(_ key: Column) -> Column { Column(.unresolvedExtractValue(expr, key.expr)) }
    /// The struct with field `name` replaced, or added at the end: `col("info").withField("size", lit(0))`.
    /// A dotted name (`"meta.source"`) updates a nested struct: the outer field is replaced by the inner
    /// struct with its field updated, as Spark's `UpdateFields` helper builds it.
    public func withField(_ name: String, _ value: Column) -> Column {
        Column(Column.updatingPath(expr, Column.parseName(name)) { base, field in UpdateFields.call(base, with: field, value.expr) })
    }
    /// The struct without the named fields (absent names are ignored; dropping every field is an error);
    /// a dotted name drops a field of a nested struct.
    public func dropFields(_ names: [String]) -> Column {
        Column(names.reduce(expr) { result, name in
            Column.updatingPath(result, Column.parseName(name)) { base, field in UpdateFields.call(base, dropping: field) }
        })
    }

    /// Applies `update` to the struct at `path` inside `base`, rebuilding each enclosing struct with the
    /// updated field (`base.withField(a, base.a.withField(b, ...))`).
    private static func updatingPath(_ base: Expression, _ path: [String],
                                     _ update: (Expression, String) -> Expression) -> Expression {
        guard path.count > 1 else { return update(base, path.first ?? "") }
        let inner = Expression.unresolvedExtractValue(base, .literal(.string(path[0]), .string))
        return UpdateFields.call(base, with: path[0], updatingPath(inner, Array(path.dropFirst()), update))
    }
    public func over(_ window: WindowSpec) -> Column { Column(.window(function: expr, spec: window.definition)) }
    public func when(_ condition: Column, _ value: Column) -> Column {
        guard case .caseWhen(let branches, nil) = expr else { return self }
        return Column(.caseWhen(branches: branches + [CaseBranch(condition.expr, value.expr)], elseValue: nil))
    }
    public func otherwise(_ value: Column) -> Column {
        guard case .caseWhen(let branches, nil) = expr else { return self }
        return Column(.caseWhen(branches: branches, elseValue: value.expr))
    }

    public static func + (a: Column, b: Column) -> Column { Column(.arithmetic(.add, a.expr, b.expr, .ansi)) }
    public static func - (a: Column, b: Column) -> Column { Column(.arithmetic(.subtract, a.expr, b.expr, .ansi)) }
    public static func * (a: Column, b: Column) -> Column { Column(.arithmetic(.multiply, a.expr, b.expr, .ansi)) }
    public static func / (a: Column, b: Column) -> Column { Column(.arithmetic(.divide, a.expr, b.expr, .ansi)) }
    public static func % (a: Column, b: Column) -> Column { Column(.arithmetic(.remainder, a.expr, b.expr, .ansi)) }
    /// `-col` is the `negative` function, named `negative(col)` (SQL's `-x` is named `(- x)`).
    public static prefix func - (a: Column) -> Column {
        Column(.unresolvedFunction(name: "negative", arguments: [a.expr], isDistinct: false))
    }
    public static func == (a: Column, b: Column) -> Column { Column(.comparison(.equal, a.expr, b.expr)) }
    public static func != (a: Column, b: Column) -> Column { Column(.not(.comparison(.equal, a.expr, b.expr))) }
    public static func < (a: Column, b: Column) -> Column { Column(.comparison(.lessThan, a.expr, b.expr)) }
    public static func <= (a: Column, b: Column) -> Column { Column(.comparison(.lessThanOrEqual, a.expr, b.expr)) }
    public static func > (a: Column, b: Column) -> Column { Column(.comparison(.greaterThan, a.expr, b.expr)) }
    public static func >= (a: Column, b: Column) -> Column { Column(.comparison(.greaterThanOrEqual, a.expr, b.expr)) }
    public static func && (a: Column, b: Column) -> Column { Column(.and(a.expr, b.expr)) }
    public static func || (a: Column, b: Column) -> Column { Column(.or(a.expr, b.expr)) }
    public static prefix func ! (a: Column) -> Column { Column(.not(a.expr)) }
}

extension Column: ExpressibleByStringLiteral {
    /// A string literal names a column, as in `df.select("name")`.
    public init(stringLiteral value: String) { self.init(name: value) }
}

/// `Window.partitionBy(...).orderBy(...).rowsBetween(...)`.
public struct WindowSpec: Sendable {
    public var definition = WindowSpecDefinition()

    public init() {}

    public static func partitionBy(_ cols: Column...) -> WindowSpec { WindowSpec().partitionBy(cols) }
    public static func orderBy(_ cols: Column...) -> WindowSpec { WindowSpec().orderBy(cols) }

    public func partitionBy(_ cols: [Column]) -> WindowSpec {
        var copy = self
        copy.definition.partitionSpec = cols.map(\.expr)
        return copy
    }

    public func orderBy(_ cols: Column...) -> WindowSpec { orderBy(cols) }

    public func orderBy(_ cols: [Column]) -> WindowSpec {
        var copy = self
        copy.definition.orderSpec = cols.map(\.expr.asSortOrder)
        return copy
    }

    public func rowsBetween(_ start: Int64, _ end: Int64) -> WindowSpec { frame(.rows, start, end) }
    public func rangeBetween(_ start: Int64, _ end: Int64) -> WindowSpec { frame(.range, start, end) }

    public static let unboundedPreceding = Int64.min
    public static let unboundedFollowing = Int64.max
    public static let currentRow: Int64 = 0

    func frame(_ type: FrameType, _ start: Int64, _ end: Int64) -> WindowSpec {
        func bound(_ v: Int64) -> FrameBoundary {
            v == Int64.min ? .unboundedPreceding : v == Int64.max ? .unboundedFollowing : v == 0 ? .currentRow : .offset(v)
        }
        var copy = self
        let (lower, upper) = (bound(start), bound(end))
        // The API's offsets are BIGINT literals; frames without one stay equal to SQL's.
        let hasOffset = [lower, upper].contains { if case .offset = $0 { true } else { false } }
        copy.definition.frame = WindowFrame(type, lower, upper, offsetType: hasOffset ? .long : .int)
        return copy
    }
}
