/// A Python class: builtin (`int`, `ValueError`), defined by the user with `class`, or provided by the host
/// (`DataFrame`, `Row`, `StructType`, `Window`).
///
/// Host classes have a `constructor` (called for `Row(name="a")`), lazily resolved class attributes
/// (`Window.unboundedPreceding`, static methods like `Window.partitionBy`), and their instances are host
/// objects whose `pyClass` returns the class, so `isinstance(df, DataFrame)` works.
public final class PyClass {
    public let name: String
    public internal(set) var bases: [PyClass]
    /// Method resolution order, this class first.
    var mro: [PyClass] = []
    /// The class namespace (methods and class attributes).
    var attributes: [String: PyValue] = [:]
    let constructor: ((PyArguments) throws -> PyValue)?
    let attributeResolver: ((String) throws -> PyValue?)?
    let builtinKind: BuiltinKind?
    /// The module name shown in `repr`, e.g. `<class 'pyspark.sql.dataframe.DataFrame'>`.
    public var moduleName: String
    /// Created by a `class` statement; only such classes accept attribute assignment (host and builtin classes
    /// cannot be monkey-patched).
    var isUserDefined = false
    /// Set on a `@dataclass(frozen=True)` class: assigning or deleting an attribute of one of its instances raises
    /// this exception class (`dataclasses.FrozenInstanceError`).
    var frozenInstanceError: PyClass?

    enum BuiltinKind {
        case object, type, int, float, str, bool, list, tuple, dict, set, frozenset, noneType, range, function
        case builtinFunction, module, slice, ellipsis, iterator, exception
    }

    init(
        name: String, bases: [PyClass], moduleName: String = "builtins", builtinKind: BuiltinKind? = nil,
        constructor: ((PyArguments) throws -> PyValue)? = nil, attributeResolver: ((String) throws -> PyValue?)? = nil
    ) {
        self.name = name
        self.bases = bases
        self.moduleName = moduleName
        self.builtinKind = builtinKind
        self.constructor = constructor
        self.attributeResolver = attributeResolver
        mro = PyClass.linearize(self)
    }

    /// A class provided by the host.
    /// - Parameters:
    ///   - name: the Python-visible name (`DataFrame`).
    ///   - moduleName: the module shown in `repr` (`pyspark.sql.dataframe`).
    ///   - constructor: called when Python code calls the class; nil makes the class not constructible.
    ///   - attributes: resolves class attributes and static methods by name; return nil for unknown names.
    public convenience init(
        hostName name: String, moduleName: String, constructor: ((PyArguments) throws -> PyValue)? = nil,
        attributes: ((String) throws -> PyValue?)? = nil
    ) {
        self.init(name: name, bases: [], moduleName: moduleName, constructor: constructor, attributeResolver: attributes)
    }

    /// A new exception class deriving from `base` (for example `AnalysisException(Exception)`), usable in
    /// `except` clauses and with `PyException(exceptionClass:_:)`.
    public static func exceptionSubclass(named name: String, base: PyClass, moduleName: String) -> PyClass {
        PyClass(name: name, bases: [base], moduleName: moduleName, builtinKind: nil)
    }

    /// C3-like linearization; good enough for single inheritance and simple diamonds.
    static func linearize(_ cls: PyClass) -> [PyClass] {
        var result: [PyClass] = [cls]
        var sequences = cls.bases.map { $0.mro } + [cls.bases]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyClass?
            for sequence in sequences {
                let head = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate ?? sequences.first?.first else { return result }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0.filter { $0 !== next } }
        }
    }

    /// Looks a name up along the MRO (class attributes only).
    func lookup(_ name: String) -> PyValue? {
        for cls in mro {
            if let value = cls.attributes[name] { return value }
        }
        return nil
    }

    public func isSubclass(of other: PyClass) -> Bool { mro.contains { $0 === other } }

    /// Sets a class attribute (host classes may use this for constants known in advance).
    public func setAttribute(_ name: String, _ value: PyValue) { attributes[name] = value }

    var qualifiedRepr: String {
        moduleName == "builtins" || moduleName.isEmpty ? "<class '\(name)'>" : "<class '\(moduleName).\(name)'>"
    }
}

/// An instance of a user-defined class (and every exception object).
public final class PyInstance {
    public let cls: PyClass
    var attributes: [String: PyValue] = [:]
    /// For exception objects: the constructor arguments, cause, traceback and carried host error.
    var arguments: [PyValue] = []
    var cause: PyValue = .none
    var context: PyValue = .none
    /// Set by `raise ... from ...`: the traceback shows the cause, not the context.
    var suppressContext = false
    var traceback: [PyTracebackEntry] = []
    var position: SourcePosition?
    var hostError: (any Error)?
    /// An uncatchable error being carried (never set for ordinary exceptions).
    var payload: [PyValue] = []

    init(cls: PyClass) { self.cls = cls }
}
