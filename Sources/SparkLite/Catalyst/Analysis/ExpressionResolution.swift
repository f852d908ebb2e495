/// Resolves the expressions of one node against its input attributes: column names (case-insensitive,
/// qualified or not, struct fields), functions from the registry, `count(*)`, extract-value, and coercion.
struct ExpressionResolution {
    let analyzer: Analyzer
    let input: [AttributeReference]
    let ctes: [String: LogicalPlan]
    /// Off when resolving only to name a column: Spark names columns before type coercion adds casts.
    var coerce = true

    func resolve(_ e: Expression) throws -> Expression {
        let resolved = try resolveLambdaCalls(e).transformUp { node -> Expression? in
            switch node {
            case .unresolvedAttribute(let parts):
                return try resolveAttribute(parts)
            case .unresolvedFunction(let name, let args, let distinct):
                return try resolveFunction(name, args, distinct)
            case .unresolvedExtractValue(let child, let key):
                return try ExtractValue.extractValue(child, key)
            case .scalarSubquery(let plan, let id):
                let resolvedPlan = try subqueryAnalyzer.resolve(plan, ctes: ctes)
                guard resolvedPlan.output.count == 1 else {
                    throw SparkError("INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN", "Invalid subquery: Scalar subquery must return only one column, but got \(resolvedPlan.output.count).", sqlState: "42823")
                }
                return .scalarSubquery(resolvedPlan, exprId: id)
            case .inSubquery(let values, let plan):
                let resolvedPlan = try subqueryAnalyzer.resolve(plan, ctes: ctes)
                guard resolvedPlan.output.count == values.count else {
                    // Spark shows several values as the struct the parser made of them.
                    let left = values.count == 1 ? values[0].prettyName
                        : "named_struct(" + values.enumerated().map { "\($0.element.outputNameOrColumn($0.offset)), \($0.element.prettyName)" }.joined(separator: ", ") + ")"
                    let leftColumns = values.map { "\"\($0.prettyName)\"" }.joined(separator: ", ")
                    let rightColumns = resolvedPlan.output.map { "\"\($0.name)\"" }.joined(separator: ", ")
                    throw SparkError("DATATYPE_MISMATCH.IN_SUBQUERY_LENGTH_MISMATCH", "Cannot resolve \"(\(left) IN (listquery()))\" due to data type mismatch: The number of columns in the left hand side of an IN subquery does not match the number of columns in the output of subquery. Left hand side columns(length: \(values.count)): [\(leftColumns)], right hand side columns(length: \(resolvedPlan.output.count)): [\(rightColumns)].")
                }
                return coerce ? try Self.coercedInSubquery(values, resolvedPlan) : .inSubquery(values, resolvedPlan)
            case .exists(let plan):
                return .exists(try subqueryAnalyzer.resolve(plan, ctes: ctes))
            case .multiAlias(let child, let names):
                // A generator's `AS (a, b)` is taken before resolution; anything else cannot have several names.
                throw SparkError("MULTI_ALIAS_WITHOUT_GENERATOR", "Multi part aliasing (\(names.joined(separator: ", "))) is not supported with \"\(child.prettyName)\" as it is not a generator function.", sqlState: "42K0E")
            default:
                if let rewritten = try DateTimeArithmetic.rewrite(node, resolution: self) { return rewritten }
                return coerce ? try TypeCoercionRules.coerce(node, ansi: analyzer.conf.ansiEnabled) : nil
            }
        }
        if let bare = Self.windowFunctionWithoutOver(resolved) {
            throw SparkError("WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE", "Window function \"\(bare.prettyName)\" requires an OVER clause.", sqlState: "42601")
        }
        return resolved
    }

