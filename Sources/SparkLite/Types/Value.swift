import Foundation

/// One scalar value of a Spark column. The column's `DataType` says how to read it:
/// all integral types are kept as `Int64`, FLOAT and DOUBLE as `Double`, DECIMAL as an unscaled
/// 128-bit integer with its scale, DATE as days since the epoch, TIMESTAMP as microseconds since the epoch (UTC).
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case decimal(Int128, scale: Int)
    case string(String)
    case binary([UInt8])
    case date(Int32)
    case timestamp(Int64)
    case interval(Int64)
    case array([Value])
    case map([MapEntry])
    case `struct`([Value])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var int64Value: Int64? {
        switch self {
        case .int(let v): v
        case .date(let d): Int64(d)
        case .timestamp(let t): t
        default: nil
        }
    }

    /// The value as a double, for numeric values of any representation.
    public var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let d): d
        case .decimal(let u, let s): Double(u) / pow(10, Double(s))
        default: nil
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    // Spark groups and joins NaN with NaN and -0.0 with 0.0 (NormalizeFloatingNumbers).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
        case (.decimal(let a, let sa), .decimal(let b, let sb)):
            sa == sb ? a == b : Decimal128.compare(a, sa, b, sb) == 0
        case (.string(let a), .string(let b)): a == b
        case (.binary(let a), .binary(let b)): a == b
        case (.date(let a), .date(let b)): a == b
        case (.timestamp(let a), .timestamp(let b)): a == b
        case (.interval(let a), .interval(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.map(let a), .map(let b)): a == b
        case (.struct(let a), .struct(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let v): hasher.combine(v)
        case .double(let d):
            if d.isNaN { hasher.combine(Double.nan.bitPattern) } else { hasher.combine(d == 0 ? 0.0 : d) }
        case .decimal(let u, let s):
            let (nu, _) = Decimal128.normalize(u, s)
            hasher.combine(nu)
        case .string(let s): hasher.combine(s)
        case .binary(let b): hasher.combine(b)
        case .date(let d): hasher.combine(d)
        case .timestamp(let t): hasher.combine(t)
        case .interval(let i): hasher.combine(i)
        case .array(let a): hasher.combine(a)
        case .map(let m): hasher.combine(m)
        case .struct(let f): hasher.combine(f)
        }
    }
}

/// One key/value pair of a map value, kept in insertion order as Spark does.
public struct MapEntry: Sendable, Hashable {
    public var key: Value
    public var value: Value

    public init(_ key: Value, _ value: Value) {
        self.key = key
        self.value = value
    }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}
