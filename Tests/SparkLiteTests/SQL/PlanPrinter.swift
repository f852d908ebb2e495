@testable import SparkLite

/// Renders unresolved plans and expressions as an indented text tree, without expression ids,
/// so parser tests can compare whole trees as strings.
enum PlanPrinter {
    static func render(_ plan: LogicalPlan) -> String {
        var lines: [String] = []
        append(plan, depth: 0, to: &lines)
        return lines.joined(separator: "\n")
    }

    private static func append(_ plan: LogicalPlan, depth: Int, to lines: inout [String]) {
        let (head, children) = describe(plan)
        lines.append(String(repeating: "  ", count: depth) + head)
        for child in children { append(child, depth: depth + 1, to: &lines) }
    }

    /// One line for subquery plans inside expressions: `Project [a] <- UnresolvedRelation [t]`.
    static func inline(_ plan: LogicalPlan) -> String {
        let (head, children) = describe(plan)
        if children.isEmpty { return head }
        if children.count == 1 { return head + " <- " + inline(children[0]) }
        return head + " <- (" + children.map(inline).joined(separator: " ; ") + ")"
    }

    private static func list(_ exprs: [Expression]) -> String {
        "[" + exprs.map(render).joined(separator: ", ") + "]"
    }

    private static func describe(_ plan: LogicalPlan) -> (String, [LogicalPlan]) {
        switch plan {
        case .unresolvedRelation(let parts):
            return ("UnresolvedRelation [\(parts.joined(separator: "."))]", [])
        case .localRelation(let data, let output):
            let rows = data.partitions.flatMap { $0 }.map { "(" + $0.map { renderValue($0) }.joined(separator: ", ") + ")" }
            let columns = output.map { "\($0.name):\($0.dataType.simpleString)" }.joined(separator: ", ")
            return ("LocalRelation [\(columns)] \(rows.joined(separator: ", "))", [])
        case .range(let start, let end, let step, _, _):
            return ("Range (\(start), \(end), step=\(step))", [])
        case .oneRowRelation:
            return ("OneRowRelation", [])
        case .inMemoryRelation:
            return ("InMemoryRelation", [])
        case .project(let exprs, let child):
            return ("Project \(list(exprs))", [child])
        case .filter(let condition, let child):
            return ("Filter \(render(condition))", [child])
        case .unresolvedQualify(let condition, let child):
            return ("UnresolvedQualify \(render(condition))", [child])
        case .aggregate(let grouping, let aggregates, let child):
            return ("Aggregate \(list(grouping)), \(list(aggregates))", [child])
        case .sort(let orders, let global, let child):
            return ("Sort [\(orders.map(render).joined(separator: ", "))], \(global)", [child])
        case .limit(let n, let child):
            return ("Limit \(n)", [child])
        case .offset(let n, let child):
            return ("Offset \(n)", [child])
        case .distinct(let child):
            return ("Distinct", [child])
        case .deduplicate(let keys, let child):
            return ("Deduplicate [\(keys.map(\.name).joined(separator: ", "))]", [child])
        case .window(let exprs, let partition, let order, let child):
            return ("Window \(list(exprs)), \(list(partition)), [\(order.map(render).joined(separator: ", "))]", [child])
        case .repartition(let n, let shuffle, let child):
            return ("Repartition \(n), \(shuffle)", [child])
        case .repartitionByExpression(let exprs, let n, let child):
            return ("RepartitionByExpression \(list(exprs)), \(n.map(String.init) ?? "default")", [child])
        case .generate(let generator, let outer, let output, _, let child):
            let names = output.map { ($0.qualifier + [$0.name]).joined(separator: ".") }.joined(separator: ", ")
            return ("Generate \(generator.kind.rawValue)\(list(generator.arguments)), outer=\(outer), [\(names)]", [child])
        case .subqueryAlias(let name, let child):
            return ("SubqueryAlias \(name)", [child])
        case .unresolvedHint(let name, let parameters, let child):
            return ("UnresolvedHint \(name), \(list(parameters))", [child])
        case .resolvedHint(let hint, let child):
            return ("ResolvedHint \(hint)", [child])
        case .expand(_, _, let child):
            return ("Expand", [child])
        case .sample(let fraction, let withReplacement, let seed, let child):
            return ("Sample \(fraction), \(withReplacement), \(seed)", [child])
        case .pivot(let groupBy, let column, let values, let aggregates, let child):
            return ("Pivot \(groupBy.map(list) ?? "nil"), \(render(column)), \(list(values)), \(list(aggregates))", [child])
        case .batchEvalPython(let udfs, _, let child):
            return ("BatchEvalPython \(list(udfs))", [child])
        case .join(let l, let r, let type, let condition, let hint):
            let hintText = hint == .none ? "" : ", \(hint)"
            return ("Join \(type.name)\(condition.map { ", " + render($0) } ?? "")\(hintText)", [l, r])
        case .usingJoin(let l, let r, let type, let columns, _):
            let kind = columns.map { "UsingJoin(\(type.name), [\($0.joined(separator: ", "))])" } ?? "NaturalJoin(\(type.name))"
            return ("Join \(kind)", [l, r])
        case .union(let children, let byName, let allowMissing):
            return ("Union \(byName), \(allowMissing)", children)
        case .intersect(let l, let r, let isAll):
            return ("Intersect\(isAll ? " All" : "")", [l, r])
        case .except(let l, let r, let isAll):
            return ("Except\(isAll ? " All" : "")", [l, r])
        case .with(let ctes, let child):
            let rendered = ctes.map { "\($0.0) = {\(inline($0.1))}" }.joined(separator: ", ")
            return ("CTE [\(rendered)]", [child])
        default:
            return (String(describing: plan), [])
        }
    }

