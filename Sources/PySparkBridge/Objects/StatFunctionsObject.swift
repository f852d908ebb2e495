import PyLite
import SparkLite

/// `df.stat`: `approxQuantile`, `corr`, `cov`, `crosstab`, `freqItems` and `sampleBy`, the same methods as on
/// the DataFrame itself.
final class StatFunctionsObject: PyHostObject {
    let owner: DataFrameObject

    init(_ owner: DataFrameObject) { self.owner = owner }

    var pyTypeName: String { "DataFrameStatFunctions" }

    static let methods: Set<String> = ["approxQuantile", "corr", "cov", "crosstab", "freqItems", "sampleBy"]

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        Self.methods.contains(name) ? try owner.pyGetAttribute(name) : nil
    }
}

/// Spark's `StatFunctions`: each statistic is one aggregate query whose single value is returned to Python.
enum DataFrameStatistics {
    /// `corr(col1, col2)` (Pearson) and `cov(col1, col2)` (sample covariance) as a Python float.
    static func pairStatistic(_ owner: DataFrameObject, _ name: String, _ a: PyArguments) throws -> PyValue {
        let b = try a.bind(name, ["col1", "col2", "method="])
        guard let c1 = b["col1"]?.asString, let c2 = b["col2"]?.asString else {
            throw PyException.typeError("[NOT_STR] Argument `col1` and `col2` should be a str.")
        }
        if name == "corr", let method = b["method"]?.asString, method != "pearson" {
            throw PyException.valueError("[VALUE_NOT_PEARSON] Value for `method` only supports the 'pearson', got '\(method)'.")
        }
        let df = owner.df
        for c in [c1, c2] {
            let type = try df.resolve(c).expr.dataType
            guard type.isNumeric else {
                throw SparkError("_LEGACY_ERROR_TEMP_2048",
                                 "requirement failed: Currently \(name == "corr" ? "correlation" : "covariance") calculation for columns with dataType \(type.sqlName) not supported.")
            }
        }
        let function = name == "corr" ? "corr" : "covar_samp"
        let args = [c1, c2].map { Column(name: "`\($0)`").cast(.double) }
        let result = try DataFrameObject(try df.select([functions.call(function, args)]), owner.context).execute()
        guard let value = result.rows.first?.first, case .double(let d) = value else { return .float(.nan) }
        return .float(d)
    }

    /// `approxQuantile(col, probabilities, relativeError)`: one `percentile_approx` over the column cast to
    /// double with nulls skipped; a list of columns gives a list of lists.
    static func approxQuantile(_ owner: DataFrameObject, _ a: PyArguments) throws -> PyValue {
        let b = try a.bind("approxQuantile", ["col", "probabilities", "relativeError"])
        guard let colArg = b["col"], let probs = b["probabilities"]?.asArray, let relativeError = b["relativeError"]?.asDouble else {
            throw PyException.typeError("approxQuantile() expects col, probabilities and relativeError")
        }
        guard relativeError >= 0 else {
            throw PyException.valueError("[NEGATIVE_VALUE] Value for `relativeError` must be greater than or equal to 0, got '\(relativeError)'.")
        }
        let single = colArg.asString != nil
        let names = try Conversion.names([colArg])
        let probabilities = try probs.map { p -> Double in
            guard let d = p.asDouble else { throw PyException.typeError("[NOT_LIST_OF_FLOAT_OR_INT] Argument `probabilities` should be a list of float or int.") }
            return d
        }
        let accuracy: Int64 = relativeError == 0 ? Int64(Int32.max) : Int64((1.0 / relativeError).rounded(.up))
        let df = owner.df
        var lists: [PyValue] = []
        for n in names {
            let column = Column(name: "`\(n)`").cast(.double)
            let percentile = functions.call("percentile_approx", column,
                                            functions.lit(.array(probabilities.map { .double($0) })), functions.lit(.int(accuracy)))
            let result = try DataFrameObject(try df.select([percentile]), owner.context).execute()
            var values: [PyValue] = []
            if let row = result.rows.first, case .array(let items)? = row.first {
                values = items.compactMap { if case .double(let d) = $0 { .float(d) } else { nil } }
            }
            lists.append(.newList(values))
        }
        return single ? (lists.first ?? .newList([])) : .newList(lists)
    }
}
