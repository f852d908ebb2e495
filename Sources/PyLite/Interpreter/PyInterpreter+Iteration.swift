/// Iteration over every iterable kind.
extension PyInterpreter {
    /// Calls `body` with each element until it returns false.
    func iterate(_ value: PyValue, _ body: (PyValue) throws -> Bool) throws {
        switch value {
        case .list(let list):
            var i = 0
            while i < list.items.count {
                if try !body(list.items[i]) { return }
                i += 1
            }
        case .tuple(let items):
            for item in items where try !body(item) { return }
        case .str(let s):
            for scalar in s.unicodeScalars where try !body(.str(String(scalar))) { return }
        case .dict(let dict):
            let keys = dict.storage.keys.map(\.value)
            for key in keys where try !body(key) { return }
        case .set(let set), .frozenset(let set):
            let elements = set.elements
            for element in elements where try !body(element) { return }
        case .range(let r):
            var v = r.start
            for _ in 0..<r.count {
                if try !body(.int(v)) { return }
                v &+= r.step
            }
        case .iterator(let iterator):
            while let item = try iterator.next() {
                if try !body(item) { return }
            }
        default:
            let iterator = try makeIterator(value)
            while let item = try iterator.next() {
                if try !body(item) { return }
            }
        }
    }

    /// A lazy iterator over any iterable (`iter(x)`).
    func makeIterator(_ value: PyValue) throws -> PyIterator {
        switch value {
        case .iterator(let iterator):
            return iterator
        case .list(let list):
            var i = 0
            return PyIterator(typeName: "list_iterator") {
                guard i < list.items.count else { return nil }
                i += 1
                return list.items[i - 1]
            }
        case .tuple(let items):
            return PyIterator(typeName: "tuple_iterator", values: items)
        case .str(let s):
            return PyIterator(typeName: "str_ascii_iterator", values: s.unicodeScalars.map { .str(String($0)) })
        case .dict(let dict):
            return PyIterator(typeName: "dict_keyiterator", values: dict.storage.keys.map(\.value))
        case .set(let set), .frozenset(let set):
            return PyIterator(typeName: "set_iterator", values: set.elements)
        case .range(let r):
            var k = 0
            return PyIterator(typeName: "range_iterator") {
                guard k < r.count else { return nil }
                k += 1
                return .int(r.element(k - 1))
            }
        case .host(let object):
            if let iterator = try object.pyIterate() { return iterator }
        case .instance(let instance):
            if let method = instance.cls.lookup("__iter__") {
                let result = try callValue(method, [value], [])
                if case .iterator(let iterator) = result { return iterator }
                if case .instance(let iteratorInstance) = result, let next = iteratorInstance.cls.lookup("__next__") {
                    return PyIterator(typeName: iteratorInstance.cls.name) {
                        do {
                            return try self.callValue(next, [result], [])
                        } catch let raised as PyRaised where raised.exception.cls === self.types.exceptionClass("StopIteration") {
                            return nil
                        } catch let exception as PyException where exception.typeName == .stopIteration {
                            return nil
                        }
                    }
                }
                return try makeIterator(result)
            }
            if let getItem = instance.cls.lookup("__getitem__") {
                var index = 0
                return PyIterator(typeName: "iterator") {
                    do {
                        let item = try self.callValue(getItem, [value, .int(index)], [])
                        index += 1
                        return item
                    } catch let raised as PyRaised where raised.exception.cls.isSubclass(of: self.types.exceptionClass("IndexError")) {
                        return nil
                    } catch let exception as PyException where exception.typeName == .indexError {
                        return nil
                    }
                }
            }
        default:
            break
        }
        throw PyException.typeError("'\(typeOf(value).name)' object is not iterable")
    }

    /// All elements of an iterable, with the collection cap enforced.
    func collect(_ value: PyValue, unpacking: Bool = false) throws -> [PyValue] {
        switch value {
        case .list(let list): return list.items
        case .tuple(let items): return items
        case .str(let s): return s.unicodeScalars.map { .str(String($0)) }
        case .dict(let dict): return dict.storage.keys.map(\.value)
        case .set(let set), .frozenset(let set): return set.elements
        case .range(let r):
            try checkLength(r.count)
            try noteAllocation(r.count)
            var result: [PyValue] = []
            result.reserveCapacity(r.count)
            var v = r.start
            for _ in 0..<r.count {
                result.append(.int(v))
                v &+= r.step
            }
            return result
        default:
            var result: [PyValue] = []
            do {
                try iterate(value) { item in
                    result.append(item)
                    if result.count > self.limits.maxCollectionLength { try self.checkLength(result.count) }
                    return true
                }
            } catch let exception as PyException where unpacking && exception.typeName == .typeError && !isIterable(value) {
                throw PyException.typeError("cannot unpack non-iterable \(typeOf(value).name) object")
            }
            return result
        }
    }

    func isIterable(_ value: PyValue) -> Bool {
        switch value {
        case .list, .tuple, .str, .dict, .set, .frozenset, .range, .iterator: return true
        case .instance(let instance): return instance.cls.lookup("__iter__") != nil || instance.cls.lookup("__getitem__") != nil
        case .host: return true
        default: return false
        }
    }
}
