import Foundation

/// Small functions of no other family: typeof, equal_null, zeroifnull, nullifzero, uuid, current_database,
/// and the cast functions `int(x)`, `string(x)`...
let miscFunctionBuilders: [FunctionBuilder] =
    scalar("typeof") { c, _ throws(SparkError) in
        try c.arity(1)
        let name = c[0].dataType.simpleString
        return c.make([c[0]], .string, nullIntolerant: false) { _ in .string(name) }
    }
    + scalar("equal_null") { c, _ throws(SparkError) in
        try c.arity(2)
        let (args, _) = try c.commonType(bracketed: true)
        return c.make(args, .boolean, nullIntolerant: false) { v in
            if v[0].isNull || v[1].isNull { return .bool(v[0].isNull && v[1].isNull) }
            return .bool(ValueOrdering.compare(v[0], v[1]) == 0)
        }
    }
    + scalar("zeroifnull", "nullifzero") { c, _ throws(SparkError) in
        try c.arity(1)
        let x = try c.numeric(0)
        let type = x.dataType
        let zero: Value = switch type {
        case .decimal(_, let s): .decimal(0, scale: s)
        case .float, .double: .double(0)
        default: .int(0)
        }
        if c.name == "zeroifnull" {
            return c.make([x], type, nullIntolerant: false) { v in v[0].isNull ? zero : v[0] }
        }
        return c.make([x], type, nullable: true) { v in isZero(v[0]) ? .null : v[0] }
    }
    + castAlias("string", .string) + castAlias("int", .int) + castAlias("bigint", .long) + castAlias("smallint", .short)
    + castAlias("tinyint", .byte) + castAlias("double", .double) + castAlias("float", .float)
    + castAlias("boolean", .boolean) + castAlias("date", .date) + castAlias("timestamp", .timestamp)
    + castAlias("binary", .binary) + castAlias("decimal", .decimal(precision: 10, scale: 0))
    + scalar("uuid") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .string, deterministic: false) { _ in .string(UUID().uuidString.lowercased()) }
    }
    + PartitionIndex.builders
    + scalar("current_database", "current_schema") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .string, name: "current_schema") { _ in .string("default") }
    }
    + scalar("current_catalog") { c, _ throws(SparkError) in
        try c.arity(0)
        return c.make([], .string) { _ in .string("spark_catalog") }
    }
    + scalar("raise_error") { c, _ throws(SparkError) in
        try c.arity(1)
        return raiseError(c, message: try c.string(0))
    }
    + scalar("assert_true") { c, _ throws(SparkError) in
        // assert_true(cond [, message]) is Spark's `IF(cond, NULL, raise_error(message))`; the default
        // message quotes the condition: `'(id < 5)' is not true!`.
        try c.arity(1...2)
        guard c[0].dataType == .boolean || c[0].dataType == .null else { throw c.unexpectedType(0, required: "\"BOOLEAN\"") }
        let message = c.count == 2 ? try c.string(1) : Expression.literal(.string("'\(c[0].prettyName)' is not true!"), .string)
        var shown = c
        shown.args = [c[0], message]
        let made = shown.make([c[0], message], .null, nullIntolerant: false) { v in
            if case .bool(true) = v[0] { return .null }
            throw userRaisedException(v[1])
        }
        return unfoldable(made)
    }

/// `raise_error(message)`: fails the query with USER_RAISED_EXCEPTION when a row reaches it; its type is void.
private func raiseError(_ c: FunctionCall, message: Expression) -> Expression {
    unfoldable(c.make([message], .null, nullIntolerant: false) { v in throw userRaisedException(v[0]) })
}

private func userRaisedException(_ message: Value) -> SparkError {
    SparkError("USER_RAISED_EXCEPTION", message.isNull ? "null" : Cast.castToString(message, .string), sqlState: "P0001")
}

/// The call kept for run time: its error belongs to the rows that reach it, not to the plan.
private func unfoldable(_ e: Expression) -> Expression {
    guard case .function(var f, let args) = e else { return e }
    f.foldable = false
    return .function(f, args)
}

/// `int(x)`, `string(x)`, `date(x)`...: Spark's cast functions. (Spark names the column after `x` alone.)
func castAlias(_ name: String, _ type: DataType) -> [FunctionBuilder] {
    scalar(name) { c, _ throws(SparkError) in
        try c.arity(1)
        guard Cast.canCast(from: c[0].dataType, to: type, mode: c.mode) else {
            throw Cast.mismatchError(c[0], to: type, mode: c.mode)
        }
        return .cast(c[0], type, c.mode)
    }
}
