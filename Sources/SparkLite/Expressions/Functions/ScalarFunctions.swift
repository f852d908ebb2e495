/// Every scalar function family, registered by name.
let scalarFunctionBuilders: [FunctionBuilder] =
    conditionalFunctionBuilders
    + stringFunctionBuilders
    + regexFunctionBuilders
    + regexSearchFunctionBuilders
    + urlFunctionBuilders
    + urlCodingFunctionBuilders
    + numberFormatFunctionBuilders
    + mathFunctionBuilders
    + dateTimeFunctionBuilders
    + timestampUnitFunctionBuilders
    + timeZoneFunctionBuilders
    + arrayFunctionBuilders
    + mapFunctionBuilders
    + structFunctionBuilders
    + updateFieldsBuilders
    + hashFunctionBuilders
    + miscFunctionBuilders
    + jsonFunctionBuilders
    + higherOrderFunctionBuilders

/// One builder per spelling: Spark prints the spelling the user wrote (`ucase(a)`, `upper(a)`).
func scalar(_ names: String..., build: @escaping @Sendable (FunctionCall, FunctionContext) throws(SparkError) -> Expression) -> [FunctionBuilder] {
    names.map { name in
        FunctionBuilder(name) { args, context throws(SparkError) in
            try build(FunctionCall(name: name, args: args, ansi: context.ansi), context)
        }
    }
}

/// A call being built: its name as written, its resolved arguments, and Spark's argument checks and messages.
struct FunctionCall {
    let name: String
    var args: [Expression]
    /// `spark.sql.ansi.enabled`: with ANSI off, implicit casts return null instead of raising.
    var ansi = true

    /// The mode of the implicit casts and arithmetic this call performs.
    var mode: EvalMode { ansi ? .ansi : .legacy }

    var count: Int { args.count }
    subscript(_ i: Int) -> Expression { args[i] }

    /// The call as Spark prints it in `Cannot resolve "..."`.
    var sqlExpr: String { "\(name)(\(args.map(\.prettyName).joined(separator: ", ")))" }

    // MARK: Arity

    func arity(_ n: Int) throws(SparkError) {
        if args.count != n { throw wrongNumArgs(String(n)) }
    }

    func arity(_ range: ClosedRange<Int>) throws(SparkError) {
        if !range.contains(args.count) {
            let expected = range.count == 1 ? String(range.lowerBound) : "[" + range.map(String.init).joined(separator: ", ") + "]"
            throw wrongNumArgs(expected)
        }
    }

    func arity(atLeast n: Int) throws(SparkError) {
        if args.count < n { throw wrongNumArgs("> \(n - 1)") }
    }

    func wrongNumArgs(_ expected: String) -> SparkError {
        SparkError("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "The `\(name)` requires \(expected) parameters but the actual number is \(args.count). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
    }

    // MARK: Types

    /// Casts argument `i` to `type` when ANSI coercion allows it, else `UNEXPECTED_INPUT_TYPE`.
    func coerce(_ i: Int, to type: DataType) throws(SparkError) -> Expression {
        if let e = TypeCoercion.implicitCast(args[i], to: type) { return e }
        throw unexpectedType(i, required: "\"\(type.sqlName)\"")
    }

    /// Argument `i` coerced to the first of `types` it already is or can be cast to.
    func coerce(_ i: Int, toOneOf types: [DataType]) throws(SparkError) -> Expression {
        let t = args[i].dataType
        if types.contains(t) { return args[i] }
        if t == .string || t == .null, let first = types.first, let e = TypeCoercion.implicitCast(args[i], to: first) { return e }
        for type in types {
            if t.isNumeric && type.isNumeric && !TypeCoercion.isNumericWidening(t, type) { continue }
            if let e = TypeCoercion.implicitCast(args[i], to: type) { return e }
        }
        throw unexpectedType(i, required: "(" + types.map { "\"\($0.sqlName)\"" }.joined(separator: " or ") + ")")
    }

    /// A numeric argument; strings become double, as Spark's `NumericType` expectation does.
    func numeric(_ i: Int) throws(SparkError) -> Expression {
        let t = args[i].dataType
        if t.isNumeric { return args[i] }
        if t == .string { return .cast(args[i], .double, .ansi) }
        if t == .null { return .cast(args[i], .double, .ansi) }
        throw unexpectedType(i, required: "\"NUMERIC\"")
    }

    /// A string argument: atomic values are cast to string, as Spark's implicit casts do.
    func string(_ i: Int) throws(SparkError) -> Expression { try coerce(i, to: .string) }

    /// An integer argument (`INT`): narrower integrals widen, strings are cast.
    func int(_ i: Int) throws(SparkError) -> Expression { try coerce(i, to: .int) }

    /// An array argument, or `UNEXPECTED_INPUT_TYPE`.
    func array(_ i: Int) throws(SparkError) -> (Expression, DataType, Bool) {
        switch args[i].dataType {
        case .array(let e, let n): return (args[i], e, n)
        case .null: return (.cast(args[i], .array(element: .null, containsNull: true), .ansi), .null, true)
        default: throw unexpectedType(i, required: "\"ARRAY\"")
        }
    }

    func unexpectedType(_ i: Int, required: String) -> SparkError {
        guard i < args.count else { return wrongNumArgs(String(i + 1)) }
        return SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(sqlExpr)\" due to data type mismatch: The \(Self.ordinal(i)) parameter requires the \(required) type, however \"\(args[i].prettyName)\" has the type \"\(args[i].dataType.sqlName)\".")
    }

