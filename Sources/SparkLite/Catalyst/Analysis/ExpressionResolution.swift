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
                return .scalarSubquery(try subqueryAnalyzer.resolve(plan, ctes: ctes), exprId: id)
            case .inSubquery(let values, let plan):
                let resolvedPlan = try subqueryAnalyzer.resolve(plan, ctes: ctes)
                guard resolvedPlan.output.count == values.count else {
                    throw SparkError("DATATYPE_MISMATCH.IN_SUBQUERY_LENGTH_MISMATCH", "Cannot resolve \"IN (subquery)\" due to data type mismatch: The number of columns in the left hand side of an IN subquery does not match the number of columns in the output of subquery. Left hand side columns(length: \(values.count)), right hand side columns(length: \(resolvedPlan.output.count)).")
                }
                return .inSubquery(values, resolvedPlan)
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
        return resolved
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

    /// Spark lists candidates ordered by similarity (Levenshtein on the full names), at most five.
    static func suggestions(for name: String, in input: [AttributeReference]) -> [String] {
        let full = input.map { ($0.qualifier + [$0.name]).joined(separator: ".") }
        let target = name.lowercased()
        return full.enumerated()
            .sorted { a, b in
                let da = levenshtein(a.element.lowercased(), target), db = levenshtein(b.element.lowercased(), target)
                return da != db ? da < db : a.offset < b.offset
            }
            .prefix(5)
            .map { $0.element.split(separator: ".").map { String($0) }.joined(separator: "`.`") }
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
        // count(*) counts rows; count(DISTINCT *) counts distinct whole rows, so its star expands.
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
            // grouping() and grouping_id() resolve only inside GROUPING SETS, CUBE and ROLLUP.
            if lower == "grouping" || lower == "grouping_id" {
                throw SparkError("UNSUPPORTED_GROUPING_EXPRESSION", "grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup.", sqlState: "42K0E")
            }
            throw SparkErrors.unresolvedRoutine(name)
        }
        return try builder.build(arguments, FunctionContext(ansi: analyzer.conf.ansiEnabled, isDistinct: distinct, coerce: coerce))
    }
}
