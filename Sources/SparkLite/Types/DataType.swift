/// A Spark SQL data type. `simpleString` is Spark's own spelling (`int`, `bigint`,
/// `decimal(10,2)`, `array<string>`, `struct<a:int,b:string>`).
public indirect enum DataType: Sendable, Hashable, CustomStringConvertible {
    case null
    case boolean
    case byte
    case short
    case int
    case long
    case float
    case double
    case decimal(precision: Int, scale: Int)
    case string
    case binary
    case date
    case timestamp
    /// A day-time interval (`INTERVAL '1' DAY`, `INTERVAL '1 02:03' DAY TO MINUTE`), kept in microseconds.
    /// The fields (DAY, HOUR, MINUTE or SECOND) decide only how a value prints, as in Spark's DayTimeIntervalType.
    case dayTimeInterval(start: IntervalField, end: IntervalField)
    /// A year-month interval (`INTERVAL '1' MONTH`, `INTERVAL '1-2' YEAR TO MONTH`), kept in months.
    case yearMonthInterval(start: IntervalField, end: IntervalField)
    case array(element: DataType, containsNull: Bool)
    case map(key: DataType, value: DataType, valueContainsNull: Bool)
    case `struct`([StructField])

    public static let maxDecimalPrecision = 38
    /// `INTERVAL DAY TO SECOND`, the type of a timestamp difference and of interval arithmetic.
    public static let dayToSecondInterval = DataType.dayTimeInterval(start: .day, end: .second)
    /// `INTERVAL YEAR TO MONTH`.
    public static let yearToMonthInterval = DataType.yearMonthInterval(start: .year, end: .month)
    /// The type Spark gives an integral value widened to decimal: `DecimalType.forType`.
    public static let systemDefaultDecimal = DataType.decimal(precision: 38, scale: 18)

    public var simpleString: String {
        switch self {
        case .null: "void"
        case .boolean: "boolean"
        case .byte: "tinyint"
        case .short: "smallint"
        case .int: "int"
        case .long: "bigint"
        case .float: "float"
        case .double: "double"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .string: "string"
        case .binary: "binary"
        case .date: "date"
        case .timestamp: "timestamp"
        case .dayTimeInterval(let start, let end), .yearMonthInterval(let start, let end):
            start == end ? "interval \(start.name)" : "interval \(start.name) to \(end.name)"
        case .array(let e, _): "array<\(e.simpleString)>"
        case .map(let k, let v, _): "map<\(k.simpleString),\(v.simpleString)>"
        case .struct(let fields): "struct<" + fields.map { "\($0.name):\($0.dataType.simpleString)" }.joined(separator: ",") + ">"
        }
    }

    /// Spark's `typeName`-style upper-case spelling used in error messages: `"INT"`, `"STRING"`.
    public var sqlName: String {
        switch self {
        case .null: "VOID"
        case .array(let e, _): "ARRAY<\(e.sqlName)>"
        case .map(let k, let v, _): "MAP<\(k.sqlName), \(v.sqlName)>"
        case .struct(let fields): "STRUCT<" + fields.map { "\($0.name): \($0.dataType.sqlName)" }.joined(separator: ", ") + ">"
        default: simpleString.uppercased()
        }
    }

    public var description: String { simpleString }

    public var isNumeric: Bool {
        switch self {
        case .byte, .short, .int, .long, .float, .double, .decimal: true
        default: false
        }
    }

    public var isIntegral: Bool {
        switch self {
        case .byte, .short, .int, .long: true
        default: false
        }
    }

    /// The scale of a DECIMAL, nil for other types.
    public var decimalScale: Int? {
        if case .decimal(_, let s) = self { return s }
        return nil
    }

    public var isFractional: Bool {
        switch self {
        case .float, .double: true
        default: false
        }
    }

    public var isDayTimeInterval: Bool {
        if case .dayTimeInterval = self { return true }
        return false
    }

    /// A day-time or year-month interval (Spark's `AnsiIntervalType`).
    public var isAnsiInterval: Bool { isDayTimeInterval || isYearMonthInterval }

    public var isYearMonthInterval: Bool {
        if case .yearMonthInterval = self { return true }
        return false
    }

    /// An array, map or struct.
    public var isComplex: Bool {
        switch self {
        case .array, .map, .struct: true
        default: false
        }
    }

    public var isDecimal: Bool {
        if case .decimal = self { return true }
        return false
    }

    /// Order of numeric widening, as in Spark's `TypeCoercion.numericPrecedence`.
    var numericRank: Int? {
        switch self {
        case .byte: 0
        case .short: 1
        case .int: 2
        case .long: 3
        case .float: 5
        case .double: 6
        case .decimal: 4
        default: nil
        }
    }

    /// The decimal type that can hold every value of an integral type (Spark's `DecimalType.forType`).
    public var asDecimal: DataType? {
        switch self {
        case .byte: .decimal(precision: 3, scale: 0)
        case .short: .decimal(precision: 5, scale: 0)
        case .int: .decimal(precision: 10, scale: 0)
        case .long: .decimal(precision: 20, scale: 0)
        case .float: .decimal(precision: 14, scale: 7)
        case .double: .decimal(precision: 30, scale: 15)
        case .decimal: self
        default: nil
        }
    }

    /// Rough bytes per value, used for Spark-like size estimates (`defaultSize`).
    public var defaultSize: Int {
        switch self {
        case .null: 1
        case .boolean, .byte: 1
        case .short: 2
        case .int, .float, .date: 4
        case .long, .double, .timestamp, .dayTimeInterval: 8
        case .yearMonthInterval: 4
        case .decimal(let p, _): p <= 18 ? 8 : 16
        case .string, .binary: 20
        case .array(let e, _): e.defaultSize
        case .map(let k, let v, _): k.defaultSize + v.defaultSize
        case .struct(let fields): fields.reduce(0) { $0 + $1.dataType.defaultSize }
        }
    }

    /// Types that can be compared and sorted.
    public var isOrderable: Bool {
        switch self {
        case .map: false
        case .array(let e, _): e.isOrderable
        case .struct(let fields): fields.allSatisfy { $0.dataType.isOrderable }
        default: true
        }
    }
}

