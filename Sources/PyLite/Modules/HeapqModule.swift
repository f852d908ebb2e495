/// The `heapq` and `bisect` modules, operating on Python lists in place.
enum HeapqModule {
    static func list(_ value: PyValue?, _ function: String) throws -> PyList {
        guard case .list(let list)? = value else { throw PyException.typeError("\(function)() argument 1 must be list") }
        return list
    }

    static func siftDown(_ items: inout [PyValue], _ start: Int, _ position: Int, _ interpreter: PyInterpreter) throws {
        var pos = position
        let newItem = items[pos]
        while pos > start {
            let parent = (pos - 1) >> 1
            if try interpreter.lessThan(newItem, items[parent]) {
                items[pos] = items[parent]
                pos = parent
                continue
            }
            break
        }
        items[pos] = newItem
    }

    static func siftUp(_ items: inout [PyValue], _ position: Int, _ interpreter: PyInterpreter) throws {
        var pos = position
        let end = items.count
        let start = pos
        let newItem = items[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end, try !interpreter.lessThan(items[child], items[right]) { child = right }
            items[pos] = items[child]
            pos = child
            child = 2 * pos + 1
        }
        items[pos] = newItem
        try siftDown(&items, start, pos, interpreter)
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "heapq")
        BuiltinModules.function(module, "heappush") { args in
            let bound = try args.bind("heappush", ["heap", "item"])
            let heap = try list(bound["heap"], "heappush")
            try args.interpreter.checkLength(heap.items.count + 1)
            heap.items.append(bound["item"] ?? PyValue.none)
            try siftDown(&heap.items, 0, heap.items.count - 1, args.interpreter)
            return PyValue.none
        }
        BuiltinModules.function(module, "heappop") { args in
            let heap = try list(try args.bind("heappop", ["heap"])["heap"], "heappop")
            guard let last = heap.items.popLast() else { throw PyException.indexError("index out of range") }
            guard !heap.items.isEmpty else { return last }
            let top = heap.items[0]
            heap.items[0] = last
            try siftUp(&heap.items, 0, args.interpreter)
            return top
        }
        BuiltinModules.function(module, "heapify") { args in
            let heap = try list(try args.bind("heapify", ["x"])["x"], "heapify")
            for i in stride(from: heap.items.count / 2 - 1, through: 0, by: -1) {
                try siftUp(&heap.items, i, args.interpreter)
            }
            return PyValue.none
        }
        BuiltinModules.function(module, "heappushpop") { args in
            let bound = try args.bind("heappushpop", ["heap", "item"])
            let heap = try list(bound["heap"], "heappushpop")
            var item = bound["item"] ?? PyValue.none
            if let first = heap.items.first, try args.interpreter.lessThan(first, item) {
                (item, heap.items[0]) = (first, item)
                try siftUp(&heap.items, 0, args.interpreter)
            }
            return item
        }
        BuiltinModules.function(module, "heapreplace") { args in
            let bound = try args.bind("heapreplace", ["heap", "item"])
            let heap = try list(bound["heap"], "heapreplace")
            guard let first = heap.items.first else { throw PyException.indexError("index out of range") }
            heap.items[0] = bound["item"] ?? PyValue.none
            try siftUp(&heap.items, 0, args.interpreter)
            return first
        }
        for name in ["nlargest", "nsmallest"] {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["n", "iterable", "key="])
                let n = bound["n"]?.asInt ?? 0
                let items = try args.interpreter.collect(bound["iterable"] ?? PyValue.none)
                let sorted = try args.interpreter.sortValues(items, key: bound["key"], reverse: name == "nlargest")
                return .newList(Array(sorted.prefix(max(0, n))))
            }
        }
        return module
    }

    static func makeBisect(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "bisect")
        func search(_ args: PyArguments, _ name: String, right: Bool) throws -> (PyList, PyValue, Int) {
            let bound = try args.bind(name, ["a", "x", "lo=", "hi=", "*", "key="])
            let list = try list(bound["a"], name)
            let x = bound["x"] ?? PyValue.none
            var lo = bound["lo"]?.asInt ?? 0
            var hi = bound["hi"].flatMap { $0.isNone ? nil : $0.asInt } ?? list.items.count
            if lo < 0 { throw PyException.valueError("lo must be non-negative") }
            let key = bound["key"].flatMap { $0.isNone ? nil : $0 }
            let target = name.hasPrefix("insort") ? try key.map { try args.interpreter.callValue($0, [x], []) } ?? x : x
            while lo < hi {
                let mid = (lo + hi) / 2
                let probe = try key.map { try args.interpreter.callValue($0, [list.items[mid]], []) } ?? list.items[mid]
                let goRight = right ? try !args.interpreter.lessThan(target, probe) : try args.interpreter.lessThan(probe, target)
                if goRight { lo = mid + 1 } else { hi = mid }
            }
            return (list, x, lo)
        }
        for (name, right) in [("bisect_left", false), ("bisect_right", true), ("bisect", true)] {
            BuiltinModules.function(module, name) { args in .int(try search(args, name, right: right).2) }
        }
        for (name, right) in [("insort_left", false), ("insort_right", true), ("insort", true)] {
            BuiltinModules.function(module, name) { args in
                let (list, x, index) = try search(args, name, right: right)
                try args.interpreter.checkLength(list.items.count + 1)
                list.items.insert(x, at: index)
                return PyValue.none
            }
        }
        return module
    }
}
