/// The `collections` module: Counter, defaultdict and OrderedDict (dicts with a flavor), deque and namedtuple
/// (host objects).
enum CollectionsModule {
    static func methodNames(_ flavor: PyDict.Flavor) -> Set<String> {
        switch flavor {
        case .counter: return ["most_common", "elements", "subtract", "total"]
        case .ordered: return ["move_to_end"]
        default: return []
        }
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "collections")
        module.setAttribute("Counter", .classObject(interpreter.collectionsClass(.counter)))
        module.setAttribute("defaultdict", .classObject(interpreter.collectionsClass(.defaultDict)))
        module.setAttribute("OrderedDict", .classObject(interpreter.collectionsClass(.ordered)))
        module.setAttribute("deque", .classObject(interpreter.dequeClass))
        BuiltinModules.function(module, "namedtuple") { args in
            let bound = try args.bind("namedtuple", ["typename", "field_names", "*", "defaults=", "rename=", "module="])
            guard case .str(let typeName)? = bound["typename"] else { throw PyException.typeError("typename must be a string") }
            var fields: [String]
            switch bound["field_names"] {
            case .str(let s)?: fields = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
            case let value?: fields = try args.interpreter.collect(value).map { try args.interpreter.str($0) }
            case nil: fields = []
            }
            for field in fields where field.hasPrefix("_") || !(field.first?.isLetter ?? false) && field.first != "_" {
                throw PyException.valueError("Field names cannot start with an underscore: '\(field)'")
            }
            let defaults = try bound["defaults"].map { try args.interpreter.collect($0) } ?? []
            return .classObject(NamedTupleValue.makeClass(typeName, fields: fields, defaults: defaults, interpreter: args.interpreter))
        }
        return module
    }
}

extension PyInterpreter {
    /// The class of a collections dict flavor (created once per interpreter).
    func collectionsClass(_ flavor: PyDict.Flavor) -> PyClass {
        let name: String
        switch flavor {
        case .counter: name = "Counter"
        case .defaultDict: name = "defaultdict"
        case .ordered: name = "OrderedDict"
        case .plain: return types.dict
        }
        if let cls = types.hostClasses["collections." + name] { return cls }
        let cls = PyClass(name: name, bases: [types.dict], moduleName: "collections", builtinKind: .dict) { args in
            try args.interpreter.makeCollectionsDict(flavor, args)
        }
        types.hostClasses["collections." + name] = cls
        return cls
    }

    func makeCollectionsDict(_ flavor: PyDict.Flavor, _ args: PyArguments) throws -> PyValue {
        let dict = PyDict()
        dict.flavor = flavor
        var positional = args.positional
        if flavor == .defaultDict {
            let factory = positional.isEmpty ? PyValue.none : positional.removeFirst()
            if !factory.isNone && !factory.isCallable { throw PyException.typeError("first argument must be callable or None") }
            dict.defaultFactory = factory
        }
        if positional.count > 1 { throw PyException.typeError("expected at most 1 argument, got \(positional.count)") }
        if flavor == .counter {
            if let source = positional.first { try counterUpdate(dict, source, sign: 1) }
            for (name, value) in args.keyword { dict.set(name, value) }
            return .dict(dict)
        }
        if let source = positional.first { try dictUpdate(dict, source) }
        for (name, value) in args.keyword { dict.set(name, value) }
        return .dict(dict)
    }

    func counterUpdate(_ dict: PyDict, _ source: PyValue, sign: Int) throws {
        if case .dict(let other) = source {
            for (key, value) in other.storage {
                let current = dict.storage[key] ?? .int(0)
                dict.storage[key] = try binaryOperation(sign > 0 ? .add : .subtract, current, value)
            }
            return
        }
        try iterate(source) { item in
            let key = try PyKey(item)
            let current = dict.storage[key] ?? .int(0)
            if dict.storage[key] == nil { try self.checkLength(dict.storage.count + 1) }
            dict.storage[key] = try self.binaryOperation(sign > 0 ? .add : .subtract, current, .int(1))
            return true
        }
    }

    /// `Counter + Counter` (sum), `-` (difference), `|` (maximum), `&` (minimum); only positive counts are kept,
    /// the left operand's keys first.
    func counterArithmetic(_ op: BinaryOperator, _ a: PyDict, _ b: PyDict) throws -> PyValue {
        let result = PyDict()
        result.flavor = .counter
        func combine(_ x: PyValue, _ y: PyValue) throws -> PyValue {
            switch op {
            case .add, .subtract: return try binaryOperation(op, x, y)
            case .bitOr: return try lessThan(x, y) ? y : x
            default: return try lessThan(y, x) ? y : x
            }
        }
        for (key, count) in a.storage {
            let combined = try combine(count, b.storage[key] ?? .int(0))
            if try lessThan(.int(0), combined) { result.storage[key] = combined }
        }
        for (key, count) in b.storage where a.storage[key] == nil {
            let combined = try combine(.int(0), count)
            if try lessThan(.int(0), combined) { result.storage[key] = combined }
        }
        return .dict(result)
    }

