/// A Python exception thrown by Swift code (builtins or host code), e.g.
/// `throw PyException(.valueError, "Cannot convert column into bool: ...")`.
///
/// The interpreter turns it into a Python exception object of that class, so user code can catch it with
/// `except ValueError` (or any base class), and reports it with the position of the user's expression.
/// Use `exceptionClass` for a class the host created with `PyClass.exceptionSubclass(named:base:)`, and
/// `underlying` to keep the original Swift error available to the host.
public struct PyException: Error, @unchecked Sendable, CustomStringConvertible {
    /// The name of a builtin exception class.
    public struct TypeName: RawRepresentable, Sendable, Equatable, ExpressibleByStringLiteral {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }

        public static let exception: TypeName = "Exception"
        public static let typeError: TypeName = "TypeError"
        public static let valueError: TypeName = "ValueError"
        public static let keyError: TypeName = "KeyError"
        public static let indexError: TypeName = "IndexError"
        public static let attributeError: TypeName = "AttributeError"
        public static let nameError: TypeName = "NameError"
        public static let zeroDivisionError: TypeName = "ZeroDivisionError"
        public static let overflowError: TypeName = "OverflowError"
        public static let runtimeError: TypeName = "RuntimeError"
        public static let recursionError: TypeName = "RecursionError"
        public static let notImplementedError: TypeName = "NotImplementedError"
        public static let stopIteration: TypeName = "StopIteration"
        public static let assertionError: TypeName = "AssertionError"
        public static let importError: TypeName = "ImportError"
        public static let moduleNotFoundError: TypeName = "ModuleNotFoundError"
        public static let unboundLocalError: TypeName = "UnboundLocalError"
        public static let lookupError: TypeName = "LookupError"
        public static let arithmeticError: TypeName = "ArithmeticError"
    }

    public var typeName: TypeName
    /// The exception's arguments; `str(e)` shows the single argument, or the tuple when there are several.
    public var arguments: [PyValue]
    public var exceptionClass: PyClass?
    public var underlying: (any Error)?

    public init(_ typeName: TypeName, _ message: String, underlying: (any Error)? = nil) {
        self.typeName = typeName
        self.arguments = [.str(message)]
        self.underlying = underlying
    }

    public init(_ typeName: TypeName, arguments: [PyValue]) {
        self.typeName = typeName
        self.arguments = arguments
    }

    /// An exception of a class the host created (for example pyspark's `AnalysisException`).
    public init(exceptionClass: PyClass, _ message: String, underlying: (any Error)? = nil) {
        self.typeName = TypeName(rawValue: exceptionClass.name)
        self.exceptionClass = exceptionClass
        self.arguments = [.str(message)]
        self.underlying = underlying
    }

    public static func typeError(_ message: String) -> PyException { PyException(.typeError, message) }
    public static func valueError(_ message: String) -> PyException { PyException(.valueError, message) }
    public static func attributeError(_ message: String) -> PyException { PyException(.attributeError, message) }
    public static func indexError(_ message: String) -> PyException { PyException(.indexError, message) }
    public static func keyError(_ key: PyValue) -> PyException { PyException(.keyError, arguments: [key]) }

    public var description: String {
        if arguments.count == 1, case .str(let s) = arguments[0] { return "\(typeName.rawValue): \(s)" }
        return typeName.rawValue
    }
}

/// A Python exception object in flight through the interpreter (internal).
struct PyRaised: Error, @unchecked Sendable {
    let exception: PyInstance
}
