/// Children and rewriting for expressions: `transformUp`/`transformDown` return the new tree.
extension Expression {
    public var children: [Expression] {
        switch self {
        case .literal, .attribute, .boundReference, .unresolvedAttribute, .star, .starExcept, .resolvedStar, .outerReference,
             .scalarSubquery, .exists, .lambdaVariable:
            return []
        case .lambdaFunction(let body, _): return [body]
        case .higherOrderFunction(_, let args): return args
        case .alias(let c, _, _), .multiAlias(let c, _), .unaryMinus(let c, _), .not(let c), .isNull(let c),
             .isNotNull(let c), .cast(let c, _, _):
            return [c]
        case .arithmetic(_, let l, let r, _), .comparison(_, let l, let r), .and(let l, let r), .or(let l, let r),
             .unresolvedExtractValue(let l, let r):
            return [l, r]
        case .inList(let v, let list): return [v] + list
        case .caseWhen(let branches, let elseValue):
            return branches.flatMap { [$0.condition, $0.value] } + (elseValue.map { [$0] } ?? [])
        case .unresolvedFunction(_, let args, _), .function(_, let args), .windowFunction(_, let args),
             .pythonUDF(_, let args):
            return args
        case .aggregate(let agg): return agg.arguments + (agg.filter.map { [$0] } ?? [])
        case .window(let f, let spec): return [f] + spec.partitionSpec + spec.orderSpec.map { .sortOrder($0) }
        case .sortOrder(let o): return [o.child]
        case .inSubquery(let values, _): return values
        case .groupingSets(_, let sets): return sets.flatMap { $0 }
        }
    }

    /// Rebuilds this node with new children, in the order `children` returns them.
    public func withNewChildren(_ c: [Expression]) -> Expression {
        switch self {
        case .literal, .attribute, .boundReference, .unresolvedAttribute, .star, .starExcept, .resolvedStar, .outerReference,
             .scalarSubquery, .exists, .lambdaVariable:
            return self
        case .lambdaFunction(_, let parameters): return .lambdaFunction(body: c[0], parameters: parameters)
        case .higherOrderFunction(let f, _): return .higherOrderFunction(f, c)
        case .alias(_, let name, let id): return .alias(c[0], name: name, exprId: id)
        case .multiAlias(_, let names): return .multiAlias(c[0], names: names)
        case .unaryMinus(_, let m): return .unaryMinus(c[0], m)
        case .not: return .not(c[0])
        case .isNull: return .isNull(c[0])
        case .isNotNull: return .isNotNull(c[0])
        case .cast(_, let t, let m): return .cast(c[0], t, m)
        case .arithmetic(let op, _, _, let m): return .arithmetic(op, c[0], c[1], m)
        case .comparison(let op, _, _): return .comparison(op, c[0], c[1])
        case .and: return .and(c[0], c[1])
        case .or: return .or(c[0], c[1])
        case .unresolvedExtractValue: return .unresolvedExtractValue(c[0], c[1])
        case .inList: return .inList(c[0], Array(c.dropFirst()))
        case .caseWhen(let branches, let elseValue):
            var newBranches: [CaseBranch] = []
            for i in 0..<branches.count { newBranches.append(CaseBranch(c[2 * i], c[2 * i + 1])) }
            return .caseWhen(branches: newBranches, elseValue: elseValue == nil ? nil : c[2 * branches.count])
        case .unresolvedFunction(let n, _, let d): return .unresolvedFunction(name: n, arguments: c, isDistinct: d)
        case .function(let f, _): return .function(f, c)
        case .windowFunction(let f, _): return .windowFunction(f, c)
        case .pythonUDF(let u, _): return .pythonUDF(u, c)
        case .aggregate(var agg):
            agg.arguments = Array(c.prefix(agg.arguments.count))
            if agg.filter != nil { agg.filter = c[agg.arguments.count] }
            return .aggregate(agg)
        case .window(_, var spec):
            let p = spec.partitionSpec.count
            spec.partitionSpec = Array(c[1..<(1 + p)])
            spec.orderSpec = c[(1 + p)...].map { e in
                if case .sortOrder(let o) = e { return o }
                return SortOrder(e)
            }
            return .window(function: c[0], spec: spec)
        case .sortOrder(var o):
            o.child = c[0]
            return .sortOrder(o)
        case .inSubquery(_, let plan): return .inSubquery(c, plan)
        case .groupingSets(let kind, let sets):
            var i = 0
            var newSets: [[Expression]] = []
            for s in sets {
                newSets.append(Array(c[i..<(i + s.count)]))
                i += s.count
            }
            return .groupingSets(kind, newSets)
        }
    }

