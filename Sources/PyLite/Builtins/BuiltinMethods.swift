/// Dispatch of methods on builtin values (`"a".upper()`, `xs.append(1)`, `d.items()`).
extension PyInterpreter {
    static let stringMethodNames: Set<String> = [
        "split", "rsplit", "join", "strip", "lstrip", "rstrip", "replace", "upper", "lower", "title", "capitalize",
        "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "format", "isdigit", "isalpha",
        "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal", "istitle", "isidentifier", "zfill",
        "ljust", "rjust", "center", "partition", "rpartition", "splitlines", "swapcase", "casefold",
        "removeprefix", "removesuffix", "expandtabs", "encode", "format_map", "isascii", "isprintable", "maketrans",
        "translate",
    ]
    static let listMethodNames: Set<String> = [
        "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear",
    ]
    static let dictMethodNames: Set<String> = [
        "get", "items", "keys", "values", "setdefault", "pop", "popitem", "update", "copy", "clear", "fromkeys",
    ]
    static let setMethodNames: Set<String> = [
        "add", "discard", "remove", "pop", "clear", "copy", "union", "intersection", "difference",
        "symmetric_difference", "update", "intersection_update", "difference_update", "symmetric_difference_update",
        "issubset", "issuperset", "isdisjoint",
    ]
    static let frozensetMethodNames: Set<String> = [
        "copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
    ]
    static let tupleMethodNames: Set<String> = ["index", "count"]
    static let intMethodNames: Set<String> = ["bit_length", "bit_count", "conjugate", "is_integer", "as_integer_ratio"]
    static let floatMethodNames: Set<String> = ["is_integer", "conjugate", "as_integer_ratio", "hex"]

    func builtinMethodExists(_ value: PyValue, _ name: String) -> Bool {
        switch value {
        case .str: return PyInterpreter.stringMethodNames.contains(name)
        case .list: return PyInterpreter.listMethodNames.contains(name)
        case .dict(let dict):
            return PyInterpreter.dictMethodNames.contains(name) || CollectionsModule.methodNames(dict.flavor).contains(name)
        case .set: return PyInterpreter.setMethodNames.contains(name)
        case .frozenset: return PyInterpreter.frozensetMethodNames.contains(name)
        case .tuple: return PyInterpreter.tupleMethodNames.contains(name)
        case .int, .bool: return PyInterpreter.intMethodNames.contains(name)
        case .float: return PyInterpreter.floatMethodNames.contains(name)
        case .range: return name == "index" || name == "count"
        default: return false
        }
    }

    /// Calls a method of a builtin value; nil when the value has no such method.
    func callBuiltinMethod(_ value: PyValue, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch value {
        case .str(let s): return try stringMethod(s, name, args)
        case .list(let list): return try listMethod(list, name, args)
        case .dict(let dict): return try dictMethod(dict, name, args)
        case .set(let set): return try setMethod(set, name, args, frozen: false)
        case .frozenset(let set):
            guard PyInterpreter.frozensetMethodNames.contains(name) else { return nil }
            return try setMethod(set, name, args, frozen: true)
        case .tuple(let items): return try sequenceMethod(items, name, args, typeName: "tuple")
        case .range: return try sequenceMethod(try collect(value), name, args, typeName: "range")
        case .int(let i): return try intMethod(i, name, args)
        case .bool(let b): return try intMethod(b ? 1 : 0, name, args)
        case .float(let d): return try floatMethod(d, name, args)
        default: return nil
        }
    }

    private func sequenceMethod(_ items: [PyValue], _ name: String, _ args: PyArguments, typeName: String) throws -> PyValue? {
        switch name {
        case "index":
            let bound = try args.bind("index", ["value", "start=", "stop="])
            let target = bound["value"] ?? PyValue.none
            let start = bound["start"]?.asInt ?? 0
            let stop = bound["stop"]?.asInt ?? items.count
            let lower = start < 0 ? max(0, start + items.count) : min(start, items.count)
            let upper = stop < 0 ? max(0, stop + items.count) : min(stop, items.count)
            if lower < upper {
                for i in lower..<upper where try valuesEqual(items[i], target) { return .int(i) }
            }
            if typeName == "list" { throw PyException.valueError("\(try reprValue(target)) is not in list") }
            throw PyException.valueError("\(typeName).index(x): x not in \(typeName)")
        case "count":
            let bound = try args.bind("count", ["value"])
            let target = bound["value"] ?? PyValue.none
            var n = 0
            for item in items where try valuesEqual(item, target) { n += 1 }
            return .int(n)
        default:
            return nil
        }
    }

    private func intMethod(_ i: Int, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch name {
        case "bit_length":
            try args.expectNone("bit_length")
            return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case "bit_count":
            try args.expectNone("bit_count")
            return .int(i.magnitude.nonzeroBitCount)
        case "conjugate": return .int(i)
        case "is_integer": return .bool(true)
        case "as_integer_ratio": return .tuple([.int(i), .int(1)])
        default: return nil
        }
    }

    private func floatMethod(_ d: Double, _ name: String, _ args: PyArguments) throws -> PyValue? {
        switch name {
        case "is_integer":
            try args.expectNone("is_integer")
            return .bool(d.isFinite && d == d.rounded())
        case "conjugate": return .float(d)
        case "as_integer_ratio":
            if d.isNaN { throw PyException.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyException(.overflowError, "cannot convert Infinity to integer ratio") }
            var numerator = d
            var denominator = 1
            while numerator != numerator.rounded() {
                numerator *= 2
                let (r, o) = denominator.multipliedReportingOverflow(by: 2)
                if o { throw PyInterpreter.overflow() }
                denominator = r
            }
            return .tuple([.int(try Builtins.intFromDouble(numerator)), .int(denominator)])
        case "hex":
            return .str(String(format: "%a", d))
        default: return nil
        }
    }
}
