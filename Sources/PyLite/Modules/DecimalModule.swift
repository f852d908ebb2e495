/// The `decimal` module: `Decimal`, `getcontext()` (precision and rounding), the rounding constants and
/// the exceptions the default context traps (`InvalidOperation`, `DivisionByZero`, `Overflow`).
enum DecimalModule {
    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "decimal")
        module.setAttribute("Decimal", .classObject(interpreter.decimalClass))
        for mode in DecimalRounding.allCases { module.setAttribute(mode.rawValue, .str(mode.rawValue)) }
        for name in ["DecimalException", "InvalidOperation", "DivisionByZero", "Overflow"] {
            module.setAttribute(name, .classObject(interpreter.decimalExceptionClass(name)))
        }
        module.setAttribute("MAX_PREC", .int(999_999_999_999_999_999))
        BuiltinModules.function(module, "getcontext") { args in
            try args.expectNone("getcontext")
            return .host(PyDecimalContextObject(interpreter: args.interpreter))
        }
        return module
    }

    /// The Python exception for a trapped signal: `decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]`.
    static func exception(_ signal: DecimalSignal, _ interpreter: PyInterpreter) -> PyException {
        let (name, condition): (String, String) = switch signal {
        case .invalidOperation(let condition): ("InvalidOperation", condition)
        case .divisionByZero: ("DivisionByZero", "DivisionByZero")
        case .overflow: ("Overflow", "Overflow")
        }
        return PyException(exceptionClass: interpreter.decimalExceptionClass(name), "[<class 'decimal.\(condition)'>]")
    }

    /// A Decimal operand: a Decimal, an int or a bool (floats mix with Decimals only in comparisons).
    static func operand(_ value: PyValue) -> DecimalNumber? {
        if let d = value.asHost(PyDecimalValue.self) { return d.value }
        switch value {
        case .int(let i): return DecimalNumber(i)
        case .bool(let b): return DecimalNumber(b ? 1 : 0)
        default: return nil
        }
    }

    /// `Decimal(value)`: from a str, int, float, Decimal or a `(sign, digits, exponent)` tuple.
    static func construct(_ value: PyValue, _ interpreter: PyInterpreter) throws -> DecimalNumber {
        if let number = operand(value) { return number }
        switch value {
        case .str(let text):
            guard let number = DecimalNumber(parsing: text) else {
                throw exception(.invalidOperation(condition: "ConversionSyntax"), interpreter)
            }
            return number
        case .float(let d): return DecimalNumber(exactly: d)
        case .tuple, .list:
            guard let items = value.asArray, items.count == 3 else {
                throw PyException.valueError("argument must be a sequence of length 3")
            }
            guard let sign = items[0].asInt, sign == 0 || sign == 1, let digits = items[1].asArray else {
                throw PyException.valueError("sign must be an integer with the value 0 or 1")
            }
            let values = try digits.map { digit -> UInt8 in
                guard let d = digit.asInt, (0...9).contains(d) else {
                    throw PyException.valueError("coefficient must be a tuple of digits")
                }
                return UInt8(d)
            }
            if case .str(let special) = items[2], special == "F" {
                return DecimalNumber(negative: sign == 1, kind: .infinity)
            }
            if case .str(let special) = items[2], special == "n" {
                return DecimalNumber(negative: sign == 1, kind: .nan)
            }
            guard let exponent = items[2].asInt else { throw PyException.valueError("exponent must be an integer") }
            return DecimalNumber(negative: sign == 1, DecimalCoefficient(digits: values.isEmpty ? [0] : values), exponent: exponent)
        default:
            throw PyException.typeError("conversion from \(interpreter.typeName(of: value)) to Decimal is not supported")
        }
    }
}

extension PyInterpreter {
    /// A Python `decimal.Decimal` value.
    public func makeDecimal(unscaled: Int128, scale: Int) -> PyValue {
        .host(PyDecimalValue(DecimalNumber(negative: unscaled < 0, DecimalCoefficient(unscaled.magnitude), exponent: -scale), interpreter: self))
    }

    func makeDecimal(_ value: DecimalNumber) -> PyValue { .host(PyDecimalValue(value, interpreter: self)) }

    var decimalClass: PyClass {
        if let cls = types.hostClasses["decimal.Decimal"] { return cls }
        let cls = PyClass(hostName: "Decimal", moduleName: "decimal", constructor: { args in
            let bound = try args.bind("Decimal", ["value=", "context="])
            guard let value = bound["value"] else { return args.interpreter.makeDecimal(DecimalNumber(0)) }
            return args.interpreter.makeDecimal(try DecimalModule.construct(value, args.interpreter))
        }, attributes: { name in
            guard name == "from_float" else { return nil }
            return .native(PyNativeFunction(name: name) { args in
                let bound = try args.bind("from_float", ["f"])
                let value = bound["f"] ?? PyValue.none
                switch value {
                case .float(let d): return args.interpreter.makeDecimal(DecimalNumber(exactly: d))
                case .int(let i): return args.interpreter.makeDecimal(DecimalNumber(i))
                default: throw PyException.typeError("argument must be int or float")
                }
            })
        })
        types.hostClasses["decimal.Decimal"] = cls
        return cls
    }

    /// The module's exception classes, as CPython arranges them: every signal derives from
    /// `DecimalException` (an `ArithmeticError`), and `DivisionByZero` is a `ZeroDivisionError` too.
    func decimalExceptionClass(_ name: String) -> PyClass {
        let key = "decimal." + name
        if let cls = types.hostClasses[key] { return cls }
        let base = name == "DecimalException" ? types.exceptionClass("ArithmeticError") : decimalExceptionClass("DecimalException")
        var bases = [base]
        if name == "DivisionByZero" { bases.append(types.exceptionClass("ZeroDivisionError")) }
        let cls = PyClass(name: name, bases: bases, moduleName: "decimal", builtinKind: nil)
        types.hostClasses[key] = cls
        return cls
    }
}

/// `decimal.getcontext()`: reads and sets the interpreter's decimal context.
final class PyDecimalContextObject: PyHostObject {
    unowned let interpreter: PyInterpreter

    init(interpreter: PyInterpreter) { self.interpreter = interpreter }

    var pyTypeName: String { "Context" }

    func pyRepr() -> String {
        let context = interpreter.decimalContext
        return "Context(prec=\(context.precision), rounding=\(context.rounding.rawValue), Emin=\(context.emin), Emax=\(context.emax), "
            + "capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let context = interpreter.decimalContext
        switch name {
        case "prec": return .int(context.precision)
        case "rounding": return .str(context.rounding.rawValue)
        case "Emax": return .int(context.emax)
        case "Emin": return .int(context.emin)
        default: return nil
        }
    }

    func pySetAttribute(_ name: String, _ value: PyValue) throws -> Bool {
        switch name {
        case "prec":
            guard case .int(let p) = value else { throw PyException.typeError("'\(interpreter.typeName(of: value))' object cannot be interpreted as an integer") }
            guard (1...999_999_999_999_999_999).contains(p) else { throw PyException.valueError("valid range for prec is [1, MAX_PREC]") }
            interpreter.decimalContext.precision = min(p, 1_000_000)
            return true
        case "rounding":
            guard case .str(let text) = value, let mode = DecimalRounding(rawValue: text) else {
                throw PyException.typeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
            }
            interpreter.decimalContext.rounding = mode
            return true
        default: return false
        }
    }
}
