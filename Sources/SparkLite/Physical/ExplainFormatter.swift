/// Spark's tree text for plans: `+- ` for the last child, `:- ` for the others.
enum ExplainFormatter {
    /// Explain's physical plan. With adaptive execution on, a plan it takes (see `AdaptiveExecution`) prints
    /// under `AdaptiveSparkPlan isFinalPlan=false`; any other prints its codegen stages (`*(1) Project`).
    static func physicalTree(_ plan: SparkPlan, adaptive: Bool, hasSubqueries: Bool = false) -> String {
        var lines: [String] = []
        renderPlan(plan, adaptive: adaptive, hasSubqueries: hasSubqueries, indent: "", head: "", into: &lines)
        return lines.joined(separator: "\n")
    }

    /// A plan Spark prepared on its own (the query's, or a cached relation's): its root and its stages.
    private static func renderPlan(_ plan: SparkPlan, adaptive: Bool, hasSubqueries: Bool, indent: String, head: String,
                                   into lines: inout [String]) {
        if adaptive && AdaptiveExecution.applies(to: plan, hasSubqueries: hasSubqueries) {
            lines.append(String(indent.dropLast(head.isEmpty ? 0 : 3)) + head + "AdaptiveSparkPlan isFinalPlan=false")
            render(plan, adaptive: adaptive, stages: [:], indent: indent + "   ", head: "+- ", into: &lines)
        } else {
            render(plan, adaptive: adaptive, stages: CodegenStages.ids(plan), indent: indent, head: head, into: &lines)
        }
    }

    private static func render(_ plan: SparkPlan, adaptive: Bool, stages: [ObjectIdentifier: Int], indent: String, head: String,
                               into lines: inout [String]) {
        let args = plan.argumentString
        var text = args.isEmpty ? plan.nodeName : plan.nodeName + plan.argumentSeparator + args
        if let stage = stages[ObjectIdentifier(plan)] { text = "*(\(stage)) " + text }
        lines.append(String(indent.dropLast(head.isEmpty ? 0 : 3)) + head + subqueriesNamed(text, plan.subqueries))
        // A cached relation and its plan are Spark's inner children: printed two levels deeper, and the
        // cached plan was prepared on its own.
        let inner = plan is InMemoryTableScanExec || plan is InMemoryRelationExec
        let childIndent = inner ? indent + "   " : indent
        // Scalar subqueries are inner children too, printed before the children.
        let subqueryIndent = childIndent + (plan.children.isEmpty ? "   " : ":  ")
        for (i, subquery) in plan.subqueries.enumerated() {
            let last = i == plan.subqueries.count - 1
            render(subquery, adaptive: adaptive, stages: [:], indent: subqueryIndent + (last ? "   " : ":  "),
                   head: last ? "+- " : ":- ", into: &lines)
        }
        if let loop = plan as? UnionLoopExec {
            // Spark's UnionLoopExec keeps its anchor and recursion as logical plans: inner children.
            let inner = [loop.anchor, loop.recursion]
            for (i, child) in inner.enumerated() {
                let last = i == inner.count - 1
                innerLogicalTree(child, indent: indent + "   " + (last ? "   " : ":  "), head: last ? "+- " : ":- ", into: &lines)
            }
        }
        for (i, child) in plan.children.enumerated() {
            let last = i == plan.children.count - 1
            let nextIndent = childIndent + (last ? "   " : ":  "), nextHead = last ? "+- " : ":- "
            if plan is InMemoryRelationExec {
                renderPlan(child, adaptive: adaptive, hasSubqueries: false, indent: nextIndent, head: nextHead, into: &lines)
            } else if plan is SubqueryExec {
                // A subquery's plan is always adaptive in Spark, whatever it contains.
                renderPlan(child, adaptive: adaptive, hasSubqueries: true, indent: nextIndent, head: nextHead, into: &lines)
            } else {
                render(child, adaptive: adaptive, stages: stages, indent: nextIndent, head: nextHead, into: &lines)
            }
        }
    }

    /// An operator's text with each scalar subquery it reads named as Spark's physical plan names it
    /// (`Subquery subquery#12, [id=#40]`, the logical `scalar-subquery#12` otherwise).
    private static func subqueriesNamed(_ text: String, _ subqueries: [SubqueryExec]) -> String {
        guard !subqueries.isEmpty else { return text }
        return text.replacing(/scalar-subquery#(\d+)/) { match in
            let id = Int(match.output.1)
            return subqueries.first { $0.exprId.id == id }.map { "Subquery " + $0.argumentString } ?? String(match.output.0)
        }
    }

