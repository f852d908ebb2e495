/// A Python value as PyLite and its host see it.
///
/// Immutable scalars (`None`, bool, int, float, str, tuple) are Swift values; mutable containers, functions,
/// classes, instances and modules are reference types, so aliasing behaves as in Python. Host objects (a Spark
/// DataFrame, a Column, ...) are `PyHostObject` references.
///
/// Conversions: `PyValue(42)`, `PyValue("a")`, `PyValue.newList([...])`, `PyValue.newDict([("a", 1)])`, and back
/// with `asInt`, `asDouble`, `asString`, `asBool`, `asArray`, `asHost(DataFrameObject.self)`.
public enum PyValue {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(String)
    case list(PyList)
    case tuple([PyValue])
    case dict(PyDict)
    case set(PySet)
    case frozenset(PySet)
    /// A function defined in Python (`def` or `lambda`).
    case function(PyFunction)
    /// A function implemented in Swift (a builtin or a host function).
    case native(PyNativeFunction)
    case boundMethod(PyBoundMethod)
    case classObject(PyClass)
    case instance(PyInstance)
    case module(PyModule)
    case iterator(PyIterator)
    case range(PyRange)
    case slice(PySlice)
    case host(any PyHostObject)
}

extension PyValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(stringLiteral value: String) { self = .str(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .none }
}

extension PyValue {
    public init(_ value: Int) { self = .int(value) }
    public init(_ value: Double) { self = .float(value) }
    public init(_ value: String) { self = .str(value) }
    public init(_ value: Bool) { self = .bool(value) }
    public init(_ value: any PyHostObject) { self = .host(value) }

    /// A new Python list.
    public static func newList(_ items: [PyValue]) -> PyValue { .list(PyList(items)) }

    /// A new Python dict; later duplicates of a key overwrite earlier values, as in Python.
    /// Throws a Python `TypeError` when a key is unhashable.
    public static func newDict(_ pairs: [(PyValue, PyValue)]) throws -> PyValue {
        let dict = PyDict()
        for (key, value) in pairs { try dict.set(key, value) }
        return .dict(dict)
    }

    /// A new Python set. Throws a Python `TypeError` when an element is unhashable.
    public static func newSet(_ items: [PyValue]) throws -> PyValue {
        let set = PySet()
        for item in items { try set.insert(item) }
        return .set(set)
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The value as a Swift `Int` when it is a Python int (or bool).
    public var asInt: Int? {
        switch self {
        case .int(let v): return v
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as a `Double` when it is a Python int, bool or float.
    public var asDouble: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .bool(let b): return b ? 1 : 0
        case .float(let v): return v
        default: return nil
        }
    }

    public var asString: String? {
        if case .str(let s) = self { return s }
        return nil
    }

    public var asBool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements of a list or tuple.
    public var asArray: [PyValue]? {
        switch self {
        case .list(let list): return list.items
        case .tuple(let items): return items
        default: return nil
        }
    }

    /// The entries of a dict, in insertion order.
    public var asPairs: [(PyValue, PyValue)]? {
        if case .dict(let dict) = self { return dict.pairs }
        return nil
    }

    /// The host object when the value is one of type `T`.
    public func asHost<T>(_ type: T.Type) -> T? {
        if case .host(let object) = self { return object as? T }
        return nil
    }

    /// True for values that can be called.
    public var isCallable: Bool {
        switch self {
        case .function, .native, .boundMethod, .classObject: return true
        case .instance(let instance): return instance.cls.lookup("__call__") != nil
        case .host(let object): return object.pyIsCallable
        default: return false
        }
    }
}

/// A mutable Python list.
public final class PyList {
    public var items: [PyValue]
    public init(_ items: [PyValue] = []) { self.items = items }
}

/// A mutable Python dict, insertion-ordered.
public final class PyDict {
    var storage: OrderedDictionaryStorage
    /// `collections` variants share the dict storage and differ in a few behaviours.
    enum Flavor { case plain, defaultDict, counter, ordered }
    var flavor: Flavor = .plain
    /// For `defaultdict`: called to create missing values.
    var defaultFactory: PyValue?

    public init() { storage = [:] }

    public var count: Int { storage.count }

    /// The entries in insertion order.
    public var pairs: [(PyValue, PyValue)] { storage.map { ($0.key.value, $0.value) } }

    public func get(_ key: PyValue) throws -> PyValue? { storage[try PyKey(key)] }

    public func set(_ key: PyValue, _ value: PyValue) throws { storage[try PyKey(key)] = value }

    /// Sets an entry for a string key (never throws).
    public func set(_ key: String, _ value: PyValue) { storage[PyKey(string: key)] = value }
}

/// A mutable Python set (also the storage of a frozenset). Iteration follows insertion order.
public final class PySet {
    var storage: OrderedSetStorage

    public init() { storage = [] }
    init(storage: OrderedSetStorage) { self.storage = storage }

    public var count: Int { storage.count }
    /// The elements in the order CPython would iterate them.
    public var elements: [PyValue] { CPythonSetOrder.order(storage) }

    public func insert(_ value: PyValue) throws { storage.append(try PyKey(value)) }
    public func contains(_ value: PyValue) throws -> Bool { storage.contains(try PyKey(value)) }
}

/// A half-open arithmetic progression, as Python's `range`.
public struct PyRange {
    public var start: Int
    public var stop: Int
    public var step: Int

    /// The number of elements (saturating at `Int.max`; computed without overflow for extreme bounds).
    public var count: Int {
        if step > 0 {
            guard start < stop else { return 0 }
            let n = (UInt(bitPattern: stop &- start) - 1) / UInt(step) + 1
            return n > UInt(Int.max) ? Int.max : Int(n)
        }
        guard start > stop else { return 0 }
        let n = (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
        return n > UInt(Int.max) ? Int.max : Int(n)
    }

    /// The element at `index` (valid indices never overflow; wrapping arithmetic keeps extreme ranges exact).
    public func element(_ index: Int) -> Int { start &+ index &* step }
}

/// A slice object, `a[start:stop:step]`.
public final class PySlice {
    let start: PyValue
    let stop: PyValue
    let step: PyValue
    init(start: PyValue, stop: PyValue, step: PyValue) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}

/// A Python iterator: produces values until it returns nil.
public final class PyIterator {
    let nextValue: () throws -> PyValue?
    /// Shown in `repr`, e.g. `list_iterator`, `generator`, `map`.
    let typeName: String
    /// For the iterator a generator function returns: the suspended body, which also answers `send`, `throw`
    /// and `close`.
    let generator: PyGenerator?

    public init(typeName: String = "iterator", next: @escaping () throws -> PyValue?) {
        self.typeName = typeName
        self.nextValue = next
        self.generator = nil
    }

    init(generator: PyGenerator) {
        self.typeName = "generator"
        self.generator = generator
        self.nextValue = { try generator.next() }
    }

    /// An iterator over a fixed sequence.
    public convenience init(typeName: String = "iterator", values: [PyValue]) {
        var position = 0
        self.init(typeName: typeName) {
            guard position < values.count else { return nil }
            position += 1
            return values[position - 1]
        }
    }

    public func next() throws -> PyValue? { try nextValue() }
}
