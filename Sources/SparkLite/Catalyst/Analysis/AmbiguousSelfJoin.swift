import Foundation

/// Spark's `DetectAmbiguousSelfJoin`: a column taken from a DataFrame (`df.id`) that appears on both sides of
/// a join points at one copy, and Spark refuses to guess which. For each such column read by an operator over
/// a join, every copy of its DataFrame's plan below the operator is found; a copy whose column has fresh ids
/// (the right side of a self-join gets them) and that the operator can read makes the reference ambiguous.
/// Columns named by string (`F.col("m.id")` after `alias("m")`) carry no DataFrame and are never ambiguous.
enum AmbiguousSelfJoin {
    static func check(_ node: LogicalPlan, conf: SQLConf) throws {
        guard conf.get("spark.sql.analyzer.failAmbiguousSelfJoin")?.lowercased() != "false" else { return }
        var references: [AttributeReference] = []
        for a in node.expressions.flatMap(\.references) where a.dataset != nil && !references.contains(where: { $0.exprId == a.exprId }) {
            references.append(a)
        }
        guard !references.isEmpty, containsJoin(node) else { return }
        let input = Set(node.children.flatMap(\.output).map(\.exprId))
        var fingerprints: [ObjectIdentifier: String] = [:]
        let copies = node.children.flatMap(subtrees).map { ($0, normalizedFingerprint($0)) }
        let ambiguous = references.filter { ref in
            guard let dataset = ref.dataset else { return false }
            let key = ObjectIdentifier(dataset)
            let wanted = fingerprints[key] ?? normalizedFingerprint(dataset.plan)
            fingerprints[key] = wanted
            return copies.contains { copy, fingerprint in
                guard fingerprint == wanted, dataset.position < copy.output.count else { return false }
                let actual = copy.output[dataset.position]
                return actual.exprId != ref.exprId && input.contains(actual.exprId)
            }
        }
        guard !ambiguous.isEmpty else { return }
        let names = ambiguous.map { "\($0.name)#\($0.exprId.id)" }.joined(separator: ", ")
        throw SparkError("_LEGACY_ERROR_TEMP_1182", "Column \(names) are ambiguous. It's probably because you joined several Datasets together, and some of these Datasets are the same. This column points to one of the Datasets but Spark is unable to figure out which one. Please alias the Datasets with different names via `Dataset.as` before joining them, and specify the column using qualified name, e.g. `df.as(\"a\").join(df.as(\"b\"), $\"a.id\" > $\"b.id\")`. You can also set spark.sql.analyzer.failAmbiguousSelfJoin to false to disable this check.")
    }

    private static func containsJoin(_ plan: LogicalPlan) -> Bool {
        if case .join = plan { return true }
        return plan.children.contains(where: containsJoin)
    }

    private static func subtrees(_ plan: LogicalPlan) -> [LogicalPlan] {
        [plan] + plan.children.flatMap(subtrees)
    }

    /// The plan's shape with attribute ids numbered in order of appearance, so a copy with fresh ids (the
    /// right side of a self-join) matches its original. Leaves name their data, so two tables with the
    /// same columns differ.
    static func normalizedFingerprint(_ plan: LogicalPlan) -> String {
        var text = ""
        func visit(_ p: LogicalPlan) {
            text += p.nodeName + "("
            switch p {
            case .localRelation(let data, _): text += "data@\(ObjectIdentifier(data).hashValue)"
            case .fileRelation(let relation, _): text += "file@\(ObjectIdentifier(relation).hashValue)"
            case .inMemoryRelation(let relation, _): text += "cache@\(relation.id)"
            case .range(let start, let end, let step, let slices, _): text += "range \(start) \(end) \(step) \(slices ?? -1)"
            case .subqueryAlias(let name, _): text += name
            default: break
            }
            text += "|" + p.expressions.map(\.explainString).joined(separator: ",")
            text += "|" + p.output.map(\.explainName).joined(separator: ",")
            for c in p.children { visit(c) }
            text += ")"
        }
        visit(plan)
        // Renumber `#id` in order of first appearance.
        var numbers: [Substring: Int] = [:]
        var out = ""
        var rest = text[...]
        while let hash = rest.firstIndex(of: "#") {
            out += rest[..<hash]
            let digits = rest[rest.index(after: hash)...].prefix(while: \.isNumber)
            if digits.isEmpty {
                out += "#"
            } else {
                let n = numbers[digits] ?? numbers.count
                numbers[digits] = n
                out += "#\(n)"
            }
            rest = rest[rest.index(after: hash)...].dropFirst(digits.count)
        }
        return out + rest
    }
}
