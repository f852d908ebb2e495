/// Methods of `list`, `dict` and `set`.
extension PyInterpreter {
    func listMethod(_ list: PyList, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch name {
        case "append":
            let bound = try args.bind("list.append", ["object"])
            try checkLength(list.items.count + 1)
            list.items.append(bound["object"] ?? PyValue.none)
            return PyValue.none
        case "extend":
            let bound = try args.bind("list.extend", ["iterable"])
            let items = try collect(bound["iterable"] ?? PyValue.none)
            try checkLength(list.items.count + items.count)
            list.items.append(contentsOf: items)
            return PyValue.none
        case "insert":
            let bound = try args.bind("list.insert", ["index", "object"])
            var index = try indexValue(bound["index"] ?? PyValue.none)
            let count = list.items.count
            if index < 0 { index = max(0, index + count) }
            try checkLength(count + 1)
            list.items.insert(bound["object"] ?? PyValue.none, at: min(index, count))
            return PyValue.none
        case "pop":
            let bound = try args.bind("pop", ["index="])
            if list.items.isEmpty { throw PyException.indexError("pop from empty list") }
            var index = try bound["index"].map { try indexValue($0) } ?? -1
            if index < 0 { index += list.items.count }
            guard index >= 0 && index < list.items.count else { throw PyException.indexError("pop index out of range") }
            return list.items.remove(at: index)
        case "remove":
            let bound = try args.bind("list.remove", ["value"])
            let target = bound["value"] ?? PyValue.none
            for (i, item) in list.items.enumerated() where try valuesEqual(item, target) {
                list.items.remove(at: i)
                return PyValue.none
            }
            throw PyException.valueError("list.remove(x): x not in list")
        case "index", "count":
            return try sequenceMethodForList(list.items, name, args)
        case "sort":
            let bound = try args.bind("sort", ["*", "key=", "reverse="])
            let reverse = try bound["reverse"].map { try isTruthy($0) } ?? false
            let snapshot = list.items
            list.items = []
            do {
                list.items = try sortValues(snapshot, key: bound["key"], reverse: reverse)
            } catch {
                list.items = snapshot
                throw error
            }
            return PyValue.none
        case "reverse":
            try args.expectNone("reverse")
            list.items.reverse()
            return PyValue.none
        case "copy":
            try args.expectNone("copy")
            return .list(PyList(list.items))
        case "clear":
            try args.expectNone("clear")
            list.items.removeAll()
            return PyValue.none
        default:
            return nil
        }
    }

    private func sequenceMethodForList(_ items: [PyValue], _ name: String, _ args: PyArguments) throws -> PyValue? {
        if name == "index" {
            let bound = try args.bind("index", ["value", "start=", "stop="])
            let target = bound["value"] ?? PyValue.none
            let count = items.count
            func adjust(_ v: PyValue?, _ fallback: Int) throws -> Int {
                guard let v else { return fallback }
                let i = try indexValue(v)
                return i < 0 ? max(0, i + count) : min(i, count)
            }
            let lower = try adjust(bound["start"], 0)
            let upper = try adjust(bound["stop"], count)
            if lower < upper {
                for i in lower..<upper where try valuesEqual(items[i], target) { return .int(i) }
            }
            throw PyException.valueError("\(try reprValue(target)) is not in list")
        }
        let bound = try args.bind("count", ["value"])
        let target = bound["value"] ?? PyValue.none
        var n = 0
        for item in items where try valuesEqual(item, target) { n += 1 }
        return .int(n)
    }

