/// `struct(a, b)` names its fields after column references and aliases, `col1`, `col2`... otherwise;
/// `named_struct('x', a, 'y', b)` takes the names it is given.
let structFunctionBuilders: [FunctionBuilder] =
    scalar("struct") { c, _ throws(SparkError) in
        var fields: [StructField] = []
        for (i, arg) in c.args.enumerated() {
            let name: String = switch arg {
            case .attribute(let a): a.name
            case .alias(_, let alias, _): alias
            default: "col\(i + 1)"
            }
            fields.append(StructField(name, arg.dataType, nullable: arg.nullable))
        }
        // Explain shows each field's name before its value, as Spark's CreateNamedStruct: struct(name, name#1).
        let names = fields.map(\.name)
        return c.make(c.args, .struct(fields), nullIntolerant: false,
                      explainFormat: { "struct(\(zip(names, $0).flatMap { [$0, $1] }.joined(separator: ", ")))" }) { v in .struct(v) }
    }
    + scalar("named_struct") { c, _ throws(SparkError) in
        guard c.count % 2 == 0, c.count > 0 else {
            throw SparkError("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "The `named_struct` requires 2n (n > 0) parameters but the actual number is \(c.count). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
        }
        var fields: [StructField] = []
        var values: [Expression] = []
        for i in stride(from: 0, to: c.count, by: 2) {
            guard case .string(let name)? = c.literal(i) else {
                throw SparkError("DATATYPE_MISMATCH.CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Only foldable `STRING` expressions are allowed to appear at odd position, but they are [\"\(c[i].prettyName)\"].")
            }
            fields.append(StructField(name, c[i + 1].dataType, nullable: c[i + 1].nullable))
            values.append(c[i + 1])
        }
        let valueCount = values.count
        return c.make(c.args, .struct(fields), nullIntolerant: false) { v in
            .struct((0..<valueCount).map { v[2 * $0 + 1] })
        }
    }

/// `col[key]`, `col.getItem(key)`, `col.getField(name)` and `a.b` on a resolved child: array index (0-based),
/// map lookup or struct field, as Spark's `ExtractValue` resolves them.
public enum ExtractValue {
    public static func extractValue(_ child: Expression, _ key: Expression) throws(SparkError) -> Expression {
        let keyText = key.prettyName
        switch child.dataType {
        case .array(.struct(let fields), let containsNull) where key.dataType == .string:
            // `array_of_structs.field` gives the array of that field.
            guard case .string(let name)? = FunctionCall.constant(key),
                  let index = fieldIndex(fields, name) else { throw fieldNotFound(key, child) }
            let field = fields[index]
            let fieldName = field.name
            return call("get_array_struct_fields", [child], .array(element: field.dataType, containsNull: containsNull || field.nullable),
                        explainFormat: { "\($0[0]).\(fieldName)" }) { v in
                guard case .array(let items) = v[0] else { return .null }
                return .array(items.map { if case .struct(let values) = $0, index < values.count { return values[index] }; return .null })
            }
        case .array(let element, _):
            let c = FunctionCall(name: "\(child.prettyName)[\(keyText)]", args: [child, key])
            let index = try c.coerce(1, toOneOf: [.int, .short, .byte, .long])
            return call("get_array_item", [child, index], element, nullable: true, format: { "\($0[0])[\(keyText)]" },
                        explainFormat: { "\($0[0])[\($0[1])]" }) { v in
                guard case .array(let items) = v[0], case .int(let i) = v[1] else { return .null }
                guard i >= 0, i < items.count else {
                    throw SparkError("INVALID_ARRAY_INDEX", "The index \(i) is out of bounds. The array has \(items.count) elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead.")
                }
                return items[Int(i)]
            }
        case .map(let k, let valueType, _):
            let c = FunctionCall(name: "\(child.prettyName)[\(keyText)]", args: [child, key])
            let lookup = try c.coerce(1, to: k)
            return call("get_map_value", [child, lookup], valueType, nullable: true, format: { "\($0[0])[\(keyText)]" },
                        explainFormat: { "\($0[0])[\($0[1])]" }) { v in
                guard case .map(let entries) = v[0] else { return .null }
                return entries.first { $0.key == v[1] }?.value ?? .null
            }
        case .struct(let fields):
            guard case .string(let name)? = FunctionCall.constant(key), let index = fieldIndex(fields, name) else {
                throw fieldNotFound(key, child)
            }
            let field = fields[index]
            let fieldName = field.name
            return call("get_struct_field", [child], field.dataType, nullable: child.nullable || field.nullable,
                        explainFormat: { "\($0[0]).\(fieldName)" }) { v in
                guard case .struct(let values) = v[0], index < values.count else { return .null }
                return values[index]
            }
        default:
            throw SparkError("INVALID_EXTRACT_BASE_FIELD_TYPE", "Can't extract a value from \"\(child.prettyName)\". Need a complex type [STRUCT, ARRAY, MAP] but got \"\(child.dataType.sqlName)\".", sqlState: "42000")
        }
    }

    /// Field lookup is case-insensitive, as with `spark.sql.caseSensitive=false`.
    static func fieldIndex(_ fields: [StructField], _ name: String) -> Int? {
        fields.firstIndex { $0.name == name } ?? fields.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    static func fieldNotFound(_ key: Expression, _ child: Expression) -> SparkError {
        let name = FunctionCall.constant(key).map { Cast.castToString($0, .string) } ?? key.prettyName
        var fields: [String] = []
        if case .struct(let fs) = child.dataType { fields = fs.map(\.name) }
        if case .array(.struct(let fs), _) = child.dataType { fields = fs.map(\.name) }
        return SparkError("FIELD_NOT_FOUND", "No such struct field \(SparkErrors.quoteName(name)) in \(fields.map { SparkErrors.quoteName($0) }.joined(separator: ", ")).", sqlState: "42704")
    }
}
