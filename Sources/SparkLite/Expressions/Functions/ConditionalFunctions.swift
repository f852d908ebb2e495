/// Null handling and choice: coalesce, nvl, nvl2, ifnull, nullif, if, greatest, least, isnan, nanvl, isnull, isnotnull.
let conditionalFunctionBuilders: [FunctionBuilder] =
    scalar("coalesce", "nvl", "ifnull") { c, _ throws(SparkError) in
        if c.name == "coalesce" { try c.arity(atLeast: 1) } else { try c.arity(2) }
        let (args, type) = try c.commonType(bracketed: false)
        // nvl and ifnull are Spark's coalesce under another name; explain shows coalesce.
        let made = c.make(args, type, nullable: args.allSatisfy(\.nullable), nullIntolerant: false,
                          explainFormat: { "coalesce(\($0.joined(separator: ", ")))" }) { values in
            values.first { !$0.isNull } ?? .null
        }
        // Row by row the arguments after the first non-null one are not evaluated, as in Spark.
        guard case .function(var f, let madeArgs) = made else { return made }
        let casts = f.argumentCasts, types = madeArgs.map(\.dataType), mode = c.mode
        f.evaluateLazily = { thunks in
            for (i, next) in thunks.enumerated() {
                let v = try next()
                if v.isNull { continue }
                if let to = casts[i] { return try Cast.evaluate(v, from: types[i], to: to, mode: mode) }
                return v
            }
            return .null
        }
        return .function(f, madeArgs)
    }
    + scalar("nvl2") { c, _ throws(SparkError) in
        try c.arity(3)
        let branches = FunctionCall(name: c.name, args: [c[1], c[2]])
        let (coerced, type) = try branches.commonType(bracketed: true)
        // Spark's nvl2 is if(isnotnull(a), b, c), and explain shows that.
        return c.make([c[0]] + coerced, type, nullable: coerced.contains(where: \.nullable), nullIntolerant: false,
                      explainFormat: { Expression.ifText("isnotnull(\($0[0]))", $0[1], $0[2]) }) { v in
            v[0].isNull ? v[2] : v[1]
        }
    }
    + scalar("nullif") { c, _ throws(SparkError) in
        try c.arity(2)
        let (compared, _) = try c.commonType(bracketed: true)
        // Spark rewrites nullif(a, b) to if(a = b, null, a): the result keeps a's type.
        return c.make(c.args + compared, c[0].dataType, nullable: true, nullIntolerant: false, display: [0, 1],
                      explainFormat: { Expression.ifText("(\($0[2]) = \($0[3]))", "null", $0[0]) }) { v in
            if v[2].isNull || v[3].isNull { return v[0] }
            return ValueOrdering.compare(v[2], v[3]) == 0 ? .null : v[0]
        }
    }
    + scalar("if") { c, _ throws(SparkError) in
        try c.arity(3)
        let condition = c[0].dataType == .null ? Expression.cast(c[0], .boolean, .ansi) : c[0]
        guard condition.dataType == .boolean else {
            throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"(IF(\(c.args.map(\.prettyName).joined(separator: ", "))))\" due to data type mismatch: The first parameter requires the \"BOOLEAN\" type, however \"\(c[0].prettyName)\" has the type \"\(c[0].dataType.sqlName)\".")
        }
        let branches = FunctionCall(name: "(IF(\(c.args.map(\.prettyName).joined(separator: ", "))))", args: [c[1], c[2]])
        guard let type = TypeCoercion.widerType(c[1].dataType, c[2].dataType),
              let a = TypeCoercion.implicitCast(c[1], to: type), let b = TypeCoercion.implicitCast(c[2], to: type) else {
            let list = "[\"\(c[1].dataType.sqlName)\", \"\(c[2].dataType.sqlName)\"]"
            throw SparkError("DATATYPE_MISMATCH.DATA_DIFF_TYPES", "Cannot resolve \"\(branches.name)\" due to data type mismatch: Input to `if` should all be the same type, but it's \(list).")
        }
        // A CASE expression, so only the chosen branch is evaluated, as Spark's `If` does
        // (`if(b = 0, 0, a / b)` must not divide by zero); named `(IF(c, a, b))` as Spark names it.
        return .replaceable("if", shown: c.args, replacement: .caseWhen(branches: [CaseBranch(condition, a)], elseValue: b),
                            format: { "(IF(\($0.joined(separator: ", "))))" })
    }
    + scalar("between") { c, context throws(SparkError) in
        try c.arity(3)
        // `a BETWEEN lo AND hi` is `between(a, lo, hi)` by name and `a >= lo AND a <= hi` by value.
        func compare(_ op: ComparisonOperator, _ l: Expression, _ r: Expression) throws(SparkError) -> Expression {
            let e = Expression.comparison(op, l, r)
            switch Result(catching: { try TypeCoercionRules.coerce(e, ansi: context.ansi) }) {
            case .success(let coerced): return coerced ?? e
            case .failure(let error): throw error as? SparkError ?? SparkError.internalError("\(error)")
            }
        }
        let replacement = Expression.and(try compare(.greaterThanOrEqual, c[0], c[1]), try compare(.lessThanOrEqual, c[0], c[2]))
        return .replaceable("between", shown: c.args, replacement: replacement)
    }
    + scalar("greatest", "least") { c, _ throws(SparkError) in
        try c.arity(atLeast: 2)
        let (args, type) = try c.commonType(bracketed: true, stringPromotion: false)
        guard type.isOrderable else {
            throw SparkError("DATATYPE_MISMATCH.INVALID_ORDERING_TYPE", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: The `\(c.name)` does not support ordering on type \"\(type.sqlName)\".")
        }
        let sign = c.name == "greatest" ? 1 : -1
        return c.make(args, type, nullable: args.allSatisfy(\.nullable), nullIntolerant: false) { values in
            var best = Value.null
            for v in values where !v.isNull {
                if best.isNull || ValueOrdering.compare(v, best) * sign > 0 { best = v }
            }
            return best
        }
    }
    + scalar("isnan") { c, _ throws(SparkError) in
        try c.arity(1)
        let x = try fractional(c, 0)
        return c.make([x], .boolean, nullIntolerant: false) { v in
            if case .double(let d) = v[0] { return .bool(d.isNaN) }
            return .bool(false)
        }
    }
    + scalar("nanvl") { c, _ throws(SparkError) in
        try c.arity(2)
        let a = try fractional(c, 0), b = try fractional(c, 1)
        let type: DataType = a.dataType == .float && b.dataType == .float ? .float : .double
        let left = a.dataType == type ? a : Expression.cast(a, type, .ansi)
        let right = b.dataType == type ? b : Expression.cast(b, type, .ansi)
        return c.make([left, right], type, nullable: left.nullable || right.nullable, nullIntolerant: false) { v in
            if case .double(let d) = v[0], d.isNaN { return v[1] }
            return v[0]
        }
    }
    + scalar("isnull") { c, _ throws(SparkError) in
        try c.arity(1)
        return .isNull(c[0])
    }
    + scalar("isnotnull") { c, _ throws(SparkError) in
        try c.arity(1)
        return .isNotNull(c[0])
    }

/// A DOUBLE or FLOAT argument: other numerics and strings are cast to double (Spark's `TypeCollection(DoubleType, FloatType)`).
func fractional(_ c: FunctionCall, _ i: Int) throws(SparkError) -> Expression {
    let t = c[i].dataType
    if t == .double || t == .float { return c[i] }
    if t.isNumeric || t == .string || t == .null { return .cast(c[i], .double, .ansi) }
    throw c.unexpectedType(i, required: "(\"DOUBLE\" or \"FLOAT\")")
}
