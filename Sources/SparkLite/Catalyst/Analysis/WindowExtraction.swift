/// Spark's `ExtractWindowExpressions`: a projection with window expressions becomes a `Window` node per
/// distinct (partition, order) spec below a `Project` that reads the window results. With
/// `projectingInput`, as for a select list, the windows read a `Project` of what they and the select list
/// need: the items without windows, then the columns the window functions, partition and order keys read,
/// in that order (explain shows it, `Project [id#0, dept#1, salary#3, name#2]`, when that is not the input).
/// A key or argument that is an expression (`PARTITION BY date_trunc('MONTH', d)`, `sum(x * 2)`) is computed
/// in that projection as `_w0`, `_w1`, ... and the windows read the column.
enum WindowExtraction {
    static func extract(_ list: [Expression], child: LogicalPlan, projectingInput: Bool = false) throws -> LogicalPlan {
        // What the windows read: columns, and expressions computed below them as `_w0`, `_w1`, ...
        let regular = list.filter { !$0.containsWindow }
        var inputs = WindowInputs(regularIds: Set(regular.compactMap(\.toAttribute).map(\.exprId)))
        var extracted: [(key: String, spec: WindowSpecDefinition, exprs: [Expression])] = []
        var counter = 0
        func addWindow(_ e: Expression, name: String, id: ExprId) throws {
            guard case .window(let f, var spec) = e else { return }
            spec.frame = try frame(for: f, spec: spec)
            spec = castingBoundaries(spec)
            try check(f, spec)
            let aliased = Expression.alias(.window(function: f, spec: spec), name: name, exprId: id)
            let key = spec.partitionSpec.map(\.explainString).joined(separator: ",") + "|" + spec.orderSpec.map { Expression.sortOrder($0).explainString }.joined(separator: ",")
            if let i = extracted.firstIndex(where: { $0.key == key }) {
                extracted[i].exprs.append(aliased)
            } else {
                extracted.append((key, spec, [aliased]))
            }
        }
        var projected: [Expression] = []
        for item in list {
            switch item {
            case .alias(let w, let name, let id) where { if case .window = w { return true } else { return false } }():
                // Spark numbers every window expression it extracts, named or not: `_we1` follows a named one.
                counter += 1
                try addWindow(inputs.readingInputs(w), name: name, id: id)
                projected.append(.attribute(AttributeReference(name: name, dataType: w.dataType, nullable: w.nullable, exprId: id)))
            case _ where item.containsWindow:
                let rewritten = try inputs.readingInputs(item).transformDown { e -> Expression? in
                    guard case .window = e else { return nil }
                    let name = "_we\(counter)"
                    counter += 1
                    let id = ExprId.next()
                    try addWindow(e, name: name, id: id)
                    return .attribute(AttributeReference(name: name, dataType: e.dataType, nullable: e.nullable, exprId: id))
                }
                projected.append(rewritten)
            default:
                projected.append(item)
            }
        }
        var plan = child
        let computed = inputs.extracted.contains { if case .alias = $0.named { true } else { false } }
        if projectingInput, regular.allSatisfy({ $0.toAttribute != nil }) {
            // Spark's projection under the windows: the select items without windows, then what the windows read.
            let available = Set(child.output.map(\.exprId))
            let read = inputs.extracted.map(\.named).filter { named in
                if case .attribute(let a) = named { return available.contains(a.exprId) }
                return true
            }
            plan = .project(regular + read, child)
            projected = zip(list, projected).map { item, rewritten in
                item.containsWindow ? rewritten : item.toAttribute.map { .attribute($0) } ?? rewritten
            }
        } else if computed {
            let aliases = inputs.extracted.map(\.named).filter { if case .alias = $0 { true } else { false } }
            plan = .project(child.output.map { .attribute($0) } + aliases, child)
        }
        // A window inside another's argument (`sum(rank() OVER w1) OVER w2`) was computed below as `_wN`:
        // its own windows run first.
        if case .project(let items, let below) = plan, items.contains(where: \.containsWindow) {
            plan = try extract(items, child: below)
        }
        for group in extracted {
            plan = .window(windowExpressions: group.exprs, partitionSpec: group.spec.partitionSpec, orderSpec: group.spec.orderSpec, plan)
        }
        return .project(projected, plan)
    }