    func dictMethod(_ dict: PyDict, _ name: String, _ args: PyArguments) throws -> PyValue? {
        if dict.flavor != .plain, let result = try collectionsMethod(dict, name, args) { return result }
        switch name {
        case "get":
            let bound = try args.bind("get", ["key", "default="])
            return dict.storage[try PyKey(bound["key"] ?? PyValue.none)] ?? bound["default"] ?? PyValue.none
        case "items":
            try args.expectNone("items")
            return .host(DictView(kind: .items, dict: dict, interpreter: self))
        case "keys":
            try args.expectNone("keys")
            return .host(DictView(kind: .keys, dict: dict, interpreter: self))
        case "values":
            try args.expectNone("values")
            return .host(DictView(kind: .values, dict: dict, interpreter: self))
        case "setdefault":
            let bound = try args.bind("setdefault", ["key", "default="])
            let key = try PyKey(bound["key"] ?? PyValue.none)
            if let existing = dict.storage[key] { return existing }
            let value = bound["default"] ?? PyValue.none
            try checkLength(dict.storage.count + 1)
            dict.storage[key] = value
            return value
        case "pop":
            let bound = try args.bind("pop", ["key", "default="])
            let keyValue = bound["key"] ?? PyValue.none
            if let removed = dict.storage.removeValue(forKey: try PyKey(keyValue)) { return removed }
            if let fallback = bound["default"] { return fallback }
            throw PyException.keyError(keyValue)
        case "popitem":
            try args.expectNone("popitem")
            guard let last = dict.storage.keys.last, let value = dict.storage.removeValue(forKey: last) else {
                throw PyException(.keyError, "popitem(): dictionary is empty")
            }
            return .tuple([last.value, value])
        case "update":
            if args.positional.count > 1 {
                throw PyException.typeError("update expected at most 1 argument, got \(args.positional.count)")
            }
            if let source = args.positional.first { try dictUpdate(dict, source) }
            for (key, value) in args.keyword { dict.set(key, value) }
            return PyValue.none
        case "copy":
            try args.expectNone("copy")
            let copy = PyDict()
            copy.storage = dict.storage
            copy.flavor = dict.flavor
            copy.defaultFactory = dict.defaultFactory
            return .dict(copy)
        case "clear":
            try args.expectNone("clear")
            dict.storage.removeAll()
            return PyValue.none
        case "fromkeys":
            let bound = try args.bind("fromkeys", ["iterable", "value="])
            let result = PyDict()
            let value = bound["value"] ?? PyValue.none
            for key in try collect(bound["iterable"] ?? PyValue.none) { try dictSet(result, key, value) }
            return .dict(result)
        default:
            return nil
        }
    }

    func setMethod(_ set: PySet, _ name: String, _ args: PyArguments, frozen: Bool) throws -> PyValue? {
        func others() throws -> [OrderedSetStorage] {
            try args.positional.map { value in
                switch value {
                case .set(let s), .frozenset(let s): return s.storage
                default:
                    let built = PySet()
                    for item in try collect(value) { try setInsert(built, item) }
                    return built.storage
                }
            }
        }
        func wrap(_ storage: OrderedSetStorage) -> PyValue {
            frozen ? .frozenset(PySet(storage: storage)) : .set(PySet(storage: storage))
        }
        switch name {
        case "add":
            let bound = try args.bind("set.add", ["object"])
            try setInsert(set, bound["object"] ?? PyValue.none)
            return PyValue.none
        case "discard":
            let bound = try args.bind("set.discard", ["object"])
            set.storage.remove(try PyKey(bound["object"] ?? PyValue.none))
            return PyValue.none
        case "remove":
            let bound = try args.bind("set.remove", ["object"])
            let value = bound["object"] ?? PyValue.none
            if set.storage.remove(try PyKey(value)) == nil { throw PyException.keyError(value) }
            return PyValue.none
        case "pop":
            try args.expectNone("pop")
            guard !set.storage.isEmpty else { throw PyException(.keyError, "pop from an empty set") }
            guard let first = set.elements.first else { throw PyException(.keyError, "pop from an empty set") }
            set.storage.remove(try PyKey(first))
            return first
        case "clear":
            set.storage.removeAll()
            return PyValue.none
        case "copy":
            return wrap(set.storage)
        case "union":
            var result = set.storage
            for other in try others() { result.formUnion(other) }
            try checkLength(result.count)
            return wrap(result)
        case "intersection":
            var result = set.storage
            for other in try others() { result.formIntersection(other) }
            return wrap(result)
        case "difference":
            var result = set.storage
            for other in try others() { result.subtract(other) }
            return wrap(result)
        case "symmetric_difference":
            var result = set.storage
            for other in try others() { result.formSymmetricDifference(other) }
            return wrap(result)
        case "update":
            for other in try others() { set.storage.formUnion(other) }
            try checkLength(set.storage.count)
            return PyValue.none
        case "intersection_update":
            for other in try others() { set.storage.formIntersection(other) }
            return PyValue.none
        case "difference_update":
            for other in try others() { set.storage.subtract(other) }
            return PyValue.none
        case "symmetric_difference_update":
            for other in try others() { set.storage.formSymmetricDifference(other) }
            return PyValue.none
        case "issubset":
            guard let other = try others().first else { throw PyException.typeError("issubset() takes exactly one argument (0 given)") }
            return .bool(set.storage.isSubset(of: other))
        case "issuperset":
            guard let other = try others().first else { throw PyException.typeError("issuperset() takes exactly one argument (0 given)") }
            return .bool(set.storage.isSuperset(of: other))
        case "isdisjoint":
            guard let other = try others().first else { throw PyException.typeError("isdisjoint() takes exactly one argument (0 given)") }
            return .bool(set.storage.isDisjoint(with: other))
        default:
            return nil
        }
    }
}
