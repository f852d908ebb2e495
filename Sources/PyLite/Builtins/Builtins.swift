import Foundation

/// Constructors shared by the builtin classes (`int`, `float`, `range`).
enum Builtins {
    static func makeInt(_ args: PyArguments) throws -> PyValue {
        let bound = try args.bind("int", ["x=", "base="])
        guard let x = bound["x"] else { return .int(0) }
        if let baseValue = bound["base"] {
            guard case .str(let text) = x else {
                throw PyException.typeError("int() can't convert non-string with explicit base")
            }
            guard let base = baseValue.asInt else { throw PyException.typeError("'\(args.interpreter.typeName(of: baseValue))' object cannot be interpreted as an integer") }
            return .int(try parseInt(text, base: base))
        }
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .int(try intFromDouble(d))
        case .str(let s): return .int(try parseInt(s, base: 10))
        case .instance(let instance):
            if let method = instance.cls.lookup("__int__") { return try args.interpreter.callValue(method, [x], []) }
        case .host(let object):
            if let method = try object.pyGetAttribute("__int__") { return try args.interpreter.callValue(method, [], []) }
        default: break
        }
        throw PyException.typeError(
            "int() argument must be a string, a bytes-like object or a real number, not '\(args.interpreter.typeName(of: x))'")
    }

    static func intFromDouble(_ d: Double) throws -> Int {
        if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException(.overflowError, "cannot convert float infinity to integer") }
        let truncated = d.rounded(.towardZero)
        guard truncated >= -9.223372036854775808e18, truncated < 9.223372036854775808e18 else {
            throw PyInterpreter.overflow()
        }
        return Int(truncated)
    }

    static func parseInt(_ text: String, base: Int) throws -> Int {
        guard base == 0 || (2...36).contains(base) else {
            throw PyException.valueError("int() base must be >= 2 and <= 36, or 0")
        }
        let invalid = PyException.valueError("invalid literal for int() with base \(base): \(PyInterpreter.stringRepr(text))")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        var radix = base
        let lower = s.lowercased()
        for (prefix, prefixBase) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            if base == 0 || base == prefixBase {
                radix = prefixBase
                s = s.dropFirst(2)
                if s.hasPrefix("_") { s = s.dropFirst() }
            }
        }
        if radix == 0 {
            radix = 10
            if s.count > 1 && s.hasPrefix("0") && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { throw invalid }
        let digits = s.replacingOccurrences(of: "_", with: "")
        guard digits.allSatisfy({ $0.isASCII }) else { throw invalid }
        guard let magnitude = UInt(digits, radix: radix) else {
            if digits.allSatisfy({ Int(String($0), radix: radix) != nil }) { throw PyInterpreter.overflow() }
            throw invalid
        }
        if negative {
            if magnitude == UInt(Int.max) + 1 { return Int.min }
            guard magnitude <= UInt(Int.max) else { throw PyInterpreter.overflow() }
            return -Int(magnitude)
        }
        guard magnitude <= UInt(Int.max) else { throw PyInterpreter.overflow() }
        return Int(magnitude)
    }

    static func makeFloat(_ args: PyArguments) throws -> PyValue {
        let bound = try args.bind("float", ["x="])
        guard let x = bound["x"] else { return .float(0) }
        switch x {
        case .float: return x
        case .int(let i): return .float(Double(i))
        case .bool(let b): return .float(b ? 1 : 0)
        case .str(let s):
            if let d = parseFloat(s) { return .float(d) }
            throw PyException.valueError("could not convert string to float: \(PyInterpreter.stringRepr(s))")
        case .instance(let instance):
            if let method = instance.cls.lookup("__float__") { return try args.interpreter.callValue(method, [x], []) }
        case .host(let object):
            if let method = try object.pyGetAttribute("__float__") { return try args.interpreter.callValue(method, [], []) }
        default: break
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '\(args.interpreter.typeName(of: x))'")
    }

    static func parseFloat(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = s.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        guard !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { return nil }
        let cleaned = s.replacingOccurrences(of: "_", with: "")
        let allowed = Set("0123456789+-.eE")
        guard cleaned.allSatisfy({ allowed.contains($0) }), cleaned.contains(where: { $0.isNumber }) else { return nil }
        if lower.hasPrefix("0x") { return nil }
        return Double(cleaned)
    }

    static func makeRange(_ args: PyArguments) throws -> PyValue {
        if !args.keyword.isEmpty { throw PyException.typeError("range() takes no keyword arguments") }
        let values = try args.positional.map { value -> Int in
            guard let i = value.asInt else {
                throw PyException.typeError("'\(args.interpreter.typeName(of: value))' object cannot be interpreted as an integer")
            }
            return i
        }
        switch values.count {
        case 1: return .range(PyRange(start: 0, stop: values[0], step: 1))
        case 2: return .range(PyRange(start: values[0], stop: values[1], step: 1))
        case 3:
            if values[2] == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
            return .range(PyRange(start: values[0], stop: values[1], step: values[2]))
        case 0: throw PyException.typeError("range expected at least 1 argument, got 0")
        default: throw PyException.typeError("range expected at most 3 arguments, got \(values.count)")
        }
    }

    /// Python's round-half-to-even of a double to an integer value.
    static func roundHalfEven(_ d: Double) -> Double {
        d.rounded(.toNearestOrEven)
    }
}

