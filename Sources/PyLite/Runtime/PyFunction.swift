/// A function defined in Python: its declaration, the globals and enclosing scope it closes over, and the
/// default values computed when the `def` ran.
public final class PyFunction {
    let decl: FunctionDecl
    let globals: PyModule
    let closure: Frame?
    let defaults: [String: PyValue]
    /// The class whose body defined this function (for zero-argument `super()`).
    weak var definingClass: PyClass?
    public var name: String
    var qualifiedName: String
    /// `__name__` and `__qualname__` copied from the wrapped function by `functools.wraps`; error messages and
    /// tracebacks keep the function's own name, as CPython's do.
    var wrappedNames: (name: String, qualifiedName: String)?
    /// What `f.__name__` gives: `<lambda>` for a lambda.
    public var dunderName: String { wrappedNames?.name ?? name }

    init(decl: FunctionDecl, globals: PyModule, closure: Frame?, defaults: [String: PyValue], qualifiedName: String) {
        self.decl = decl
        self.globals = globals
        self.closure = closure
        self.defaults = defaults
        self.name = decl.name
        self.qualifiedName = qualifiedName
    }

    /// The names of the parameters, in order (`*args`/`**kwargs` without stars).
    public var parameterNames: [String] { decl.parameters.map(\.name) }

    /// The names of the parameters that can be passed positionally or by keyword, in order.
    public var positionalParameterNames: [String] {
        decl.parameters.filter { $0.kind == .positional }.map(\.name)
    }
}

/// A function implemented in Swift. Builtins and host functions are both this.
public final class PyNativeFunction {
    public let name: String
    let body: (PyArguments) throws -> PyValue

    /// - Parameter body: receives the call's arguments; throw `PyException` for Python errors, any other Swift
    ///   error to abort with a host error, or `PyError.timeLimit(...)` / `.memoryLimit(...)` for limits.
    public init(name: String, body: @escaping (PyArguments) throws -> PyValue) {
        self.name = name
        self.body = body
    }
}

/// A callable bound to a receiver: `obj.method`.
public final class PyBoundMethod {
    public let receiver: PyValue
    public let function: PyValue
    public init(receiver: PyValue, function: PyValue) {
        self.receiver = receiver
        self.function = function
    }
}
