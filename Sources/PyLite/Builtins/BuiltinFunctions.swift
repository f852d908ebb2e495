import Foundation

/// The builtin namespace: functions, classes, exceptions and constants.
extension PyInterpreter {
    func define(_ name: String, _ body: @escaping (PyArguments) throws -> PyValue) {
        builtins[name] = .native(PyNativeFunction(name: name, body: body))
    }

    func installBuiltins() {
        for cls in types.allClasses { builtins[cls.name] = .classObject(cls) }
        for (name, cls) in types.exceptions { builtins[name] = .classObject(cls) }
        builtins["NotImplemented"] = .native(notImplementedSentinel)
        builtins["Ellipsis"] = .ellipsis
        builtins["__name__"] = .str("builtins")
        for name in Sandbox.refusedBuiltins { builtins[name] = .native(refusedBuiltin(name)) }
        installCoreBuiltins()
        installIterationBuiltins()
        installNumericBuiltins()
        installIntrospectionBuiltins()
    }

    private func installCoreBuiltins() {
        define("print") { args in
            let interpreter = args.interpreter
            let bound = try args.bind("print", ["*objects", "sep=", "end=", "file=", "flush="])
            if let file = bound["file"], !file.isNone {
                throw PyError.sandbox("print(file=...) is not allowed in the sandbox")
            }
            func text(_ value: PyValue?, _ fallback: String, _ name: String) throws -> String {
                guard let value, !value.isNone else { return fallback }
                guard case .str(let s) = value else {
                    throw PyException.typeError("\(name) must be None or a string, not \(interpreter.typeName(of: value))")
                }
                return s
            }
            let separator = try text(bound["sep"], " ", "sep")
            let end = try text(bound["end"], "\n", "end")
            let line = try bound.extraPositional.map { try interpreter.strValue($0) }.joined(separator: separator) + end
            interpreter.outputBuffer += line
            if interpreter.outputBuffer.utf8.count > interpreter.limits.maxCollectionLength {
                throw PyError.memoryLimit("the program printed more than \(interpreter.limits.maxCollectionLength) bytes")
            }
            return PyValue.none
        }
        define("len") { args in
            let bound = try args.bind("len", ["obj"])
            guard let value = bound["obj"] else { return .none }
            return .int(try args.interpreter.length(of: value))
        }
        define("repr") { args in
            let bound = try args.bind("repr", ["obj"])
            return .str(try args.interpreter.reprValue(bound["obj"] ?? PyValue.none))
        }
        define("ascii") { args in
            let bound = try args.bind("ascii", ["obj"])
            let text = try args.interpreter.reprValue(bound["obj"] ?? PyValue.none)
            var out = ""
            for scalar in text.unicodeScalars {
                if scalar.isASCII { out.unicodeScalars.append(scalar) }
                else if scalar.value < 0x100 { out += "\\x" + PyInterpreter.hex(scalar.value, width: 2) }
                else if scalar.value < 0x10000 { out += "\\u" + PyInterpreter.hex(scalar.value, width: 4) }
                else { out += "\\U" + PyInterpreter.hex(scalar.value, width: 8) }
            }
            return .str(out)
        }
        define("format") { args in
            let bound = try args.bind("format", ["value", "format_spec="])
            let spec = bound["format_spec"]?.asString ?? ""
            return .str(try args.interpreter.formatValue(bound["value"] ?? PyValue.none, spec))
        }
        define("chr") { args in
            let bound = try args.bind("chr", ["i"])
            guard let value = bound["i"], let code = value.asInt else {
                throw PyException.typeError("'\(args.interpreter.typeName(of: bound["i"] ?? PyValue.none))' object cannot be interpreted as an integer")
            }
            guard code >= 0, code < 0x110000, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw PyException.valueError("chr() arg not in range(0x110000)")
            }
            return .str(String(scalar))
        }
        define("ord") { args in
            let bound = try args.bind("ord", ["c"])
            guard case .str(let s)? = bound["c"] else {
                throw PyException.typeError("ord() expected string of length 1, but \(args.interpreter.typeName(of: bound["c"] ?? PyValue.none)) found")
            }
            let scalars = s.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else {
                throw PyException.typeError("ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(scalar.value))
        }
        define("callable") { args in
            let bound = try args.bind("callable", ["obj"])
            return .bool(bound["obj"]?.isCallable ?? false)
        }
        define("id") { args in
            let bound = try args.bind("id", ["obj"])
            var hasher = Hasher()
            PyKey.hashValue(bound["obj"] ?? PyValue.none, into: &hasher)
            return .int(abs(hasher.finalize() >> 8))
        }
        define("hash") { args in
            let bound = try args.bind("hash", ["obj"])
            let value = bound["obj"] ?? PyValue.none
            let key = try PyKey(value)
            // What a `__hash__` method returned, as CPython's `hash()` gives it (-1 is reserved for errors).
            if let custom = key.customHash { return .int(custom == -1 ? -2 : custom) }
            switch value {
            case .int(let i): return .int(i == -1 ? -2 : i)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d) where d == d.rounded() && abs(d) < 1e18: return .int(Int(d))
            case .host(let object): return .int(object.pyHash())
            default: return .int(key.hashValue)
            }
        }
    }

