/// Binary operators a host object may overload. `reflected` calls (`1 + col`) pass the operator unchanged and
/// `reflected: true`.
public enum PyBinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//", modulo = "%"
    case power = "**", leftShift = "<<", rightShift = ">>", and = "&", or = "|", xor = "^"
    case matrixMultiply = "@"
}

public enum PyUnaryOperator: String, Sendable {
    case negate = "-", plus = "+", invert = "~"
}

/// Rich comparisons. For `a < b` the interpreter asks `a` for `.less`, then `b` for `.greater`, as Python does.
public enum PyComparison: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    /// Whether the comparison holds for two values whose order is `c` (negative, zero or positive).
    public func holds(forOrder c: Int) -> Bool {
        switch self {
        case .equal: c == 0
        case .notEqual: c != 0
        case .less: c < 0
        case .lessOrEqual: c <= 0
        case .greater: c > 0
        case .greaterOrEqual: c >= 0
        }
    }

    var swapped: PyComparison {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        }
    }
}

/// An object implemented by the host (a DataFrame, a Column, a SparkSession, a Row, ...).
///
/// Every requirement has a default, so a host type implements only what it supports. Methods throw
/// `PyException` for Python errors (`TypeError`, ...), or any other Swift error, which the interpreter carries
/// through unchanged with the user's line and column.
///
/// The interpreter is single-threaded: it calls these methods on the thread that runs Python code.
public protocol PyHostObject: AnyObject {
    /// The Python type name shown in messages and `type(x).__name__` (`DataFrame`, `Column`).
    var pyTypeName: String { get }
    /// The class of this object, for `isinstance` and `type()`; nil makes a class on the fly from `pyTypeName`.
    var pyClass: PyClass? { get }
    /// An attribute or a bound method (return `.native(PyNativeFunction(...))`); nil raises AttributeError.
    func pyGetAttribute(_ name: String) throws -> PyValue?
    /// Sets an attribute; return false to raise AttributeError.
    func pySetAttribute(_ name: String, _ value: PyValue) throws -> Bool
    /// True when `pyCall` is implemented.
    var pyIsCallable: Bool { get }
    func pyCall(_ arguments: PyArguments) throws -> PyValue
    /// `self op other` (or `other op self` when `reflected`). Return nil when not supported for that operand.
    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue?
    /// `-self`, `+self`, `~self`; nil when not supported.
    func pyUnary(_ op: PyUnaryOperator) throws -> PyValue?
    /// `self op other`; may return a host object (a Column) rather than a bool. nil falls back to identity for
    /// `==`/`!=` and to TypeError for ordering.
    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue?
    /// `bool(self)`, used by `if`, `and`, `or`, `not`. Throw to forbid (a Column raises ValueError).
    func pyTruth() throws -> Bool
    /// An iterator over the object, or nil when it is not iterable.
    func pyIterate() throws -> PyIterator?
    /// `self[key]`; nil raises `TypeError: 'X' object is not subscriptable`.
    func pyGetItem(_ key: PyValue) throws -> PyValue?
    /// `len(self)`; nil raises TypeError.
    func pyLength() throws -> Int?
    /// `key in self`; nil falls back to iteration.
    func pyContains(_ value: PyValue) throws -> Bool?
    func pyRepr() -> String
    func pyStr() -> String
    /// Whether the object can be a dict key or set element.
    var pyIsHashable: Bool { get }
    func pyHash() -> Int
    /// Key equality for dicts and sets (not Python's `==`, which goes through `pyCompare`).
    func pyKeyEquals(_ other: any PyHostObject) -> Bool
    /// The int or float this object equals as a dict key (a `Decimal('1.0')` is the key `1`), or nil.
    var pyNumericKey: PyValue? { get }
}

extension PyHostObject {
    public var pyClass: PyClass? { nil }
    public func pyGetAttribute(_ name: String) throws -> PyValue? { nil }
    public func pySetAttribute(_ name: String, _ value: PyValue) throws -> Bool { false }
    public var pyIsCallable: Bool { false }
    public func pyCall(_ arguments: PyArguments) throws -> PyValue {
        throw PyException.typeError("'\(pyTypeName)' object is not callable")
    }
    public func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? { nil }
    public func pyUnary(_ op: PyUnaryOperator) throws -> PyValue? { nil }
    public func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? { nil }
    public func pyTruth() throws -> Bool { true }
    public func pyIterate() throws -> PyIterator? { nil }
    public func pyGetItem(_ key: PyValue) throws -> PyValue? { nil }
    public func pyLength() throws -> Int? { nil }
    public func pyContains(_ value: PyValue) throws -> Bool? { nil }
    public func pyRepr() -> String { "<\(pyTypeName) object>" }
    public func pyStr() -> String { pyRepr() }
    public var pyIsHashable: Bool { true }
    public func pyHash() -> Int { ObjectIdentifier(self).hashValue }
    public func pyKeyEquals(_ other: any PyHostObject) -> Bool { self === other }
    public var pyNumericKey: PyValue? { nil }
}