    static func renderValue(_ value: Value) -> String {
        switch value {
        case .null: "NULL"
        case .bool(let b): "\(b)"
        case .int(let v): "\(v)"
        case .double(let d): "\(d)"
        case .decimal(let u, let s): Decimal128.format(u, scale: s)
        case .string(let s): "'\(s)'"
        case .binary(let b): "X'" + b.map { String($0, radix: 16) }.joined() + "'"
        case .date(let d): "DATE '\(DateTimeUtils.formatDate(d))'"
        case .timestamp(let t): "TIMESTAMP '\(DateTimeUtils.formatTimestamp(t))'"
        case .interval(let i): "INTERVAL \(i)us"
        case .array(let a): "[" + a.map(renderValue).joined(separator: ", ") + "]"
        case .map: "map"
        case .struct(let f): "{" + f.map(renderValue).joined(separator: ", ") + "}"
        }
    }

    static func renderLiteral(_ value: Value, _ type: DataType) -> String {
        switch (value, type) {
        case (.null, _): return "NULL"
        case (_, .long): return renderValue(value) + "L"
        case (_, .short): return renderValue(value) + "S"
        case (_, .byte): return renderValue(value) + "Y"
        case (_, .double): return renderValue(value) + "D"
        case (_, .float): return renderValue(value) + "F"
        case (_, .decimal(let p, let s)): return renderValue(value) + "BD(\(p),\(s))"
        default: return renderValue(value)
        }
    }

    static func render(_ order: SortOrder) -> String {
        render(order.child) + (order.ascending ? " ASC" : " DESC") + (order.nullsFirst ? " NULLS FIRST" : " NULLS LAST")
    }

    static func render(_ bound: FrameBoundary) -> String {
        switch bound {
        case .unboundedPreceding: "UNBOUNDED PRECEDING"
        case .unboundedFollowing: "UNBOUNDED FOLLOWING"
        case .currentRow: "CURRENT ROW"
        case .offset(let n): n < 0 ? "\(-n) PRECEDING" : "\(n) FOLLOWING"
        case .interval(let micros, _): micros < 0 ? "INTERVAL \(-micros)us PRECEDING" : "INTERVAL \(micros)us FOLLOWING"
        case .fraction(let x, let text): x < 0 ? "\(text) PRECEDING" : "\(text) FOLLOWING"
        case .months(let months, _): months < 0 ? "INTERVAL \(-months) MONTHS PRECEDING" : "INTERVAL \(months) MONTHS FOLLOWING"
        }
    }

