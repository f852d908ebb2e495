/// Spark's `EliminateOuterJoin`: a filter above an outer join that rejects the rows where one side is all null
/// (the rows the outer join adds) turns the join into an inner one, or a full join into a one-sided one.
/// A conjunct rejects them when it reads only that side and is false or null with its columns null, or when
/// it compares a column of that side with null-intolerant operators (`a.x = b.y` means `b.y` is not null).
enum EliminateOuterJoin {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .filter(let condition, .join(let l, let r, let type, let joinCondition, let hint)) = p,
                  [.leftOuter, .rightOuter, .fullOuter].contains(type) else { return nil }
            let conjuncts = JoinKeys.conjuncts(condition)
            let leftRejectsNull = conjuncts.contains { rejectsNulls($0, of: l) }
            let rightRejectsNull = conjuncts.contains { rejectsNulls($0, of: r) }
            let newType: JoinType = switch type {
            case .leftOuter where rightRejectsNull: .inner
            case .rightOuter where leftRejectsNull: .inner
            case .fullOuter where leftRejectsNull && rightRejectsNull: .inner
            case .fullOuter where leftRejectsNull: .leftOuter
            case .fullOuter where rightRejectsNull: .rightOuter
            default: type
            }
            guard newType != type else { return nil }
            return .filter(condition, .join(l, r, newType, condition: joinCondition, hint: hint))
        }
    }

    private static func rejectsNulls(_ c: Expression, of side: LogicalPlan) -> Bool {
        guard c.deterministic, !c.containsSubquery else { return false }
        let ids = Set(side.output.map(\.exprId))
        if !c.references.isEmpty, c.referenceIds.isSubset(of: ids) {
            let nulled = c.transformUp { e -> Expression? in
                if case .attribute(let a) = e { return .literal(.null, a.dataType) }
                return nil
            }
            if let value = try? nulled.eval([]), value.isNull || value == .bool(false) { return true }
        }
        return notNullColumns(c).contains { ids.contains($0.exprId) }
    }

    /// Columns a conjunct needs to be non-null to hold (Spark infers `isnotnull` for them).
    private static func notNullColumns(_ c: Expression) -> [AttributeReference] {
        switch c {
        case .isNotNull(let x): return nullIntolerantColumns(x)
        case .comparison(let op, let a, let b) where op != .equalNullSafe: return nullIntolerantColumns(a) + nullIntolerantColumns(b)
        default: return []
        }
    }

    /// Columns whose null makes the expression null.
    private static func nullIntolerantColumns(_ e: Expression) -> [AttributeReference] {
        switch e {
        case .attribute(let a): return [a]
        case .arithmetic(_, let a, let b, _): return nullIntolerantColumns(a) + nullIntolerantColumns(b)
        case .unaryMinus(let x, _), .cast(let x, _, _): return nullIntolerantColumns(x)
        default: return []
        }
    }
}
