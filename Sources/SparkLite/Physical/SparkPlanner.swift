import Synchronization

/// Turns an optimized logical plan into physical operators (Spark's `SparkStrategies`): two-phase
/// aggregation, join selection by hints, size estimates and join type, limits and sorts.
struct SparkPlanner {
    let conf: SQLConf

    func plan(_ logical: LogicalPlan, isRoot: Bool = true) throws -> SparkPlan {
        switch logical {
        case .localRelation(let data, let output):
            return ScanExec(data, output: output)
        case .project(let list, let child):
            return ProjectExec(list, child: try plan(child, isRoot: false))
        case .filter(let condition, let child):
            return FilterExec(condition, child: try plan(child, isRoot: false))
        case .subqueryAlias(_, let child), .resolvedHint(_, let child):
            return try plan(child, isRoot: isRoot)
        case .aggregate(let grouping, let list, let child):
            return try planAggregate(grouping: grouping, list: list, child: plan(child, isRoot: false))
        case .distinct(let child):
            let keys = child.output.map { Expression.attribute($0) }
            return try planAggregate(grouping: keys, list: keys, child: plan(child, isRoot: false))
        case .sort(let orders, let global, let child):
            return SortExec(orders, global: global, child: try plan(child, isRoot: false))
        case .limit(let n, .sort(let orders, true, let child)):
            return TakeOrderedAndProjectExec(limit: n, orders: orders, projectList: child.output.map { .attribute($0) }, child: try plan(child, isRoot: false))
        case .limit(let n, .project(let list, .sort(let orders, true, let child))):
            return TakeOrderedAndProjectExec(limit: n, orders: orders, projectList: list, child: try plan(child, isRoot: false))
        case .limit(let n, let child):
            return LimitExec(n, collect: isRoot, child: try plan(child, isRoot: false))
        case .union(let children, _, _):
            let planned = try children.map { try plan($0, isRoot: false) }
            return UnionExec(children: planned, output: logical.output)
        case .join(let l, let r, let type, let condition, let hint):
            return try planJoin(l, r, type, condition, hint)
        case .window(let exprs, let partitionSpec, let orderSpec, let child):
            return WindowExec(windowExpressions: exprs, partitionSpec: partitionSpec, orderSpec: orderSpec,
                              child: try plan(child, isRoot: false), output: logical.output)
        case .repartition(let n, true, let child):
            return ShuffleExchangeExec(.roundRobin(n), child: try plan(child, isRoot: false), origin: "REPARTITION_BY_NUM", planId: PlanIds.next())
        case .repartitionByExpression(let exprs, let n, let child):
            let partitions = n ?? conf.shufflePartitions
            if case .sortOrder = exprs.first {
                return ShuffleExchangeExec(.range(exprs.map(\.asSortOrder), partitions), child: try plan(child, isRoot: false), origin: "REPARTITION_BY_NUM", planId: PlanIds.next())
            }
            return ShuffleExchangeExec(.hash(exprs, partitions), child: try plan(child, isRoot: false), origin: n == nil ? "REPARTITION_BY_COL" : "REPARTITION_BY_NUM", planId: PlanIds.next())
        default:
            throw SparkError.unsupported("The \(logical.nodeName) operator")
        }
    }