    /// A logical plan printed inside a physical one, as Spark prints an operator's logical inner children
    /// (`LogicalRDD [id#1, name#2], false`, `Join Inner, (a#1 = b#2)`).
    private static func innerLogicalTree(_ plan: LogicalPlan, indent: String, head: String, into lines: inout [String]) {
        var text = plan.nodeName
        switch plan {
        case .project(let list, _): text += " [" + list.map(\.explainString).joined(separator: ", ") + "]"
        case .filter(let condition, _): text += " " + condition.explainString
        case .join(_, _, let type, let condition, _): text += " \(type.name)" + (condition.map { ", " + $0.explainString } ?? "")
        case .aggregate(let grouping, let list, _):
            text += " [" + grouping.map(\.explainString).joined(separator: ", ") + "], [" + list.map(\.explainString).joined(separator: ", ") + "]"
        case .localRelation(let data, let output):
            text += " [" + output.map(\.explainName).joined(separator: ", ") + "]" + (data.origin == .existingRDD ? ", false" : "")
        case .unionLoopRef(let id, let output): text += " \(id), [" + output.map(\.explainName).joined(separator: ", ") + "], false"
        case .unionLoop(let id, _, _, let output, let limit, let maxLevel):
            text += " \(id), [" + output.map(\.explainName).joined(separator: ", ") + "]" + (limit.map { ", \($0)" } ?? "") + (maxLevel.map { ", \($0)" } ?? "")
        case .oneRowRelation: break
        default:
            let expressions = plan.expressions
            if !expressions.isEmpty { text += " [" + expressions.map(\.explainString).joined(separator: ", ") + "]" }
        }
        lines.append(String(indent.dropLast(3)) + head + text)
        let children = plan.children
        for (i, child) in children.enumerated() {
            let last = i == children.count - 1
            innerLogicalTree(child, indent: indent + (last ? "   " : ":  "), head: last ? "+- " : ":- ", into: &lines)
        }
    }

    static func logicalTree(_ plan: LogicalPlan) -> String {
        var lines: [String] = []
        func visit(_ p: LogicalPlan, _ indent: String, _ head: String) {
            if case .withHiddenColumns(_, let c) = p { return visit(c, indent, head) }
            var text = p.nodeName
            switch p {
            case .project(let l, _): text += " [" + l.map(\.explainString).joined(separator: ", ") + "]"
            case .filter(let c, _): text += " " + c.explainString
            case .aggregate(let g, let a, _):
                text += " [" + g.map(\.explainString).joined(separator: ", ") + "], [" + a.map(\.explainString).joined(separator: ", ") + "]"
            case .sort(let o, let g, _): text += " [" + o.map { Expression.sortOrder($0).explainString }.joined(separator: ", ") + "], \(g)"
            case .join(_, _, let t, let c, _): text += " \(t.name)" + (c.map { ", " + $0.explainString } ?? "")
            case .limit(let n, _): text += " \(n)"
            case .subqueryAlias(let n, _): text += " \(n)"
            case .localRelation(_, let out): text += " [" + out.map(\.explainName).joined(separator: ", ") + "]"
            case .fileRelation(let r, let out): text += " [" + out.map(\.explainName).joined(separator: ",") + "] " + r.format.rawValue
            case .inMemoryRelation(let r, let out): text += " [" + out.map(\.explainName).joined(separator: ", ") + "], \(r.storageLevel), #\(r.id)"
            default:
                let exprs = p.expressions
                if !exprs.isEmpty { text += " [" + exprs.map(\.explainString).joined(separator: ", ") + "]" }
                text += p.output.isEmpty ? "" : " -> [" + p.output.map(\.explainName).joined(separator: ", ") + "]"
            }
            lines.append(String(indent.dropLast(head.isEmpty ? 0 : 3)) + head + text)
            let kids = p.children
            for (i, c) in kids.enumerated() {
                let last = i == kids.count - 1
                visit(c, indent + (last ? "   " : ":  "), last ? "+- " : ":- ")
            }
        }
        visit(plan, "", "")
        return lines.joined(separator: "\n")
    }
}
