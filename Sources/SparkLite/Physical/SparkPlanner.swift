import Synchronization

/// Turns an optimized logical plan into physical operators (Spark's `SparkStrategies`): two-phase
/// aggregation, join selection by hints, size estimates and join type, limits and sorts.
struct SparkPlanner {
    let conf: SQLConf

    func plan(_ logical: LogicalPlan, isRoot: Bool = true) throws -> SparkPlan {
        switch logical {
        case .localRelation(let data, let output):
            return ScanExec(data, output: output)
        case .fileRelation(let relation, let output):
            return planFileScan(relation, output, projects: nil, condition: nil)
        case .filter(let condition, .fileRelation(let relation, let output)):
            return planFileScan(relation, output, projects: nil, condition: condition)
        case .project(let list, .filter(let condition, .fileRelation(let relation, let output))):
            return planFileScan(relation, output, projects: list, condition: condition)
        case .project(let list, .fileRelation(let relation, let output)):
            return planFileScan(relation, output, projects: list, condition: nil)
        case .inMemoryRelation(let relation, let output):
            return try planInMemoryScan(relation, output, projects: nil, condition: nil)
        case .project(let list, .filter(let condition, .inMemoryRelation(let relation, let output))) where condition.deterministic:
            return try planInMemoryScan(relation, output, projects: list, condition: condition)
        case .project(let list, .inMemoryRelation(let relation, let output)):
            return try planInMemoryScan(relation, output, projects: list, condition: nil)
        case .filter(let condition, .inMemoryRelation(let relation, let output)) where condition.deterministic:
            return try planInMemoryScan(relation, output, projects: nil, condition: condition)
        case .project(let list, .limit(let n, .sort(let orders, true, let child))):
            return TakeOrderedAndProjectExec(limit: n, orders: orders, projectList: list, child: try plan(child, isRoot: false))
        case .project(let list, .limit(let n, let child)) where isRoot:
            // Spark's SpecialLimits: a projection over a root limit still collects with CollectLimit.
            return ProjectExec(list, child: LimitExec(n, collect: true, child: try plan(child, isRoot: false)))
        case .project(let list, let child):
            return ProjectExec(list, child: try plan(child, isRoot: false))
        case .filter(let condition, let child):
            return FilterExec(condition, child: try plan(child, isRoot: false))
        case .subqueryAlias(_, let child), .withHiddenColumns(_, let child), .resolvedHint(_, let child):
            return try plan(child, isRoot: isRoot)
        case .aggregate(let grouping, let list, let child):
            return try planAggregate(grouping: grouping, list: list, child: plan(child, isRoot: false))
        case .distinct(let child):
            let keys = child.output.map { Expression.attribute($0) }
            return try planAggregate(grouping: keys, list: keys, child: plan(child, isRoot: false))
        case .sort(let orders, let global, let child):
            return SortExec(orders, global: global, child: try plan(child, isRoot: false))
        case .limit, .offset:
            return try planLimit(logical, isRoot: isRoot)
        case .union(let children, _, _):
            let planned = try children.map { try plan($0, isRoot: false) }
            return UnionExec(children: planned, output: logical.output)
        case .join(let l, let r, let type, let condition, let hint):
            return try planJoin(l, r, type, condition, hint)
        case .window(let exprs, let partitionSpec, let orderSpec, let child):
            return WindowExec(windowExpressions: exprs, partitionSpec: partitionSpec, orderSpec: orderSpec,
                              child: try plan(child, isRoot: false), output: logical.output)
        case .windowGroupLimit(let partitionSpec, let orderSpec, let function, let limit, let child):
            // Spark's WindowGroupLimit strategy: limit each task's groups before the shuffle, then the merged groups.
            let partial = WindowGroupLimitExec(partitionSpec: partitionSpec, orderSpec: orderSpec, rankLikeFunction: function, limit: limit,
                                               mode: .partial, child: try plan(child, isRoot: false))
            return WindowGroupLimitExec(partitionSpec: partitionSpec, orderSpec: orderSpec, rankLikeFunction: function, limit: limit,
                                        mode: .final, child: partial)
        case .repartition(let n, true, let child):
            return ShuffleExchangeExec(.roundRobin(n), child: try plan(child, isRoot: false), origin: "REPARTITION_BY_NUM", planId: PlanIds.next())
        case .repartitionByExpression(let exprs, let n, let child):
            let partitions = n ?? conf.shufflePartitions
            if case .sortOrder = exprs.first {
                return ShuffleExchangeExec(.range(exprs.map(\.asSortOrder), partitions), child: try plan(child, isRoot: false), origin: "REPARTITION_BY_NUM", planId: PlanIds.next())
            }
            return ShuffleExchangeExec(.hash(exprs, partitions), child: try plan(child, isRoot: false), origin: n == nil ? "REPARTITION_BY_COL" : "REPARTITION_BY_NUM", planId: PlanIds.next())
        case .batchEvalPython(let udfs, let results, let child):
            return BatchEvalPythonExec(udfs: udfs, results: results, child: try plan(child, isRoot: false))
        case .sample(let fraction, let withReplacement, let seed, let child):
            guard !withReplacement else { throw SparkError.unsupported("DataFrame.sample(withReplacement=True)") }
            return SampleExec(lowerBound: 0, upperBound: fraction, withReplacement: false, seed: seed, child: try plan(child, isRoot: false))
        case .expand(let projections, let output, let child):
            return ExpandExec(projections: projections, output: output, child: try plan(child, isRoot: false))
        case .repartition(let n, false, let child):
            return CoalesceExec(n, child: try plan(child, isRoot: false))
        case .generate(let g, let outer, let output, let unrequired, let child):
            let input = try plan(child, isRoot: false)
            return GenerateExec(g, outer: outer, requiredChildOutput: input.output.filter { !unrequired.contains($0.exprId) },
                                generatorOutput: output, child: input)
        case .range(let start, let end, let step, let slices, let output):
            return RangeExec(start: start, end: end, step: step, splits: slices ?? conf.defaultParallelism, output: output)
        case .oneRowRelation:
            return ScanExec(LocalData(partitions: [[[]]], origin: .oneRowRelation), output: [])
        case .unionLoop(let id, let anchor, let recursion, let output, let limit, let maxLevel):
            return UnionLoopExec(loopId: id, anchor: anchor, recursion: recursion, output: output, limit: limit, maxLevel: maxLevel, conf: conf)
        case .intersect(let l, let r, false), .except(let l, let r, false):
            // Spark's ReplaceIntersectWithSemiJoin / ReplaceExceptWithAntiJoin: a null-safe semi or anti join, then distinct.
            // The optimizer already replaces them; a plan planned without it is replaced here.
            let isIntersect: Bool = if case .intersect = logical { true } else { false }
            let replaced = ReplaceSetOperationsWithJoins.distinctJoin(l, r, isIntersect ? .leftSemi : .leftAnti)
            // As RemoveRedundantAggregates: a left side already distinct on its columns needs no DISTINCT.
            let leftColumns = Set(l.output.map(\.exprId))
            if case .distinct(let join) = replaced,
               RemoveRedundantAggregates.distinctKeys(l).contains(where: { $0.isSubset(of: leftColumns) }) {
                return try plan(join, isRoot: isRoot)
            }
            return try plan(replaced, isRoot: isRoot)
        default:
            throw SparkError.unsupported("The \(logical.nodeName) operator")
        }
    }

