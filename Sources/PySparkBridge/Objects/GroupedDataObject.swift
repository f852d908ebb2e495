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
                let cols = try GroupedDataObject.numericColumns(g.df, try Conversion.names(a.positional))
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
                // A name is looked up at once, as Spark's `Dataset.resolve` does; a Column when the plan is analyzed.
                let pivotColumn = try column.asString.map { try g.df.resolve($0) } ?? Conversion.column(column)
                return .host(GroupedDataObject(try g.pivot(pivotColumn, values: values), context))
            })
        default: return nil
        }
    }

    /// Spark's `aggregateNumericColumns`: the named columns, each of which must be numeric, or with no
    /// names every numeric column of the input (grouping columns included).
    static func numericColumns(_ df: DataFrame, _ names: [String]) throws -> [String] {
        guard !names.isEmpty else { return df.schema.filter { $0.dataType.isNumeric }.map(\.name) }
        for n in names {
            guard try df.resolve(n).expr.dataType.isNumeric else {
                throw SparkError("_LEGACY_ERROR_TEMP_1323", "\"\(n)\" is not a numeric column. Aggregation function can only be applied on a numeric column.")
            }
        }
        return names
    }

    /// `agg(F.sum("x"), ...)` or `agg({"x": "sum"})`.
    static func aggregate(_ g: GroupedData, _ a: PyArguments) throws -> DataFrame {
        if a.positional.count == 1, let dict = a.positional[0].asPairs {
            let pairs = JVMMapOrder.order(dict.map { $0.0.asString ?? "" }).map { dict[$0] }
            return try g.agg(pairs.map { k, v in
                guard let col = k.asString, let fn = v.asString else { throw PyException.typeError("agg() dict must map column names to function names") }
                // Spark's `strToExpr`: a few names not in the function registry, and count(*) as count(1).
                let name: String = switch fn.lowercased() {
                case "avg", "average", "mean": "avg"
                case "stddev", "std": "stddev"
                case "count", "size": "count"
                default: fn
                }
                let input = col == "*" ? (name == "count" ? functions.lit(.int(1)) : Column(.star(qualifier: nil))) : try g.df.resolve(col)
                return functions.call(name, input)
            })
        }
        guard !a.positional.isEmpty else { throw PyException(.assertionError, "exprs should not be empty") }
        let cols = try a.positional.map { v -> Column in
            guard let c = v.asHost(ColumnObject.self) else { throw PyException.typeError("[NOT_COLUMN] agg() expects Columns or a dict, got \(Conversion.typeName(v))") }
            return c.column
        }
        return try g.agg(cols)
    }
}
