/// Subscripts and slices.
extension PyInterpreter {
    /// Python's slice index adjustment: start, stop, step and the number of selected elements.
    func sliceIndices(_ slice: PySlice, length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        func index(_ value: PyValue) throws -> Int? {
            switch value {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .instance, .host: return try indexValue(value)
            default: throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try index(slice.step) ?? 1
        if step == 0 { throw PyException.valueError("slice step cannot be zero") }
        var start: Int
        var stop: Int
        if let s = try index(slice.start) {
            start = s < 0 ? max(s + length, step < 0 ? -1 : 0) : min(s, step < 0 ? length - 1 : length)
        } else {
            start = step < 0 ? length - 1 : 0
        }
        if let e = try index(slice.stop) {
            stop = e < 0 ? max(e + length, step < 0 ? -1 : 0) : min(e, step < 0 ? length - 1 : length)
        } else {
            stop = step < 0 ? -1 : length
        }
        var count = 0
        if step > 0, start < stop { count = (stop - start - 1) / step + 1 }
        if step < 0, start > stop { count = Int((UInt(start - stop) - 1) / step.magnitude + 1) }
        return (start, stop, step, count)
    }

    func indexValue(_ value: PyValue) throws -> Int {
        switch value {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .instance(let instance):
            if let method = instance.cls.lookup("__index__"), case .int(let i) = try callValue(method, [value], []) { return i }
        default: break
        }
        throw PyException.typeError("'\(typeOf(value).name)' object cannot be interpreted as an integer")
    }

    private func normalizedIndex(_ index: PyValue, count: Int, kind: String) throws -> Int {
        let i: Int
        switch index {
        case .int(let v): i = v
        case .bool(let b): i = b ? 1 : 0
        default:
            throw PyException.typeError("\(kind) indices must be integers or slices, not \(typeOf(index).name)")
        }
        let adjusted = i < 0 ? i + count : i
        guard adjusted >= 0 && adjusted < count else { throw PyException.indexError("\(kind) index out of range") }
        return adjusted
    }

    /// The items a slice selects, for host objects that behave like sequences (a Row sliced is a tuple).
    public func slice(_ items: [PyValue], _ slice: PySlice) throws -> [PyValue] { try sliceElements(items, slice) }

    func sliceElements<T>(_ items: [T], _ slice: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(slice, length: items.count)
        if step == 1 { return Array(items[start..<(start + count)]) }
        var result: [T] = []
        result.reserveCapacity(count)
        var i = start
        for _ in 0..<count {
            result.append(items[i])
            i &+= step
        }
        return result
    }

    func getItem(_ object: PyValue, _ index: PyValue) throws -> PyValue {
        switch object {
        case .list(let list):
            if case .slice(let slice) = index { return .list(PyList(try sliceElements(list.items, slice))) }
            return list.items[try normalizedIndex(index, count: list.items.count, kind: "list")]
        case .tuple(let items):
            if case .slice(let slice) = index { return .tuple(try sliceElements(items, slice)) }
            return items[try normalizedIndex(index, count: items.count, kind: "tuple")]
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            if case .slice(let slice) = index {
                return .str(String(String.UnicodeScalarView(try sliceElements(scalars, slice))))
            }
            if case .int = index {} else if case .bool = index {} else {
                throw PyException.typeError("string indices must be integers, not '\(typeOf(index).name)'")
            }
            let i = try normalizedIndex(index, count: scalars.count, kind: "string")
            return .str(String(scalars[i]))
        case .dict(let dict):
            let key = try PyKey(index)
            if let value = dict.storage[key] { return value }
            switch dict.flavor {
            case .counter: return .int(0)
            case .defaultDict:
                if let factory = dict.defaultFactory, !factory.isNone {
                    let value = try callValue(factory, [], [])
                    try dictSet(dict, index, value)
                    return value
                }
            default: break
            }
            throw PyException.keyError(index)
        case .range(let r):
            if case .slice(let slice) = index {
                let (start, _, step, count) = try sliceIndices(slice, length: r.count)
                let newStart = r.element(start)
                let (newStep, overflow) = r.step.multipliedReportingOverflow(by: step)
                let (span, spanOverflow) = count.multipliedReportingOverflow(by: newStep)
                let (newStop, stopOverflow) = newStart.addingReportingOverflow(span)
                if overflow || spanOverflow || stopOverflow { throw PyInterpreter.overflow() }
                return .range(PyRange(start: newStart, stop: newStop, step: newStep))
            }
            return .int(r.element(try normalizedIndex(index, count: r.count, kind: "range object")))
        case .host(let host):
            if let value = try host.pyGetItem(index) { return value }
            throw PyException.typeError("'\(host.pyTypeName)' object is not subscriptable")
        case .instance(let instance):
            if let method = instance.cls.lookup("__getitem__") { return try callValue(method, [object, index], []) }
        case .classObject:
            // `list[int]`, `dict[str, int]` in annotations.
            return object
        default:
            break
        }
        throw PyException.typeError("'\(typeOf(object).name)' object is not subscriptable")
    }

    func setItem(_ object: PyValue, _ index: PyValue, _ value: PyValue) throws {
        switch object {
        case .list(let list):
            if case .slice(let slice) = index {
                let replacement = try collect(value)
                let (start, stop, step, count) = try sliceIndices(slice, length: list.items.count)
                if step == 1 {
                    let end = max(start, stop)
                    try checkLength(list.items.count - (end - start) + replacement.count)
                    list.items.replaceSubrange(start..<end, with: replacement)
                } else {
                    guard replacement.count == count else {
                        throw PyException.valueError(
                            "attempt to assign sequence of size \(replacement.count) to extended slice of size \(count)")
                    }
                    var i = start
                    for item in replacement {
                        list.items[i] = item
                        i &+= step
                    }
                }
                return
            }
            list.items[try normalizedIndex(index, count: list.items.count, kind: "list assignment")] = value
        case .dict(let dict):
            try dictSet(dict, index, value)
        case .instance(let instance):
            if let method = instance.cls.lookup("__setitem__") {
                _ = try callValue(method, [object, index, value], [])
                return
            }
            throw PyException.typeError("'\(instance.cls.name)' object does not support item assignment")
        default:
            throw PyException.typeError("'\(typeOf(object).name)' object does not support item assignment")
        }
    }

    func deleteItem(_ object: PyValue, _ index: PyValue) throws {
        switch object {
        case .list(let list):
            if case .slice(let slice) = index {
                let (start, _, step, count) = try sliceIndices(slice, length: list.items.count)
                var positions = Set<Int>()
                var i = start
                for _ in 0..<count {
                    positions.insert(i)
                    i &+= step
                }
                list.items = list.items.enumerated().filter { !positions.contains($0.offset) }.map(\.element)
                return
            }
            list.items.remove(at: try normalizedIndex(index, count: list.items.count, kind: "list assignment"))
        case .dict(let dict):
            if dict.storage.removeValue(forKey: try PyKey(index)) == nil { throw PyException.keyError(index) }
        case .instance(let instance):
            if let method = instance.cls.lookup("__delitem__") {
                _ = try callValue(method, [object, index], [])
                return
            }
            throw PyException.typeError("'\(instance.cls.name)' object does not support item deletion")
        default:
            throw PyException.typeError("'\(typeOf(object).name)' object does not support item deletion")
        }
    }

    func dictSet(_ dict: PyDict, _ key: PyValue, _ value: PyValue) throws {
        let k = try PyKey(key)
        if dict.storage[k] == nil { try checkLength(dict.storage.count + 1) }
        dict.storage[k] = value
    }

    func setInsert(_ set: PySet, _ value: PyValue) throws {
        let key = try PyKey(value)
        if set.storage.append(key).inserted { try checkLength(set.storage.count) }
    }

    /// The (key, value) pairs of a mapping (`**kwargs`, `dict(m)`, `{**m}`).
    func mappingPairs(_ value: PyValue) throws -> [(PyValue, PyValue)] {
        switch value {
        case .dict(let dict): return dict.storage.map { ($0.key.value, $0.value) }
        case .instance, .host:
            if let keysMethod = try? getAttribute(value, "keys") {
                let keys = try collect(try callValue(keysMethod, [], []))
                return try keys.map { ($0, try getItem(value, $0)) }
            }
        default: break
        }
        throw PyException.typeError("'\(typeOf(value).name)' object is not a mapping")
    }
}
