import PyLite
import SparkLite

/// `df.groupBy(...)`: `agg` with Columns or a dict, and the shortcut aggregates.
final class GroupedDataObject: PyHostObject {
    let grouped: GroupedData
    let context: BridgeContext

    init(_ grouped: GroupedData, _ context: BridgeContext) {
        self.grouped = grouped
        self.context = context
    }

    var pyTypeName: String { "GroupedData" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let g = grouped
        func d(_ body: @escaping (PyArguments) throws -> DataFrame) -> PyValue {
            .native(PyNativeFunction(name: name) { [context] a in .host(DataFrameObject(try body(a), context)) })
        }
        switch name {
        case "agg": return d { a in try GroupedDataObject.aggregate(g, a) }
        case "count": return d { _ in try g.count() }
        case "sum", "avg", "mean", "min", "max":
            return d { a in
                let fn = name == "mean" ? "avg" : name
                let cols = try Conversion.names(a.positional)
                return try g.agg(cols.map { functions.call(fn, Column(name: "`\($0)`")) })
            }
        case "pivot":
            return .native(PyNativeFunction(name: name) { [context] a in
                guard let column = a.positional.first ?? a.keyword("pivot_col") else {
                    throw PyException.typeError("pivot() missing 1 required positional argument: 'pivot_col'")
                }
                var values: [Column]?
                if let given = a.positional.count > 1 ? a.positional[1] : a.keyword("values") {
                    if case .none = given {} else {
                        guard let items = given.asArray else { throw PyException.typeError("pivot() values must be a list, got \(Conversion.typeName(given))") }
                        values = try items.map { functions.lit(try Conversion.literal($0)) }
                    }
                }
                return .host(GroupedDataObject(try g.pivot(try Conversion.column(column), values: values), context))
            })
        default: return nil
        }
    }

    /// `agg(F.sum("x"), ...)` or `agg({"x": "sum"})`.
    static func aggregate(_ g: GroupedData, _ a: PyArguments) throws -> DataFrame {
        if a.positional.count == 1, let dict = a.positional[0].asPairs {
            let pairs = JVMMapOrder.order(dict.map { $0.0.asString ?? "" }).map { dict[$0] }
            return try g.agg(pairs.map { k, v in
                guard let col = k.asString, let fn = v.asString else { throw PyException.typeError("agg() dict must map column names to function names") }
                let name = fn == "mean" ? "avg" : fn
                return functions.call(name, col == "*" ? functions.lit(.int(1)) : Column(name: "`\(col)`"))
            })
        }
        let cols = try a.positional.map { v -> Column in
            guard let c = v.asHost(ColumnObject.self) else { throw PyException.typeError("[NOT_COLUMN] agg() expects Columns or a dict, got \(Conversion.typeName(v))") }
            return c.column
        }
        return try g.agg(cols)
    }
}
