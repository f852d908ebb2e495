import Foundation
import ProblemBank
import PySparkBridge
import SparkLite

/// The JSON encoding of results in DESIGN.md's contract, identical to what `tools/spark-oracle`
/// writes for real Spark: numbers as JSON numbers (NaN and ±Infinity as strings), decimals as
/// strings with the type's scale, dates `YYYY-MM-DD`, timestamps `YYYY-MM-DD HH:MM:SS` (`.ffffff`
/// only when non-zero), binary as base64, arrays and structs as lists, maps as objects.
public enum ResultEncoding {
    /// One cell.
    public static func encode(_ value: Value, as type: DataType) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .int(let int):
            // A decimal column may hold an integral value computed by the engine.
            if case .decimal(_, let scale) = type {
                return .string(Decimal128.format((Decimal128.rescale(Int128(int), from: 0, to: scale)) ?? Int128(int), scale: scale))
            }
            if type == .double || type == .float { return .double(Double(int)) }
            return .int(int)
        case .double(let double):
            if double.isNaN { return .string("NaN") }
            if double.isInfinite { return .string(double > 0 ? "Infinity" : "-Infinity") }
            if type.isIntegral, double == double.rounded(), abs(double) < 9.2e18 { return .int(Int64(double)) }
            return .double(double)
        case .decimal(let unscaled, let scale):
            if case .decimal(_, let typeScale) = type, typeScale != scale,
               let rescaled = Decimal128.rescale(unscaled, from: scale, to: typeScale) {
                return .string(Decimal128.format(rescaled, scale: typeScale))
            }
            return .string(Decimal128.format(unscaled, scale: scale))
        case .string(let text): return .string(text)
        case .binary(let bytes): return .string(Data(bytes).base64EncodedString())
        case .date(let days): return .string(DateTimeUtils.formatDate(days))
        case .timestamp(let micros): return .string(DateTimeUtils.formatTimestamp(micros, sixDigitFraction: true))
        // The oracle writes a day-time interval's leading field unpadded (`'1' HOUR`, Spark prints `'01' HOUR`).
        case .interval(let value): return .string(ValueFormatter.intervalString(value, type, padLeadingField: false))
        case .array(let items):
            let element: DataType = if case .array(let e, _) = type { e } else { .null }
            return .array(items.map { encode($0, as: element) })
        case .map(let entries):
            var keyType: DataType = .null, valueType: DataType = .null
            if case .map(let k, let v, _) = type { keyType = k; valueType = v }
            return .object(entries.map { (mapKeyText($0.key, keyType), encode($0.value, as: valueType)) })
        case .struct(let fields):
            let types: [DataType] = if case .struct(let declared) = type { declared.map(\.dataType) } else { [] }
            return .array(fields.enumerated().map { index, field in encode(field, as: index < types.count ? types[index] : .null) })
        }
    }

    /// A map key as JSON object text, as Python's `json.dumps` writes a dict key.
    static func mapKeyText(_ key: Value, _ type: DataType) -> String {
        switch encode(key, as: type) {
        case .string(let text): text
        case .bool(let bool): bool ? "true" : "false"
        case .null: "null"
        case let other: other.jsonText
        }
    }

    /// A row.
    public static func encode(row: [Value], columns: [StructField]) -> [JSONValue] {
        row.enumerated().map { index, value in encode(value, as: index < columns.count ? columns[index].dataType : .null) }
    }

    /// `[{"name":…,"type":…}]`.
    public static func columns(_ fields: [StructField]) -> JSONValue {
        .array(fields.map { .object([("name", .string($0.name)), ("type", .string($0.dataType.simpleString))]) })
    }

    /// The whole result of `dojo run FILE --format json`:
    /// `{"columns":[…],"rows":[…],"plan":{"shuffles","broadcasts","stages","physical"},"metrics":{…}}`.
    public static func runResult(_ run: ExecutedSolution) -> JSONValue {
        .object([
            ("columns", columns(run.columns)),
            ("rows", .array(run.rows.map { .array(encode(row: $0, columns: run.columns)) })),
            ("plan", .object([
                ("shuffles", .int(Int64(run.shuffles))),
                ("broadcasts", .int(Int64(run.broadcasts))),
                ("stages", .int(Int64(run.stages))),
                ("physical", .string(run.physicalPlan)),
            ])),
            ("metrics", run.metrics.json),
        ])
    }

    /// `{"error":{"class":…,"message":…,"line":N,"column":N}}`; line and column are null when unknown.
    public static func error(_ error: SolutionError) -> JSONValue {
        .object([("error", errorBody(error))])
    }

    /// The inner object of `error`.
    public static func errorBody(_ error: SolutionError) -> JSONValue {
        .object([
            ("class", .string(error.errorClass)),
            ("message", .string(error.message)),
            ("line", error.line.map { .int(Int64($0)) } ?? .null),
            ("column", error.column.map { .int(Int64($0)) } ?? .null),
        ])
    }
}
