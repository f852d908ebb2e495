import PyLite
import SparkLite

/// `df.na`: `fill`, `drop` and `replace`, the same as `df.fillna`, `df.dropna` and `df.replace`.
final class NaFunctionsObject: PyHostObject {
    let owner: DataFrameObject

    init(_ owner: DataFrameObject) { self.owner = owner }

    var pyTypeName: String { "DataFrameNaFunctions" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "fill": return try owner.pyGetAttribute("fillna")
        case "drop": return try owner.pyGetAttribute("dropna")
        case "replace": return try owner.pyGetAttribute("replace")
        default: return nil
        }
    }
}

/// Spark's `DataFrameNaFunctions`: each rewrites every affected column in one projection (or filter) and
/// leaves a column alone when the value's type does not fit it (a string fills only string columns).
enum MissingValues {
    /// `fillna(value, subset)`; `value` may be a dict of column to value.
    static func fill(_ df: DataFrame, _ a: PyArguments) throws -> DataFrame {
        let b = try a.bind("fillna", ["value", "subset="])
        let value = b["value"] ?? .none
        let subset = try b["subset"].map { try resolved(Conversion.names([$0]), in: df) }.map { Set($0.map { $0.lowercased() }) }
        let pairs = value.asPairs
        _ = try resolved(pairs?.compactMap { $0.0.asString } ?? [], in: df)
        return try df.select(df.schema.map { f in
            let col = Column(name: "`\(f.name)`")
            var fill: PyValue? = value
            if let pairs { fill = pairs.first { $0.0.asString?.lowercased() == f.name.lowercased() }?.1 }
            guard let fill, subset?.contains(f.name.lowercased()) ?? true, applies(fill, f.dataType) else { return col }
            // As in Spark, a float or double column's NaN is filled too: `coalesce(nanvl(col, null), value)`.
            let current = f.dataType == .double || f.dataType == .float ? functions.call("nanvl", col, functions.lit(.null)) : col
            return functions.call("coalesce", current, functions.lit(try Conversion.literal(fill)).cast(f.dataType)).alias(f.name)
        })
    }

    /// The names, each checked to name a column of `df` (Spark resolves a subset before anything else).
    private static func resolved(_ names: [String], in df: DataFrame) throws -> [String] {
        for name in names { _ = try df.resolve(name) }
        return names
    }

    /// `dropna(how, thresh, subset)`: keeps rows with at least `thresh` non-null values among the subset
    /// (`how="any"` means all of them, `how="all"` one); NaN counts as null, as in Spark's `AtLeastNNonNulls`.
    static func drop(_ df: DataFrame, _ a: PyArguments) throws -> DataFrame {
        let b = try a.bind("dropna", ["how=", "thresh=", "subset="])
        let names = try b["subset"].flatMap { $0.isNone ? nil : try resolved(Conversion.names([$0]), in: df) } ?? df.columns
        let how = b["how"]?.asString ?? "any"
        guard how == "any" || how == "all" else {
            throw PyException.valueError("[VALUE_NOT_ANY_OR_ALL] Value for `how` must be 'any' or 'all', got '\(how)'.")
        }
        let thresh = b["thresh"]?.asInt ?? (how == "any" ? names.count : 1)
        guard !names.isEmpty else { return df }
        return try df.filter(functions.atLeastNNonNulls(thresh, names.map { Column(name: "`\($0)`") }))
    }

    /// `replace(to_replace, value, subset)`: `to_replace` is a value, a list (with a list or one value) or
    /// a dict. Numbers replace in numeric columns, strings in string columns, booleans in boolean columns;
    /// each affected column becomes `CASE WHEN col = old THEN new ... ELSE col END`.
    static func replace(_ df: DataFrame, _ a: PyArguments) throws -> DataFrame {
        let b = try a.bind("replace", ["to_replace", "value=", "subset="])
        let toReplace = b["to_replace"] ?? .none
        var mapping: [(PyValue, PyValue)]
        if let pairs = toReplace.asPairs {
            mapping = pairs
        } else {
            let keys = toReplace.asArray ?? [toReplace]
            guard let value = b["value"] else {
                throw PyException.typeError("[ARGUMENT_REQUIRED] Argument `value` is required when argument `to_replace` is not a dictionary.")
            }
            let values = value.asArray ?? Array(repeating: value, count: keys.count)
            guard values.count == keys.count else {
                throw PyException.valueError("[LENGTH_SHOULD_BE_THE_SAME] to_replace and value should be of the same length, got \(keys.count) and \(values.count).")
            }
            mapping = Array(zip(keys, values))
        }
        // PySpark refuses a mapping that mixes booleans, strings and numbers (a bool counts as a number too).
        let kinds: [(PyValue) -> Bool] = [
            { if case .bool = $0 { true } else { false } },
            { if case .str = $0 { true } else { false } },
            { switch $0 { case .int, .float, .bool: true; default: false } },
        ]
        guard kinds.contains(where: { isKind in
            mapping.allSatisfy { isKind($0.0) } && mapping.allSatisfy { $0.1.isNone || isKind($0.1) }
        }) else {
            throw PyException.valueError("[MIXED_TYPE_REPLACEMENT] Mixed type replacements are not supported.")
        }
        mapping = mapping.filter { !$0.0.isNone }
        guard let firstKey = mapping.first?.0 else { return df }
        let subset = try b["subset"].flatMap { $0.isNone ? nil : try resolved(Conversion.names([$0]), in: df) }.map { Set($0.map { $0.lowercased() }) }
        return try df.select(df.schema.map { f in
            let col = Column(name: "`\(f.name)`")
            guard subset?.contains(f.name.lowercased()) ?? true, applies(firstKey, f.dataType) else { return col }
            let branches = try mapping.map { old, new in
                CaseBranch((col == functions.lit(try Conversion.literal(old))).expr,
                           functions.lit(try Conversion.literal(new)).cast(f.dataType).expr)
            }
            return Column(.caseWhen(branches: branches, elseValue: col.expr)).alias(f.name)
        })
    }

    /// Whether a fill or replacement value of this Python type applies to a column of type `t`.
    static func applies(_ v: PyValue, _ t: DataType) -> Bool {
        switch v {
        case .int, .float: t.isNumeric
        case .str: t == .string
        case .bool: t == .boolean
        default: false
        }
    }
}
