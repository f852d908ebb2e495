/// Spark's `InferFiltersFromGenerate`: an inner `explode`, `posexplode` or `inline` of a column produces no
/// row for a null or empty collection, so those input rows can be dropped before it, by
/// `(size(c) > 0) AND isnotnull(c)` under the Generate (which the operator rules then push further down).
/// Only a column input gets the filter (an expression could be costly or fail when evaluated first), and
/// only the predicates the input does not already guarantee.
enum InferFiltersFromGenerate {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            guard case .generate(let generator, false, let output, let unrequired, let child) = p,
                  [.explode, .posexplode, .inline].contains(generator.kind), generator.arguments.count == 1,
                  case .attribute = generator.arguments[0],
                  let size = try? FunctionRegistry.builtin.lookup("size")?.build(generator.arguments, FunctionContext()) else { return nil }
            let known = Constraints.of(child)
            let inferred = [Expression.comparison(.greaterThan, size, .literal(.int(0), .int)), .isNotNull(generator.arguments[0])]
                .filter { !known.contains($0) }
            guard let first = inferred.first else { return nil }
            let condition = inferred.dropFirst().reduce(first) { .and($0, $1) }
            return .generate(generator, outer: false, output: output, unrequiredChild: unrequired, .filter(condition, child))
        }
    }
}
