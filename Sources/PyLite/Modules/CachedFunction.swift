/// A function wrapped by `functools.lru_cache` or `functools.cache`: calls with arguments seen before return the
/// remembered result; `cache_info()` and `cache_clear()` as in CPython. With a `maxsize`, the least recently used
/// entry is dropped when the cache is full.
final class CachedFunction: PyHostObject {
    let function: PyValue
    /// nil: unbounded (`maxsize=None`, `functools.cache`).
    let maxSize: Int?
    let typed: Bool
    let cacheInfoClass: PyClass
    unowned let interpreter: PyInterpreter
    private var entries = LeastRecentlyUsed()
    private var hits = 0
    private var misses = 0

    init(function: PyValue, maxSize: Int?, typed: Bool, cacheInfoClass: PyClass, interpreter: PyInterpreter) {
        self.function = function
        self.maxSize = maxSize.map { max(0, $0) }
        self.typed = typed
        self.cacheInfoClass = cacheInfoClass
        self.interpreter = interpreter
    }

    var pyTypeName: String { "functools._lru_cache_wrapper" }
    var pyIsCallable: Bool { true }

    func pyCall(_ arguments: PyArguments) throws -> PyValue {
        let interpreter = arguments.interpreter
        if maxSize == 0 {
            misses += 1
            return try interpreter.callValue(function, arguments.positional, arguments.keyword)
        }
        let key = try PyKey(cacheKey(arguments, interpreter))
        if let cached = entries.get(key) {
            hits += 1
            return cached
        }
        misses += 1
        let result = try interpreter.callValue(function, arguments.positional, arguments.keyword)
        // A recursive call may have stored the same key meanwhile; the latest result wins, as in CPython.
        entries.set(key, result)
        if let maxSize, entries.count > maxSize { entries.removeOldest() }
        return result
    }

    /// Positional arguments, then keyword arguments in call order (so `f(1)` and `f(x=1)` are separate entries,
    /// as in CPython), then the argument types when `typed`.
    private func cacheKey(_ arguments: PyArguments, _ interpreter: PyInterpreter) -> PyValue {
        var parts: [PyValue] = [.tuple(arguments.positional), .tuple(arguments.keyword.map { .tuple([.str($0.name), $0.value]) })]
        if typed {
            let values = arguments.positional + arguments.keyword.map(\.value)
            parts.append(.tuple(values.map { .classObject(interpreter.typeOf($0)) }))
        }
        return .tuple(parts)
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "cache_info":
            return .native(PyNativeFunction(name: name) { [self] args in
                try args.expectNone(name)
                let values: [PyValue] = [.int(hits), .int(misses), maxSize.map { .int($0) } ?? .none, .int(entries.count)]
                return .host(NamedTupleValue(
                    values: values, fields: ["hits", "misses", "maxsize", "currsize"], cls: cacheInfoClass,
                    interpreter: args.interpreter))
            })
        case "cache_clear":
            return .native(PyNativeFunction(name: name) { [self] args in
                try args.expectNone(name)
                entries = LeastRecentlyUsed()
                hits = 0
                misses = 0
                return .none
            })
        case "cache_parameters":
            return .native(PyNativeFunction(name: name) { [self] args in
                try args.expectNone(name)
                return try PyValue.newDict([("maxsize", maxSize.map { .int($0) } ?? .none), ("typed", .bool(typed))])
            })
        case "__wrapped__":
            return function
        default:
            return try interpreter.findAttribute(function, name)
        }
    }

    func pyRepr() -> String { "<functools._lru_cache_wrapper object at \(interpreter.address(self))>" }
}

/// Cache entries in a doubly linked list of recency (array slots, oldest at `head`) with a dictionary index:
/// lookups, moves to the most recent end and evictions are all O(1).
struct LeastRecentlyUsed {
    private struct Slot {
        var key: PyKey
        var value: PyValue
        var previous: Int
        var next: Int
    }

    private var index: [PyKey: Int] = [:]
    private var slots: [Slot] = []
    private var freeSlots: [Int] = []
    private var head = -1
    private var tail = -1

    var count: Int { index.count }

    /// The value for `key`, which becomes the most recently used.
    mutating func get(_ key: PyKey) -> PyValue? {
        guard let slot = index[key] else { return nil }
        unlink(slot)
        append(slot)
        return slots[slot].value
    }

    mutating func set(_ key: PyKey, _ value: PyValue) {
        if let slot = index[key] {
            slots[slot].value = value
            unlink(slot)
            append(slot)
            return
        }
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            slots[slot] = Slot(key: key, value: value, previous: -1, next: -1)
        } else {
            slot = slots.count
            slots.append(Slot(key: key, value: value, previous: -1, next: -1))
        }
        index[key] = slot
        append(slot)
    }

    mutating func removeOldest() {
        guard head >= 0 else { return }
        let slot = head
        unlink(slot)
        index[slots[slot].key] = nil
        slots[slot].value = .none
        freeSlots.append(slot)
    }

    private mutating func unlink(_ slot: Int) {
        let previous = slots[slot].previous
        let next = slots[slot].next
        if previous >= 0 { slots[previous].next = next } else { head = next }
        if next >= 0 { slots[next].previous = previous } else { tail = previous }
        slots[slot].previous = -1
        slots[slot].next = -1
    }

    private mutating func append(_ slot: Int) {
        slots[slot].previous = tail
        slots[slot].next = -1
        if tail >= 0 { slots[tail].next = slot } else { head = slot }
        tail = slot
    }
}