    func counterMostCommon(_ dict: PyDict) throws -> [(PyValue, PyValue)] {
        let pairs = dict.storage.map { ($0.key.value, $0.value) }
        let sorted = try stableSort(pairs.map { .tuple([$0.0, $0.1]) }, keys: pairs.map { $0.1 }, reverse: true)
        return sorted.compactMap { value in
            guard case .tuple(let pair) = value else { return nil }
            return (pair[0], pair[1])
        }
    }

    func collectionsMethod(_ dict: PyDict, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch (dict.flavor, name) {
        case (.counter, "most_common"):
            let bound = try args.bind("most_common", ["n="])
            var pairs = try counterMostCommon(dict)
            if let n = bound["n"]?.asInt { pairs = Array(pairs.prefix(max(0, n))) }
            return .newList(pairs.map { .tuple([$0.0, $0.1]) })
        case (.counter, "elements"):
            var items: [PyValue] = []
            for (key, value) in dict.storage {
                guard let count = value.asInt, count > 0 else { continue }
                try checkLength(items.count + count)
                items.append(contentsOf: Array(repeating: key.value, count: count))
            }
            return .iterator(PyIterator(typeName: "itertools.chain", values: items))
        case (.counter, "update"), (.counter, "subtract"):
            if let source = args.positional.first { try counterUpdate(dict, source, sign: name == "update" ? 1 : -1) }
            for (key, value) in args.keyword {
                let current = dict.storage[PyKey(string: key)] ?? .int(0)
                dict.set(key, try binaryOperation(name == "update" ? .add : .subtract, current, value))
            }
            return PyValue.none
        case (.counter, "total"):
            var total = PyValue.int(0)
            for value in dict.storage.values { total = try binaryOperation(.add, total, value) }
            return total
        case (.ordered, "move_to_end"):
            let bound = try args.bind("move_to_end", ["key", "last="])
            let key = try PyKey(bound["key"] ?? PyValue.none)
            guard let value = dict.storage.removeValue(forKey: key) else { throw PyException.keyError(key.value) }
            if try bound["last"].map({ try isTruthy($0) }) ?? true {
                dict.storage[key] = value
            } else {
                dict.storage.updateValue(value, forKey: key, insertingAt: 0)
            }
            return PyValue.none
        case (.ordered, "popitem"):
            let bound = try args.bind("popitem", ["last="])
            let last = try bound["last"].map { try isTruthy($0) } ?? true
            guard !dict.storage.isEmpty else { throw PyException(.keyError, "dictionary is empty") }
            let entry = last ? dict.storage.removeLast() : dict.storage.removeFirst()
            return .tuple([entry.key.value, entry.value])
        default:
            return nil
        }
    }

    func collectionsRepr(_ dict: PyDict) throws -> String {
        switch dict.flavor {
        case .counter:
            if dict.count == 0 { return "Counter()" }
            let pairs = try counterMostCommon(dict)
            return "Counter({" + (try pairs.map { "\(try reprValue($0.0)): \(try reprValue($0.1))" }.joined(separator: ", ")) + "})"
        case .ordered:
            if dict.count == 0 { return "OrderedDict()" }
            let items = dict.storage.map { PyValue.tuple([$0.key.value, $0.value]) }
            return "OrderedDict(" + (try reprValue(.newList(items))) + ")"
        case .defaultDict:
            let plain = PyDict()
            plain.storage = dict.storage
            return "defaultdict(\(try reprValue(dict.defaultFactory ?? PyValue.none)), \(try reprValue(.dict(plain))))"
        case .plain:
            return try reprValue(.dict(dict))
        }
    }

    var dequeClass: PyClass {
        if let cls = types.hostClasses["collections.deque"] { return cls }
        let cls = PyClass(hostName: "deque", moduleName: "collections") { args in
            let bound = try args.bind("deque", ["iterable=", "maxlen="])
            let interpreter = args.interpreter
            let items = try bound["iterable"].map { try interpreter.collect($0) } ?? []
            let maxLength = bound["maxlen"].flatMap { $0.isNone ? nil : $0.asInt }
            let deque = DequeObject(interpreter: interpreter, maxLength: maxLength)
            for item in items { deque.append(item) }
            return .host(deque)
        }
        types.hostClasses["collections.deque"] = cls
        return cls
    }
}