    /// Limits and offsets (Spark's `SpecialLimits` and `BasicOperators`): `TakeOrderedAndProject` over a global
    /// sort, `CollectLimit` at the root, else `GlobalLimit` after a `LocalLimit` and a single-partition exchange.
    func planLimit(_ logical: LogicalPlan, isRoot: Bool) throws -> SparkPlan {
        let (limit, offset, child) = Self.limitAndOffset(logical)
        if let limit, offset == 0, let bounded = Self.pushingLimit(limit, intoRecursiveCTE: child) {
            // Spark's LimitPushDown into a UnionLoop: the loop stops once it has the rows, its row count is then
            // bounded and the LocalLimit goes, so even at the root a GlobalLimit (not CollectLimit) remains.
            return LimitExec(limit, offset: 0, collect: false, child: try plan(bounded, isRoot: false))
        }
        if let limit {
            switch child {
            case .sort(let orders, true, let grandChild):
                return TakeOrderedAndProjectExec(limit: limit, offset: offset, orders: orders, projectList: grandChild.output.map { .attribute($0) },
                                                 child: try plan(grandChild, isRoot: false))
            case .project(let list, .sort(let orders, true, let grandChild)):
                return TakeOrderedAndProjectExec(limit: limit, offset: offset, orders: orders, projectList: list, child: try plan(grandChild, isRoot: false))
            default:
                break
            }
        }
        let input = try plan(child, isRoot: false)
        if isRoot { return LimitExec(limit, offset: offset, collect: true, child: input) }
        return LimitExec(limit, offset: offset, collect: false, child: limit.map { LocalLimitExec($0, child: input) } ?? input)
    }