    /// The frame Spark gives a window function when none is specified, and checks it when one is.
    static func frame(for function: Expression, spec: WindowSpecDefinition) throws -> WindowFrame {
        if case .windowFunction(let f, let args) = function {
            if spec.orderSpec.isEmpty {
                // Spark prints the ranking functions without arguments in upper case (`RANK()`), the others as called
                // with qualified columns (`lag(salaries.salary, 1, NULL)`).
                let example = [.rank, .denseRank, .percentRank].contains(f) ? "\(f.rawValue.uppercased())()" : function.sql
                throw SparkError("WINDOW_FUNCTION_FRAME_NOT_ORDERED", "Window function \(f.rawValue) requires the window to be ordered. You need to add an ORDER BY clause. For example: SELECT \(example) OVER (PARTITION BY window_partition ORDER BY window_ordering) FROM table.", sqlState: "42601")
            }
            let required: WindowFrame
            switch f {
            case .lag, .lead:
                var n: Int64 = 1
                if args.count > 1, case .literal(.int(let v), _) = args[1] { n = v }
                let offset = f == .lag ? -n : n
                required = WindowFrame(.rows, .offset(offset), .offset(offset))
            case .nthValue:
                return spec.frame ?? (spec.orderSpec.isEmpty ? .wholePartition : .defaultWithOrder)
            case .cumeDist:
                // cume_dist counts the current row's peers: Spark gives it a RANGE frame.
                required = .defaultWithOrder
            default:
                required = .rowsToCurrent
            }
            // A frame written for a function with a fixed one must be that frame (Spark's ResolveWindowFrame).
            if let given = spec.frame, given.type != required.type || given.lower != required.lower || given.upper != required.upper {
                if f == .lag || f == .lead {
                    throw SparkError("_LEGACY_ERROR_TEMP_1035", "Cannot specify window frame for \(f.rawValue) function.")
                }
                func text(_ frame: WindowFrame) -> String {
                    "specifiedwindowframe(\(frame.type == .rows ? "RowFrame" : "RangeFrame"), \(Expression.boundText(frame.lower, .explain)), \(Expression.boundText(frame.upper, .explain)))"
                }
                throw SparkError("_LEGACY_ERROR_TEMP_1036", "Window Frame \(text(given)) must match the required frame \(text(required)).")
            }
            return required
        }
        return spec.frame ?? (spec.orderSpec.isEmpty ? .wholePartition : .defaultWithOrder)
    }

    /// A frame boundary's offset from the current row when it is a constant Spark compares; nil for CURRENT ROW
    /// and the unbounded ones, which it does not (`rowsBetween(0, -1)` is an empty frame, not an error).
    private static func position(_ boundary: FrameBoundary) -> Double? {
        switch boundary {
        case .offset(let n), .interval(let n, _), .months(let n, _): Double(n)
        case .fraction(let x, _): x
        case .currentRow, .unboundedPreceding, .unboundedFollowing: nil
        }
    }

    /// Spark casts a RANGE frame's interval boundaries to an integral order key's type, as `CAST(INTERVAL '1'
    /// DAY AS INT)` casts: a single-field interval counts its unit (days, hours, ..., months, years).
    static func castingBoundaries(_ spec: WindowSpecDefinition) -> WindowSpecDefinition {
        guard var frame = spec.frame, frame.type == .range, spec.orderSpec.count == 1,
              spec.orderSpec[0].child.dataType.isIntegral else { return spec }
        func cast(_ b: FrameBoundary) -> FrameBoundary {
            switch b {
            case .interval(let micros, .dayTimeInterval(let start, let end)) where start == end:
                let unit: Int64 = switch end {
                case .day: 86_400_000_000
                case .hour: 3_600_000_000
                case .minute: 60_000_000
                default: 1_000_000
                }
                return micros % unit == 0 && micros != 0 ? .offset(micros / unit) : micros == 0 ? .currentRow : b
            case .months(let months, .yearMonthInterval(let start, let end)) where start == end:
                let n = end == .year ? months / 12 : months
                return n == 0 ? .currentRow : .offset(n)
            default:
                return b
            }
        }
        frame.lower = cast(frame.lower)
        frame.upper = cast(frame.upper)
        var copy = spec
        copy.frame = frame
        return copy
    }

