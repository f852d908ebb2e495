/// Spark's `ExtractGenerator`: `select(explode(tags))` becomes a `Generate` below the projection.
public enum GeneratorExtraction {
    /// Generator functions by name, with whether they are the `_outer` form.
    public static let generators: [String: (Generator.Kind, Bool)] = [
        "explode": (.explode, false), "explode_outer": (.explode, true),
        "posexplode": (.posexplode, false), "posexplode_outer": (.posexplode, true),
        "inline": (.inline, false), "inline_outer": (.inline, true),
        "stack": (.stack, false), "json_tuple": (.jsonTuple, false),
    ]

    /// The generator call of a select item (`explode(x)` or `explode(x) AS t`), if it is one.
    static func generatorCall(_ e: Expression) -> (kind: Generator.Kind, outer: Bool, arguments: [Expression], aliases: [String])? {
        switch e {
        case .unresolvedFunction(let name, let args, _):
            guard let (kind, outer) = generators[name.lowercased()] else { return nil }
            return (kind, outer, args, [])
        case .alias(let c, let name, _):
            guard let call = generatorCall(c) else { return nil }
            return (call.kind, call.outer, call.arguments, [name])
        case .multiAlias(let c, let names):
            guard let call = generatorCall(c) else { return nil }
            return (call.kind, call.outer, call.arguments, names)
        default:
            return nil
        }
    }

    /// An expression holding a generator call, resolved for an error message: Spark names it resolved
    /// (`(explode(scores) + 1)`), and a generator call resolves only in a select list of its own, so here it
    /// stands in as a plain call of its name returning an element.
    static func shownResolved(_ e: Expression, input: [AttributeReference], analyzer: Analyzer, ctes: [String: LogicalPlan]) -> Expression {
        let named = e.transformUp { x -> Expression? in
            guard case .unresolvedFunction(let name, let args, _) = x, generators[name.lowercased()] != nil else { return nil }
            let resolvedArgs = args.map { (try? analyzer.resolveExpression($0, input: input, ctes: ctes)) ?? $0 }
            let element: DataType = if case .array(let t, _)? = resolvedArgs.first?.dataType { t } else { .string }
            return .function(ScalarFunction(name: name.lowercased(), dataType: element) { _ in .null }, resolvedArgs)
        }
        return (try? analyzer.resolveExpression(named, input: input, ctes: ctes)) ?? e
    }

    static func extract(_ list: [Expression], child: LogicalPlan, analyzer: Analyzer,
                        ctes: [String: LogicalPlan]) throws -> (list: [Expression], child: LogicalPlan)? {
        // Spark 4 allows several generators in one select: each becomes its own Generate, the first
        // innermost, by extracting one per pass (the caller resolves the rest of the list again).
        guard let (index, call) = list.enumerated().lazy.compactMap({ i, e in generatorCall(e).map { (i, $0) } }).first else {
            if let nested = list.first(where: containsGeneratorCall) {
                let shown = shownResolved(nested.unaliased, input: child.output, analyzer: analyzer, ctes: ctes)
                throw SparkError("UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS", "The generator is not supported: nested in expressions \"\(shown.prettyName)\".", sqlState: "42K0E")
            }
            return nil
        }
        let arguments = try call.arguments.map { try analyzer.resolveExpression($0, input: child.output, ctes: ctes) }
        if arguments.contains(where: \.containsAggregate) {
            return try aggregatedInputs(list, generatorAt: index, arguments: arguments, child: child, analyzer: analyzer, ctes: ctes)
        }
        let names = call.aliases.map { AttributeReference(name: $0, dataType: .null) }
        let generate = try GenerateResolution.resolve(Generator(call.kind, call.arguments), outer: call.outer, names: names,
                                                      child: child, analyzer: analyzer, ctes: ctes)
        guard case .generate(_, _, let output, _, _) = generate else { return nil }
        var newList = list
        newList.replaceSubrange(index...index, with: output.map { .attribute($0) })
        return (newList, generate)
    }

    /// `select(explode(sequence(min(d), max(d))))`: a generator over aggregates runs on a global aggregate that
    /// computes its inputs (`_gen_input_0`, ...) and the other select items, as Spark's ExtractGenerator plans it.
    private static func aggregatedInputs(_ list: [Expression], generatorAt index: Int, arguments: [Expression], child: LogicalPlan,
                                         analyzer: Analyzer, ctes: [String: LogicalPlan]) throws -> (list: [Expression], child: LogicalPlan) {
        var aggregates: [Expression] = []
        var newList = list
        for (i, item) in list.enumerated() {
            if i == index {
                var inputs: [Expression] = []
                for (n, argument) in arguments.enumerated() {
                    if argument.isFoldable { inputs.append(argument); continue }
                    let alias = Expression.alias(argument, name: "_gen_input_\(n)", exprId: .next())
                    aggregates.append(alias)
                    inputs.append(alias.toAttribute.map { .attribute($0) } ?? argument)
                }
                newList[i] = item.transformDown { e -> Expression? in
                    guard case .unresolvedFunction(let name, _, let distinct) = e, generators[name.lowercased()] != nil else { return nil }
                    return .unresolvedFunction(name: name, arguments: inputs, isDistinct: distinct)
                }
            } else {
                for resolved in try analyzer.resolveNamedList([item], child: child, ctes: ctes) {
                    aggregates.append(resolved)
                    if let a = resolved.toAttribute { newList[i] = .attribute(a) }
                }
            }
        }
        return (newList, try analyzer.checkAggregate(.aggregate(grouping: [], aggregates: aggregates, child)))
    }

    /// Whether a generator is called anywhere in `e` (a select item holding one below its top is an error).
    static func containsGeneratorCall(_ e: Expression) -> Bool {
        e.exists { x in
            if case .unresolvedFunction(let name, _, _) = x { return generators[name.lowercased()] != nil }
            return false
        }
    }
}
