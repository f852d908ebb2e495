/// Helpers for host code that implements Python-level behaviour (PySpark's RDD methods) on the interpreter's
/// thread: builtins by name, Python's `==` and `<`, and where the running program called the host.
extension PyInterpreter {
    /// A builtin function or class by name (`sorted`, `sum`, `max`), as Python code sees it.
    public func builtinFunction(named name: String) -> PyValue? { builtins[name] }

    /// Python's `a == b` as a Swift Bool (user `__eq__` included).
    public func equals(_ a: PyValue, _ b: PyValue) throws -> Bool {
        if PyValue.identical(a, b) { return true }
        return try valuesEqual(a, b)
    }

    /// Python's `a < b` as a Swift Bool; `TypeError` when the values cannot be ordered.
    public func less(_ a: PyValue, _ b: PyValue) throws -> Bool { try lessThan(a, b) }

    /// The line of the innermost call the program is evaluating: inside a host function, the line that
    /// called it (or that read the host object's attribute, for a property such as `df.rdd`).
    public var callLine: Int { lastCallLine }

    /// The file name given to `run`.
    public var sourceFileName: String { filename }
}

extension PyInterpreter {
    /// A copy of a value as a pickle round trip makes it: new lists, dicts (keeping their `collections`
    /// flavor), sets and user-class instances, with shared references inside the value kept shared. Immutable
    /// values, functions, classes and host objects are returned as they are.
    public func deepCopy(_ value: PyValue) -> PyValue {
        guard Self.holdsMutable(value, depth: 0) else { return value }
        var memo: [ObjectIdentifier: PyValue] = [:]
        return deepCopy(value, &memo, depth: 0)
    }

    /// Whether a value contains anything a copy must duplicate (scalars and tuples of scalars do not).
    private static func holdsMutable(_ value: PyValue, depth: Int) -> Bool {
        switch value {
        case .none, .bool, .int, .float, .str: return false
        case .tuple(let items): return depth < 500 && items.contains { holdsMutable($0, depth: depth + 1) }
        case .list, .dict, .set: return true
        case .instance(let instance): return instance.cls.isUserDefined
        default: return false
        }
    }

    private func deepCopy(_ value: PyValue, _ memo: inout [ObjectIdentifier: PyValue], depth: Int) -> PyValue {
        if depth > 500 { return value }
        switch value {
        case .list(let list):
            if let done = memo[ObjectIdentifier(list)] { return done }
            let copy = PyList()
            memo[ObjectIdentifier(list)] = .list(copy)
            copy.items = list.items.map { deepCopy($0, &memo, depth: depth + 1) }
            return .list(copy)
        case .tuple(let items):
            return .tuple(items.map { deepCopy($0, &memo, depth: depth + 1) })
        case .dict(let dict):
            if let done = memo[ObjectIdentifier(dict)] { return done }
            let copy = PyDict()
            memo[ObjectIdentifier(dict)] = .dict(copy)
            copy.flavor = dict.flavor
            copy.defaultFactory = dict.defaultFactory
            for (key, item) in dict.storage { copy.storage[key] = deepCopy(item, &memo, depth: depth + 1) }
            return .dict(copy)
        case .set(let set):
            if let done = memo[ObjectIdentifier(set)] { return done }
            let copy = PySet(storage: set.storage)
            memo[ObjectIdentifier(set)] = .set(copy)
            return .set(copy)
        case .instance(let instance) where instance.cls.isUserDefined:
            if let done = memo[ObjectIdentifier(instance)] { return done }
            let copy = PyInstance(cls: instance.cls)
            memo[ObjectIdentifier(instance)] = .instance(copy)
            for (name, item) in instance.attributes { copy.attributes[name] = deepCopy(item, &memo, depth: depth + 1) }
            return .instance(copy)
        default:
            return value
        }
    }
}

extension PyInterpreter {
    /// `collections.defaultdict(factory)` with the given entries (PySpark's `countByValue` returns one).
    public func newDefaultDict(factory: PyValue, _ pairs: [(PyValue, PyValue)] = []) throws -> PyValue {
        let dict = PyDict()
        dict.flavor = .defaultDict
        dict.defaultFactory = factory
        for (key, value) in pairs { try dict.set(key, value) }
        return .dict(dict)
    }
}

extension PyInterpreter {
    /// The Python exception an error carries (raised by Python code, or thrown by host code as a
    /// `PyException`), as a `PyError` of kind `.exception` with its position; nil for host errors and limits.
    public func pythonException(in error: any Error) -> PyError? {
        let converted: PyError
        switch error {
        case let raised as PyRaised: converted = makeError(raised)
        case let pyError as PyError: converted = pyError
        case let exception as PyException: converted = makeError(PyRaised(exception: makeExceptionInstance(exception)))
        default: return nil
        }
        return converted.kind == .exception ? converted : nil
    }
}