    /// Spark's checks of a window expression: no DISTINCT aggregates, and a RANGE frame with value boundaries
    /// needs exactly one ORDER BY key that its boundaries can be compared with (numbers, intervals, dates).
    static func check(_ function: Expression, _ spec: WindowSpecDefinition) throws {
        let window = Expression.window(function: function, spec: spec)
        switch function {
        case .windowFunction, .aggregate, .pythonUDF: break
        default:
            throw SparkError("UNSUPPORTED_EXPR_FOR_WINDOW", "Expression \"\(function.prettyName)\" not supported within a window function.", sqlState: "42P20")
        }
        if case .windowFunction(.ntile, let args) = function, let buckets = args.first, !buckets.isFoldable {
            throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(function.prettyName)\" due to data type mismatch: the input `buckets` should be a foldable \"INT\" expression; however, got \"\(buckets.prettyName)\".", sqlState: "42K09")
        }
        // UNBOUNDED FOLLOWING cannot start a frame, nor UNBOUNDED PRECEDING end one.
        if let frame = spec.frame, frame.lower == .unboundedFollowing || frame.upper == .unboundedPreceding {
            let text = "\(frame.type.rawValue) BETWEEN \(boundText(frame.lower, frame)) AND \(boundText(frame.upper, frame))"
            throw SparkError("DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_INVALID_BOUND", "Cannot resolve \"\(text)\" due to data type mismatch: Window frame upper bound \"\(boundText(frame.upper, frame))\" does not follow the lower bound \"\(boundText(frame.lower, frame))\".", sqlState: "42K09")
        }
        // A RANGE frame other than the whole partition needs an order.
        if let frame = spec.frame, frame.type == .range, spec.orderSpec.isEmpty,
           !(frame.lower == .unboundedPreceding && frame.upper == .unboundedFollowing) {
            let specText = Expression.windowSpecText(spec, .pretty, defaultFrame: frame, sqlOffsets: frame.offsetType == .int)
            throw SparkError("DATATYPE_MISMATCH.RANGE_FRAME_WITHOUT_ORDER", "Cannot resolve \"(\(specText))\" due to data type mismatch: A range window frame cannot be used in an unordered window specification.", sqlState: "42K09")
        }
        // The constant arguments Spark range-checks while resolving: ntile's buckets and nth_value's offset.
        if case .windowFunction(let kind, let args) = function, args.count > 0 {
            let argument = kind == .nthValue ? (args.count > 1 ? args[1] : nil) : (kind == .ntile ? args[0] : nil)
            if let argument, case .literal(.int(let n), _) = argument, n <= 0 {
                let (label, range, shown) = kind == .nthValue
                    ? ("offset", "(0, 9223372036854775807]", "\(n)L") : ("buckets", "(0, 2147483647]", "\(n)")
                throw SparkError("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", "Cannot resolve \"\(function.prettyName)\" due to data type mismatch: The \(label) must be between \(range) (current value = \(shown)).", sqlState: "42K09")
            }
        }
        // lag and lead take a constant offset (Spark shows lag's negated, as it evaluates it).
        if case .windowFunction(let kind, let args) = function, kind == .lag || kind == .lead, args.count > 1, !args[1].isFoldable {
            let offset = kind == .lag ? "(- \(args[1].prettyName))" : args[1].prettyName
            let call = "\(kind.rawValue)(\(args[0].prettyName), \(args[1].prettyName), \(args.count > 2 ? args[2].prettyName : "NULL"))"
            throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(call)\" due to data type mismatch: the input `offset` should be a foldable \"INT\" expression; however, got \"\(offset)\".", sqlState: "42K09")
        }
        // A frame whose lower bound comes after its upper bound (`ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING`).
        if let frame = spec.frame, let lower = position(frame.lower), let upper = position(frame.upper), lower > upper {
            let text = "\(frame.type.rawValue) BETWEEN \(boundText(frame.lower, frame)) AND \(boundText(frame.upper, frame))"
            throw SparkError("DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON", "Cannot resolve \"\(text)\" due to data type mismatch: The lower bound of a window frame must be less than or equal to the upper bound.", sqlState: "42K09")
        }
        if case .aggregate(let a) = function, a.isDistinct {
            throw SparkError("DISTINCT_WINDOW_FUNCTION_UNSUPPORTED", "Distinct window functions are not supported: \"\(window.prettyName)\".", sqlState: "0A000")
        }
        guard let frame = spec.frame, frame.type == .range else { return }
        func isValue(_ b: FrameBoundary) -> Bool {
            switch b {
            case .offset, .interval, .fraction, .months: true
            default: false
            }
        }
        guard isValue(frame.lower) || isValue(frame.upper) else { return }
        // Once Spark has cast a SQL `1 PRECEDING` bound to the key's type it prints the negation, `(- 1) FOLLOWING`.
        func coercedBound(_ b: FrameBoundary) -> String {
            if frame.offsetType == .int, case .offset(let n) = b, n < 0 { return "(- \(-n)) FOLLOWING" }
            return Expression.boundText(b, .pretty)
        }
        let frameText = "RANGE BETWEEN \(coercedBound(frame.lower)) AND \(coercedBound(frame.upper))"
        if spec.orderSpec.count > 1 {
            let orders = spec.orderSpec.map { Expression.sortOrder($0).explainString }.joined(separator: ",")
            let specText = Expression.windowSpecText(spec, .pretty, defaultFrame: function.defaultWindowFrame(spec),
                                                     sqlOffsets: frame.offsetType == .int)
            throw SparkError("DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER", "Cannot resolve \"(\(specText))\" due to data type mismatch: A range window frame with value boundaries cannot be used in a window specification with multiple order by expressions: \(orders).", sqlState: "42K09")
        }
        // A DATE key takes INT offsets (days) but not BIGINT ones, a TIMESTAMP key only intervals: Spark casts
        // the boundaries to the key's type for other keys only.
        if let key = spec.orderSpec.first?.child.dataType, key == .date || key == .timestamp,
           [frame.lower, frame.upper].contains(where: { if case .offset = $0 { true } else { false } }),
           key == .timestamp || frame.offsetType != .int {
            let specText = Expression.windowSpecText(spec, .pretty, defaultFrame: function.defaultWindowFrame(spec),
                                                     sqlOffsets: frame.offsetType == .int)
            throw SparkError("DATATYPE_MISMATCH.RANGE_FRAME_INVALID_TYPE", "Cannot resolve \"(\(specText))\" due to data type mismatch: The data type \"\(key.sqlName)\" used in the order specification does not support the data type \"\(frame.offsetType.sqlName)\" which is used in the range frame.", sqlState: "42K09")
        }
        // Spark casts the boundaries to the key's type; a string or boolean key makes them non-numeric.
        guard let key = spec.orderSpec.first?.child.dataType, key == .string || key == .boolean else { return }
        let location = isValue(frame.lower) ? "lower" : "upper"
        throw SparkError("DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE", "Cannot resolve \"\(frameText)\" due to data type mismatch: The data type of the \(location) bound \"\(key.sqlName)\" does not match the expected data type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\").", sqlState: "42K09")
    }

    /// A frame bound as Spark prints it in these errors: a SQL `1 PRECEDING` (kept as a negation) as written,
    /// a DataFrame API offset as `-1 FOLLOWING`.
    private static func boundText(_ b: FrameBoundary, _ frame: WindowFrame) -> String {
        if frame.offsetType == .int, case .offset(let n) = b, n < 0 { return "\(-n) PRECEDING" }
        return Expression.boundText(b, .pretty)
    }
}

