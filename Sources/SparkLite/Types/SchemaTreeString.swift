/// `df.printSchema()` text: Spark's `StructType.treeString`, with `typeName`s (`integer`, `long`) and
/// nested arrays, maps and structs indented below their field.
public enum SchemaTreeString {
    public static func format(_ fields: [StructField]) -> String {
        var lines = ["root"]
        for f in fields { append(f.name, f.dataType, "(nullable = \(f.nullable))", prefix: " |", into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(_ name: String, _ type: DataType, _ suffix: String, prefix: String, into lines: inout [String]) {
        lines.append("\(prefix)-- \(name): \(typeName(type))" + (suffix.isEmpty ? "" : " \(suffix)"))
        let inner = prefix + "    |"
        switch type {
        case .array(let e, let containsNull):
            append("element", e, "(containsNull = \(containsNull))", prefix: inner, into: &lines)
        case .map(let k, let v, let valueContainsNull):
            append("key", k, "", prefix: inner, into: &lines)
            append("value", v, "(valueContainsNull = \(valueContainsNull))", prefix: inner, into: &lines)
        case .struct(let fields):
            for f in fields { append(f.name, f.dataType, "(nullable = \(f.nullable))", prefix: inner, into: &lines) }
        default: break
        }
    }

    /// Spark's `DataType.typeName`.
    static func typeName(_ type: DataType) -> String {
        switch type {
        case .byte: "byte"
        case .short: "short"
        case .int: "integer"
        case .long: "long"
        case .array: "array"
        case .map: "map"
        case .struct: "struct"
        default: type.simpleString
        }
    }
}