    /// Partial aggregation before the exchange, final after it.
    func planAggregate(grouping: [Expression], list: [Expression], child: SparkPlan) throws -> SparkPlan {
        var aggregates: [AggregateExpression] = []
        let resultExpressions = list.map { item in
            item.transformDown { e -> Expression? in
                guard case .aggregate(let a) = e else { return nil }
                if let existing = aggregates.first(where: { Expression.aggregate($0).explainString == e.explainString }) {
                    return .attribute(AttributeReference(name: "agg", dataType: existing.resultType, exprId: existing.resultId))
                }
                aggregates.append(a)
                return .attribute(AttributeReference(name: "agg", dataType: a.resultType, exprId: a.resultId))
            }
        }
        let groupingNamed = grouping.map { g -> (Expression, AttributeReference) in
            if case .attribute(let a) = g { return (g, a) }
            let attr = AttributeReference(name: g.prettyName, dataType: g.dataType, nullable: g.nullable)
            return (g, attr)
        }
        let groupingAttrs = groupingNamed.map(\.1)
        // Result expressions refer to grouping expressions; point them at the grouping attributes.
        let finalResults = resultExpressions.map { r in
            r.transformDown { e -> Expression? in
                if let match = groupingNamed.first(where: { $0.0.explainString == e.explainString }), !(e.isAttribute) {
                    return .attribute(match.1)
                }
                return nil
            }
        }
        let distribution: Distribution = grouping.isEmpty ? .allTuples : .clustered(groupingAttrs.map { .attribute($0) })
        if aggregates.contains(where: \.isDistinct) {
            // One step after an exchange on the grouping keys.
            let project = ProjectExec(groupingNamed.map { g, a in g.isAttribute ? g : .alias(g, name: a.name, exprId: a.exprId) }
                                      + child.output.map { .attribute($0) }, child: child)
            return HashAggregateExec(grouping: groupingAttrs.map { .attribute($0) }, groupingAttributes: groupingAttrs,
                                     aggregates: aggregates, resultExpressions: finalResults, mode: .complete, child: project,
                                     output: list.compactMap(\.toAttribute), requiredDistribution: distribution)
        }
        var partialOutput = groupingAttrs
        for a in aggregates {
            for (i, t) in Accumulator.stateTypes(a).enumerated() {
                partialOutput.append(AttributeReference(name: "\(a.kind.rawValue)_\(i)", dataType: t))
            }
        }
        let partial = HashAggregateExec(grouping: groupingNamed.map(\.0), groupingAttributes: groupingAttrs, aggregates: aggregates,
                                        resultExpressions: [], mode: .partial, child: child, output: partialOutput,
                                        requiredDistribution: .unspecified)
        return HashAggregateExec(grouping: groupingAttrs.map { .attribute($0) }, groupingAttributes: groupingAttrs,
                                 aggregates: aggregates, resultExpressions: finalResults, mode: .final, child: partial,
                                 output: list.compactMap(\.toAttribute), requiredDistribution: distribution)
    }

    func planJoin(_ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType, _ condition: Expression?, _ hint: JoinHint) throws -> SparkPlan {
        let left = try plan(l, isRoot: false), right = try plan(r, isRoot: false)
        let output = LogicalPlan.join(l, r, type, condition: condition, hint: hint).output
        let (leftKeys, rightKeys, rest) = JoinKeys.extract(condition, left: l.output, right: r.output)
        let leftHint = Self.hint(of: l) ?? hint.left, rightHint = Self.hint(of: r) ?? hint.right
        let canBuildRight = [.inner, .cross, .leftOuter, .leftSemi, .leftAnti].contains(type)
        let canBuildLeft = [.inner, .cross, .rightOuter].contains(type)
        let threshold = conf.autoBroadcastJoinThreshold
        func small(_ p: LogicalPlan) -> Bool {
            guard threshold >= 0, let size = SizeEstimation.sizeInBytes(p) else { return false }
            return size <= threshold
        }
        if !leftKeys.isEmpty {
            var buildRight: Bool?
            if rightHint == .broadcast && canBuildRight { buildRight = true }
            else if leftHint == .broadcast && canBuildLeft { buildRight = false }
            else if leftHint == nil && rightHint == nil || (leftHint != .shuffleMerge && rightHint != .shuffleMerge && leftHint != .shuffleHash && rightHint != .shuffleHash) {
                if canBuildRight && small(r) && (!canBuildLeft || !small(l) || (SizeEstimation.sizeInBytes(r) ?? 0) <= (SizeEstimation.sizeInBytes(l) ?? 0)) { buildRight = true }
                else if canBuildLeft && small(l) { buildRight = false }
            }
            if let buildRight {
                return BroadcastHashJoinExec(leftKeys: leftKeys, rightKeys: rightKeys, joinType: type, buildRight: buildRight,
                                             condition: rest, left: left, right: right, output: output)
            }
            return SortMergeJoinExec(leftKeys: leftKeys, rightKeys: rightKeys, joinType: type, condition: rest,
                                     left: left, right: right, output: output)
        }
        let cartesian = (type == .inner || type == .cross) && rightHint != .broadcast && leftHint != .broadcast && !small(r)
        return NestedLoopJoinExec(joinType: type, condition: condition, cartesian: cartesian, left: left, right: right, output: output)
    }

    static func hint(of plan: LogicalPlan) -> JoinHint.Strategy? {
        switch plan {
        case .resolvedHint(let h, _): return h.left
        case .subqueryAlias(_, let c): return hint(of: c)
        default: return nil
        }
    }
}

extension Expression {
    var isAttribute: Bool {
        if case .attribute = self { return true }
        return false
    }
}

/// Ids for exchanges in explain output (`[plan_id=12]`).
enum PlanIds {
    private static let counter = Atomic<Int>(0)

    static func next() -> Int { counter.add(1, ordering: .relaxed).newValue }
}