    /// Spark's `InConversion`: each value and the subquery column it is compared with meet at a common type;
    /// the subquery's columns are cast by a projection over it.
    static func coercedInSubquery(_ values: [Expression], _ plan: LogicalPlan) throws -> Expression {
        let pairs = Array(zip(values, plan.output))
        let mismatched = pairs.filter { value, column in
            value.dataType != column.dataType && TypeCoercionRules.comparisonType(value.dataType, column.dataType) == nil
                && !TypeCoercionRules.equalsStructurally(value.dataType, column.dataType)
        }
        if !mismatched.isEmpty {
            let left = values.count == 1 ? values[0].prettyName
                : "named_struct(" + values.enumerated().map { "\($0.element.outputNameOrColumn($0.offset)), \($0.element.prettyName)" }.joined(separator: ", ") + ")"
            let shown = mismatched.map { value, column in
                "(\(value.sql):\(value.dataType.simpleString), \((column.qualifier + [column.name]).joined(separator: ".")):\(column.dataType.simpleString))"
            }
            throw SparkError("DATATYPE_MISMATCH.IN_SUBQUERY_DATA_TYPE_MISMATCH", "Cannot resolve \"(\(left) IN (listquery()))\" due to data type mismatch: The data type of one or more elements in the left hand side of an IN subquery is not compatible with the data type of the output of the subquery. Mismatched columns: [\(shown.joined(separator: ", "))], left side: [\(values.map { "\"\($0.dataType.sqlName)\"" }.joined(separator: ", "))], right side: [\(plan.output.map { "\"\($0.dataType.sqlName)\"" }.joined(separator: ", "))].")
        }
        var newValues: [Expression] = []
        var columns: [Expression] = []
        var changed = false
        for (value, column) in pairs {
            guard value.dataType != column.dataType,
                  let common = TypeCoercionRules.comparisonType(value.dataType, column.dataType) else {
                newValues.append(value)
                columns.append(.attribute(column))
                continue
            }
            changed = true
            newValues.append(TypeCoercionRules.cast(value, common))
            columns.append(column.dataType == common ? .attribute(column)
                           : .alias(.cast(.attribute(column), common, .ansi), name: column.name, exprId: .next()))
        }
        guard changed else { return .inSubquery(values, plan) }
        // The subquery keeps its shape (a correlated one is decorrelated from it) unless a column must change.
        let castsColumn = columns.contains { if case .alias = $0 { true } else { false } }
        return .inSubquery(newValues, castsColumn ? .project(columns, plan) : plan)
    }

    /// A ranking or offset function (`row_number()`, `lag(x)`) used without `OVER`.
    static func windowFunctionWithoutOver(_ e: Expression) -> Expression? {
        switch e {
        case .windowFunction: return e
        case .window(let function, let spec):
            let parts = function.children + spec.partitionSpec + spec.orderSpec.map(\.child)
            return parts.lazy.compactMap { windowFunctionWithoutOver($0) }.first
        default:
            return e.children.lazy.compactMap { windowFunctionWithoutOver($0) }.first
        }
    }

    /// The columns a `*` or `t.*` function argument stands for.
    private func starArguments(_ qualifier: [String]?) throws -> [Expression] {
        guard let qualifier, !qualifier.isEmpty else { return input.map { .attribute($0) } }
        let matched = StarExpansion.tableColumns(qualifier, in: input)
        guard !matched.isEmpty else { throw StarExpansion.cannotResolve(qualifier, input: input) }
        return matched.map { .attribute($0) }
    }

    /// Resolves a subquery with this node's columns visible as outer references.
    var subqueryAnalyzer: Analyzer {
        var inner = analyzer
        inner.outer = input + analyzer.outer
        inner.hiddenColumns = []
        return inner
    }

    func resolveAttribute(_ parts: [String]) throws -> Expression {
        if let found = try Self.lookup(parts, in: input) { return found }
        if parts.count > 1, let found = try Self.lookup(parts, in: analyzer.hiddenColumns, qualifiedOnly: true) { return found }
        if !analyzer.outer.isEmpty, case .attribute(let a)? = try Self.lookup(parts, in: analyzer.outer) {
            return .outerReference(a)
        }
        let name = parts.joined(separator: ".")
        throw SparkErrors.unresolvedColumn(name, suggestions: Self.suggestions(for: name, in: input))
    }

    /// Finds `a`, `t.a`, or `a.field` / `t.a.field` among the attributes; nil when absent.
    /// `qualifiedOnly` finds a column only through a qualifier (a hidden USING-join key).
    static func lookup(_ parts: [String], in input: [AttributeReference], qualifiedOnly: Bool = false) throws -> Expression? {
        func matches(_ a: AttributeReference, _ name: String, qualifier: [String]) -> Bool {
            guard a.name.lowercased() == name.lowercased() else { return false }
            if qualifier.isEmpty { return true }
            return a.qualifier.count >= qualifier.count
                && zip(a.qualifier.suffix(qualifier.count), qualifier).allSatisfy { $0.lowercased() == $1.lowercased() }
        }
        // Longest qualifier first: `t.a` as table t column a, then as column t field a.
        for qualifierLength in stride(from: min(parts.count - 1, 2), through: qualifiedOnly ? 1 : 0, by: -1) {
            let qualifier = Array(parts.prefix(qualifierLength))
            let name = parts[qualifierLength]
            let candidates = input.filter { matches($0, name, qualifier: qualifier) }
            let unique = uniqueById(candidates)
            if unique.count > 1 {
                throw SparkErrors.ambiguousReference(parts.joined(separator: "."),
                                                     candidates: unique.map { ($0.qualifier + [$0.name]).joined(separator: ".") })
            }
            guard var attr = unique.first else { continue }
            // Like Spark, a column keeps the spelling the user wrote (`select("NAME")` outputs `NAME`).
            if parts.count == qualifierLength + 1 { attr.name = name }
            var e = Expression.attribute(attr)
            for field in parts.dropFirst(qualifierLength + 1) {
                e = .alias(try ExtractValue.extractValue(e.unaliased, .literal(.string(field), .string)), name: field, exprId: .next())
            }
            return e
        }
        return nil
    }

    static func uniqueById(_ attrs: [AttributeReference]) -> [AttributeReference] {
        var seen = Set<ExprId>()
        return attrs.filter { seen.insert($0.exprId).inserted }
    }

    /// Spark's suggestions for an unresolved column: at most five input columns, ordered (stably) by the
    /// Levenshtein distance between the backquoted candidate and the name as written. A shared qualifier
    /// is left out: for a one-part name when every column has the same qualifier, and for a name of at
    /// most two parts when they share all but the table name. Returned as `t`.`c` without the outer quotes.
    /// Equally close columns come in column-name order (then input order); `* EXCEPT` keeps input order.
    static func suggestions(for name: String, in input: [AttributeReference], tiesInInputOrder: Bool = false) -> [String] {
        let baseParts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let base = baseParts.map(Expression.quoteIfNeeded).joined(separator: ".")
        let candidates = input.map { $0.qualifier + [$0.name] }
        let stripped: [[String]]
        let qualifiers: Set<[String]> = Set(candidates.map { Array($0.dropLast(1)) })
        let namespaces: Set<[String]> = Set(candidates.map { Array($0.dropLast(2)) })
        if baseParts.count == 1, qualifiers.count <= 1 {
            stripped = candidates.map { Array($0.suffix(1)) }
        } else if baseParts.count <= 2, namespaces.count <= 1 {
            stripped = candidates.map { Array($0.suffix(2)) }
        } else {
            stripped = candidates
        }
        let quoted: [String] = stripped.map { parts in
            parts.map { "`" + $0.replacingOccurrences(of: "`", with: "``") + "`" }.joined(separator: ".")
        }
        let distances: [Int] = quoted.map { levenshtein($0, base) }
        let order: [Int] = quoted.indices.sorted { a, b in
            if distances[a] != distances[b] { return distances[a] < distances[b] }
            let nameA = stripped[a].last ?? "", nameB = stripped[b].last ?? ""
            return tiesInInputOrder || nameA == nameB ? a < b : nameA < nameB
        }
        return order.prefix(5).map { String(quoted[$0].dropFirst().dropLast()) }
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        var prev = Array(0...y.count)
        for i in 1...x.count {
            var cur = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count]
    }

    func resolveFunction(_ name: String, _ args: [Expression], _ distinct: Bool) throws -> Expression {
        var arguments = args
        let lower = name.lowercased()
        if name == AggregateExpression.filterCallName, args.count == 2 {
            guard case .aggregate(var aggregate) = args[0] else {
                throw SparkError.unsupported("FILTER (WHERE ...) on \(args[0].prettyName), which is no aggregate function,")
            }
            aggregate.filter = args[1]
            return .aggregate(aggregate)
        }
        // `count(*)` counts rows; `count(DISTINCT *)` counts distinct rows of every column.
        if lower == "count", !distinct, args.count == 1, case .star = args[0] {
            arguments = [.literal(.int(1), .int)]
        } else {
            // `struct(*)`, `array(*)`, `hash(t.*)`: a star argument stands for the input's columns.
            arguments = try args.flatMap { arg -> [Expression] in
                guard case .star(let qualifier) = arg else { return [arg] }
                return try starArguments(qualifier)
            }
        }
        guard let builder = analyzer.catalog.function(lower) ?? analyzer.registry.lookup(lower) else {
            // A select item's generators are taken out before its expressions resolve; one met here sits
            // in another clause (WHERE, GROUP BY, ORDER BY, a join condition).
            if GeneratorExtraction.generators[lower] != nil {
                throw SparkError("UNSUPPORTED_GENERATOR.OUTSIDE_SELECT", "The generator is not supported: outside the SELECT clause, found: \(name)(\(args.map(\.prettyName).joined(separator: ", "))).", sqlState: "42K0E")
            }
            // grouping() and grouping_id() exist only where GROUPING SETS, ROLLUP or CUBE resolve them.
            if lower == "grouping" || lower == "grouping_id" {
                throw SparkError("UNSUPPORTED_GROUPING_EXPRESSION", "grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup.", sqlState: "42K0E")
            }
            throw SparkErrors.unresolvedRoutine(name)
        }
        return try builder.build(arguments, FunctionContext(conf: analyzer.conf, isDistinct: distinct, coerce: coerce))
    }
}

extension Expression {
    /// The field name `struct(...)` gives this value: a column's (or alias's) name, else `col<n>`.
    func outputNameOrColumn(_ offset: Int) -> String {
        switch self {
        case .attribute(let a): a.name
        case .alias(_, let name, _): name
        default: "col\(offset + 1)"
        }
    }
}
