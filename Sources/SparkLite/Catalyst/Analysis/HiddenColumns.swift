/// Columns an operator may name though its children do not output them: the join keys a USING or NATURAL
/// join shows once (`rhs.k` after `lhs JOIN rhs USING (k)`), Spark's qualified-access-only metadata
/// output. Naming one adds it to the join's projection (Spark's AddMetadataColumns); the operator's own
/// output stays as it was.
extension LogicalPlan {
    /// The hidden columns this plan passes up to its parent.
    var hiddenColumns: [AttributeReference] {
        switch self {
        case .withHiddenColumns(let hidden, _):
            return hidden
        case .filter(_, let c), .sort(_, _, let c), .limit(_, let c), .offset(_, let c), .resolvedHint(_, let c),
             .unresolvedHint(_, _, let c), .repartition(_, _, let c), .repartitionByExpression(_, _, let c),
             .sample(_, _, _, let c), .window(_, _, _, let c):
            return c.hiddenColumns
        case .join(let l, let r, let type, _, _):
            switch type {
            case .leftSemi, .leftAnti, .existence: return l.hiddenColumns
            default: return l.hiddenColumns + r.hiddenColumns
            }
        default:
            return []
        }
    }

    /// The hidden columns this node's expressions may name: its children's and, for a filter or sort over a
    /// projection, those of the projection's input, where Spark resolves columns the projection left out.
    var hiddenInput: [AttributeReference] {
        var hidden = children.flatMap(\.hiddenColumns)
        switch self {
        case .filter(_, .project(_, let input)), .sort(_, _, .project(_, let input)): hidden += input.hiddenColumns
        default: break
        }
        return ExpressionResolution.uniqueById(hidden)
    }

    /// The ids this plan's operators read, down to (not into) the projections that hide columns.
    var referencesAboveHiddenColumns: Set<ExprId> {
        if case .withHiddenColumns = self { return [] }
        return children.reduce(into: Set(expressions.flatMap(\.references).map(\.exprId))) { $0.formUnion($1.referencesAboveHiddenColumns) }
    }

    /// This plan with the hidden columns `ids` added to the projections that hide them, and passed up
    /// through the operators and projections between those and this plan's root.
    func exposingHiddenColumns(_ ids: Set<ExprId>) -> LogicalPlan {
        switch self {
        case .withHiddenColumns(let hidden, .project(let list, let child)):
            let shown = Set(list.compactMap(\.toAttribute).map(\.exprId))
            let added = hidden.filter { ids.contains($0.exprId) && !shown.contains($0.exprId) }
            return .withHiddenColumns(hidden, .project(list + added.map { .attribute($0) }, child.exposingHiddenColumns(ids)))
        case .project(let list, let child):
            let exposed = child.exposingHiddenColumns(ids)
            let shown = Set(list.compactMap(\.toAttribute).map(\.exprId))
            let added = exposed.output.filter { ids.contains($0.exprId) && !shown.contains($0.exprId) }
            return .project(list + added.map { .attribute($0) }, exposed)
        case .withHiddenColumns, .filter, .sort, .limit, .offset, .resolvedHint, .unresolvedHint, .repartition,
             .repartitionByExpression, .sample, .window, .join:
            return withNewChildren(children.map { $0.exposingHiddenColumns(ids) })
        default:
            return self
        }
    }
}

extension Analyzer {
    /// Resolves a node whose children may hide columns, then adds the hidden columns it named to the
    /// projections below; a node whose output would change by that is put under a projection of its output.
    func resolveNode(_ node: LogicalPlan, hidden: [AttributeReference], ctes: [String: LogicalPlan]) throws -> LogicalPlan {
        var scoped = self
        scoped.hiddenColumns = hidden
        let resolved = try scoped.resolveNode(node, ctes: ctes)
        let needed = Set(hidden.map(\.exprId)).intersection(resolved.referencesAboveHiddenColumns)
        if needed.isEmpty { return resolved }
        let exposed = resolved.withNewChildren(resolved.children.map { $0.exposingHiddenColumns(needed) })
        let output = resolved.output
        if exposed.output.map(\.exprId) == output.map(\.exprId) { return exposed }
        return .withHiddenColumns(resolved.hiddenColumns, .project(output.map { .attribute($0) }, exposed))
    }
}
