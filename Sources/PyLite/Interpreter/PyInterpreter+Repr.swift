import Foundation

/// `repr()` and `str()` exactly as CPython prints them.
extension PyInterpreter {
    func strValue(_ value: PyValue) throws -> String {
        switch value {
        case .str(let s): return s
        case .host(let object): return object.pyStr()
        case .instance(let instance):
            if instance.cls.isSubclass(of: types.baseException), instance.cls.lookup("__str__") == nil {
                return try exceptionMessage(instance)
            }
            if let method = instance.cls.lookup("__str__") {
                let result = try callValue(method, [value], [])
                guard case .str(let s) = result else {
                    throw PyException.typeError("__str__ returned non-string (type \(typeOf(result).name))")
                }
                return s
            }
            return try reprValue(value)
        default:
            return try reprValue(value)
        }
    }

    func reprValue(_ value: PyValue) throws -> String {
        switch value {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyInterpreter.floatRepr(d)
        case .str(let s): return PyInterpreter.stringRepr(s)
        case .list(let list):
            return try guardedRepr(ObjectIdentifier(list), "[...]") {
                "[" + (try list.items.map { try reprValue($0) }.joined(separator: ", ")) + "]"
            }
        case .tuple(let items):
            return try withNestingLevel("while getting the repr of an object") {
                if items.count == 1 { return "(" + (try reprValue(items[0])) + ",)" }
                return "(" + (try items.map { try reprValue($0) }.joined(separator: ", ")) + ")"
            }
        case .dict(let dict) where dict.flavor != .plain:
            return try collectionsRepr(dict)
        case .dict(let dict):
            return try guardedRepr(ObjectIdentifier(dict), "{...}") {
                "{" + (try dict.storage.map { "\(try reprValue($0.key.value)): \(try reprValue($0.value))" }
                    .joined(separator: ", ")) + "}"
            }
        case .set(let set):
            if set.count == 0 { return "set()" }
            return "{" + (try set.elements.map { try reprValue($0) }.joined(separator: ", ")) + "}"
        case .frozenset(let set):
            if set.count == 0 { return "frozenset()" }
            return "frozenset({" + (try set.elements.map { try reprValue($0) }.joined(separator: ", ")) + "})"
        case .function(let f): return "<function \(f.wrappedNames?.qualifiedName ?? f.qualifiedName) at \(address(f))>"
        case .native(let n):
            if n === notImplementedSentinel { return "NotImplemented" }
            return "<built-in function \(n.name)>"
        case .boundMethod(let m):
            let name: String
            switch m.function {
            case .function(let f): name = f.qualifiedName
            case .native(let n): name = n.name
            default: name = "?"
            }
            return "<bound method \(name) of \(try reprValue(m.receiver))>"
        case .classObject(let cls): return cls.qualifiedRepr
        case .instance(let instance): return try instanceRepr(instance, value)
        case .module(let module):
            return builtinModuleCache[module.name] != nil ? "<module '\(module.name)' (built-in)>" : "<module '\(module.name)'>"
        case .iterator(let iterator):
            if let generator = iterator.generator {
                return "<generator object \(generator.frame.function?.qualifiedName ?? generator.frame.functionName) at \(address(iterator))>"
            }
            if iterator.typeName == "generator" { return "<generator object <genexpr> at \(address(iterator))>" }
            return "<\(iterator.typeName) object at \(address(iterator))>"
        case .range(let r): return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice(let s): return "slice(\(try reprValue(s.start)), \(try reprValue(s.stop)), \(try reprValue(s.step)))"
        case .host(let object): return object.pyRepr()
        }
    }

    private func guardedRepr(_ id: ObjectIdentifier, _ placeholder: String, _ body: () throws -> String) throws -> String {
        if reprInProgress.contains(id) { return placeholder }
        return try withNestingLevel("while getting the repr of an object") {
            reprInProgress.insert(id)
            defer { reprInProgress.remove(id) }
            return try body()
        }
    }

    private func instanceRepr(_ instance: PyInstance, _ value: PyValue) throws -> String {
        if let method = instance.cls.lookup("__repr__") {
            let result = try callValue(method, [value], [])
            guard case .str(let s) = result else {
                throw PyException.typeError("__repr__ returned non-string (type \(typeOf(result).name))")
            }
            return s
        }
        if instance.cls.isSubclass(of: types.baseException) {
            let arguments = instance.arguments
            let inner = arguments.count == 1 ? try reprValue(arguments[0]) : try arguments.map { try reprValue($0) }.joined(separator: ", ")
            return "\(instance.cls.name)(\(inner))"
        }
        if instance.cls === types.superType { return "<super object>" }
        let module = instance.cls.moduleName
        return "<\(module.isEmpty || module == "builtins" ? "" : module + ".")\(instance.cls.name) object at \(address(instance))>"
    }

    func address(_ object: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(object).hashValue), radix: 16)
    }

    /// The shortest repr that round-trips, with Python's exponent rules (`1e+16`, `1e-05`, `inf`, `nan`).
    static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        var text = d.description
        // Swift prints "1e-05" and "1e+16" like Python; normalise the exponent to at least two digits.
        if let eIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var mantissa = String(text[..<eIndex])
            var exponent = String(text[text.index(after: eIndex)...])
            var sign = "+"
            if exponent.hasPrefix("-") { sign = "-"; exponent.removeFirst() } else if exponent.hasPrefix("+") { exponent.removeFirst() }
            if exponent.count < 2 { exponent = "0" + exponent }
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            text = mantissa + "e" + sign + exponent
        }
        return text
    }

    /// Python's `repr(str)`: single quotes unless the text has a single quote and no double quote.
    static func stringRepr(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || scalar.value == 0x7F { return false }
        if scalar.value < 0x7F { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return scalar.value == 0x20
        default:
            return true
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
