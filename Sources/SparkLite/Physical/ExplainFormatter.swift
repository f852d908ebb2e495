/// Spark's tree text for plans: `+- ` for the last child, `:- ` for the others.
enum ExplainFormatter {
    static func physicalTree(_ plan: SparkPlan, adaptive: Bool) -> String {
        var lines: [String] = []
        var prefix = ""
        if adaptive {
            lines.append("AdaptiveSparkPlan isFinalPlan=false")
            prefix = "+- "
            render(plan, indent: "   ", head: prefix, into: &lines)
        } else {
            render(plan, indent: "", head: "", into: &lines)
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ plan: SparkPlan, indent: String, head: String, into lines: inout [String]) {
        let args = plan.argumentString
        let text: String
        if args.isEmpty {
            text = plan.nodeName
        } else {
            text = plan.nodeName + plan.argumentSeparator + args
        }
        lines.append(String(indent.dropLast(head.isEmpty ? 0 : 3)) + head + text)
        for (i, child) in plan.children.enumerated() {
            let last = i == plan.children.count - 1
            render(child, indent: indent + (last ? "   " : ":  "), head: last ? "+- " : ":- ", into: &lines)
        }
    }

    static func logicalTree(_ plan: LogicalPlan) -> String {
        var lines: [String] = []
        func visit(_ p: LogicalPlan, _ indent: String, _ head: String) {
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
