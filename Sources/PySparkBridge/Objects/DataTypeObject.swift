import PyLite
import SparkLite

/// `pyspark.sql.types`: `IntegerType()`, `StructType([...])`, `StructField(...)` and friends.
final class DataTypeObject: PyHostObject {
    let dataType: DataType

    init(_ dataType: DataType) { self.dataType = dataType }

    var pyTypeName: String { Self.className(dataType) }

    static func className(_ t: DataType) -> String {
        switch t {
        case .null: "NullType"
        case .boolean: "BooleanType"
        case .byte: "ByteType"
        case .short: "ShortType"
        case .int: "IntegerType"
        case .long: "LongType"
        case .float: "FloatType"
        case .double: "DoubleType"
        case .decimal: "DecimalType"
        case .string: "StringType"
        case .binary: "BinaryType"
        case .date: "DateType"
        case .timestamp: "TimestampType"
        case .dayTimeInterval: "DayTimeIntervalType"
        case .yearMonthInterval: "YearMonthIntervalType"
        case .array: "ArrayType"
        case .map: "MapType"
        case .struct: "StructType"
        }
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "simpleString": return .native(PyNativeFunction(name: name) { [dataType] _ in .str(dataType.simpleString) })
        case "fields", "names":
            guard case .struct(let fields) = dataType else { return nil }
            return name == "names" ? .newList(fields.map { .str($0.name) }) : .newList(fields.map { .host(StructFieldObject($0)) })
        case "fieldNames":
            guard case .struct(let fields) = dataType else { return nil }
            return .native(PyNativeFunction(name: name) { _ in .newList(fields.map { .str($0.name) }) })
        case "typeName":
            return .native(PyNativeFunction(name: name) { [dataType] _ in .str(Self.typeName(dataType)) })
        case "json":
            return .native(PyNativeFunction(name: name) { [dataType] _ in .str(DataTypeJSON.text(dataType)) })
        case "jsonValue":
            return .native(PyNativeFunction(name: name) { [dataType] _ in try DataTypeJSON.python(dataType) })
        case "treeString":
            guard case .struct(let fields) = dataType else { return nil }
            return .native(PyNativeFunction(name: name) { _ in .str(SchemaTreeString.format(fields)) })
        case "elementType":
            guard case .array(let e, _) = dataType else { return nil }
            return .host(DataTypeObject(e))
        case "containsNull":
            guard case .array(_, let n) = dataType else { return nil }
            return .bool(n)
        case "keyType", "valueType":
            guard case .map(let k, let v, _) = dataType else { return nil }
            return .host(DataTypeObject(name == "keyType" ? k : v))
        case "valueContainsNull":
            guard case .map(_, _, let n) = dataType else { return nil }
            return .bool(n)
        case "precision", "scale":
            guard case .decimal(let p, let sc) = dataType else { return nil }
            return .int(name == "precision" ? p : sc)
        default: return nil
        }
    }

    /// PySpark's `DataType.typeName()`: the class name without `Type`, lower-cased (`integer`, `struct`;
    /// NullType is `void`).
    static func typeName(_ t: DataType) -> String {
        if t == .null { return "void" }
        let name = className(t)
        return String(name.dropLast("Type".count)).lowercased()
    }

    /// `schema["name"]` and `schema[0]` on a StructType give its StructField.
    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        guard case .struct(let fields) = dataType else { return nil }
        switch key {
        case .str(let name):
            guard let field = fields.first(where: { $0.name == name }) else {
                throw PyException(.keyError, "'No StructField named \(name)'")
            }
            return .host(StructFieldObject(field))
        case .int(let i):
            let index = i < 0 ? fields.count + i : i
            guard index >= 0 && index < fields.count else { throw PyException.indexError("list index out of range") }
            return .host(StructFieldObject(fields[index]))
        default:
            return nil
        }
    }

    func pyLength() throws -> Int? {
        guard case .struct(let fields) = dataType else { return nil }
        return fields.count
    }

    func pyIterate() throws -> PyIterator? {
        guard case .struct(let fields) = dataType else { return nil }
        return PyIterator(values: fields.map { .host(StructFieldObject($0)) })
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual, let o = other.asHost(DataTypeObject.self) else { return nil }
        return .bool((dataType == o.dataType) == (op == .equal))
    }

    func pyRepr() -> String {
        switch dataType {
        case .decimal(let p, let s): "DecimalType(\(p),\(s))"
        case .struct(let fields): "StructType([\(fields.map { StructFieldObject($0).pyRepr() }.joined(separator: ", "))])"
        case .array(let e, let n): "ArrayType(\(DataTypeObject(e).pyRepr()), \(n ? "True" : "False"))"
        case .map(let k, let v, let n):
            "MapType(\(DataTypeObject(k).pyRepr()), \(DataTypeObject(v).pyRepr()), \(n ? "True" : "False"))"
        default: pyTypeName + "()"
        }
    }

    /// The `pyspark.sql.types` module.
    static func module() -> PyModule {
        let simple: [String: DataType] = [
            "NullType": .null, "BooleanType": .boolean, "ByteType": .byte, "ShortType": .short, "IntegerType": .int,
            "LongType": .long, "FloatType": .float, "DoubleType": .double, "StringType": .string, "BinaryType": .binary,
            "DateType": .date, "TimestampType": .timestamp,
        ]
        var names = Array(simple.keys) + ["DecimalType", "ArrayType", "MapType", "StructType", "StructField", "Row", "DataType"]
        names.sort()
        return PyModule(name: "pyspark.sql.types", attributes: { name in
            if let t = simple[name] {
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { _ in .host(DataTypeObject(t)) }))
            }
            switch name {
            case "DecimalType":
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { a in
                    let b = try a.bind("DecimalType", ["precision=", "scale="])
                    return .host(DataTypeObject(.decimal(precision: b["precision"]?.asInt ?? 10, scale: b["scale"]?.asInt ?? 0)))
                }))
            case "ArrayType":
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { a in
                    let b = try a.bind("ArrayType", ["elementType", "containsNull="])
                    return .host(DataTypeObject(.array(element: try Conversion.dataType(b["elementType"] ?? .none), containsNull: b["containsNull"]?.asBool ?? true)))
                }))
            case "MapType":
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { a in
                    let b = try a.bind("MapType", ["keyType", "valueType", "valueContainsNull="])
                    return .host(DataTypeObject(.map(key: try Conversion.dataType(b["keyType"] ?? .none), value: try Conversion.dataType(b["valueType"] ?? .none), valueContainsNull: b["valueContainsNull"]?.asBool ?? true)))
                }))
            case "StructType":
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { a in
                    let b = try a.bind("StructType", ["fields="])
                    let fields = try (b["fields"]?.asArray ?? []).map { f -> StructField in
                        guard let sf = f.asHost(StructFieldObject.self) else { throw PyException.typeError("StructType expects a list of StructField") }
                        return sf.field
                    }
                    return .host(DataTypeObject(.struct(fields)))
                }))
            case "StructField":
                return .classObject(PyClass(hostName: name, moduleName: "pyspark.sql.types", constructor: { a in
                    let b = try a.bind("StructField", ["name", "dataType", "nullable=", "metadata="])
                    guard let n = b["name"]?.asString else { throw PyException.typeError("StructField name must be a str") }
                    return .host(StructFieldObject(StructField(n, try Conversion.dataType(b["dataType"] ?? .none), nullable: b["nullable"]?.asBool ?? true)))
                }))
            case "Row": return .classObject(RowObject.rowClass)
            default: return nil
            }
        }, exportedNames: { names })
    }
}

/// `StructField(name, dataType, nullable)`.
final class StructFieldObject: PyHostObject {
    let field: StructField

    init(_ field: StructField) { self.field = field }

    var pyTypeName: String { "StructField" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "name": .str(field.name)
        case "dataType": .host(DataTypeObject(field.dataType))
        case "nullable": .bool(field.nullable)
        default: nil
        }
    }

    func pyRepr() -> String {
        "StructField('\(field.name)', \(DataTypeObject(field.dataType).pyRepr()), \(field.nullable ? "True" : "False"))"
    }
}
