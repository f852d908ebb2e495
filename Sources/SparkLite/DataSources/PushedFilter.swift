/// Spark's data source filters (`org.apache.spark.sql.sources.Filter`) as explain prints them in
/// `PushedFilters: [IsNotNull(id), GreaterThan(id,1)]`: the conjuncts of a scan's filter that compare
/// a column of the relation with a literal. The scan's `Filter` stays above, so results never depend
/// on what was pushed.
enum PushedFilter {
    static func translate(_ e: Expression) -> String? {
        switch e {
        case .isNotNull(.attribute(let a)): return "IsNotNull(\(a.name))"
        case .isNull(.attribute(let a)): return "IsNull(\(a.name))"
        case .comparison(let op, .attribute(let a), .literal(let v, let t)):
            return "\(name(op))(\(a.name),\(text(v, t)))"
        case .comparison(let op, .literal(let v, let t), .attribute(let a)):
            return "\(name(flipped(op)))(\(a.name),\(text(v, t)))"
        case .inList(.attribute(let a), let items):
            var values: [String] = []
            for item in items {
                guard case .literal(let v, let t) = item else { return nil }
                values.append(text(v, t))
            }
            return "In(\(a.name), [\(values.joined(separator: ","))])"
        case .and(let l, let r):
            guard let a = translate(l), let b = translate(r) else { return nil }
            return "And(\(a),\(b))"
        case .or(let l, let r):
            guard let a = translate(l), let b = translate(r) else { return nil }
            return "Or(\(a),\(b))"
        case .not(let inner):
            return translate(inner).map { "Not(\($0))" }
        case .function(let f, let args) where ["startswith", "endswith", "contains"].contains(f.name):
            guard args.count == 2, case .attribute(let a) = args[0], case .literal(.string(let s), _) = args[1] else { return nil }
            let kind = ["startswith": "StringStartsWith", "endswith": "StringEndsWith", "contains": "StringContains"][f.name]!
            return "\(kind)(\(a.name),\(s))"
        default: return nil
        }
    }

    private static func name(_ op: ComparisonOperator) -> String {
        switch op {
        case .equal: "EqualTo"
        case .equalNullSafe: "EqualNullSafe"
        case .lessThan: "LessThan"
        case .lessThanOrEqual: "LessThanOrEqual"
        case .greaterThan: "GreaterThan"
        case .greaterThanOrEqual: "GreaterThanOrEqual"
        }
    }

    private static func flipped(_ op: ComparisonOperator) -> ComparisonOperator {
        switch op {
        case .lessThan: .greaterThan
        case .lessThanOrEqual: .greaterThanOrEqual
        case .greaterThan: .lessThan
        case .greaterThanOrEqual: .lessThanOrEqual
        default: op
        }
    }

    /// Values as Scala prints them inside a filter: strings bare, dates and timestamps as SQL text.
    private static func text(_ v: Value, _ t: DataType) -> String {
        if case .string(let s) = v { return s }
        return Cast.castToString(v, t)
    }
}
