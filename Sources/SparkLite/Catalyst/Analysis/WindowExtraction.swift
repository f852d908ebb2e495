/// Spark's `ExtractWindowExpressions`: a projection with window expressions becomes a `Window` node per
/// distinct (partition, order) spec below a `Project` that reads the window results.
enum WindowExtraction {
    static func extract(_ list: [Expression], child: LogicalPlan) throws -> LogicalPlan {
        var extracted: [(key: String, spec: WindowSpecDefinition, exprs: [Expression])] = []
        var counter = 0
        func addWindow(_ e: Expression, name: String, id: ExprId) throws {
            guard case .window(let f, var spec) = e else { return }
            spec.frame = try frame(for: f, spec: spec)
            let aliased = Expression.alias(.window(function: f, spec: spec), name: name, exprId: id)
            let key = spec.partitionSpec.map(\.explainString).joined(separator: ",") + "|" + spec.orderSpec.map { Expression.sortOrder($0).explainString }.joined(separator: ",")
            if let i = extracted.firstIndex(where: { $0.key == key }) {
                extracted[i].exprs.append(aliased)
            } else {
                extracted.append((key, spec, [aliased]))
            }
        }
        var projected: [Expression] = []
        for item in list {
            switch item {
            case .alias(let w, let name, let id) where { if case .window = w { return true } else { return false } }():
                try addWindow(w, name: name, id: id)
                projected.append(.attribute(AttributeReference(name: name, dataType: w.dataType, nullable: w.nullable, exprId: id)))
            default:
                let rewritten = try item.transformDown { e -> Expression? in
                    guard case .window = e else { return nil }
                    let name = "_we\(counter)"
                    counter += 1
                    let id = ExprId.next()
                    try addWindow(e, name: name, id: id)
                    return .attribute(AttributeReference(name: name, dataType: e.dataType, nullable: e.nullable, exprId: id))
                }
                projected.append(rewritten)
            }
        }
        var plan = child
        for group in extracted {
            plan = .window(windowExpressions: group.exprs, partitionSpec: group.spec.partitionSpec, orderSpec: group.spec.orderSpec, plan)
        }
        return .project(projected, plan)
    }

    /// The frame Spark gives a window function when none is specified, and checks it when one is.
    static func frame(for function: Expression, spec: WindowSpecDefinition) throws -> WindowFrame {
        if case .windowFunction(let f, let args) = function {
            if spec.orderSpec.isEmpty && f != .nthValue {
                throw SparkError("MISSING_ORDER_BY_WINDOW_FUNCTION", "Window function \(function.prettyName) requires window to be ordered, please add ORDER BY clause.", sqlState: "42601")
            }
            switch f {
            case .lag, .lead:
                var n: Int64 = 1
                if args.count > 1, case .literal(.int(let v), _) = args[1] { n = v }
                let offset = f == .lag ? -n : n
                return WindowFrame(.rows, .offset(offset), .offset(offset))
            case .nthValue:
                return spec.frame ?? (spec.orderSpec.isEmpty ? .wholePartition : .defaultWithOrder)
            default:
                return .rowsToCurrent
            }
        }
        return spec.frame ?? (spec.orderSpec.isEmpty ? .wholePartition : .defaultWithOrder)
    }
}