/// A field of an ANSI interval type, in Spark's order (YEAR < MONTH for year-month intervals,
/// DAY < HOUR < MINUTE < SECOND for day-time intervals).
public enum IntervalField: Int, Sendable, Hashable, Comparable, CaseIterable {
    case year, month, day, hour, minute, second

    public var name: String {
        switch self {
        case .year: "year"
        case .month: "month"
        case .day: "day"
        case .hour: "hour"
        case .minute: "minute"
        case .second: "second"
        }
    }

    public var isYearMonth: Bool { self <= .month }

    /// Microseconds in one unit of a day-time field (1 for the year-month fields, counted in months).
    public var microsPerUnit: Int64 {
        switch self {
        case .year, .month: 1
        case .day: 86_400_000_000
        case .hour: 3_600_000_000
        case .minute: 60_000_000
        case .second: 1_000_000
        }
    }

    /// `YEAR`, `MONTHS`, `days` as written in SQL (singular or plural, any case).
    public init?(unit: String) {
        var upper = unit.uppercased()
        if upper.hasSuffix("S") { upper.removeLast() }
        guard let field = Self.allCases.first(where: { $0.name.uppercased() == upper }) else { return nil }
        self = field
    }

    public static func < (a: IntervalField, b: IntervalField) -> Bool { a.rawValue < b.rawValue }
}

/// One field of a struct type or of a schema.
public struct StructField: Sendable, Hashable {
    public var name: String
    public var dataType: DataType
    public var nullable: Bool

    public init(_ name: String, _ dataType: DataType, nullable: Bool = true) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
    }
}