    /// The plan with `limit` given to the recursive CTE it projects, or nil when it is not one.
    static func pushingLimit(_ limit: Int, intoRecursiveCTE plan: LogicalPlan) -> LogicalPlan? {
        switch plan {
        case .unionLoop(let id, let anchor, let recursion, let output, nil, let maxLevel):
            return .unionLoop(id: id, anchor: anchor, recursion: recursion, output: output, limit: limit, maxLevel: maxLevel)
        case .project(let list, let child): return pushingLimit(limit, intoRecursiveCTE: child).map { .project(list, $0) }
        case .subqueryAlias(let name, let child): return pushingLimit(limit, intoRecursiveCTE: child).map { .subqueryAlias(name, $0) }
        default: return nil
        }
    }

    /// Spark's `GlobalLimitAndOffset`: how many rows to take (nil: all) and how many of them to drop.
    /// `LIMIT n OFFSET m` (a limit over an offset) takes n + m rows; `limit(n).offset(m)` takes n.
    static func limitAndOffset(_ logical: LogicalPlan) -> (limit: Int?, offset: Int, child: LogicalPlan) {
        switch logical {
        case .limit(let n, .offset(let m, let child)): return (n + m, m, child)
        case .offset(let m, .limit(let n, let child)): return (n, m, child)
        case .offset(let m, let child): return (nil, m, child)
        case .limit(let n, let child): return (n, 0, child)
        default: return (nil, 0, logical)
        }
    }

