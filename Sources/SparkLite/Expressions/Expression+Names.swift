/// Text forms of expressions: the default column name Spark gives an unaliased expression
/// (`toPrettySQL`: `sum(salary)`, `(a + b)`, `CAST(x AS STRING)`) and the explain form with ids (`sum(salary#2L)`).
extension Expression {
    enum RenderStyle {
        case pretty
        case explain
    }

    /// The name of a column computed by this expression when it has no alias.
    public var prettyName: String { render(.pretty) }

    /// The expression as Spark's `sql` writes it: its column name, but with each column's qualifier
    /// (`sum(sales.amount)`), as Spark names the columns its rewrites make (pivot, distinct aggregates).
    public var sql: String {
        transformUp { x -> Expression? in
            guard case .attribute(var a) = x, !a.qualifier.isEmpty else { return nil }
            a.name = (a.qualifier + [a.name]).map(Self.quoteIfNeeded).joined(separator: ".")
            return .attribute(a)
        }.prettyName
    }

    /// A name part as Spark's `quoteIfNeeded` writes it: as is when it is a plain identifier, else in backticks.
    static func quoteIfNeeded(_ part: String) -> String {
        let plain = !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && !part.allSatisfy(\.isNumber)
        return plain ? part : "`" + part.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// The expression as `explain()` prints it.
    public var explainString: String { render(.explain) }

    /// The output name when used in a select list.
    public var outputName: String {
        switch self {
        case .alias(_, let name, _): return name
        case .attribute(let a): return a.name
        default: return prettyName
        }
    }

    func render(_ style: RenderStyle) -> String {
        func r(_ e: Expression) -> String { e.render(style) }
        switch self {
        case .literal(let v, let t): return Self.literalText(v, t, style)
        case .attribute(let a), .outerReference(let a): return style == .pretty ? a.name : a.explainName
        case .boundReference(let i, let type, let nullable): return "input[\(i), \(type.simpleString), \(nullable)]"
        case .unresolvedAttribute(let parts): return style == .pretty ? parts.joined(separator: ".") : "'" + parts.joined(separator: ".")
        case .star(let q): return (q.map { $0.joined(separator: ".") + "." } ?? "") + "*"
        case .resolvedStar: return "*"
        case .starExcept(let q, let excluded):
            return (q.map { $0.joined(separator: ".") + "." } ?? "") + "* EXCEPT (" + excluded.map { $0.joined(separator: ".") }.joined(separator: ", ") + ")"
        case .alias(let c, let name, let id):
            // As for attributes, explain marks a bigint alias with `L`. An alias inside a larger expression is
            // part of its name (`(a - b AS c)`); a select item's own alias is its name, never rendered.
            return style == .pretty ? "\(r(c)) AS \(Self.quotedIfNeeded(name))" : "\(r(c)) AS \(name)#\(id.id)\(c.dataType == .long ? "L" : "")"
        case .multiAlias(let c, let names): return "\(r(c)) AS (\(names.joined(separator: ", ")))"
        case .arithmetic(let op, let l, let rr, _):
            if op == .pmod { return "pmod(\(r(l)), \(r(rr)))" }
            return "(\(r(l)) \(op.rawValue) \(r(rr)))"
        // SQL's `-x` is named `(- x)`; `negative(x)` and the DataFrame API's `-col` keep their own name
        // (see the `negative` function).
        case .unaryMinus(let c, _): return style == .pretty ? "(- \(r(c)))" : "-\(r(c))"
        case .comparison(let op, let l, let rr): return "(\(r(l)) \(op.rawValue) \(r(rr)))"
        case .and(let l, let rr): return "(\(r(l)) AND \(r(rr)))"
        case .or(let l, let rr): return "(\(r(l)) OR \(r(rr)))"
        case .not(let c): return style == .pretty ? "(NOT \(r(c)))" : "NOT \(r(c))"
        case .isNull(let c): return style == .pretty ? "(\(r(c)) IS NULL)" : "isnull(\(r(c)))"
        case .isNotNull(let c): return style == .pretty ? "(\(r(c)) IS NOT NULL)" : "isnotnull(\(r(c)))"
        case .inList(let v, let list):
            return style == .pretty
                ? "(\(r(v)) IN (\(list.map(r).joined(separator: ", "))))"
                : "\(r(v)) IN (\(list.map(r).joined(separator: ",")))"
        case .caseWhen(let branches, let elseValue):
            var s = "CASE"
            for b in branches { s += " WHEN \(r(b.condition)) THEN \(r(b.value))" }
            if let e = elseValue { s += " ELSE \(r(e))" }
            return s + " END"
        case .cast(let c, let t, let mode):
            let fn = mode == .try ? "try_cast" : "cast"
            return style == .pretty ? "\(fn.uppercased())(\(r(c)) AS \(t.sqlName))" : "\(fn)(\(r(c)) as \(t.simpleString))"
        case .unresolvedFunction(AggregateExpression.filterCallName, let args, _) where args.count == 2:
            return "\(r(args[0])) FILTER (WHERE \(r(args[1])))"
        case .unresolvedFunction(let name, let args, let distinct):
            return "'\(name)(\(distinct ? "distinct " : "")\(args.map(r).joined(separator: ", ")))"
        case .function(let f, let written):
            if f.isReplaceable && style == .explain, let replacement = written.last {
                if f.name == "if", case .caseWhen(let branches, let otherwise) = replacement, branches.count == 1 {
                    return Self.ifText(r(branches[0].condition), r(branches[0].value), otherwise.map(r) ?? "null")
                }
                return r(replacement)
            }
            // Explain shows the implicit casts the call applies to its arguments, a literal's folded.
            let args = style == .explain && !f.argumentCasts.isEmpty
                ? written.enumerated().map { i, a in f.argumentCasts[i].map { Self.castForExplain(a, $0) } ?? a }
                : written
            let shown = f.displayArguments.map { idx in idx.compactMap { $0 < args.count ? args[$0] : nil } } ?? args
            if style == .pretty, let format = f.prettyFormat { return format(shown.map(r)) }
            if style == .explain, let format = f.explainFormat { return format(args.map(r)) }
            if style == .explain, Self.timeZoneAwareFunctions.contains(f.name) {
                return "\(f.name)(\((shown.map(r) + ["Some(UTC)"]).joined(separator: ", ")))"
            }
            return "\(f.name)(\(shown.map(r).joined(separator: ", ")))"
        case .pythonUDF(let u, let args): return "\(u.name)(\(args.map(r).joined(separator: ", ")))"
        case .aggregate(let a): return Self.aggregateText(a, style)
        case .windowFunction(let f, let args):
            // Spark names rank, dense_rank and percent_rank in capitals (`RANK() OVER (...)`).
            if [.rank, .denseRank, .percentRank].contains(f) && style == .pretty { return "\(f.rawValue.uppercased())()" }
            if style == .pretty {
                // The ignore-nulls flag is no argument in Spark: lag and lead leave it out of the name,
                // nth_value writes it after the call (`nth_value(x, 2) ignore nulls`).
                if f == .lag || f == .lead { return "\(f.rawValue)(\(args.prefix(3).map(r).joined(separator: ", ")))" }
                if f == .nthValue, args.count == 3 {
                    let ignoresNulls = if case .literal(.bool(true), _) = args[2] { true } else { false }
                    return "nth_value(\(r(args[0])), \(r(args[1])))" + (ignoresNulls ? " ignore nulls" : "")
                }
            }
            return "\(f.rawValue)(\(args.map(r).joined(separator: ", ")))"
        case .window(let f, let spec):
            if style == .pretty {
                // A frame written in SQL keeps `1 PRECEDING`; one the API or a default made shows `-1 FOLLOWING`.
                return "\(r(f)) OVER (\(Self.windowSpecText(spec, style, defaultFrame: f.defaultWindowFrame(spec), sqlOffsets: spec.frame?.offsetType == .int)))"
            }
            return "\(Self.windowFunctionExplainText(f, spec, r)) windowspecdefinition(\(Self.windowSpecText(spec, style, defaultFrame: f.defaultWindowFrame(spec))))"
        case .sortOrder(let o):
            return "\(r(o.child)) \(o.ascending ? "ASC" : "DESC") NULLS \(o.nullsFirst ? "FIRST" : "LAST")"
        case .unresolvedExtractValue(let c, let k): return "\(r(c))[\(r(k))]"
        case .scalarSubquery(_, let id): return "scalar-subquery#\(id.id)"
        case .inSubquery(let values, _): return "\(values.map(r).joined(separator: ", ")) IN (list)"
        case .exists: return "exists"
        // Spark names every lambda parameter `namedlambdavariable()` in a column name.
        case .lambdaVariable(let v): return style == .pretty ? "namedlambdavariable()" : v.explainName
        case .lambdaFunction(let body, let parameters):
            let shown = [r(body)] + parameters.map { r(.lambdaVariable($0)) } + (style == .explain ? ["false"] : [])
            return "lambdafunction(\(shown.joined(separator: ", ")))"
        case .higherOrderFunction(let f, let args): return "\(f.rawValue)(\(args.map(r).joined(separator: ", ")))"
        case .groupingSets(let kind, let sets):
            return "\(kind.rawValue)(\(sets.map { "(" + $0.map(r).joined(separator: ", ") + ")" }.joined(separator: ", ")))"
        }
    }

    /// Spark's rank, dense_rank and percent_rank take the window's order keys as their arguments, and
    /// explain prints them (`rank(salary#3)`); the column name does not (`RANK() OVER (...)`).
    func withOrderKeys(_ orderSpec: [SortOrder]) -> Expression {
        guard case .windowFunction(let f, let args) = self, args.isEmpty, [.rank, .denseRank, .percentRank].contains(f) else { return self }
        return .windowFunction(f, orderSpec.map(\.child))
    }

    /// The frame Spark gives a window function whose OVER clause has none: ranking functions run
    /// over ROWS up to the current row, cume_dist over RANGE, lag(x, n) and lead(x, n) over the single
    /// row n before or after (`ROWS BETWEEN -1 FOLLOWING AND -1 FOLLOWING`), aggregates over the
    /// RANGE up to the current row, or the whole partition without ORDER BY.
    func defaultWindowFrame(_ spec: WindowSpecDefinition) -> WindowFrame {
        if spec.orderSpec.isEmpty { return .wholePartition }
        guard case .windowFunction(let f, let args) = self else { return .defaultWithOrder }
        switch f {
        case .lag, .lead:
            guard args.count > 1, case .literal(.int(let n), _) = args[1] else { return .rowsToCurrent }
            let offset = f == .lag ? -n : n
            return WindowFrame(.rows, .offset(offset), .offset(offset))
        case .cumeDist, .nthValue: return .defaultWithOrder
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile: return .rowsToCurrent
        }
    }

    /// Spark's `If` in explain: `if ((a#1 > 5)) big else small`.
    static func ifText(_ condition: String, _ value: String, _ otherwise: String) -> String {
        "if (\(condition)) \(value) else \(otherwise)"
    }

    /// `cast(a as t)`, or for a literal the value it casts to, as Spark's constant folding leaves it.
    static func castForExplain(_ e: Expression, _ t: DataType) -> Expression {
        if case .literal(let v, let from) = e, let folded = try? Cast.evaluate(v, from: from, to: t, mode: .ansi) {
            return .literal(folded, t)
        }
        return .cast(e, t, .ansi)
    }

    static func literalText(_ v: Value, _ t: DataType, _ style: RenderStyle) -> String {
        switch v {
        case .null: return style == .pretty ? "NULL" : "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return ValueFormatter.javaDouble(d, isFloat: t == .float)
        case .decimal(let u, let s): return Decimal128.format(u, scale: s)
        case .string(let s): return s
        case .date(let d): return style == .pretty ? "DATE '\(DateTimeUtils.formatDate(d))'" : DateTimeUtils.formatDate(d)
        case .timestamp(let ts):
            return style == .pretty ? "TIMESTAMP '\(DateTimeUtils.formatTimestamp(ts))'" : DateTimeUtils.formatTimestamp(ts)
        case .binary(let bytes) where style == .pretty:
            return "X'" + bytes.map { String($0, radix: 16, uppercase: true).leftPadded(2) }.joined() + "'"
        case .array(let items) where style == .explain:
            // Explain prints an array literal without spaces (`[1,2,null]`).
            let element: DataType = if case .array(let e, _) = t { e } else { .null }
            return "[" + items.map { literalText($0, element, style) }.joined(separator: ",") + "]"
        // Explain prints binary in hex (`0xCAFE`), a struct as its row (`[1,z]`), a map as its two arrays.
        case .binary(let bytes) where style == .explain:
            return "0x" + bytes.map { String($0, radix: 16, uppercase: true).leftPadded(2) }.joined()
        case .struct(let values) where style == .explain:
            let types: [DataType] = if case .struct(let fields) = t { fields.map(\.dataType) } else { [] }
            return "[" + values.enumerated().map { i, x in literalText(x, i < types.count ? types[i] : .null, style) }.joined(separator: ",") + "]"
        case .map(let entries) where style == .explain:
            guard case .map(let k, let vt, _) = t else { return ValueFormatter.showString(v, t) }
            let keys = entries.map { literalText($0.key, k, style) }.joined(separator: ",")
            let values = entries.map { literalText($0.value, vt, style) }.joined(separator: ",")
            return "map(keys: [\(keys)], values: [\(values)])"
        default: return ValueFormatter.showString(v, t)
        }
    }

    static func aggregateText(_ a: AggregateExpression, _ style: RenderStyle) -> String {
        let prefix: String
        switch a.mode {
        case .partial where style == .explain: prefix = "partial_"
        case .partialMerge where style == .explain: prefix = "merge_"
        default: prefix = ""
        }
        var args = a.arguments.map { $0.render(style) }
        // The relative error of approx_count_distinct is not part of its name.
        if a.kind == .approxCountDistinct && style == .pretty { args = Array(args.prefix(1)) }
        // `mode(x, true)` is Spark's `mode() WITHIN GROUP (ORDER BY x DESC)`.
        if a.kind == .mode && a.arguments.count == 2 && style == .pretty {
            return "mode() WITHIN GROUP (ORDER BY \(args[0]) DESC)"
        }
        if a.kind == .listagg, args.count >= 2 {
            // The delimiter prints as its bare text (`listagg(x, , )`); a missing one as NULL, null in explain.
            if case .literal(.null, _) = a.arguments[1] { args[1] = style == .pretty ? "NULL" : "null" }
            let keys = zip(args.dropFirst(2), a.withinGroup).map { "\($0) \($1.ascending ? "ASC" : "DESC") NULLS \($1.nullsFirst ? "FIRST" : "LAST")" }
            let distinct = a.isDistinct ? (style == .pretty ? "DISTINCT " : "distinct ") : ""
            if style == .pretty {
                let ordered = keys.isEmpty ? "" : " WITHIN GROUP (ORDER BY \(keys.joined(separator: ", ")))"
                return "\(a.displayName)(\(distinct)\(args[0]), \(args[1]))\(ordered)"
            }
            return "\(prefix)\(a.displayName)(\(distinct)\(([args[0], args[1]] + keys + ["0", "0"]).joined(separator: ", ")))"
        }
        if a.displayName == "percentile_cont" || a.displayName == "percentile_disc" {
            if style == .pretty, args.count >= 2 {
                return "\(a.displayName)(\(args[1])) WITHIN GROUP (ORDER BY \(args[0])\(a.reverse ? " DESC" : ""))"
            }
        }
        // Spark's `first` and `last` name only their column (`first(x)`), the ignore-nulls flag not being an argument.
        if (a.kind == .first || a.kind == .last) && style == .explain { args.append(a.ignoreNulls ? "true" : "false") }
        var name = a.displayName
        if style == .explain { (name, args) = explainArguments(a, name: name, args: args) }
        var text = "\(prefix)\(name)(\(a.isDistinct ? (style == .pretty ? "DISTINCT " : "distinct ") : "")\(args.joined(separator: ", ")))"
        // The filter decides which rows update the buffer: after the first step (final, merge) explain leaves it out.
        if let f = a.filter, style == .pretty || a.mode == .partial || a.mode == .complete { text += " FILTER (WHERE \(f.render(style)))" }
        return text
    }

    /// A window function as explain prints it: `rank`, `dense_rank` and `percent_rank` take the window's
    /// order expressions as arguments (`rank(salary#1)`), `lag` keeps its offset negated (`lag(x#1, -1, null)`) and `nth_value` shows its ignore-nulls flag.
    static func windowFunctionExplainText(_ f: Expression, _ spec: WindowSpecDefinition, _ r: (Expression) -> String) -> String {
        guard case .windowFunction(let kind, let args) = f else { return r(f) }
        switch kind {
        case .rank, .denseRank, .percentRank:
            return r(f.withOrderKeys(spec.orderSpec))
        case .lag where args.count > 1:
            guard case .literal(.int(let n), let type) = args[1] else { return r(f) }
            let shown = [r(args[0]), r(.literal(.int(-n), type))] + args.dropFirst(2).prefix(1).map(r)
            return "lag(\(shown.joined(separator: ", ")))"
        case .nthValue where args.count == 2:
            // The ignore-nulls flag, false unless given.
            return "nth_value(\(r(args[0])), \(r(args[1])), false)"
        case .lead where args.count == 4:
            // Explain leaves lead's (and lag's) ignore-nulls flag out, as the column name does.
            return r(.windowFunction(kind, Array(args.prefix(3))))
        default:
            return r(f)
        }
    }

    /// Functions Spark evaluates in the session time zone (always UTC here), which explain prints as their
    /// last argument (`hour(ts#1, Some(UTC))`).
    static let timeZoneAwareFunctions: Set<String> = ["hour", "minute", "second", "date_format", "date_trunc", "from_unixtime"]

    /// Explain prints an aggregate's constructor arguments, defaults included: the buffer offsets of one
    /// that keeps an object as its state (`collect_list(x, 0, 0, true)`), the default relative error of
    /// `approx_count_distinct`; `median(x)` is `percentile(x, 0.5)` and `pivotfirst` lists its values.
    static func explainArguments(_ a: AggregateExpression, name: String, args: [String]) -> (String, [String]) {
        switch a.kind {
        case .collectList, .collectSet:
            return (name, args + ["0", "0", "true"])
        case .percentile:
            return (a.kind.rawValue, args + ["0", "0", a.reverse ? "true" : "false"])
        case .percentileDisc:
            return (a.kind.rawValue, args + [a.reverse ? "true" : "false", "0", "0", "false"])
        case .median:
            return ("percentile", args + ["0.5", "1", "0", "0", "false"])
        case .percentileApprox:
            return (name, args + ["0", "0"])
        case .approxCountDistinct:
            return (name, args + (args.count == 1 ? ["0.05"] : []) + ["0", "0"])
        case .mode:
            let deterministic = a.arguments.count > 1 ? "Some(\(args[1]))" : "None"
            return (name, [args[0], "0", "0", deterministic])
        case .pivotFirst:
            guard a.arguments.count == 3, case .literal(.array(let values), let type) = a.arguments[2] else { return (name, args) }
            let element: DataType = if case .array(let e, _) = type { e } else { .null }
            return (name, Array(args.prefix(2)) + values.map { literalText($0, element, .explain) } + ["0", "0"])
        default:
            return (name, args)
        }
    }

    /// `sqlOffsets`: a frame SQL wrote prints a negative offset as `n PRECEDING` (Spark keeps it as a negation),
    /// where the DataFrame API's literal prints as `-n FOLLOWING`.
    static func windowSpecText(_ spec: WindowSpecDefinition, _ style: RenderStyle, defaultFrame: WindowFrame, sqlOffsets: Bool = false) -> String {
        var parts: [String] = []
        let frame = spec.frame ?? defaultFrame
        if style == .pretty {
            if !spec.partitionSpec.isEmpty {
                parts.append("PARTITION BY " + spec.partitionSpec.map { $0.render(style) }.joined(separator: ", "))
            }
            if !spec.orderSpec.isEmpty {
                parts.append("ORDER BY " + spec.orderSpec.map { Expression.sortOrder($0).render(style) }.joined(separator: ", "))
            }
            func bound(_ b: FrameBoundary) -> String {
                if sqlOffsets, case .offset(let n) = b, n < 0 { return "\(-n) PRECEDING" }
                if sqlOffsets, case .fraction(let x, let text) = b, x < 0 { return "\(text) PRECEDING" }
                return boundText(b, style)
            }
            parts.append("\(frame.type.rawValue) BETWEEN \(bound(frame.lower)) AND \(bound(frame.upper))")
            return parts.joined(separator: " ")
        }
        parts += spec.partitionSpec.map { $0.render(style) }
        parts += spec.orderSpec.map { Expression.sortOrder($0).render(style) }
        parts.append("specifiedwindowframe(\(frame.type == .rows ? "RowFrame" : "RangeFrame"), \(boundText(frame.lower, style)), \(boundText(frame.upper, style)))")
        return parts.joined(separator: ", ")
    }

    /// Spark's `quoteIfNeeded`: a name other than letters, digits and underscores is backquoted.
    static func quotedIfNeeded(_ name: String) -> String {
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !(name.first?.isNumber ?? false) { return name }
        return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    static func boundText(_ b: FrameBoundary, _ style: RenderStyle) -> String {
        switch (b, style) {
        case (.unboundedPreceding, .pretty): "UNBOUNDED PRECEDING"
        case (.unboundedFollowing, .pretty): "UNBOUNDED FOLLOWING"
        case (.currentRow, .pretty): "CURRENT ROW"
        // The DataFrame API's offsets are literals, which Spark prints as `-1 FOLLOWING`.
        case (.offset(let n), .pretty): "\(n) FOLLOWING"
        case (.unboundedPreceding, .explain): "unboundedpreceding$()"
        case (.unboundedFollowing, .explain): "unboundedfollowing$()"
        case (.currentRow, .explain): "currentrow$()"
        case (.offset(let n), .explain): String(n)
        case (.interval(let micros, let type), .pretty): "\(ValueFormatter.intervalString(micros, type)) FOLLOWING"
        case (.interval(let micros, let type), .explain): ValueFormatter.intervalString(micros, type)
        case (.fraction(let x, let text), .pretty): "\(x < 0 ? "-" : "")\(text) FOLLOWING"
        case (.fraction(let x, let text), .explain): (x < 0 ? "-" : "") + text
        case (.months(let months, let type), .pretty): "\(ValueFormatter.intervalString(months, type)) FOLLOWING"
        case (.months(let months, let type), .explain): ValueFormatter.intervalString(months, type)
        }
    }
}
