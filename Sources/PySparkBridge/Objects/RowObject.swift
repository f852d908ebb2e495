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

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        if let i = names.firstIndex(of: name) { return values[i] }
        if name == "asDict" {
            let pairs = zip(names, values).map { (PyValue.str($0), $1) }
            return .native(PyNativeFunction(name: "asDict") { _ in try PyValue.newDict(pairs) })
        }
        return nil
    }

    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        switch key {
        case .int(let i):
            let index = i < 0 ? values.count + i : i
            guard index >= 0 && index < values.count else { throw PyException.indexError("tuple index out of range") }
            return values[index]
        case .str(let s):
            guard let i = names.firstIndex(of: s) else { throw PyException(.valueError, "'\(s)' is not in list") }
            return values[i]
        default: return nil
        }
    }

    func pyLength() throws -> Int? { values.count }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "tuple_iterator", values: values) }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual, let o = other.asHost(RowObject.self) else { return nil }
        let same = names == o.names && values.count == o.values.count
            && zip(values, o.values).allSatisfy { "\($0)" == "\($1)" }
        return .bool(op == .equal ? same : !same)
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
        default: "\(v)"
        }
    }
}