extension PyInterpreter {
    func makeDict(_ args: PyArguments) throws -> PyValue {
        let dict = PyDict()
        if args.positional.count > 1 {
            throw PyException.typeError("dict expected at most 1 argument, got \(args.positional.count)")
        }
        if let source = args.positional.first { try dictUpdate(dict, source) }
        for (name, value) in args.keyword { dict.set(name, value) }
        return .dict(dict)
    }

    func dictUpdate(_ dict: PyDict, _ source: PyValue) throws {
        switch source {
        case .dict(let other):
            for (key, value) in other.storage {
                if dict.storage[key] == nil { try checkLength(dict.storage.count + 1) }
                dict.storage[key] = value
            }
        case .instance, .host:
            if (try? findAttribute(source, "keys")) ?? nil != nil {
                for (key, value) in try mappingPairs(source) { try dictSet(dict, key, value) }
                return
            }
            fallthrough
        default:
            var index = 0
            try iterate(source) { element in
                let pair: [PyValue]
                do {
                    pair = try self.collect(element)
                } catch {
                    throw PyException.typeError(
                        "cannot convert dictionary update sequence element #\(index) to a sequence")
                }
                guard pair.count == 2 else {
                    throw PyException.valueError(
                        "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
                }
                try self.dictSet(dict, pair[0], pair[1])
                index += 1
                return true
            }
        }
    }

    /// A stable merge sort whose comparison may throw (Python's `sorted` is stable).
    func stableSort(_ items: [PyValue], keys: [PyValue]?, reverse: Bool) throws -> [PyValue] {
        let n = items.count
        if n < 2 { return items }
        let sortKeys = keys ?? items
        var order = Array(0..<n)
        var buffer = order
        func less(_ a: Int, _ b: Int) throws -> Bool {
            reverse ? try lessThan(sortKeys[b], sortKeys[a]) : try lessThan(sortKeys[a], sortKeys[b])
        }
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let mid = min(start + width, n)
                let end = min(start + 2 * width, n)
                var i = start, j = mid, k = start
                while i < mid && j < end {
                    if try less(order[j], order[i]) {
                        buffer[k] = order[j]
                        j += 1
                    } else {
                        buffer[k] = order[i]
                        i += 1
                    }
                    k += 1
                }
                while i < mid { buffer[k] = order[i]; i += 1; k += 1 }
                while j < end { buffer[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &buffer)
            width *= 2
        }
        return order.map { items[$0] }
    }

    func sortValues(_ items: [PyValue], key: PyValue?, reverse: Bool) throws -> [PyValue] {
        var keys: [PyValue]?
        if let key, !key.isNone {
            keys = try items.map { try callValue(key, [$0], []) }
        }
        return try stableSort(items, keys: keys, reverse: reverse)
    }
}
