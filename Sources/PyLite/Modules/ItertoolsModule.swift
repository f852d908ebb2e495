/// The `itertools` module: lazy iterators over any iterable.
enum ItertoolsModule {
    static func iterator(_ name: String, _ next: @escaping () throws -> PyValue?) -> PyValue {
        .iterator(PyIterator(typeName: name, next: next))
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "itertools")
        BuiltinModules.function(module, "count") { args in
            let bound = try args.bind("count", ["start=", "step="])
            var current = bound["start"] ?? .int(0)
            let step = bound["step"] ?? .int(1)
            let interpreter = args.interpreter
            return iterator("count") {
                try interpreter.tickNative()
                defer { current = (try? interpreter.binaryOperation(.add, current, step)) ?? current }
                return current
            }
        }
        BuiltinModules.function(module, "repeat") { args in
            let bound = try args.bind("repeat", ["object", "times="])
            let value = bound["object"] ?? PyValue.none
            var remaining = bound["times"]?.asInt
            let interpreter = args.interpreter
            return iterator("repeat") {
                try interpreter.tickNative()
                if let r = remaining {
                    if r <= 0 { return nil }
                    remaining = r - 1
                }
                return value
            }
        }
        BuiltinModules.function(module, "cycle") { args in
            let bound = try args.bind("cycle", ["iterable"])
            let interpreter = args.interpreter
            let source = try interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            var saved: [PyValue] = []
            var exhausted = false
            var index = 0
            return iterator("cycle") {
                try interpreter.tickNative()
                if !exhausted {
                    if let item = try source.next() {
                        saved.append(item)
                        try interpreter.checkLength(saved.count)
                        return item
                    }
                    exhausted = true
                }
                guard !saved.isEmpty else { return nil }
                defer { index = (index + 1) % saved.count }
                return saved[index]
            }
        }
        let chainFromIterable: (PyInterpreter, PyValue) throws -> PyValue = { interpreter, iterables in
            let outer = try interpreter.makeIterator(iterables)
            var current: PyIterator?
            return iterator("chain") {
                while true {
                    if let current, let item = try current.next() { return item }
                    guard let nextIterable = try outer.next() else { return nil }
                    current = try interpreter.makeIterator(nextIterable)
                }
            }
        }
        let chain = PyClass(hostName: "chain", moduleName: "itertools", constructor: { args in
            try chainFromIterable(args.interpreter, .tuple(args.positional))
        }, attributes: { name in
            guard name == "from_iterable" else { return nil }
            return .native(PyNativeFunction(name: "from_iterable") { args in
                let bound = try args.bind("from_iterable", ["iterable"])
                return try chainFromIterable(args.interpreter, bound["iterable"] ?? PyValue.none)
            })
        })
        module.setAttribute("chain", .classObject(chain))
        BuiltinModules.function(module, "islice") { args in
            guard args.positional.count >= 2 else { throw PyException.typeError("islice expected at least 2 arguments, got \(args.positional.count)") }
            let interpreter = args.interpreter
            let source = try interpreter.makeIterator(args.positional[0])
            func index(_ value: PyValue?, _ fallback: Int?) throws -> Int? {
                guard let value, !value.isNone else { return fallback }
                guard let i = value.asInt, i >= 0 else {
                    throw PyException.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return i
            }
            var start = 0, stop: Int?, step = 1
            if args.positional.count == 2 {
                stop = try index(args.positional[1], nil)
            } else {
                start = try index(args.positional[1], 0) ?? 0
                stop = try index(args.positional[2], nil)
                step = try index(args.positional.count > 3 ? args.positional[3] : nil, 1) ?? 1
                if step == 0 { throw PyException.valueError("Step for islice() must be a positive integer or None.") }
            }
            var position = 0
            var nextWanted = start
            return iterator("islice") {
                while true {
                    if let stop, nextWanted >= stop { return nil }
                    guard let item = try source.next() else { return nil }
                    defer { position += 1 }
                    if position == nextWanted {
                        nextWanted += step
                        return item
                    }
                }
            }
        }
        BuiltinModules.function(module, "accumulate") { args in
            let bound = try args.bind("accumulate", ["iterable", "func=", "*", "initial="])
            let interpreter = args.interpreter
            let source = try interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            let function = bound["func"].flatMap { $0.isNone ? nil : $0 }
            var total: PyValue? = bound["initial"].flatMap { $0.isNone ? nil : $0 }
            var emittedInitial = total == nil
            return iterator("accumulate") {
                if !emittedInitial {
                    emittedInitial = true
                    return total
                }
                guard let item = try source.next() else { return nil }
                if let current = total {
                    total = try function.map { try interpreter.callValue($0, [current, item], []) }
                        ?? interpreter.binaryOperation(.add, current, item)
                } else {
                    total = item
                }
                return total
            }
        }
        BuiltinModules.function(module, "groupby") { args in
            let bound = try args.bind("groupby", ["iterable", "key="])
            let interpreter = args.interpreter
            let items = try interpreter.collect(bound["iterable"] ?? PyValue.none)
            let key = bound["key"].flatMap { $0.isNone ? nil : $0 }
            var index = 0
            return iterator("groupby") {
                guard index < items.count else { return nil }
                let groupKey = try key.map { try interpreter.callValue($0, [items[index]], []) } ?? items[index]
                var group: [PyValue] = []
                while index < items.count {
                    let itemKey = try key.map { try interpreter.callValue($0, [items[index]], []) } ?? items[index]
                    guard try interpreter.valuesEqual(itemKey, groupKey) else { break }
                    group.append(items[index])
                    index += 1
                }
                return .tuple([groupKey, .iterator(PyIterator(typeName: "_grouper", values: group))])
            }
        }
        BuiltinModules.function(module, "product") { args in
            let interpreter = args.interpreter
            var repeatCount = 1
            for (name, value) in args.keyword {
                guard name == "repeat", let n = value.asInt else {
                    throw PyException.typeError("product() got an unexpected keyword argument '\(name)'")
                }
                repeatCount = n
            }
            let pools = try args.positional.map { try interpreter.collect($0) }
            var allPools: [[PyValue]] = []
            for _ in 0..<max(0, repeatCount) { allPools.append(contentsOf: pools) }
            var total = 1
            for pool in allPools {
                let (t, o) = total.multipliedReportingOverflow(by: pool.count)
                if o { try interpreter.checkLength(Int.max) }
                total = t
            }
            try interpreter.checkLength(total)
            var indices = [Int](repeating: 0, count: allPools.count)
            var done = allPools.contains { $0.isEmpty }
            return iterator("product") {
                if done { return nil }
                let result = PyValue.tuple(zip(allPools, indices).map { $0[$1] })
                var k = allPools.count - 1
                while k >= 0 {
                    indices[k] += 1
                    if indices[k] < allPools[k].count { break }
                    indices[k] = 0
                    k -= 1
                }
                if k < 0 { done = true }
                return result
            }
        }
        BuiltinModules.function(module, "permutations") { args in
            let bound = try args.bind("permutations", ["iterable", "r="])
            let pool = try args.interpreter.collect(bound["iterable"] ?? PyValue.none)
            let r = bound["r"].flatMap { $0.isNone ? nil : $0.asInt } ?? pool.count
            var results: [PyValue] = []
            var used = [Bool](repeating: false, count: pool.count)
            var current: [PyValue] = []
            func build() throws {
                if current.count == r {
                    results.append(.tuple(current))
                    try args.interpreter.checkLength(results.count)
                    try args.interpreter.tickNative()
                    return
                }
                for i in pool.indices where !used[i] {
                    used[i] = true
                    current.append(pool[i])
                    try build()
                    current.removeLast()
                    used[i] = false
                }
            }
            if r <= pool.count && r >= 0 { try build() }
            return .iterator(PyIterator(typeName: "permutations", values: results))
        }
        for name in ["combinations", "combinations_with_replacement"] {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["iterable", "r"])
                let pool = try args.interpreter.collect(bound["iterable"] ?? PyValue.none)
                guard let r = bound["r"]?.asInt, r >= 0 else { throw PyException.valueError("r must be non-negative") }
                let replacement = name == "combinations_with_replacement"
                var results: [PyValue] = []
                var current: [PyValue] = []
                func build(_ start: Int) throws {
                    if current.count == r {
                        results.append(.tuple(current))
                        try args.interpreter.checkLength(results.count)
                        try args.interpreter.tickNative()
                        return
                    }
                    guard start < pool.count else { return }
                    for i in start..<pool.count {
                        current.append(pool[i])
                        try build(replacement ? i : i + 1)
                        current.removeLast()
                    }
                }
                try build(0)
                return .iterator(PyIterator(typeName: name, values: results))
            }
        }
        BuiltinModules.function(module, "zip_longest") { args in
            let interpreter = args.interpreter
            let fill = args.keyword("fillvalue") ?? PyValue.none
            let iterators = try args.positional.map { try interpreter.makeIterator($0) }
            var active = [Bool](repeating: true, count: iterators.count)
            return iterator("zip_longest") {
                var items: [PyValue] = []
                var any = false
                for (i, source) in iterators.enumerated() {
                    if active[i], let item = try source.next() {
                        items.append(item)
                        any = true
                    } else {
                        active[i] = false
                        items.append(fill)
                    }
                }
                return any ? .tuple(items) : nil
            }
        }
        BuiltinModules.function(module, "starmap") { args in
            let bound = try args.bind("starmap", ["function", "iterable"])
            let interpreter = args.interpreter
            let source = try interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            let function = bound["function"] ?? PyValue.none
            return iterator("starmap") {
                guard let item = try source.next() else { return nil }
                return try interpreter.callValue(function, try interpreter.collect(item), [])
            }
        }
        for name in ["takewhile", "dropwhile", "filterfalse"] {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["predicate", "iterable"])
                let interpreter = args.interpreter
                let source = try interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
                let predicate = bound["predicate"] ?? PyValue.none
                var switched = false
                return iterator(name) {
                    while let item = try source.next() {
                        let test = try interpreter.isTruthy(predicate.isNone ? item : try interpreter.callValue(predicate, [item], []))
                        switch name {
                        case "takewhile":
                            if switched || !test {
                                switched = true
                                return nil
                            }
                            return item
                        case "dropwhile":
                            if switched || !test {
                                switched = true
                                return item
                            }
                        default:
                            if !test { return item }
                        }
                    }
                    return nil
                }
            }
        }
        BuiltinModules.function(module, "compress") { args in
            let bound = try args.bind("compress", ["data", "selectors"])
            let interpreter = args.interpreter
            let data = try interpreter.makeIterator(bound["data"] ?? PyValue.none)
            let selectors = try interpreter.makeIterator(bound["selectors"] ?? PyValue.none)
            return iterator("compress") {
                while let item = try data.next(), let selector = try selectors.next() {
                    if try interpreter.isTruthy(selector) { return item }
                }
                return nil
            }
        }
        BuiltinModules.function(module, "pairwise") { args in
            let bound = try args.bind("pairwise", ["iterable"])
            let source = try args.interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            var previous = try source.next()
            return iterator("pairwise") {
                guard let first = previous, let second = try source.next() else { return nil }
                previous = second
                return .tuple([first, second])
            }
        }
        BuiltinModules.function(module, "tee") { args in
            let bound = try args.bind("tee", ["iterable", "n="])
            let items = try args.interpreter.collect(bound["iterable"] ?? PyValue.none)
            let n = bound["n"]?.asInt ?? 2
            return .tuple((0..<max(0, n)).map { _ in .iterator(PyIterator(typeName: "_tee", values: items)) })
        }
        return module
    }
}