    static func render(_ e: Expression) -> String {
        switch e {
        case .literal(let v, let t): return renderLiteral(v, t)
        case .attribute(let a): return a.name
        case .boundReference(let ordinal, _, _): return "input[\(ordinal)]"
        case .unresolvedAttribute(let parts): return "'" + parts.joined(separator: ".")
        case .star(let qualifier): return qualifier.map { $0.joined(separator: ".") + ".*" } ?? "*"
        case .alias(let child, let name, _): return "\(render(child)) AS \(name)"
        case .arithmetic(let op, let l, let r, _): return "(\(render(l)) \(op.rawValue) \(render(r)))"
        case .unaryMinus(let child, _): return "-\(render(child))"
        case .comparison(let op, let l, let r): return "(\(render(l)) \(op.rawValue) \(render(r)))"
        case .and(let l, let r): return "(\(render(l)) AND \(render(r)))"
        case .or(let l, let r): return "(\(render(l)) OR \(render(r)))"
        case .not(let child): return "NOT \(render(child))"
        case .isNull(let child): return "isnull(\(render(child)))"
        case .isNotNull(let child): return "isnotnull(\(render(child)))"
        case .inList(let value, let values): return "\(render(value)) IN (\(values.map(render).joined(separator: ", ")))"
        case .caseWhen(let branches, let elseValue):
            let whens = branches.map { "WHEN \(render($0.condition)) THEN \(render($0.value))" }.joined(separator: " ")
            return "CASE \(whens)\(elseValue.map { " ELSE " + render($0) } ?? "") END"
        case .cast(let child, let type, let mode):
            return "\(mode == .try ? "try_cast" : "cast")(\(render(child)) AS \(type.simpleString))"
        case .unresolvedFunction(AggregateExpression.filterCallName, let arguments, _) where arguments.count == 2:
            return "\(render(arguments[0])) FILTER (WHERE \(render(arguments[1])))"
        case .unresolvedFunction(let name, let arguments, let isDistinct):
            return "'\(name)(\(isDistinct ? "DISTINCT " : "")\(arguments.map(render).joined(separator: ", ")))"
        case .function(let f, let arguments): return "\(f.name)(\(arguments.map(render).joined(separator: ", ")))"
        case .aggregate(let a): return "\(a.displayName)(\(a.arguments.map(render).joined(separator: ", ")))"
        case .windowFunction(let f, let arguments): return "\(f.rawValue)(\(arguments.map(render).joined(separator: ", ")))"
        case .window(let function, let spec): return "\(render(function)) OVER (\(render(spec)))"
        case .sortOrder(let order): return render(order)
        case .unresolvedExtractValue(let child, let key): return "\(render(child))[\(render(key))]"
        case .pythonUDF(let udf, let arguments): return "\(udf.name)(\(arguments.map(render).joined(separator: ", ")))"
        case .scalarSubquery(let plan, _): return "scalar-subquery{\(inline(plan))}"
        case .inSubquery(let values, let plan): return "(\(values.map(render).joined(separator: ", "))) IN {\(inline(plan))}"
        case .exists(let plan): return "exists{\(inline(plan))}"
        case .outerReference(let a): return "outer(\(a.name))"
        case .groupingSets(let kind, let sets):
            return "\(kind.rawValue)(" + sets.map { "(" + $0.map(render).joined(separator: ", ") + ")" }.joined(separator: ", ") + ")"
        default:
            return String(describing: e)
        }
    }

    static func render(_ spec: WindowSpecDefinition) -> String {
        var parts: [String] = []
        if !spec.partitionSpec.isEmpty { parts.append("PARTITION BY " + spec.partitionSpec.map(render).joined(separator: ", ")) }
        if !spec.orderSpec.isEmpty { parts.append("ORDER BY " + spec.orderSpec.map(render).joined(separator: ", ")) }
        if let frame = spec.frame {
            parts.append("\(frame.type.rawValue) BETWEEN \(render(frame.lower)) AND \(render(frame.upper))")
        }
        return parts.joined(separator: " ")
    }
}
