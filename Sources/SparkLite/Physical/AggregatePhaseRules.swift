/// Spark's physical rules for aggregates, run after `EnsureRequirements` has placed the exchanges:
///
/// - combining adjacent phases: a final aggregate directly over its own partial aggregate (no exchange
///   between them, because the input was already clustered by the keys) becomes one aggregate that
///   updates from the input and emits results;
/// - `ReplaceHashWithSortAgg`: a hash aggregate with keys whose input already comes sorted by those keys
///   (ascending, nulls first, in key order) becomes a sort aggregate, which needs no hash table.
enum AggregatePhaseRules {
    static func apply(_ plan: SparkPlan) -> SparkPlan {
        var node = plan
        if let aggregate = node as? HashAggregateExec {
            node = replaceHashWithSort(combineAdjacent(aggregate))
        }
        return node.withNewChildren(node.children.map(apply))
    }

    /// A final aggregate over its partial aggregate (same operator, keys and functions) as one aggregate.
    /// A floating-point key stays in two phases: Spark's partial aggregate groups by the key with NaN and -0.0
    /// normalized, an expression of its own rather than the final aggregate's column.
    static func combineAdjacent(_ final: HashAggregateExec) -> HashAggregateExec {
        guard final.isFinal, let partial = final.children.first as? HashAggregateExec, partial.isPartial,
              !partial.grouping.contains(where: { [.double, .float].contains($0.dataType) }),
              partial.aggregateOperator == final.aggregateOperator,
              partial.groupingAttributes.map(\.exprId) == final.groupingAttributes.map(\.exprId),
              partial.aggregates.map(\.resultId) == final.aggregates.map(\.resultId) else { return final }
        return HashAggregateExec(grouping: partial.grouping, groupingAttributes: final.groupingAttributes,
                                 aggregates: final.aggregates, inputs: final.aggregates.map { _ in .update }, emitResults: true,
                                 resultExpressions: final.resultExpressions, child: partial.children[0], output: final.output,
                                 requiredDistribution: final.requiredDistribution, aggregateOperator: final.aggregateOperator)
    }

    /// A hash-based aggregate with keys whose child is sorted by them, as a sort aggregate.
    static func replaceHashWithSort(_ aggregate: HashAggregateExec) -> HashAggregateExec {
        guard aggregate.aggregateOperator != .sort, !aggregate.grouping.isEmpty,
              EnsureRequirements.orderingSatisfied(aggregate.children[0].outputOrdering, aggregate.grouping.map { SortOrder($0) })
        else { return aggregate }
        return aggregate.with(operator: .sort, child: aggregate.children[0])
    }
}