/// The inputs of the windows of one select list, in Spark's order of discovery: each window's function
/// arguments, then its partition keys, then its order keys, and the columns read around the windows.
/// Columns not among the select items without windows are added as they are; other non-constant
/// expressions become `_wN` aliases (one per distinct expression), N counting everything added so far.
struct WindowInputs {
    let regularIds: Set<ExprId>
    private(set) var extracted: [(key: String, named: Expression)] = []

    init(regularIds: Set<ExprId>) {
        self.regularIds = regularIds
    }

    /// The expression with its windows reading extracted inputs.
    mutating func readingInputs(_ e: Expression) -> Expression {
        switch e {
        case .window(let function, let spec):
            let f: Expression
            switch function {
            case .aggregate(var agg):
                agg.arguments = agg.arguments.map { input($0) }
                f = .aggregate(agg)
            case .windowFunction(let kind, let args):
                f = .windowFunction(kind, args.map { input($0) })
            default:
                f = function
            }
            return .window(function: f, spec: spec.mapKeys { input($0) })
        case .attribute:
            return input(e)
        default:
            let kids = e.children
            return kids.isEmpty ? e : e.withNewChildren(kids.map { readingInputs($0) })
        }
    }

    private mutating func input(_ e: Expression) -> Expression {
        if case .attribute(let a) = e {
            if !regularIds.contains(a.exprId), !extracted.contains(where: { $0.named.toAttribute?.exprId == a.exprId }) {
                extracted.append((e.explainString, e))
            }
            return e
        }
        if e.isFoldable { return e }
        let key = e.explainString
        if let hit = extracted.first(where: { $0.key == key }), let a = hit.named.toAttribute { return .attribute(a) }
        let alias = Expression.alias(e, name: "_w\(extracted.count)", exprId: .next())
        extracted.append((key, alias))
        return alias.toAttribute.map { .attribute($0) } ?? e
    }
}