/// `collections.deque`.
final class DequeObject: PyHostObject {
    var items: [PyValue] = []
    let maxLength: Int?
    unowned let interpreter: PyInterpreter

    init(interpreter: PyInterpreter, maxLength: Int?) {
        self.interpreter = interpreter
        self.maxLength = maxLength
    }

    var pyTypeName: String { "deque" }
    var pyClass: PyClass? { interpreter.dequeClass }
    var pyIsHashable: Bool { false }

    func append(_ value: PyValue) {
        items.append(value)
        if let maxLength, items.count > maxLength { items.removeFirst(items.count - maxLength) }
    }

    func appendLeft(_ value: PyValue) {
        items.insert(value, at: 0)
        if let maxLength, items.count > maxLength { items.removeLast(items.count - maxLength) }
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let method: ((PyArguments) throws -> PyValue)?
        switch name {
        case "append": method = { args in
            let value = try args.bind("append", ["x"])["x"] ?? PyValue.none
            try self.interpreter.checkLength(self.items.count + 1)
            self.append(value)
            return PyValue.none
        }
        case "appendleft": method = { args in
            let value = try args.bind("appendleft", ["x"])["x"] ?? PyValue.none
            try self.interpreter.checkLength(self.items.count + 1)
            self.appendLeft(value)
            return PyValue.none
        }
        case "pop": method = { _ in
            guard let last = self.items.popLast() else { throw PyException.indexError("pop from an empty deque") }
            return last
        }
        case "popleft": method = { _ in
            guard !self.items.isEmpty else { throw PyException.indexError("pop from an empty deque") }
            return self.items.removeFirst()
        }
        case "extend": method = { args in
            for item in try self.interpreter.collect(try args.bind("extend", ["iterable"])["iterable"] ?? PyValue.none) { self.append(item) }
            try self.interpreter.checkLength(self.items.count)
            return PyValue.none
        }
        case "extendleft": method = { args in
            for item in try self.interpreter.collect(try args.bind("extendleft", ["iterable"])["iterable"] ?? PyValue.none) { self.appendLeft(item) }
            try self.interpreter.checkLength(self.items.count)
            return PyValue.none
        }
        case "rotate": method = { args in
            let n = try args.bind("rotate", ["n="])["n"]?.asInt ?? 1
            guard !self.items.isEmpty else { return PyValue.none }
            let k = ((n % self.items.count) + self.items.count) % self.items.count
            self.items = Array(self.items.suffix(k) + self.items.prefix(self.items.count - k))
            return PyValue.none
        }
        case "clear": method = { _ in
            self.items.removeAll()
            return PyValue.none
        }
        case "count": method = { args in
            let target = try args.bind("count", ["x"])["x"] ?? PyValue.none
            var n = 0
            for item in self.items where try self.interpreter.valuesEqual(item, target) { n += 1 }
            return .int(n)
        }
        case "remove": method = { args in
            let target = try args.bind("remove", ["value"])["value"] ?? PyValue.none
            for (i, item) in self.items.enumerated() where try self.interpreter.valuesEqual(item, target) {
                self.items.remove(at: i)
                return PyValue.none
            }
            throw PyException.valueError("deque.remove(x): x not in deque")
        }
        case "copy": method = { _ in
            let copy = DequeObject(interpreter: self.interpreter, maxLength: self.maxLength)
            copy.items = self.items
            return .host(copy)
        }
        case "reverse": method = { _ in
            self.items.reverse()
            return PyValue.none
        }
        case "maxlen": return maxLength.map { .int($0) } ?? PyValue.none
        default: method = nil
        }
        return method.map { .native(PyNativeFunction(name: name, body: $0)) }
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "_collections._deque_iterator", values: items) }
    func pyLength() throws -> Int? { items.count }
    func pyTruth() throws -> Bool { !items.isEmpty }

    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        guard let i = key.asInt else { throw PyException.typeError("sequence index must be integer, not '\(interpreter.typeName(of: key))'") }
        let index = i < 0 ? i + items.count : i
        guard index >= 0 && index < items.count else { throw PyException.indexError("deque index out of range") }
        return items[index]
    }

    func pyContains(_ value: PyValue) throws -> Bool? {
        for item in items where try interpreter.valuesEqual(item, value) { return true }
        return false
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual, let deque = other.asHost(DequeObject.self) else { return nil }
        let equal = try interpreter.valuesEqual(.newList(items), .newList(deque.items))
        return .bool(op == .equal ? equal : !equal)
    }

    func pyRepr() -> String {
        let inner = (try? interpreter.reprValue(.newList(items))) ?? "[]"
        return maxLength.map { "deque(\(inner), maxlen=\($0))" } ?? "deque(\(inner))"
    }
}

