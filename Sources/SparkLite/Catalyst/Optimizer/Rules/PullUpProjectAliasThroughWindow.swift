/// Spark's `PullUpProjectAliasThroughWindow`: in `Project - Window... - Project`, a rename in the lower
/// projection (`t AS w`) that the windows do not read moves to the upper one. The windows then pass the
/// original column through, so a sort or shuffle above that reads the new name sees the column the windows
/// were already sorted and partitioned by (`ORDER BY w` after `ORDER BY t` sorts once).
enum PullUpProjectAliasThroughWindow {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .project(let top, let child) = p else { return nil }
            var windows: [(exprs: [Expression], partition: [Expression], order: [SortOrder])] = []
            var node = child
            while case .window(let e, let ps, let os, let c) = node {
                windows.append((e, ps, os))
                node = c
            }
            guard !windows.isEmpty, case .project(let lower, let grandChild) = node else { return nil }
            let windowReads = Set(windows.flatMap { w in (w.exprs + w.partition + w.order.map { .sortOrder($0) }).flatMap(\.references) }.map(\.exprId))
            var renames: [ExprId: (source: AttributeReference, name: String)] = [:]
            for item in lower {
                guard case .alias(.attribute(let source), let name, let id) = item, !windowReads.contains(id) else { continue }
                renames[id] = (source, name)
            }
            guard !renames.isEmpty else { return nil }
            // The lower projection keeps the renamed columns themselves.
            var newLower = lower.filter { item in item.toAttribute.map { renames[$0.exprId] == nil } ?? true }
            let kept = Set(newLower.compactMap(\.toAttribute).map(\.exprId))
            for (_, rename) in renames.sorted(by: { $0.key.id < $1.key.id }) where !kept.contains(rename.source.exprId) {
                guard grandChild.output.contains(where: { $0.exprId == rename.source.exprId }) else { return nil }
                if !newLower.contains(where: { $0.toAttribute?.exprId == rename.source.exprId }) { newLower.append(.attribute(rename.source)) }
            }
            let newTop = top.map { item -> Expression in
                if case .attribute(let a) = item, let rename = renames[a.exprId] {
                    return .alias(.attribute(rename.source), name: rename.name, exprId: a.exprId)
                }
                let replaced = item.transformUp { e -> Expression? in
                    guard case .attribute(let a) = e, let rename = renames[a.exprId] else { return nil }
                    return .attribute(rename.source)
                }
                return replaced
            }
            var rebuilt = LogicalPlan.project(newLower, grandChild)
            for w in windows.reversed() {
                rebuilt = .window(windowExpressions: w.exprs, partitionSpec: w.partition, orderSpec: w.order, rebuilt)
            }
            return .project(newTop, rebuilt)
        }
    }
}
