/// Spark's `SimplifyExtractValueOps`: reading a field of a struct built in the same expression reads the
/// field's value directly, `struct(a, b + 1).col2` is `b + 1`.
enum SimplifyExtractValueOps {
    static func apply(_ plan: LogicalPlan) -> LogicalPlan {
        plan.transformUp { p in
            p.mapExpressions { $0.transformUp(simplified) }
        }
    }

    static func simplified(_ e: Expression) -> Expression? {
        guard case .function(let access, let args) = e, let ordinal = access.structFieldOrdinal, args.count == 1,
              let values = structValues(args[0]), ordinal < values.count else { return nil }
        return values[ordinal].unaliased
    }

    /// The field values of a `struct(...)` or `named_struct(...)` call, in field order.
    static func structValues(_ e: Expression) -> [Expression]? {
        guard case .function(let f, let args) = e.unaliased else { return nil }
        switch f.name {
        case "struct": return args
        case "named_struct": return stride(from: 1, to: args.count, by: 2).map { args[$0] }
        default: return nil
        }
    }
}
