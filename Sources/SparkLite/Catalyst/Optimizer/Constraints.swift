/// An ordered set of predicates, two being the same when they print the same (Spark's `ExpressionSet`).
struct ExpressionSet {
    private(set) var items: [Expression] = []
    private var keys: Set<String> = []

    init(_ expressions: [Expression] = []) {
        for e in expressions { insert(e) }
    }

    var isEmpty: Bool { items.isEmpty }

    func contains(_ e: Expression) -> Bool { keys.contains(e.explainString) }

    mutating func insert(_ e: Expression) {
        if keys.insert(e.explainString).inserted { items.append(e) }
    }

    func union(_ other: ExpressionSet) -> ExpressionSet {
        var result = self
        for e in other.items { result.insert(e) }
        return result
    }

    func subtracting(_ other: ExpressionSet) -> ExpressionSet {
        ExpressionSet(items.filter { !other.contains($0) })
    }

    func filter(_ keep: (Expression) -> Bool) -> ExpressionSet {
        ExpressionSet(items.filter(keep))
    }
}

/// Spark's `QueryPlanConstraints`: the predicates every row a plan produces satisfies — its filters and
/// join conditions, what equalities between columns imply, and `isnotnull(c)` for each column such a
/// predicate would be null on. `InferFiltersFromConstraints` turns the ones a side lacks into filters.
enum Constraints {
    static func of(_ plan: LogicalPlan) -> ExpressionSet {
        let valid = validConstraints(plan)
        let outputIds = Set(plan.output.map(\.exprId))
        return valid.union(inferAdditional(valid)).union(isNotNullConstraints(valid, output: plan.output)).filter { c in
            let refs = c.referenceIds
            return !refs.isEmpty && refs.isSubset(of: outputIds) && c.deterministic && !c.containsCorrelatedSubquery
        }
    }

    private static func validConstraints(_ plan: LogicalPlan) -> ExpressionSet {
        switch plan {
        case .filter(let condition, let child):
            return of(child).union(ExpressionSet(predicates(condition)))
        case .project(let list, let child), .aggregate(_, let list, let child):
            return aliased(of(child), list)
        case .join(let l, let r, let type, let condition, _):
            switch type {
            case .inner, .cross, .leftSemi:
                return of(l).union(of(r)).union(ExpressionSet(condition.map(predicates) ?? []))
            case .leftAnti, .leftOuter, .leftSingle, .existence: return of(l)
            case .rightOuter: return of(r)
            case .fullOuter: return ExpressionSet()
            }
        case .sort(_, _, let c), .limit(_, let c), .offset(_, let c), .distinct(let c), .deduplicate(_, let c),
             .window(_, _, _, let c), .repartition(_, _, let c), .repartitionByExpression(_, _, let c),
             .subqueryAlias(_, let c), .withHiddenColumns(_, let c), .resolvedHint(_, let c), .sample(_, _, _, let c), .generate(_, _, _, _, let c),
             .batchEvalPython(_, _, let c):
            return of(c)
        default:
            return ExpressionSet()
        }
    }

    /// The conjuncts of a condition that can be constraints. As in Spark, an uncorrelated subquery is one
    /// (`salary > (SELECT avg(salary) ...)` implies `isnotnull(salary)`); a correlated one is not, as it
    /// reads columns of another plan.
    static func predicates(_ condition: Expression) -> [Expression] {
        JoinKeys.conjuncts(condition).filter { !$0.containsCorrelatedSubquery }
    }

    /// A projection's constraints: its input's, restated on the aliases it gives columns and expressions.
    private static func aliased(_ input: ExpressionSet, _ list: [Expression]) -> ExpressionSet {
        var all = input
        for case .alias(let e, let name, let id) in list where e.deterministic && !e.containsAggregate && !e.containsWindow {
            let attribute = Expression.attribute(AttributeReference(name: name, dataType: e.dataType, nullable: e.nullable, exprId: id))
            if case .literal = e {
                all.insert(.comparison(.equalNullSafe, attribute, e))
                continue
            }
            let key = e.explainString
            for c in all.items {
                all.insert(c.transformDown { $0.explainString == key ? attribute : nil })
            }
            all.insert(.comparison(.equalNullSafe, e, attribute))
        }
        return all
    }

    /// What `a = b` between two columns implies: every other predicate on `a` also holds for `b`.
    static func inferAdditional(_ constraints: ExpressionSet) -> ExpressionSet {
        let predicates = constraints.items.filter { if case .isNotNull = $0 { false } else { true } }
        var inferred = ExpressionSet()
        for eq in predicates {
            guard case .comparison(.equal, .attribute(let a), .attribute(let b)) = eq else { continue }
            let others = predicates.filter { $0.explainString != eq.explainString }
            for c in others { inferred.insert(replace(c, a, with: b)) }
            for c in others { inferred.insert(replace(c, b, with: a)) }
        }
        return inferred.subtracting(constraints)
    }

    private static func replace(_ e: Expression, _ source: AttributeReference, with target: AttributeReference) -> Expression {
        e.transformDown { x in
            if case .attribute(let a) = x, a.exprId == source.exprId { return .attribute(target) }
            return nil
        }
    }

    /// `isnotnull(c)` for the columns under null-intolerant operators of each constraint (a comparison or
    /// arithmetic is null when a column is), and for the output columns that cannot be null.
    static func isNotNullConstraints(_ constraints: ExpressionSet, output: [AttributeReference]) -> ExpressionSet {
        var result = ExpressionSet()
        for c in constraints.items {
            let root: Expression = if case .isNotNull(let inner) = c { inner } else { c }
            for a in nullIntolerantColumns(root) { result.insert(.isNotNull(.attribute(a))) }
        }
        for a in output where !a.nullable { result.insert(.isNotNull(.attribute(a))) }
        return result.subtracting(constraints)
    }

    private static func nullIntolerantColumns(_ e: Expression) -> [AttributeReference] {
        switch e {
        case .attribute(let a): return [a]
        case .comparison(let op, let l, let r) where op != .equalNullSafe:
            return nullIntolerantColumns(l) + nullIntolerantColumns(r)
        case .arithmetic(_, let l, let r, _): return nullIntolerantColumns(l) + nullIntolerantColumns(r)
        case .unaryMinus(let c, _), .not(let c), .cast(let c, _, _): return nullIntolerantColumns(c)
        case .function(let f, let args) where nullIntolerantFunctions.contains(f.name): return args.flatMap(nullIntolerantColumns)
        default: return []
        }
    }

    /// Functions that are null whenever an argument is, as Spark marks them (`NullIntolerant`): string tests,
    /// pattern matches, case changes, lengths, substrings, date fields and day arithmetic, abs, array_contains.
    private static let nullIntolerantFunctions: Set<String> = [
        "startswith", "endswith", "contains", "like", "rlike", "RLIKE", "REGEXP", "REGEXP_LIKE", "lower", "upper", "length", "datediff",
        "array_contains", "substring", "substr", "abs",
        "year", "quarter", "month", "day", "dayofmonth", "dayofyear", "dayofweek", "weekday", "weekofyear", "hour", "minute", "second",
        "date_add", "date_sub", "add_months", "last_day",
    ]
}
