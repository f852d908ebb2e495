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
