/// Spark's `CombineConcats`: a string concat of concats is one concat of all their arguments
/// (`name || '-' || dept_id` is `concat(name, -, cast(dept_id as string))`).
enum CombineConcats {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformAllExpressionsUp { x in
            guard case .function(let f, let args) = x, isStringConcat(f),
                  args.contains(where: { if case .function(let inner, _) = $0 { isStringConcat(inner) } else { false } }) else { return nil }
            let flat = args.flatMap { a -> [Expression] in
                if case .function(let inner, let innerArgs) = a, isStringConcat(inner) { return innerArgs }
                return [a]
            }
            return try? FunctionRegistry.builtin.lookup("concat")?.build(flat, FunctionContext())
        }
    }

    private static func isStringConcat(_ f: ScalarFunction) -> Bool {
        f.name == "concat" && f.dataType == .string
    }
}