    /// `DATA_DIFF_TYPES`: Spark lists the types as `("INT" or "DATE")` for some functions and `["INT", "DATE"]` for others.
    func dataDiffTypes(bracketed: Bool) -> SparkError {
        let names = args.map { "\"\($0.dataType.sqlName)\"" }
        let list = bracketed ? "[" + names.joined(separator: ", ") + "]" : "(" + names.joined(separator: " or ") + ")"
        return SparkError("DATATYPE_MISMATCH.DATA_DIFF_TYPES", "Cannot resolve \"\(sqlExpr)\" due to data type mismatch: Input to `\(name.lowercased())` should all be the same type, but it's \(list).")
    }

    /// All arguments cast to their wider common type, or `DATA_DIFF_TYPES`.
    func commonType(bracketed: Bool, stringPromotion: Bool = true) throws(SparkError) -> ([Expression], DataType) {
        let types = args.map(\.dataType)
        let wider = stringPromotion ? TypeCoercion.widerType(types) : TypeCoercion.widerTypeWithoutStringPromotion(types)
        guard let t = wider else { throw dataDiffTypes(bracketed: bracketed) }
        var out: [Expression] = []
        for a in args {
            if a.dataType == t { out.append(a); continue }
            guard let c = TypeCoercion.implicitCast(a, to: t) ?? (Cast.canCast(from: a.dataType, to: t, mode: .ansi) ? .cast(a, t, .ansi) : nil) else {
                throw dataDiffTypes(bracketed: bracketed)
            }
            out.append(c)
        }
        return (out, t)
    }

    static func ordinal(_ i: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        return i < words.count ? words[i] : "\(i + 1)th"
    }

    /// The value of a constant argument (a literal, possibly cast), used for Spark's checks on constant parameters.
    func literal(_ i: Int) -> Value? { Self.constant(args[i]) }

    static func constant(_ e: Expression) -> Value? {
        switch e {
        case .literal(let v, _): return v
        case .alias(let c, _, _): return constant(c)
        case .cast(let c, let t, let mode):
            guard let v = constant(c) else { return nil }
            return try? Cast.evaluate(v, from: c.dataType, to: t, mode: mode)
        default: return nil
        }
    }
}

extension FunctionCall {
    /// The resolved call. Casts that coercion put around an argument are applied inside `evaluate` instead of
    /// being kept in the tree, so the default column name shows the arguments as written (`coalesce(x, 0)`,
    /// `upper(1)`), as Spark's does.
    func make(
        _ coerced: [Expression], _ type: DataType, name displayName: String? = nil, nullable: Bool = false,
        nullIntolerant: Bool = true, deterministic: Bool = true, display: [Int]? = nil,
        format: (@Sendable ([String]) -> String)? = nil, explainFormat: (@Sendable ([String]) -> String)? = nil,
        evaluate: @escaping @Sendable ([Value]) throws -> Value
    ) -> Expression {
        var shown = coerced
        var conversions: [(Int, DataType, DataType)] = []
        for i in coerced.indices {
            guard case .cast(let inner, let to, .ansi) = coerced[i] else { continue }
            if i < args.count, inner.prettyName == args[i].prettyName, args[i].dataType != to, inner.dataType == args[i].dataType {
                shown[i] = args[i]
                conversions.append((i, inner.dataType, to))
            } else if !ansi {
                shown[i] = .cast(inner, to, .legacy)
            }
        }
        if conversions.isEmpty {
            return call(displayName ?? name, shown, type, nullable: nullable, nullIntolerant: nullIntolerant,
                        deterministic: deterministic, display: display, format: format, explainFormat: explainFormat, evaluate: evaluate)
        }
        let steps = conversions
        let castMode = mode
        let made = call(displayName ?? name, shown, type, nullable: nullable, nullIntolerant: nullIntolerant,
                        deterministic: deterministic, display: display, format: format, explainFormat: explainFormat) { values in
            var converted = values
            for (i, from, to) in steps { converted[i] = try Cast.evaluate(values[i], from: from, to: to, mode: castMode) }
            return try evaluate(converted)
        }
        guard case .function(var f, let madeArgs) = made else { return made }
        for (i, _, to) in steps { f.argumentCasts[i] = to }
        return .function(f, madeArgs)
    }
}

/// Builds the resolved call.
func call(
    _ name: String, _ args: [Expression], _ type: DataType, nullable: Bool = false, nullIntolerant: Bool = true,
    deterministic: Bool = true, display: [Int]? = nil, format: (@Sendable ([String]) -> String)? = nil,
    explainFormat: (@Sendable ([String]) -> String)? = nil,
    evaluate: @escaping @Sendable ([Value]) throws -> Value
) -> Expression {
    var f = ScalarFunction(name: name, dataType: type, nullable: nullable, nullIntolerant: nullIntolerant,
                           deterministic: deterministic, displayArguments: display, evaluate: evaluate)
    f.prettyFormat = format
    f.explainFormat = explainFormat
    return .function(f, args)
}

/// Results longer than this many characters or elements are refused rather than exhausting memory.
let maxResultLength = 1 << 26

/// `MEMORY_LIMIT` for a function result that would not fit the engine's budget.
func checkResultLength(_ n: Int, _ function: String) throws {
    if n > maxResultLength {
        throw SparkError("MEMORY_LIMIT", "`\(function)` would build a result of \(n) characters or elements, more than the embedded engine allows (\(maxResultLength)).")
    }
}

/// Spark's `INVALID_PARAMETER_VALUE.*` runtime error.
func invalidParameter(_ sub: String, parameter: String, function: String, _ detail: String) -> SparkError {
    SparkError("INVALID_PARAMETER_VALUE.\(sub)", "The value of parameter(s) `\(parameter)` in `\(function)` is invalid: \(detail)", sqlState: "22023")
}
