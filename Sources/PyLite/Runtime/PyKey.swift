import Collections

typealias OrderedDictionaryStorage = OrderedDictionary<PyKey, PyValue>
typealias OrderedSetStorage = OrderedSet<PyKey>

/// A hashable wrapper that gives PyValues Python's key semantics: `1`, `1.0` and `True` are the same key,
/// tuples compare element-wise, functions and instances by identity. Lists, dicts and sets are unhashable.
struct PyKey: Hashable {
    let value: PyValue
    /// The result of a user class's `__hash__`.
    let customHash: Int?

    init(_ value: PyValue) throws {
        try PyKey.checkHashable(value)
        self.value = value
        customHash = try PyKey.userHash(value)
    }

    init(string: String) {
        value = .str(string)
        customHash = nil
    }

    /// Calls `__hash__` of an instance of a user class; a class defining `__eq__` without `__hash__` is
    /// unhashable, as in Python.
    private static func userHash(_ value: PyValue) throws -> Int? {
        guard case .instance(let instance) = value, instance.cls.builtinKind == nil,
            !instance.cls.isSubclass(of: PyInterpreter.current?.types.baseException ?? instance.cls) || instance.cls.lookup("__hash__") != nil
        else { return nil }
        let hashMethod = instance.cls.lookup("__hash__")
        if hashMethod == nil {
            if instance.cls.lookup("__eq__") != nil {
                throw PyException.typeError("unhashable type: '\(instance.cls.name)'")
            }
            return nil
        }
        guard let method = hashMethod, let interpreter = PyInterpreter.current else { return nil }
        if case .none = method { throw PyException.typeError("unhashable type: '\(instance.cls.name)'") }
        let result = try interpreter.callValue(method, [value], [])
        guard let hash = result.asInt else { throw PyException.typeError("__hash__ method should return an integer") }
        return hash
    }

    private static func checkHashable(_ value: PyValue, depth: Int = 0) throws {
        switch value {
        case .list: throw PyException.typeError("unhashable type: 'list'")
        case .dict: throw PyException.typeError("unhashable type: 'dict'")
        case .set: throw PyException.typeError("unhashable type: 'set'")
        case .slice: throw PyException.typeError("unhashable type: 'slice'")
        case .tuple(let items):
            if depth > 500 { throw PyException(.recursionError, "maximum recursion depth exceeded while hashing") }
            for item in items { try checkHashable(item, depth: depth + 1) }
        case .host(let object):
            if !object.pyIsHashable { throw PyException.typeError("unhashable type: '\(object.pyTypeName)'") }
        default: break
        }
    }

    static func == (lhs: PyKey, rhs: PyKey) -> Bool {
        if lhs.customHash != nil || rhs.customHash != nil, let interpreter = PyInterpreter.current {
            if PyValue.identical(lhs.value, rhs.value) { return true }
            return (try? interpreter.valuesEqual(lhs.value, rhs.value)) ?? false
        }
        return keyEquals(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        if let customHash {
            hasher.combine(customHash)
        } else {
            PyKey.hashValue(value, into: &hasher)
        }
    }

    static func hashValue(_ value: PyValue, into hasher: inout Hasher) {
        switch value {
        case .none: hasher.combine(0)
        case .ellipsis: hasher.combine(1)
        case .bool(let b): hasher.combine(b ? 1 : 0)
        case .int(let i): hasher.combine(i)
        case .float(let d):
            if d.rounded() == d, abs(d) < 9.2e18 { hasher.combine(Int(d)) } else { hasher.combine(d) }
        case .str(let s): hasher.combine(s)
        case .tuple(let items):
            hasher.combine(items.count)
            for item in items { hashValue(item, into: &hasher) }
        case .frozenset(let set):
            // Order-independent: combine element hashes commutatively.
            var total = 0
            for key in set.storage { total = total &+ key.hashValue }
            hasher.combine(total)
        case .range(let r):
            hasher.combine(r.start)
            hasher.combine(r.stop)
            hasher.combine(r.step)
        case .host(let object):
            if let number = object.pyNumericKey { hashValue(number, into: &hasher) } else { hasher.combine(object.pyHash()) }
        case .function(let f): hasher.combine(ObjectIdentifier(f))
        case .native(let f): hasher.combine(ObjectIdentifier(f))
        case .boundMethod(let m): hasher.combine(ObjectIdentifier(m))
        case .classObject(let c): hasher.combine(ObjectIdentifier(c))
        case .instance(let i): hasher.combine(ObjectIdentifier(i))
        case .module(let m): hasher.combine(ObjectIdentifier(m))
        case .iterator(let i): hasher.combine(ObjectIdentifier(i))
        case .list(let l): hasher.combine(ObjectIdentifier(l))
        case .dict(let d): hasher.combine(ObjectIdentifier(d))
        case .set(let s): hasher.combine(ObjectIdentifier(s))
        case .slice(let s): hasher.combine(ObjectIdentifier(s))
        }
    }

    /// Equality as dict keys see it (no user `__eq__`; instances compare by identity).
    static func keyEquals(_ a: PyValue, _ b: PyValue) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.str(let x), .str(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { keyEquals($0, $1) }
        case (.frozenset(let x), .frozenset(let y)):
            return x.storage.count == y.storage.count && x.storage.allSatisfy { y.storage.contains($0) }
        case (.host(let x), .host(let y)): return x === y || x.pyKeyEquals(y)
        case (.range(let x), .range(let y)): return x.start == y.start && x.stop == y.stop && x.step == y.step
        case (.host(let x), _): return x.pyNumericKey.map { keyEquals($0, b) } ?? false
        case (_, .host(let y)): return y.pyNumericKey.map { keyEquals(a, $0) } ?? false
        default:
            if let x = a.numericValue, let y = b.numericValue { return x == y }
            return PyValue.identical(a, b)
        }
    }
}

/// A number as int or double, for mixed comparisons.
enum PyNumber: Equatable {
    case int(Int)
    case float(Double)

    static func == (lhs: PyNumber, rhs: PyNumber) -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.int(let a), .float(let b)), (.float(let b), .int(let a)):
            return Double(a) == b && (b.magnitude >= 9.3e18 || Int(b) == a)
        }
    }
}

extension PyValue {
    var numericValue: PyNumber? {
        switch self {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        default: return nil
        }
    }

    /// Python's `is`: identity for reference types, value identity for small immutable values.
    static func identical(_ a: PyValue, _ b: PyValue) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
        case (.list(let x), .list(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.set(let x), .set(let y)), (.frozenset(let x), .frozenset(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.native(let x), .native(let y)): return x === y
        case (.boundMethod(let x), .boundMethod(let y)): return x === y
        case (.classObject(let x), .classObject(let y)): return x === y
        case (.instance(let x), .instance(let y)): return x === y
        case (.module(let x), .module(let y)): return x === y
        case (.iterator(let x), .iterator(let y)): return x === y
        case (.slice(let x), .slice(let y)): return x === y
        case (.host(let x), .host(let y)): return x === y
        default: return false
        }
    }
}
