/// Replaces the `OVER w` placeholders of one query level with the definitions of its `WINDOW` clause,
/// as Spark's `WindowsSubstitution` does.
struct SQLWindowReferences {
    let definitions: [String: WindowSpecDefinition]
    /// When false, references to windows not defined yet stay in place for an outer WINDOW clause.
    var requireAll = true

    func apply(_ plan: LogicalPlan) throws(SparkError) -> LogicalPlan {
        switch plan {
        case .project(let list, let child):
            return .project(try list.map(rewrite), try apply(child))
        case .aggregate(let grouping, let aggregates, let child):
            return .aggregate(grouping: grouping, aggregates: try aggregates.map(rewrite), try apply(child))
        case .filter(let condition, let child):
            return .filter(try rewrite(condition), try apply(child))
        case .unresolvedQualify(let condition, let child):
            return .unresolvedQualify(try rewrite(condition), try apply(child))
        case .sort(let orders, let global, let child):
            return .sort(try orders.map(rewrite), global: global, try apply(child))
        case .distinct(let child):
            return .distinct(try apply(child))
        case .limit(let n, let child):
            return .limit(n, try apply(child))
        case .offset(let n, let child):
            return .offset(n, try apply(child))
        case .unresolvedHint(let name, let parameters, let child):
            return .unresolvedHint(name: name, parameters: parameters, try apply(child))
        default:
            // Relations below the select list hold no window references of this level.
            return plan
        }
    }

    func rewrite(_ order: SortOrder) throws(SparkError) -> SortOrder {
        var copy = order
        copy.child = try rewrite(order.child)
        return copy
    }

    func rewrite(_ e: Expression) throws(SparkError) -> Expression {
        switch e {
        case .window(let function, let spec):
            let f = try rewrite(function)
            if spec.partitionSpec.count == 1, case .unresolvedAttribute(let parts) = spec.partitionSpec[0],
               parts.count == 2, parts[0] == SQLParser.windowReferenceMarker {
                guard let definition = definitions[parts[1]] ?? definitions.first(where: { $0.key.lowercased() == parts[1].lowercased() })?.value else {
                    if !requireAll { return .window(function: f, spec: spec) }
                    throw SparkError(
                        "MISSING_WINDOW_SPECIFICATION",
                        "Window specification is not defined in the WINDOW clause for \(parts[1]). For more information about WINDOW clauses, please refer to 'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-window.html'.",
                        sqlState: "42P20")
                }
                return .window(function: f, spec: definition)
            }
            return .window(function: f, spec: spec)
        case .alias(let child, let name, let id):
            return .alias(try rewrite(child), name: name, exprId: id)
        case .arithmetic(let op, let l, let r, let mode):
            return .arithmetic(op, try rewrite(l), try rewrite(r), mode)
        case .unaryMinus(let child, let mode):
            return .unaryMinus(try rewrite(child), mode)
        case .comparison(let op, let l, let r):
            return .comparison(op, try rewrite(l), try rewrite(r))
        case .and(let l, let r):
            return .and(try rewrite(l), try rewrite(r))
        case .or(let l, let r):
            return .or(try rewrite(l), try rewrite(r))
        case .not(let child):
            return .not(try rewrite(child))
        case .isNull(let child):
            return .isNull(try rewrite(child))
        case .isNotNull(let child):
            return .isNotNull(try rewrite(child))
        case .inList(let value, let list):
            return .inList(try rewrite(value), try list.map(rewrite))
        case .caseWhen(let branches, let elseValue):
            var newBranches: [CaseBranch] = []
            for b in branches { newBranches.append(CaseBranch(try rewrite(b.condition), try rewrite(b.value))) }
            return .caseWhen(branches: newBranches, elseValue: try elseValue.map(rewrite))
        case .cast(let child, let type, let mode):
            return .cast(try rewrite(child), type, mode)
        case .unresolvedFunction(let name, let arguments, let isDistinct):
            return .unresolvedFunction(name: name, arguments: try arguments.map(rewrite), isDistinct: isDistinct)
        case .unresolvedExtractValue(let child, let key):
            return .unresolvedExtractValue(try rewrite(child), try rewrite(key))
        default:
            return e
        }
    }
}
