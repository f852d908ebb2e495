/// Spark's `ResolveLambdaVariables`: a call with lambda arguments resolves its other arguments first,
/// which give the lambda parameters their types (`x` of `transform(xs, x -> x + 1)` is an element of `xs`);
/// then each lambda body is resolved with its parameters in scope. A parameter hides a column of
/// the same name, as in Spark.
extension ExpressionResolution {
    /// Resolves every call that has lambda arguments, outermost first.
    func resolveLambdaCalls(_ e: Expression) throws -> Expression {
        try e.transformDown { node -> Expression? in
            guard case .unresolvedFunction(let name, let args, _) = node,
                  args.contains(where: { $0.lambdaBody != nil }) else { return nil }
            return try resolveLambdaCall(name, args)
        }
    }

    private func resolveLambdaCall(_ name: String, _ args: [Expression]) throws -> Expression {
        guard let function = HigherOrderFunction(name: name) else {
            if analyzer.catalog.function(name) == nil && analyzer.registry.lookup(name) == nil { throw SparkErrors.unresolvedRoutine(name) }
            throw SparkError("INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION", "Invalid lambda function call. A lambda function should only be used in a higher order function. However, its class is \(name), which is not a higher order function.", sqlState: "42K0D")
        }
        var arguments = try args.map { $0.lambdaBody == nil ? try resolve($0) : $0 }
        if (function == .aggregate || function == .reduce) && arguments.count == 3 {
            arguments.append(HigherOrderFunction.identityLambda)
        }
        for i in arguments.indices {
            guard case .lambdaFunction(let body, let parameters) = arguments[i] else { continue }
            let types = try function.lambdaParameters(arguments, index: i, arity: parameters.count)
            // Spark's message names the lambda's parameter count as expected and the function's as given.
            guard parameters.count == types.count else {
                throw SparkError("INVALID_LAMBDA_FUNCTION_CALL.NUM_ARGS_MISMATCH", "Invalid lambda function call. A higher order function expects \(parameters.count) arguments, but got \(types.count).", sqlState: "42K0D")
            }
            let names = parameters.map { $0.name.lowercased() }
            guard Set(names).count == names.count else {
                throw SparkError("INVALID_LAMBDA_FUNCTION_CALL.DUPLICATE_ARG_NAMES", "Invalid lambda function call. The lambda function has duplicate arguments \(parameters.map { "`\($0.name)`" }.joined(separator: ", ")). Please, consider to rename the argument names or set \"spark.sql.caseSensitive\" to \"true\".", sqlState: "42K0D")
            }
            let bound = zip(parameters, types).map { p, t in LambdaVariable(name: p.name, dataType: t.0, nullable: t.1) }
            let scoped = Self.substitute(bound, in: body)
            arguments[i] = .lambdaFunction(body: try resolve(scoped), parameters: bound)
        }
        return try resolveFunction(function.rawValue, arguments, false)
    }

    /// Replaces references to the parameters (by name, case-insensitive) in a lambda body, leaving the
    /// bodies of inner lambdas that declare the same name alone.
    static func substitute(_ parameters: [LambdaVariable], in body: Expression) -> Expression {
        func find(_ name: String) -> LambdaVariable? {
            parameters.first { $0.name.lowercased() == name.lowercased() }
        }
        switch body {
        case .unresolvedAttribute(let parts) where parts.count == 1:
            return find(parts[0]).map { .lambdaVariable($0) } ?? body
        case .unresolvedAttribute(let parts) where parts.count > 1:
            // `x.field` reads a field of a struct parameter.
            guard let v = find(parts[0]) else { return body }
            return parts.dropFirst().reduce(Expression.lambdaVariable(v)) { e, field in
                .unresolvedExtractValue(e, .literal(.string(field), .string))
            }
        case .lambdaVariable(let v) where !v.isResolved:
            return find(v.name).map { .lambdaVariable($0) } ?? body
        case .lambdaFunction(let inner, let innerParameters):
            let hidden = Set(innerParameters.map { $0.name.lowercased() })
            let visible = parameters.filter { !hidden.contains($0.name.lowercased()) }
            return .lambdaFunction(body: substitute(visible, in: inner), parameters: innerParameters)
        default:
            let kids = body.children
            if kids.isEmpty { return body }
            return body.withNewChildren(kids.map { substitute(parameters, in: $0) })
        }
    }
}
