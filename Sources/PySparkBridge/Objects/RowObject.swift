import PyLite

/// `pyspark.sql.Row`: a tuple with field names (`row.name`, `row["name"]`, `row[0]`).
final class RowObject: PyHostObject {
    let names: [String]
    let values: [PyValue]

    init(names: [String], values: [PyValue]) {
        self.names = names
        self.values = values
    }

    nonisolated(unsafe) static let rowClass = PyClass(hostName: "Row", moduleName: "pyspark.sql.types", constructor: { args in
        if !args.keyword.isEmpty {
            return .host(RowObject(names: args.keyword.map(\.name), values: args.keyword.map(\.value)))
        }
        return .host(RowObject(names: [], values: args.positional))
    })

    var pyTypeName: String { "Row" }
    var pyClass: PyClass? { Self.rowClass }

    /// `Row("name", "age")` is a row of field names with no fields; calling it makes a Row with those names:
    /// `Person = Row("name", "age"); Person("a", 30)`.
    var pyIsCallable: Bool { names.isEmpty }

    func pyCall(_ arguments: PyArguments) throws -> PyValue {
        guard names.isEmpty else { throw PyException.typeError("'Row' object is not callable") }
        let fieldNames = try values.map { v throws -> String in
            guard case .str(let s) = v else { throw PyException.typeError("Row fields must be strings, got \(Conversion.typeName(v))") }
            return s
        }
        guard arguments.positional.count <= fieldNames.count else {
            throw PyException.valueError("Can not create Row with fields \(RowObject.repr(.tuple(values))), expected \(fieldNames.count) values but got \(RowObject.repr(.tuple(arguments.positional)))")
        }
        return .host(RowObject(names: Array(fieldNames.prefix(arguments.positional.count)), values: arguments.positional))
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        if let i = names.firstIndex(of: name) { return values[i] }
        if name == "__fields__", !names.isEmpty { return .newList(names.map { .str($0) }) }
        if name == "asDict" {
            return .native(PyNativeFunction(name: "asDict") { [self] a in
                let recursive = try a.interpreter.truth(try a.bind("asDict", ["recursive="])["recursive"] ?? .bool(false))
                return try asDict(recursive: recursive)
            })
        }
        // A name that is no field (nor a tuple method) is PySpark's ATTRIBUTE_NOT_SUPPORTED.
        if !Sandbox.isDunderName(name), !["count", "index"].contains(name) { throw RowObject.attributeNotSupported(name) }
        return nil
    }

    static func attributeNotSupported(_ name: String) -> PyException {
        PyException(.attributeError, "[ATTRIBUTE_NOT_SUPPORTED] Attribute `\(name)` is not supported.")
    }

    /// `asDict(recursive=True)` turns nested Rows into dicts too, also inside lists and dict values.
    private func asDict(recursive: Bool) throws -> PyValue {
        try PyValue.newDict(zip(names, values).map { (PyValue.str($0), recursive ? try Self.plain($1) : $1) })
    }

    private static func plain(_ v: PyValue) throws -> PyValue {
        if let row = v.asHost(RowObject.self) { return try row.asDict(recursive: true) }
        switch v {
        case .list(let l): return .newList(try l.items.map(plain))
        case .dict(let d): return try PyValue.newDict(d.pairs.map { ($0.0, try plain($0.1)) })
        default: return v
        }
    }

    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        switch key {
        case .int(let i):
            let index = i < 0 ? values.count + i : i
            guard index >= 0 && index < values.count else { throw PyException.indexError("tuple index out of range") }
            return values[index]
        case .str(let s):
            // PySpark raises PySparkValueError (a ValueError) with the missing name as its message.
            guard let i = names.firstIndex(of: s) else { throw PyException(.valueError, s) }
            return values[i]
        case .slice(let slice):
            // A Row is a tuple: a slice of it is a plain tuple of the values.
            guard let interpreter = PyInterpreter.current else { return nil }
            return .tuple(try interpreter.slice(values, slice))
        default: return nil
        }
    }

    func pyLength() throws -> Int? { values.count }

    /// `"age" in row` asks for a field name when the row has names, as PySpark's Row does; else for a value.
    func pyContains(_ value: PyValue) throws -> Bool? {
        if names.isEmpty { return nil }
        guard case .str(let s) = value else { return false }
        return names.contains(s)
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "tuple_iterator", values: values) }

    /// A Row is a tuple: it equals a Row or a tuple with the same values, whatever the field names.
    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual else { return nil }
        let otherValues: [PyValue]
        if let o = other.asHost(RowObject.self) {
            otherValues = o.values
        } else if case .tuple(let items) = other {
            otherValues = items
        } else {
            return nil
        }
        let same = values.count == otherValues.count && zip(values, otherValues).allSatisfy { "\($0)" == "\($1)" }
        return .bool(op == .equal ? same : !same)
    }

    /// A Row is a tuple: equal Rows are one dict key (`rdd.distinct()`, `reduceByKey` over Rows).
    func pyHash() -> Int {
        var hasher = Hasher()
        for value in values { RowObject.hash(value, into: &hasher) }
        return hasher.finalize()
    }

    func pyKeyEquals(_ other: any PyHostObject) -> Bool {
        guard let o = other as? RowObject, o.values.count == values.count else { return false }
        return zip(values, o.values).allSatisfy { RowObject.keyEquals($0, $1) }
    }

    static func hash(_ value: PyValue, into hasher: inout Hasher) {
        switch value {
        case .none: hasher.combine(0)
        case .bool(let b): hasher.combine(b ? 1 : 0)
        case .int(let i): hasher.combine(i)
        case .float(let d): if d == d.rounded(), abs(d) < 9e18 { hasher.combine(Int(d)) } else { hasher.combine(d) }
        case .str(let s): hasher.combine(s)
        case .tuple(let items): items.forEach { hash($0, into: &hasher) }
        case .host(let h): hasher.combine(h.pyHash())
        default: hasher.combine(-1)
        }
    }

    static func keyEquals(_ a: PyValue, _ b: PyValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.str(let x), .str(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { keyEquals($0, $1) }
        case (.host(let x), .host(let y)): return x === y || x.pyKeyEquals(y)
        default:
            // Numbers: 1, 1.0 and True are one key, as in Python.
            if let x = a.asInt, let y = b.asInt { return x == y }
            if let x = a.asDouble, let y = b.asDouble { return x == y }
            return false
        }
    }

    func pyRepr() -> String {
        let parts = zip(names, values).map { "\($0)=\(RowObject.repr($1))" }
        return names.isEmpty ? "<Row(\(values.map(RowObject.repr).joined(separator: ", ")))>" : "Row(\(parts.joined(separator: ", ")))"
    }

    static func repr(_ v: PyValue) -> String {
        switch v {
        case .none: "None"
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .float(let d): "\(d)"
        case .str(let s): "'\(s)'"
        case .host(let h): h.pyRepr()
        // Collected arrays and maps are lists and dicts: `tags=['a', 'b']`, `attrs={'x': 1}`.
        case .list(let l): "[" + l.items.map(repr).joined(separator: ", ") + "]"
        case .tuple(let items): items.count == 1 ? "(\(repr(items[0])),)" : "(" + items.map(repr).joined(separator: ", ") + ")"
        case .dict(let d): "{" + d.pairs.map { "\(repr($0.0)): \(repr($0.1))" }.joined(separator: ", ") + "}"
        default: "\(v)"
        }
    }
}