    func length(of value: PyValue) throws -> Int {
        switch value {
        case .str(let s): return s.unicodeScalars.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .set(let s), .frozenset(let s): return s.count
        case .range(let r): return r.count
        case .host(let object):
            if let n = try object.pyLength() { return n }
        case .instance(let instance):
            if let method = instance.cls.lookup("__len__") {
                guard case .int(let n) = try callValue(method, [value], []) else {
                    throw PyException.typeError("'\(typeOf(value).name)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw PyException.valueError("__len__() should return >= 0") }
                return n
            }
        default: break
        }
        throw PyException.typeError("object of type '\(typeOf(value).name)' has no len()")
    }

    private func installIterationBuiltins() {
        define("iter") { args in
            let bound = try args.bind("iter", ["object", "sentinel="])
            let interpreter = args.interpreter
            if let sentinel = bound["sentinel"] {
                let function = bound["object"] ?? PyValue.none
                guard function.isCallable else { throw PyException.typeError("iter(v, w): v must be callable") }
                var finished = false
                return .iterator(PyIterator(typeName: "callable_iterator") {
                    if finished { return nil }
                    try interpreter.tickNative()
                    let value = try interpreter.callValue(function, [], [])
                    if try interpreter.valuesEqual(value, sentinel) {
                        finished = true
                        return nil
                    }
                    return value
                })
            }
            return .iterator(try interpreter.makeIterator(bound["object"] ?? PyValue.none))
        }
        define("next") { args in
            let bound = try args.bind("next", ["iterator", "default="])
            let value = bound["iterator"] ?? PyValue.none
            let interpreter = args.interpreter
            let item: PyValue?
            switch value {
            case .iterator(let iterator): item = try iterator.next()
            case .instance(let instance) where instance.cls.lookup("__next__") != nil:
                return try interpreter.callValue(instance.cls.lookup("__next__") ?? PyValue.none, [value], [])
            default:
                throw PyException.typeError("'\(interpreter.typeName(of: value))' object is not an iterator")
            }
            if let item { return item }
            if let fallback = bound["default"] { return fallback }
            if case .iterator(let iterator) = value { throw interpreter.stopIteration(for: iterator) }
            throw PyException(.stopIteration, arguments: [])
        }
        define("enumerate") { args in
            let bound = try args.bind("enumerate", ["iterable", "start="])
            let iterator = try args.interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            var index: Int? = bound["start"]?.asInt ?? 0
            return .iterator(PyIterator(typeName: "enumerate") {
                guard let item = try iterator.next() else { return nil }
                guard let current = index else { throw PyInterpreter.overflow() }
                let (next, overflow) = current.addingReportingOverflow(1)
                index = overflow ? nil : next
                return .tuple([.int(current), item])
            })
        }
        define("zip") { args in
            let bound = try args.bind("zip", ["*iterables", "strict="])
            let interpreter = args.interpreter
            let strict = try bound["strict"].map { try interpreter.isTruthy($0) } ?? false
            let iterators = try bound.extraPositional.map { try interpreter.makeIterator($0) }
            if iterators.isEmpty { return .iterator(PyIterator(typeName: "zip", values: [])) }
            var finished = false
            return .iterator(PyIterator(typeName: "zip") {
                if finished { return nil }
                var items: [PyValue] = []
                for (index, iterator) in iterators.enumerated() {
                    guard let item = try iterator.next() else {
                        finished = true
                        if strict {
                            if index > 0 {
                                throw PyException.valueError("zip() argument \(index + 1) is shorter than argument\(index > 1 ? "s 1-\(index)" : " 1")")
                            }
                            for (k, other) in iterators.enumerated().dropFirst() where try other.next() != nil {
                                throw PyException.valueError("zip() argument \(k + 1) is longer than argument\(k > 1 ? "s 1-\(k)" : " 1")")
                            }
                        }
                        return nil
                    }
                    items.append(item)
                }
                return .tuple(items)
            })
        }
        define("map") { args in
            guard args.positional.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
            let interpreter = args.interpreter
            let function = args.positional[0]
            let iterators = try args.positional.dropFirst().map { try interpreter.makeIterator($0) }
            return .iterator(PyIterator(typeName: "map") {
                var items: [PyValue] = []
                for iterator in iterators {
                    guard let item = try iterator.next() else { return nil }
                    items.append(item)
                }
                return try interpreter.callValue(function, items, [])
            })
        }
        define("filter") { args in
            let bound = try args.bind("filter", ["function", "iterable"])
            let interpreter = args.interpreter
            let function = bound["function"] ?? PyValue.none
            let iterator = try interpreter.makeIterator(bound["iterable"] ?? PyValue.none)
            return .iterator(PyIterator(typeName: "filter") {
                while let item = try iterator.next() {
                    let keep = function.isNone ? item : try interpreter.callValue(function, [item], [])
                    if try interpreter.isTruthy(keep) { return item }
                }
                return nil
            })
        }
        define("reversed") { args in
            let bound = try args.bind("reversed", ["sequence"])
            let value = bound["sequence"] ?? PyValue.none
            let interpreter = args.interpreter
            switch value {
            case .list, .tuple, .str, .range, .dict:
                return .iterator(PyIterator(typeName: "reversed", values: try interpreter.collect(value).reversed()))
            case .instance(let instance):
                if let method = instance.cls.lookup("__reversed__") { return try interpreter.callValue(method, [value], []) }
                if instance.cls.lookup("__len__") != nil, instance.cls.lookup("__getitem__") != nil {
                    let n = try interpreter.length(of: value)
                    var items: [PyValue] = []
                    for i in stride(from: n - 1, through: 0, by: -1) { items.append(try interpreter.getItem(value, .int(i))) }
                    return .iterator(PyIterator(typeName: "reversed", values: items))
                }
            default: break
            }
            throw PyException.typeError("'\(interpreter.typeName(of: value))' object is not reversible")
        }
        define("sorted") { args in
            let bound = try args.bind("sorted", ["iterable", "*", "key=", "reverse="])
            let interpreter = args.interpreter
            let items = try interpreter.collect(bound["iterable"] ?? PyValue.none)
            let reverse = try bound["reverse"].map { try interpreter.isTruthy($0) } ?? false
            return .list(PyList(try interpreter.sortValues(items, key: bound["key"], reverse: reverse)))
        }
        define("any") { args in
            let bound = try args.bind("any", ["iterable"])
            let interpreter = args.interpreter
            var result = false
            try interpreter.iterate(bound["iterable"] ?? PyValue.none) { item in
                if try interpreter.isTruthy(item) { result = true; return false }
                return true
            }
            return .bool(result)
        }
        define("all") { args in
            let bound = try args.bind("all", ["iterable"])
            let interpreter = args.interpreter
            var result = true
            try interpreter.iterate(bound["iterable"] ?? PyValue.none) { item in
                if try !interpreter.isTruthy(item) { result = false; return false }
                return true
            }
            return .bool(result)
        }
        define("sum") { args in
            let bound = try args.bind("sum", ["iterable", "start="])
            let interpreter = args.interpreter
            var total = bound["start"] ?? .int(0)
            if case .str = total { throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            try interpreter.iterate(bound["iterable"] ?? PyValue.none) { item in
                try interpreter.tickNative()
                total = try interpreter.binaryOperation(.add, total, item)
                return true
            }
            return total
        }
        define("min") { args in try args.interpreter.extremum(args, "min", wantMax: false) }
        define("max") { args in try args.interpreter.extremum(args, "max", wantMax: true) }
    }

    /// Budget check for long loops inside builtins.
    func tickNative() throws {
        steps &+= 1
        if steps & 1023 == 0 || steps > limits.maxSteps {
            if steps > limits.maxSteps {
                throw PyError.timeLimit("the program exceeded its budget of \(limits.maxSteps) interpreter steps")
            }
            try checkDeadline()
        }
    }

    func extremum(_ args: PyArguments, _ name: String, wantMax: Bool) throws -> PyValue {
        var key: PyValue?
        var fallback: PyValue?
        for (k, v) in args.keyword {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": fallback = v
            default: throw PyException.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        let items: [PyValue]
        if args.positional.count == 1 {
            items = try collect(args.positional[0])
        } else if args.positional.isEmpty {
            throw PyException.typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if fallback != nil {
                throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        guard var best = items.first else {
            if let fallback { return fallback }
            throw PyException.valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try callValue($0, [best], []) } ?? best
        for item in items.dropFirst() {
            let itemKey = try key.map { try callValue($0, [item], []) } ?? item
            let better = wantMax ? try lessThan(bestKey, itemKey) : try lessThan(itemKey, bestKey)
            if better {
                best = item
                bestKey = itemKey
            }
        }
        return best
    }

    private func installNumericBuiltins() {
        define("abs") { args in
            let bound = try args.bind("abs", ["x"])
            let value = bound["x"] ?? PyValue.none
            switch value {
            case .int(let i):
                if i == Int.min { throw PyInterpreter.overflow() }
                return .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            case .instance(let instance):
                if let method = instance.cls.lookup("__abs__") { return try args.interpreter.callValue(method, [value], []) }
            case .host(let host):
                if let result = try host.pyGetAttribute("__abs__") { return try args.interpreter.callValue(result, [], []) }
            default: break
            }
            throw PyException.typeError("bad operand type for abs(): '\(args.interpreter.typeName(of: value))'")
        }
        define("round") { args in
            let bound = try args.bind("round", ["number", "ndigits="])
            let value = bound["number"] ?? PyValue.none
            let digits = bound["ndigits"].flatMap { $0.isNone ? nil : $0 }
            switch value {
            case .int, .bool:
                guard let i = value.asInt else { return value }
                guard let digits, let n = digits.asInt, n < 0 else { return .int(i) }
                if n < -18 { return .int(0) }
                let factor = try PyInterpreter.intPower(10, -n)
                let quotient = try PyInterpreter.floorDivide(i, factor)
                let remainder = PyInterpreter.floorModulo(i, factor)
                var rounded = quotient
                if remainder * 2 > factor || (remainder * 2 == factor && quotient % 2 != 0) { rounded += 1 }
                let (r, o) = rounded.multipliedReportingOverflow(by: factor)
                if o { throw PyInterpreter.overflow() }
                return .int(r)
            case .float(let d):
                guard let digits else {
                    if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
                    if d.isInfinite { throw PyException(.overflowError, "cannot convert float infinity to integer") }
                    return .int(try Builtins.intFromDouble(Builtins.roundHalfEven(d)))
                }
                guard let n = digits.asInt else {
                    throw PyException.typeError("'\(args.interpreter.typeName(of: digits))' object cannot be interpreted as an integer")
                }
                return .float(PyInterpreter.roundDouble(d, n))
            case .instance(let instance):
                if let method = instance.cls.lookup("__round__") {
                    return try args.interpreter.callValue(method, [value] + (digits.map { [$0] } ?? []), [])
                }
            case .host(let object):
                if let method = try object.pyGetAttribute("__round__") {
                    return try args.interpreter.callValue(method, digits.map { [$0] } ?? [], [])
                }
            default: break
            }
            throw PyException.typeError("type \(args.interpreter.typeName(of: value)) doesn't define __round__ method")
        }
        define("divmod") { args in
            let bound = try args.bind("divmod", ["a", "b"])
            let a = bound["a"] ?? PyValue.none, b = bound["b"] ?? PyValue.none
            if let x = a.asInt, let y = b.asInt, a.numericValue != nil, b.numericValue != nil,
                !(a.asDouble != nil && { if case .float = a { return true } else { return false } }()),
                !({ if case .float = b { return true } else { return false } }())
            {
                if y == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
                return .tuple([.int(try PyInterpreter.floorDivide(x, y)), .int(PyInterpreter.floorModulo(x, y))])
            }
            if a.asHost(PyDecimalValue.self) != nil || b.asHost(PyDecimalValue.self) != nil {
                let interpreter = args.interpreter
                return .tuple([try interpreter.binaryOperation(.floorDivide, a, b), try interpreter.binaryOperation(.modulo, a, b)])
            }
            if let x = a.asDouble, let y = b.asDouble {
                if y == 0 { throw PyException(.zeroDivisionError, "float divmod()") }
                let (q, r) = PyInterpreter.floatDivmod(x, y)
                return .tuple([.float(q), .float(r)])
            }
            throw PyException.typeError(
                "unsupported operand type(s) for divmod(): '\(args.interpreter.typeName(of: a))' and '\(args.interpreter.typeName(of: b))'")
        }
        define("pow") { args in
            let bound = try args.bind("pow", ["base", "exp", "mod="])
            let base = bound["base"] ?? PyValue.none, exponent = bound["exp"] ?? PyValue.none
            if let modValue = bound["mod"], !modValue.isNone {
                guard case .int(var b) = base, case .int(var e) = exponent, case .int(let m) = modValue else {
                    throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw PyException.valueError("pow() 3rd argument cannot be 0") }
                if e < 0 { throw PyException.valueError("base is not invertible for the given modulus") }
                var result = PyInterpreter.floorModulo(1, m)
                b = PyInterpreter.floorModulo(b, m)
                while e > 0 {
                    if e & 1 == 1 {
                        let (r, o) = result.multipliedReportingOverflow(by: b)
                        if o { throw PyInterpreter.overflow() }
                        result = PyInterpreter.floorModulo(r, m)
                    }
                    let (sq, o) = b.multipliedReportingOverflow(by: b)
                    if o { throw PyInterpreter.overflow() }
                    b = PyInterpreter.floorModulo(sq, m)
                    e >>= 1
                }
                return .int(result)
            }
            return try args.interpreter.binaryOperation(.power, base, exponent)
        }
        define("hex") { args in .str(try PyInterpreter.radixString(args, "hex", 16, "0x")) }
        define("oct") { args in .str(try PyInterpreter.radixString(args, "oct", 8, "0o")) }
        define("bin") { args in .str(try PyInterpreter.radixString(args, "bin", 2, "0b")) }
    }

    static func radixString(_ args: PyArguments, _ name: String, _ radix: Int, _ prefix: String) throws -> String {
        let bound = try args.bind(name, ["number"])
        guard let value = bound["number"], let i = value.asInt else {
            throw PyException.typeError("'\(args.interpreter.typeName(of: bound["number"] ?? PyValue.none))' object cannot be interpreted as an integer")
        }
        return (i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix)
    }

    /// `round(x, n)` for floats: correctly rounded through decimal formatting, ties to even, as CPython.
    static func roundDouble(_ d: Double, _ n: Int) -> Double {
        if !d.isFinite { return d }
        if n > 308 { return d }
        if n >= 0 {
            let text = String(format: "%.\(min(n, 400))f", d)
            return Double(text) ?? d
        }
        if n < -308 { return 0.0 * d }
        let factor = Foundation.pow(10.0, Double(-n))
        let scaled = d / factor
        let rounded = scaled.rounded(.toNearestOrEven)
        let result = rounded * factor
        return result.isFinite ? result : d
    }

    private func installIntrospectionBuiltins() {
        define("isinstance") { args in
            let bound = try args.bind("isinstance", ["obj", "class_or_tuple"])
            return .bool(try args.interpreter.isInstance(bound["obj"] ?? PyValue.none, bound["class_or_tuple"] ?? PyValue.none))
        }
        define("issubclass") { args in
            let bound = try args.bind("issubclass", ["cls", "class_or_tuple"])
            guard case .classObject(let cls)? = bound["cls"] else { throw PyException.typeError("issubclass() arg 1 must be a class") }
            return .bool(try args.interpreter.classMatches(cls, bound["class_or_tuple"] ?? PyValue.none, function: "issubclass"))
        }
        define("getattr") { args in
            let bound = try args.bind("getattr", ["object", "name", "default="])
            guard case .str(let name)? = bound["name"] else { throw PyException.typeError("attribute name must be string") }
            if Sandbox.isDunder(name) && name != "__name__" {
                throw PyError.sandbox("getattr() with the attribute '\(name)' is not allowed in the sandbox")
            }
            let interpreter = args.interpreter
            do {
                return try interpreter.getAttribute(bound["object"] ?? PyValue.none, name)
            } catch let exception as PyException where exception.typeName == .attributeError {
                if let fallback = bound["default"] { return fallback }
                throw exception
            } catch let raised as PyRaised where raised.exception.cls.isSubclass(of: interpreter.types.exceptionClass("AttributeError")) {
                if let fallback = bound["default"] { return fallback }
                throw raised
            }
        }
        define("hasattr") { args in
            let bound = try args.bind("hasattr", ["obj", "name"])
            guard case .str(let name)? = bound["name"] else { throw PyException.typeError("hasattr(): attribute name must be string") }
            if Sandbox.isDunder(name) && name != "__name__" {
                throw PyError.sandbox("hasattr() with the attribute '\(name)' is not allowed in the sandbox")
            }
            let interpreter = args.interpreter
            do {
                _ = try interpreter.getAttribute(bound["obj"] ?? PyValue.none, name)
                return .bool(true)
            } catch let exception as PyException where exception.typeName == .attributeError {
                return .bool(false)
            } catch let raised as PyRaised where raised.exception.cls.isSubclass(of: interpreter.types.exceptionClass("AttributeError")) {
                return .bool(false)
            }
        }
        define("setattr") { args in
            let bound = try args.bind("setattr", ["obj", "name", "value"])
            guard case .str(let name)? = bound["name"] else { throw PyException.typeError("attribute name must be string") }
            if Sandbox.isDunder(name) {
                throw PyError.sandbox("setattr() with the attribute '\(name)' is not allowed in the sandbox")
            }
            try args.interpreter.setAttribute(bound["obj"] ?? PyValue.none, name, bound["value"] ?? PyValue.none)
            return PyValue.none
        }
        define("delattr") { args in
            let bound = try args.bind("delattr", ["obj", "name"])
            guard case .str(let name)? = bound["name"] else { throw PyException.typeError("attribute name must be string") }
            if Sandbox.isDunder(name) {
                throw PyError.sandbox("delattr() with the attribute '\(name)' is not allowed in the sandbox")
            }
            guard case .instance(let instance)? = bound["obj"], instance.attributes.removeValue(forKey: name) != nil else {
                throw args.interpreter.attributeError(bound["obj"] ?? PyValue.none, name)
            }
            return PyValue.none
        }
    }

    func isInstance(_ value: PyValue, _ classes: PyValue) throws -> Bool {
        try classMatches(typeOf(value), classes, function: "isinstance")
    }

    func classMatches(_ cls: PyClass, _ classes: PyValue, function: String) throws -> Bool {
        switch classes {
        case .classObject(let target):
            if cls.isSubclass(of: target) { return true }
            if target.builtinKind == .iterator, cls.builtinKind == .iterator { return true }
            return false
        case .tuple(let items):
            for item in items where try classMatches(cls, item, function: function) { return true }
            return false
        default:
            throw PyException.typeError("\(function)() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}
