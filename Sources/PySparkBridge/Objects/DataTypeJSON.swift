import PyLite
import SparkLite

/// PySpark's `DataType.jsonValue()` and `json()`: a simple type is its type name (`"integer"`,
/// `"decimal(10,2)"`), an array, map or struct an object; `json()` writes it with sorted keys and no spaces.
enum DataTypeJSON {
    /// The JSON value as a tree of (sorted) objects, arrays and scalar texts.
    private indirect enum Node {
        case object([(String, Node)])
        case array([Node])
        case string(String)
        case bool(Bool)
    }

    static func text(_ type: DataType) -> String { serialize(node(type)) }

    static func python(_ type: DataType) throws -> PyValue { try python(node(type)) }

    private static func node(_ type: DataType) -> Node {
        switch type {
        case .array(let element, let containsNull):
            return .object([("containsNull", .bool(containsNull)), ("elementType", node(element)), ("type", .string("array"))])
        case .map(let key, let value, let valueContainsNull):
            return .object([("keyType", node(key)), ("type", .string("map")),
                            ("valueContainsNull", .bool(valueContainsNull)), ("valueType", node(value))])
        case .struct(let fields):
            let items: [Node] = fields.map { f in
                .object([("metadata", .object([])), ("name", .string(f.name)), ("nullable", .bool(f.nullable)), ("type", node(f.dataType))])
            }
            return .object([("fields", .array(items)), ("type", .string("struct"))])
        case .decimal(let p, let s): return .string("decimal(\(p),\(s))")
        default: return .string(DataTypeObject.typeName(type))
        }
    }

    private static func serialize(_ n: Node) -> String {
        switch n {
        case .object(let members): return "{" + members.map { quoted($0.0) + ":" + serialize($0.1) }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(serialize).joined(separator: ",") + "]"
        case .string(let s): return quoted(s)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    private static func python(_ n: Node) throws -> PyValue {
        switch n {
        case .object(let members): return try .newDict(members.map { (.str($0.0), try python($0.1)) })
        case .array(let items): return .newList(try items.map(python))
        case .string(let s): return .str(s)
        case .bool(let b): return .bool(b)
        }
    }
}
