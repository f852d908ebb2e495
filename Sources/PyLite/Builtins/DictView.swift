/// `dict.keys()`, `dict.values()` and `dict.items()`: live, re-iterable views of a dict.
final class DictView: PyHostObject {
    enum Kind: String { case keys = "dict_keys", values = "dict_values", items = "dict_items" }

    let kind: Kind
    let dict: PyDict
    unowned let interpreter: PyInterpreter

    init(kind: Kind, dict: PyDict, interpreter: PyInterpreter) {
        self.kind = kind
        self.dict = dict
        self.interpreter = interpreter
    }

    var pyTypeName: String { kind.rawValue }

    var elements: [PyValue] {
        switch kind {
        case .keys: return dict.storage.keys.map(\.value)
        case .values: return Array(dict.storage.values)
        case .items: return dict.storage.map { .tuple([$0.key.value, $0.value]) }
        }
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: kind.rawValue.replacingOccurrences(of: "dict_", with: "dict_") + "iterator", values: elements) }
    func pyLength() throws -> Int? { dict.count }

    func pyContains(_ value: PyValue) throws -> Bool? {
        switch kind {
        case .keys: return dict.storage[try PyKey(value)] != nil
        case .items:
            guard case .tuple(let pair) = value, pair.count == 2, let stored = dict.storage[try PyKey(pair[0])] else { return false }
            return try interpreter.valuesEqual(stored, pair[1])
        case .values:
            for element in dict.storage.values where try interpreter.valuesEqual(element, value) { return true }
            return false
        }
    }

    func pyRepr() -> String {
        let inner = (try? interpreter.reprValue(.newList(elements))) ?? "[]"
        return "\(kind.rawValue)(\(inner))"
    }

    var pyIsHashable: Bool { false }

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard kind != .values else { return nil }
        let mine = PySet()
        for element in elements { try interpreter.setInsert(mine, element) }
        let theirs = PySet()
        for element in try interpreter.collect(other) { try interpreter.setInsert(theirs, element) }
        let (left, right) = reflected ? (theirs, mine) : (mine, theirs)
        switch op {
        case .and: return .set(PySet(storage: left.storage.intersection(right.storage)))
        case .or: return .set(PySet(storage: left.storage.union(right.storage)))
        case .subtract: return .set(PySet(storage: left.storage.subtracting(right.storage)))
        case .xor: return .set(PySet(storage: left.storage.symmetricDifference(right.storage)))
        default: return nil
        }
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual else { return nil }
        var equal = false
        if case .host(let object) = other, let view = object as? DictView, view.kind == kind, kind != .values {
            equal = try interpreter.valuesEqual(.newSet(elements), .newSet(view.elements))
        } else if kind == .keys, case .set = other {
            equal = try interpreter.valuesEqual(.newSet(elements), other)
        }
        return .bool(op == .equal ? equal : !equal)
    }
}
