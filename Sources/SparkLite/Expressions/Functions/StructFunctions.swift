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

/// `col.withField(name, value)` and `col.dropFields(name)` (Spark's `UpdateFields`), built by the DataFrame
/// API as `update_fields(struct, 'WithField:name', value, 'DropField:name', ...)`. A field is replaced where
/// one has the name (case-insensitively, taking the new name) and appended otherwise; a null struct stays null.
let updateFieldsBuilders: [FunctionBuilder] = [
    FunctionBuilder(UpdateFields.functionName) { args, context throws(SparkError) in
        try UpdateFields.build(FunctionCall(name: UpdateFields.functionName, args: args, ansi: context.ansi))
    },
]

public enum UpdateFields {
    static let functionName = "update_fields"
    static let withFieldTag = "WithField:"
    static let dropFieldTag = "DropField:"

    /// The call a chain of `withField` / `dropFields` makes, merged into one as Spark merges them.
    public static func call(_ base: Expression, with name: String, _ value: Expression) -> Expression {
        appending(base, [.literal(.string(withFieldTag + name), .string), value])
    }

    public static func call(_ base: Expression, dropping name: String) -> Expression {
        appending(base, [.literal(.string(dropFieldTag + name), .string)])
    }

    private static func appending(_ base: Expression, _ operation: [Expression]) -> Expression {
        if case .unresolvedFunction(let name, let args, false) = base, name == functionName {
            return .unresolvedFunction(name: functionName, arguments: args + operation, isDistinct: false)
        }
        return .unresolvedFunction(name: functionName, arguments: [base] + operation, isDistinct: false)
    }

    static func build(_ c: FunctionCall) throws(SparkError) -> Expression {
        guard c.count >= 2 else { throw c.unexpectedType(0, required: "\"STRUCT\"") }
        // A non-struct input fails after the operations are read, so the error names them as Spark does.
        let fields: [StructField] = if case .struct(let f) = c[0].dataType { f } else { [] }
        // Each output field reads the input struct's field (`.input`) or an argument (`.argument`).
        enum Source { case input(Int), argument(Int) }
        var out: [(field: StructField, source: Source)] = fields.enumerated().map { ($1, .input($0)) }
        var labels: [(argument: Int?, text: String)] = []
        var i = 1
        while i < c.count {
            guard case .string(let op)? = c.literal(i) else { throw SparkError.internalError("update_fields expects operations") }
            if op.hasPrefix(withFieldTag), i + 1 < c.count {
                let name = String(op.dropFirst(withFieldTag.count)), value = c[i + 1]
                let field = StructField(name, value.dataType, nullable: value.nullable)
                let matches = out.indices.filter { out[$0].field.name.lowercased() == name.lowercased() }
                if matches.isEmpty { out.append((field, .argument(i + 1))) }
                for m in matches { out[m] = (field, .argument(i + 1)) }
                labels.append((i + 1, "WithField"))
                i += 2
            } else if op.hasPrefix(dropFieldTag) {
                let name = String(op.dropFirst(dropFieldTag.count)).lowercased()
                out.removeAll { $0.field.name.lowercased() == name }
                labels.append((nil, "dropfield()"))
                i += 1
            } else {
                throw SparkError.internalError("update_fields: unknown operation \(op)")
            }
        }
        let display = labels
        let text: @Sendable ([String]) -> String = { shown in
            let ops = display.map { label in label.argument.map { "WithField(\(shown[$0]))" } ?? label.text }
            return "update_fields(\(shown[0]), \(ops.joined(separator: ", ")))"
        }
        guard case .struct = c[0].dataType else {
            throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(text(c.args.map(\.prettyName)))\" due to data type mismatch: The first parameter requires the \"STRUCT\" type, however \"\(c[0].prettyName)\" has the type \"\(c[0].dataType.sqlName)\".")
        }
        guard !out.isEmpty else {
            throw SparkError("DATATYPE_MISMATCH.CANNOT_DROP_ALL_FIELDS", "Cannot resolve \"\(text(c.args.map(\.prettyName)))\" due to data type mismatch: Cannot drop all fields in struct.", sqlState: "42K09")
        }
        let sources = out.map(\.source)
        return c.make(c.args, .struct(out.map(\.field)), nullable: c[0].nullable, nullIntolerant: false,
                      format: text, explainFormat: text) { v in
            guard case .struct(let values) = v[0] else { return .null }
            return .struct(sources.map { source in
                switch source {
                case .input(let j): j < values.count ? values[j] : .null
                case .argument(let j): v[j]
                }
            })
        }
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
            var access = call("get_struct_field", [child], field.dataType, nullable: child.nullable || field.nullable,
                              format: { "\($0[0]).\(fieldName)" }, explainFormat: { "\($0[0]).\(fieldName)" }) { v in
                guard case .struct(let values) = v[0], index < values.count else { return .null }
                return values[index]
            }
            if case .function(var f, let args) = access {
                f.structFieldOrdinal = index
                access = .function(f, args)
            }
            return access
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