/// Instances of classes made by `collections.namedtuple`: tuples with field names.
final class NamedTupleValue: PyHostObject {
    let values: [PyValue]
    let fields: [String]
    let cls: PyClass
    unowned let interpreter: PyInterpreter

    init(values: [PyValue], fields: [String], cls: PyClass, interpreter: PyInterpreter) {
        self.values = values
        self.fields = fields
        self.cls = cls
        self.interpreter = interpreter
    }

    static func makeClass(_ name: String, fields: [String], defaults: [PyValue], interpreter: PyInterpreter) -> PyClass {
        let box = NamedTupleClassBox()
        let cls = PyClass(hostName: name, moduleName: "__main__", constructor: { args in
            guard let cls = box.cls else { throw PyException.typeError("namedtuple class is not ready") }
            var signature = fields
            let firstDefault = fields.count - defaults.count
            for i in max(0, firstDefault)..<fields.count { signature[i] += "=" }
            let bound = try args.bind(name, signature)
            let values = fields.enumerated().map { index, field in
                bound[field] ?? defaults[index - firstDefault]
            }
            return .host(NamedTupleValue(values: values, fields: fields, cls: cls, interpreter: args.interpreter))
        }, attributes: { attribute in
            switch attribute {
            case "_fields": return .tuple(fields.map { .str($0) })
            case "_make":
                return .native(PyNativeFunction(name: "_make") { args in
                    guard let cls = box.cls else { return PyValue.none }
                    let values = try args.interpreter.collect(args.positional.first ?? PyValue.none)
                    guard values.count == fields.count else {
                        throw PyException.typeError("Expected \(fields.count) arguments, got \(values.count)")
                    }
                    return .host(NamedTupleValue(values: values, fields: fields, cls: cls, interpreter: args.interpreter))
                })
            default: return nil
            }
        })
        box.cls = cls
        return cls
    }

    var pyTypeName: String { cls.name }
    var pyClass: PyClass? { cls }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        if let index = fields.firstIndex(of: name) { return values[index] }
        switch name {
        case "_fields": return .tuple(fields.map { .str($0) })
        case "_asdict":
            return .native(PyNativeFunction(name: "_asdict") { _ in
                try PyValue.newDict(zip(self.fields, self.values).map { (.str($0), $1) })
            })
        case "_replace":
            return .native(PyNativeFunction(name: "_replace") { args in
                var values = self.values
                for (key, value) in args.keyword {
                    guard let index = self.fields.firstIndex(of: key) else {
                        throw PyException.valueError("Got unexpected field names: ['\(key)']")
                    }
                    values[index] = value
                }
                return .host(NamedTupleValue(values: values, fields: self.fields, cls: self.cls, interpreter: self.interpreter))
            })
        case "count", "index":
            return .native(PyNativeFunction(name: name) { args in
                try args.interpreter.callBuiltinMethod(.tuple(self.values), name, args) ?? PyValue.none
            })
        default: return nil
        }
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "tuple_iterator", values: values) }
    func pyLength() throws -> Int? { values.count }
    func pyTruth() throws -> Bool { !values.isEmpty }
    func pyGetItem(_ key: PyValue) throws -> PyValue? { try interpreter.getItem(.tuple(values), key) }
    func pyContains(_ value: PyValue) throws -> Bool? { try interpreter.contains(.tuple(values), value) }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        let otherValues: [PyValue]
        if let named = other.asHost(NamedTupleValue.self) {
            otherValues = named.values
        } else if case .tuple(let items) = other {
            otherValues = items
        } else {
            return nil
        }
        return try interpreter.richCompare(op, .tuple(values), .tuple(otherValues))
    }

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard op == .add, case .tuple(let items) = other else { return nil }
        return .tuple(reflected ? items + values : values + items)
    }

    func pyHash() -> Int {
        var hasher = Hasher()
        PyKey.hashValue(.tuple(values), into: &hasher)
        return hasher.finalize()
    }

    func pyKeyEquals(_ other: any PyHostObject) -> Bool {
        guard let named = other as? NamedTupleValue else { return false }
        return PyKey.keyEquals(.tuple(values), .tuple(named.values))
    }

    func pyRepr() -> String {
        let parts = zip(fields, values).map { "\($0)=\((try? interpreter.reprValue($1)) ?? "?")" }
        return "\(cls.name)(\(parts.joined(separator: ", ")))"
    }
}

final class NamedTupleClassBox {
    var cls: PyClass?
}