    /// Partial aggregation before the exchange, final after it; one step when the child is already
    /// clustered by the keys; distinct aggregates in Spark's four-step shape (two exchanges).
    func planAggregate(grouping aliasedGrouping: [Expression], list: [Expression], child: SparkPlan) throws -> SparkPlan {
        // A grouping key is its expression: `info.color AS color` groups by `info.color`, which the select
        // list reads under its own alias.
        let grouping = aliasedGrouping.map(\.unaliased)
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
            // Spark's PullOutGroupingExpressions names each computed key `_groupingexpression`.
            return (g, AttributeReference(name: "_groupingexpression", dataType: g.dataType, nullable: g.nullable))
        }
        let groupingAttrs = groupingNamed.map(\.1)
        let keyExprs = groupingAttrs.map { Expression.attribute($0) }
        // Result expressions refer to grouping expressions; point them at the grouping attributes.
        let finalResults = resultExpressions.map { r in
            r.transformDown { e -> Expression? in
                if let match = groupingNamed.first(where: { $0.0.explainString == e.explainString }), !e.isAttribute {
                    return .attribute(match.1)
                }
                return nil
            }
        }
        let output = list.compactMap(\.toAttribute)
        let distribution: Distribution = grouping.isEmpty ? .allTuples : .clustered(keyExprs)
        // Grouping by expressions (Spark's PullOutGroupingExpressions): compute them once below the aggregate,
        // next to the input columns the aggregate still reads. A projection that only picks columns merges
        // into it, as Spark's CollapseProject merges the one ColumnPruning put there; so does one that computes
        // columns, unless a costly one of them would be computed twice.
        var input = child
        if groupingNamed.contains(where: { !$0.0.isAttribute }) {
            let read = Set((aggregates.flatMap { Expression.aggregate($0).references } + groupingAttrs).map(\.exprId))
            let columns = child.output.filter { read.contains($0.exprId) }.map { Expression.attribute($0) }
            let computed = groupingNamed.filter { !$0.0.isAttribute }.map { Expression.alias($0.0, name: $0.1.name, exprId: $0.1.exprId) }
            if let lower = child as? ProjectExec, let merged = CollapseProject.merge(columns + computed, into: lower.projectList) {
                input = ProjectExec(merged, child: lower.children[0])
            } else {
                input = ProjectExec(columns + computed, child: child)
            }
        }
        func stateAttributes(_ aggs: [AggregateExpression]) -> [AttributeReference] {
            aggs.flatMap { a in Accumulator.stateTypes(a).enumerated().map { i, t in AttributeReference(name: "\(a.kind.rawValue)_\(i)", dataType: t) } }
        }
        func mergeInputs(_ aggs: [AggregateExpression], after keyCount: Int) -> [HashAggregateExec.Input] {
            var at = keyCount
            return aggs.map { a in
                defer { at += Accumulator.stateTypes(a).count }
                return .merge(at: at)
            }
        }
        let distinct = aggregates.filter(\.isDistinct)
        let plain = aggregates.filter { !$0.isDistinct }
        let distinctArgumentSets = Set(distinct.map { $0.arguments.map(\.explainString).joined(separator: ",") })
        // As Spark's distinct planning, constant arguments (listagg's delimiter) are no grouping keys.
        // A computed one (`count(DISTINCT upper(name))`) is computed and named in the first aggregate's keys.
        let distinctInputs = distinct.first?.arguments.filter { if case .literal = $0 { false } else { true } } ?? []
        var distinctNamed: [(Expression, AttributeReference)] = []
        for e in distinctInputs where !distinctNamed.contains(where: { $0.0.explainString == e.explainString }) {
            if case .attribute(let a) = e { distinctNamed.append((e, a)); continue }
            distinctNamed.append((e, AttributeReference(name: e.explainString, dataType: e.dataType, nullable: e.nullable)))
        }
        let distinctArguments = distinctNamed.map(\.1)
        if distinct.isEmpty {
            if !grouping.isEmpty && input.outputPartitioning.satisfies(distribution) {
                return HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: aggregates,
                                         inputs: aggregates.map { _ in .update }, emitResults: true, resultExpressions: finalResults,
                                         child: input, output: output, requiredDistribution: distribution)
            }
            let partial = HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: aggregates,
                                            inputs: aggregates.map { _ in .update }, emitResults: false, resultExpressions: [],
                                            child: input, output: groupingAttrs + stateAttributes(aggregates), requiredDistribution: .unspecified)
            return HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: aggregates,
                                     inputs: mergeInputs(aggregates, after: groupingAttrs.count), emitResults: true,
                                     resultExpressions: finalResults, child: partial, output: output, requiredDistribution: distribution)
        }
        let computesOnlyInputs = distinctInputs.allSatisfy { !$0.containsAggregate && $0.deterministic }
        guard distinctArgumentSets.count == 1, computesOnlyInputs, !distinctArguments.isEmpty,
              distinct.allSatisfy({ $0.filter == nil }) else {
            // Several distinct argument sets need Spark's Expand; aggregate in one step after one exchange.
            return HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: aggregates,
                                     inputs: aggregates.map { _ in .update }, emitResults: true, resultExpressions: finalResults,
                                     child: input, output: output, requiredDistribution: distribution)
        }
        let innerKeys = groupingAttrs + distinctArguments
        let innerKeyExprs = innerKeys.map { Expression.attribute($0) }
        let firstKeyExprs = keyExprs + distinctNamed.map { e, a in e.isAttribute ? e : .alias(e, name: a.name, exprId: a.exprId) }
        // Above the first aggregate the distinct aggregates read the named keys.
        let distinctOnKeys = distinct.map { agg -> AggregateExpression in
            var copy = agg
            copy.arguments = agg.arguments.map { arg in
                distinctNamed.first(where: { $0.0.explainString == arg.explainString }).map { .attribute($0.1) } ?? arg
            }
            return copy
        }
        let plainStates = stateAttributes(plain)
        let first = HashAggregateExec(grouping: firstKeyExprs, groupingAttributes: innerKeys, aggregates: plain,
                                      inputs: plain.map { _ in .update }, emitResults: false, resultExpressions: [], child: input,
                                      output: innerKeys + plainStates, requiredDistribution: .unspecified)
        let second = HashAggregateExec(grouping: innerKeyExprs, groupingAttributes: innerKeys, aggregates: plain,
                                       inputs: mergeInputs(plain, after: innerKeys.count), emitResults: false, resultExpressions: [],
                                       child: first, output: innerKeys + plainStates, requiredDistribution: .clustered(innerKeyExprs))
        let ordered = plain + distinctOnKeys
        let third = HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: ordered,
                                      inputs: mergeInputs(plain, after: innerKeys.count) + distinctOnKeys.map { _ in .update },
                                      emitResults: false, resultExpressions: [], child: second,
                                      output: groupingAttrs + stateAttributes(ordered), requiredDistribution: .unspecified,
                                      distinctArgumentsAreUnique: true)
        return HashAggregateExec(grouping: keyExprs, groupingAttributes: groupingAttrs, aggregates: ordered,
                                 inputs: mergeInputs(ordered, after: groupingAttrs.count), emitResults: true,
                                 resultExpressions: finalResults, child: third, output: output, requiredDistribution: distribution)
    }

    func planJoin(_ l: LogicalPlan, _ r: LogicalPlan, _ type: JoinType, _ condition: Expression?, _ hint: JoinHint) throws -> SparkPlan {
        let left = try plan(l, isRoot: false), right = try plan(r, isRoot: false)
        let output = LogicalPlan.join(l, r, type, condition: condition, hint: hint).output
        let (leftKeys, rightKeys, rest) = JoinKeys.extract(condition, left: l.output, right: r.output)
        let leftHint = hint.left, rightHint = hint.right
        let replicateHinted = leftHint == .shuffleReplicateNL || rightHint == .shuffleReplicateNL
        let canBuildRight = switch type {
        case .inner, .cross, .leftOuter, .leftSemi, .leftAnti, .existence: true
        default: false
        }
        let canBuildLeft = [.inner, .cross, .rightOuter].contains(type)
        if type == .leftSingle {
            // Spark plans a left single join only as a broadcast nested loop join, building the right side.
            return NestedLoopJoinExec(joinType: type, condition: condition, cartesian: false, left: left, right: right, output: output)
        }
        let threshold = conf.autoBroadcastJoinThreshold
        func small(_ p: LogicalPlan) -> Bool {
            guard threshold >= 0, let size = SizeEstimation.sizeInBytes(p) else { return false }
            return size <= threshold
        }
        if type == .leftAnti, conf.optimizeNullAwareAntiJoin,
           let (leftKey, rightKey) = Self.singleColumnNullAwareAntiJoinKeys(condition, left: l.output, right: r.output) {
            // Spark's ExtractSingleColumnNullAwareAntiJoin: always broadcast, whatever the sizes.
            return BroadcastHashJoinExec(leftKeys: [leftKey], rightKeys: [rightKey], joinType: type, buildRight: true,
                                         condition: nil, left: left, right: right, output: output, isNullAwareAntiJoin: true)
        }
        if !leftKeys.isEmpty {
            var buildRight: Bool?
            if rightHint == .broadcast && canBuildRight { buildRight = true }
            else if leftHint == .broadcast && canBuildLeft { buildRight = false }
            else if leftHint == .shuffleMerge || rightHint == .shuffleMerge {
                return SortMergeJoinExec(leftKeys: leftKeys, rightKeys: rightKeys, joinType: type, condition: rest,
                                         left: left, right: right, output: output)
            } else if let hashBuildRight = Self.shuffleHashBuildSide(type, hint, l, r) {
                return ShuffledHashJoinExec(leftKeys: leftKeys, rightKeys: rightKeys, joinType: type, buildRight: hashBuildRight,
                                            condition: rest, left: left, right: right, output: output)
            } else if replicateHinted && (type == .inner || type == .cross) {
                // Spark's `SHUFFLE_REPLICATE_NL` hint on an inner join: a CartesianProduct with the whole condition.
                return NestedLoopJoinExec(joinType: type, condition: condition, cartesian: true, left: left, right: right, output: output)
            } else {
                // No hint Spark can follow: the sizes decide.
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
        let cartesian = (type == .inner || type == .cross) && rightHint != .broadcast && leftHint != .broadcast && (replicateHinted || !small(r))
        return NestedLoopJoinExec(joinType: type, condition: condition, cartesian: cartesian, left: left, right: right, output: output)
    }

    /// Spark's `InMemoryScans` (`pruneFilterProject`): the scan reads only the columns the projection and
    /// filter use and lists the filter's conjuncts; a projection of plain columns the filter also reads
    /// is the scan's own output, so no `Project` is planned for it.
    func planInMemoryScan(_ relation: CachedRelation, _ relationOutput: [AttributeReference], projects: [Expression]?,
                          condition: Expression?) throws -> SparkPlan {
        let cachedPlan = try plan(Optimizer(conf: conf).execute(relation.plan), isRoot: false)
        let conjuncts = condition.map(JoinKeys.conjuncts) ?? []
        let filterIds = Set(conjuncts.flatMap(\.references).map(\.exprId))
        func scan(_ output: [AttributeReference]) -> SparkPlan {
            let exec = InMemoryTableScanExec(relation: relation, relationOutput: relationOutput, output: output, predicates: conjuncts,
                                             cachedPlan: cachedPlan)
            return condition.map { FilterExec($0, child: exec) } ?? exec
        }
        guard let projects else { return scan(relationOutput) }
        let plain = projects.compactMap { e -> AttributeReference? in if case .attribute(let a) = e { a } else { nil } }
        if plain.count == projects.count, Set(plain.map(\.exprId)).count == plain.count,
           filterIds.isSubset(of: Set(plain.map(\.exprId))) {
            return scan(plain)
        }
        let needed = Set(projects.flatMap(\.references).map(\.exprId)).union(filterIds)
        return ProjectExec(projects, child: scan(relationOutput.filter { needed.contains($0.exprId) }))
    }

    /// Spark's `FileSourceStrategy`: the scan reads only the columns the projection and filter use,
    /// shows the filter's conjuncts as `DataFilters` / `PushedFilters`, and the `Filter` stays above it.
    /// A projection that only lists the scanned columns is dropped.
    func planFileScan(_ relation: FileRelation, _ relationOutput: [AttributeReference], projects: [Expression]?,
                      condition: Expression?) -> SparkPlan {
        let conjuncts = condition.map(JoinKeys.conjuncts) ?? []
        let dataFilters = conjuncts.filter { c in
            c.deterministic && !c.exists {
                switch $0 {
                case .scalarSubquery, .inSubquery, .exists, .pythonUDF: true
                default: false
                }
            }
        }
        var needed = Set((conjuncts + (projects ?? [])).flatMap(\.references).map(\.exprId))
        if projects == nil { needed.formUnion(relationOutput.map(\.exprId)) }
        let output = relationOutput.filter { needed.contains($0.exprId) }
        var plan: SparkPlan = FileSourceScanExec(relation, relationOutput: relationOutput, output: output, dataFilters: dataFilters)
        if let condition { plan = FilterExec(condition, child: plan) }
        if let projects, projects.map(\.explainString) != plan.output.map({ Expression.attribute($0).explainString }) {
            plan = ProjectExec(projects, child: plan)
        }
        return plan
    }

    /// The side a `SHUFFLE_HASH` hint builds (true: the right), when a hinted side can be built for the join
    /// type; with both sides hinted, the smaller one (the right on a tie), as Spark's `getBuildSide`.
    static func shuffleHashBuildSide(_ type: JoinType, _ hint: JoinHint, _ l: LogicalPlan, _ r: LogicalPlan) -> Bool? {
        let right = hint.right == .shuffleHash && ShuffledHashJoinExec.canBuildRight(type)
        let left = hint.left == .shuffleHash && ShuffledHashJoinExec.canBuildLeft(type)
        if left && right { return (SizeEstimation.sizeInBytes(r) ?? 0) <= (SizeEstimation.sizeInBytes(l) ?? 0) }
        if right { return true }
        if left { return false }
        return nil
    }

    /// The keys of a single-column NOT IN (`a = b OR isnull(a = b)`, as RewritePredicateSubquery writes it),
    /// the left side's first.
    static func singleColumnNullAwareAntiJoinKeys(_ condition: Expression?, left: [AttributeReference],
                                                  right: [AttributeReference]) -> (Expression, Expression)? {
        guard case .or(let eq, .isNull(let again))? = condition, eq.explainString == again.explainString,
              case .comparison(.equal, let a, let b) = eq else { return nil }
        let leftIds = Set(left.map(\.exprId)), rightIds = Set(right.map(\.exprId))
        func within(_ e: Expression, _ ids: Set<ExprId>) -> Bool { !e.references.isEmpty && e.references.allSatisfy { ids.contains($0.exprId) } }
        if within(a, leftIds) && within(b, rightIds) { return (a, b) }
        if within(b, leftIds) && within(a, rightIds) { return (b, a) }
        return nil
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
