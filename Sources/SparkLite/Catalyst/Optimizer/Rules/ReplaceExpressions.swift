/// Spark's `ReplaceExpressions`: a call kept only for its name (`between(a, 0, 10)`, `if(...)`,
/// see `ScalarFunction.isReplaceable`) gives way to the expression that computes it, so plans and
/// later rules see `((a >= 0) AND (a <= 10))` as Spark's do.
enum ReplaceExpressions {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformAllExpressionsUp { x in
            // `if` stays: Spark's If is its own expression, explained `if (c) a else b`; it evaluates
            // through its CASE replacement all the same.
            guard case .function(let f, let args) = x, f.isReplaceable, f.name != "if" else { return nil }
            return args.last
        }
    }
}
