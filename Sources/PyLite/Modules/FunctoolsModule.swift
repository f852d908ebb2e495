/// The `functools` module: reduce, partial, lru_cache/cache, cmp_to_key, wraps, total_ordering.
enum FunctoolsModule {
    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "functools")
        BuiltinModules.function(module, "reduce") { args in
            let bound = try args.bind("reduce", ["function", "iterable", "initial="])
            let interpreter = args.interpreter
            let function = bound["function"] ?? PyValue.none
            var accumulator = bound["initial"]
            try interpreter.iterate(bound["iterable"] ?? PyValue.none) { item in
                if let current = accumulator {
                    accumulator = try interpreter.callValue(function, [current, item], [])
                } else {
                    accumulator = item
                }
                return true
            }
            guard let result = accumulator else {
                throw PyException.typeError("reduce() of empty iterable with no initial value")
            }
            return result
        }
        BuiltinModules.function(module, "partial") { args in
            guard let function = args.positional.first else {
                throw PyException.typeError("type 'partial' takes at least one argument")
            }
            let frozenPositional = Array(args.positional.dropFirst())
            let frozenKeyword = args.keyword
            return .native(PyNativeFunction(name: "partial") { call in
                var keyword = frozenKeyword
                for (name, value) in call.keyword {
                    keyword.removeAll { $0.name == name }
                    keyword.append((name, value))
                }
                return try call.interpreter.callValue(function, frozenPositional + call.positional, keyword)
            })
        }
        let cacheInfoClass = NamedTupleValue.makeClass(
            "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"], defaults: [], interpreter: interpreter)
        func cached(_ function: PyValue, maxSize: Int?, typed: Bool, _ interpreter: PyInterpreter) throws -> PyValue {
            guard function.isCallable else { throw PyException.typeError("the first argument must be callable") }
            return .host(CachedFunction(
                function: function, maxSize: maxSize, typed: typed, cacheInfoClass: cacheInfoClass, interpreter: interpreter))
        }
        BuiltinModules.function(module, "cache") { args in
            let bound = try args.bind("cache", ["user_function"])
            return try cached(bound["user_function"] ?? PyValue.none, maxSize: nil, typed: false, args.interpreter)
        }
        BuiltinModules.function(module, "lru_cache") { args in
            let bound = try args.bind("lru_cache", ["maxsize=", "typed="])
            let typed = try bound["typed"].map { try args.interpreter.isTruthy($0) } ?? false
            let maxSize: Int?
            switch bound["maxsize"] {
            case nil: maxSize = 128
            case .none?: maxSize = nil
            case .int(let n)?: maxSize = n
            case .bool(let b)?: maxSize = b ? 1 : 0
            case let value? where value.isCallable:
                // `@lru_cache` without parentheses.
                return try cached(value, maxSize: 128, typed: typed, args.interpreter)
            default:
                throw PyException.typeError("Expected first argument to be an integer, a callable, or None")
            }
            return .native(PyNativeFunction(name: "decorating_function") { inner in
                let function = try inner.bind("decorating_function", ["user_function"])["user_function"] ?? PyValue.none
                return try cached(function, maxSize: maxSize, typed: typed, inner.interpreter)
            })
        }
        BuiltinModules.function(module, "cmp_to_key") { args in
            let bound = try args.bind("cmp_to_key", ["mycmp"])
            let comparator = bound["mycmp"] ?? PyValue.none
            return .native(PyNativeFunction(name: "K") { call in
                let value = try call.bind("K", ["obj"])["obj"] ?? PyValue.none
                return .host(ComparisonKey(value: value, comparator: comparator, interpreter: call.interpreter))
            })
        }
        BuiltinModules.function(module, "wraps") { args in
            let bound = try args.bind("wraps", ["wrapped", "assigned=", "updated="])
            let wrapped = bound["wrapped"] ?? PyValue.none
            return .native(PyNativeFunction(name: "decorator") { inner in
                let wrapper = inner.positional.first ?? PyValue.none
                if case .function(let function) = wrapper {
                    switch wrapped {
                    case .function(let original):
                        function.wrappedNames = (original.wrappedNames?.name ?? original.name,
                                                 original.wrappedNames?.qualifiedName ?? original.qualifiedName)
                    case .native(let original):
                        function.wrappedNames = (original.name, original.name)
                    default: break
                    }
                }
                return wrapper
            })
        }
        BuiltinModules.function(module, "total_ordering") { args in
            let bound = try args.bind("total_ordering", ["cls"])
            guard case .classObject(let cls)? = bound["cls"] else { return bound["cls"] ?? PyValue.none }
            FunctoolsModule.completeOrdering(cls, args.interpreter)
            return .classObject(cls)
        }
        return module
    }

    /// Fills in the missing rich comparisons from `__eq__` and one ordering method.
    static func completeOrdering(_ cls: PyClass, _ interpreter: PyInterpreter) {
        let names = ["__lt__", "__le__", "__gt__", "__ge__"]
        guard let rootName = names.first(where: { cls.attributes[$0] != nil }), let root = cls.attributes[rootName] else { return }
        func make(_ name: String, _ body: @escaping (PyInterpreter, PyValue, PyValue) throws -> Bool) {
            if cls.attributes[name] != nil { return }
            cls.attributes[name] = .native(PyNativeFunction(name: name) { args in
                let bound = try args.bind(name, ["self", "other"])
                return .bool(try body(args.interpreter, bound["self"] ?? PyValue.none, bound["other"] ?? PyValue.none))
            })
        }
        func rootResult(_ i: PyInterpreter, _ a: PyValue, _ b: PyValue) throws -> Bool {
            try i.truth(try i.callValue(root, [a, b], []))
        }
        func equal(_ i: PyInterpreter, _ a: PyValue, _ b: PyValue) throws -> Bool { try i.valuesEqual(a, b) }
        switch rootName {
        case "__lt__":
            make("__gt__") { i, a, b in try !rootResult(i, a, b) && !equal(i, a, b) }
            make("__le__") { i, a, b in try rootResult(i, a, b) || equal(i, a, b) }
            make("__ge__") { i, a, b in try !rootResult(i, a, b) }
        case "__le__":
            make("__ge__") { i, a, b in try !rootResult(i, a, b) || equal(i, a, b) }
            make("__lt__") { i, a, b in try rootResult(i, a, b) && !equal(i, a, b) }
            make("__gt__") { i, a, b in try !rootResult(i, a, b) }
        case "__gt__":
            make("__lt__") { i, a, b in try !rootResult(i, a, b) && !equal(i, a, b) }
            make("__ge__") { i, a, b in try rootResult(i, a, b) || equal(i, a, b) }
            make("__le__") { i, a, b in try !rootResult(i, a, b) }
        default:
            make("__le__") { i, a, b in try !rootResult(i, a, b) || equal(i, a, b) }
            make("__gt__") { i, a, b in try rootResult(i, a, b) && !equal(i, a, b) }
            make("__lt__") { i, a, b in try !rootResult(i, a, b) }
        }
    }
}

/// The key objects `cmp_to_key` produces: ordered by calling the user's comparison function.
final class ComparisonKey: PyHostObject {
    let value: PyValue
    let comparator: PyValue
    unowned let interpreter: PyInterpreter

    init(value: PyValue, comparator: PyValue, interpreter: PyInterpreter) {
        self.value = value
        self.comparator = comparator
        self.interpreter = interpreter
    }

    var pyTypeName: String { "functools.KeyWrapper" }
    var pyIsHashable: Bool { false }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard case .host(let object) = other, let key = object as? ComparisonKey else { return nil }
        let result = try interpreter.callValue(comparator, [value, key.value], [])
        guard let ordering = result.asInt ?? result.asDouble.map({ $0 < 0 ? -1 : ($0 > 0 ? 1 : 0) }) else {
            throw PyException.typeError("comparison function must return int, not \(interpreter.typeName(of: result))")
        }
        return .bool(PyInterpreter.compareOrdering(op, ordering.signum()))
    }
}