    /// Applies `rule` to every node, children first.
    public func transformUp(_ rule: (Expression) throws -> Expression?) rethrows -> Expression {
        let kids = children
        var node = self
        if !kids.isEmpty {
            node = withNewChildren(try kids.map { try $0.transformUp(rule) })
        }
        return try rule(node) ?? node
    }

    /// Applies `rule` to every node, parents first; a rewritten node's new children are visited too.
    public func transformDown(_ rule: (Expression) throws -> Expression?) rethrows -> Expression {
        let node = try rule(self) ?? self
        let kids = node.children
        if kids.isEmpty { return node }
        return node.withNewChildren(try kids.map { try $0.transformDown(rule) })
    }

    /// True when any node satisfies `predicate`.
    public func exists(_ predicate: (Expression) -> Bool) -> Bool {
        if predicate(self) { return true }
        return children.contains { $0.exists(predicate) }
    }

    /// Every node, pre-order.
    public func collect<T>(_ pick: (Expression) -> T?) -> [T] {
        var out: [T] = []
        func visit(_ e: Expression) {
            if let t = pick(e) { out.append(t) }
            for c in e.children { visit(c) }
        }
        visit(self)
        return out
    }

    /// The attributes this expression reads.
    public var references: [AttributeReference] {
        collect { if case .attribute(let a) = $0 { return a } else { return nil } }
    }

    public var referenceIds: Set<ExprId> { Set(references.map(\.exprId)) }

    /// True when an aggregate appears outside any window (`sum(x) OVER w` is a window, not an aggregate).
    public var containsAggregate: Bool {
        switch self {
        case .aggregate: return true
        case .window(let f, let spec):
            // The window's own function is not an aggregate of the query, but its arguments may be.
            let inner = f.children.contains(where: \.containsAggregate)
            return inner || spec.partitionSpec.contains(where: \.containsAggregate) || spec.orderSpec.contains { $0.child.containsAggregate }
        default: return children.contains(where: \.containsAggregate)
        }
    }

    /// True when a subquery (or a column of an enclosing query) appears anywhere in the expression.
    public var containsSubquery: Bool {
        exists {
            switch $0 {
            case .scalarSubquery, .inSubquery, .exists, .outerReference: true
            default: false
            }
        }
    }

    public var containsWindow: Bool {
        exists { if case .window = $0 { return true } else { return false } }
    }

    public var deterministic: Bool {
        !exists {
            if case .function(let f, _) = $0 { return !f.deterministic }
            if case .pythonUDF = $0 { return true }
            return false
        }
    }

    public var isFoldable: Bool {
        switch self {
        case .literal: return true
        case .attribute, .boundReference, .unresolvedAttribute, .star, .aggregate, .window, .windowFunction,
             .pythonUDF, .scalarSubquery, .inSubquery, .exists, .outerReference, .unresolvedFunction, .groupingSets,
             .sortOrder, .lambdaVariable:
            return false
        case .function(let f, let args): return f.deterministic && args.allSatisfy(\.isFoldable)
        default: return children.allSatisfy(\.isFoldable)
        }
    }

    /// The expression under any aliases.
    public var unaliased: Expression {
        if case .alias(let c, _, _) = self { return c.unaliased }
        return self
    }
}
