/// `decimal.Decimal`: exact decimal arithmetic rounded to the interpreter's context (28 digits, half-even).
public final class PyDecimalValue: PyHostObject {
    let value: DecimalNumber
    unowned let interpreter: PyInterpreter

    init(_ value: DecimalNumber, interpreter: PyInterpreter) {
        self.value = value
        self.interpreter = interpreter
    }

    /// The value rounded HALF_UP to `scale` fractional digits, as an unscaled integer (Spark's DecimalType
    /// conversion); nil for NaN and infinities, or when it does not fit 38 digits.
    public func unscaled(scale: Int) -> Int128? {
        guard case .finite = value.kind, value.isZero || value.adjusted < 38 else { return nil }
        let rescaled = value.rescaled(to: -scale, rounding: .halfUp)
        guard case .finite(let c, _) = rescaled.kind, c.count <= 38, let magnitude = c.int128Value else { return nil }
        return rescaled.negative ? -magnitude : magnitude
    }

    /// The number of significant digits and of fractional digits (exponent 2 counts as 0 fractional digits and
    /// 2 more significant ones), as Spark reads a Python Decimal's precision and scale; nil for NaN and infinities.
    public var precisionAndScale: (precision: Int, scale: Int)? {
        guard case .finite(let c, let e) = value.kind else { return nil }
        if e >= 0 { return (c.isZero ? 1 : c.count + e, 0) }
        return (max(c.count, -e), -e)
    }

    /// The text Python's `str()` gives.
    public var text: String { value.scientificString }

    var context: DecimalContext { interpreter.decimalContext }
    func make(_ number: DecimalNumber) -> PyValue { interpreter.makeDecimal(number) }

    func signal<T>(_ body: () throws(DecimalSignal) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw DecimalModule.exception(error, interpreter)
        }
    }

    public var pyTypeName: String { "Decimal" }
    public var pyClass: PyClass? { interpreter.decimalClass }
    public func pyRepr() -> String { "Decimal('\(value.scientificString)')" }
    public func pyStr() -> String { value.scientificString }
    public func pyTruth() throws -> Bool { !value.isZero }
    public func pyHash() -> Int { value.pythonHash }

    public func pyKeyEquals(_ other: any PyHostObject) -> Bool {
        guard let other = other as? PyDecimalValue else { return false }
        return value.compare(other.value) == 0
    }

    /// The int or float equal to this value, so `{1: x}[Decimal('1.0')]` finds the entry as in Python.
    public var pyNumericKey: PyValue? {
        guard case .finite(let c, let e) = value.kind else { return nil }
        if c.count + e <= 19, let whole = value.truncatedCoefficient(), value.rescaled(to: 0, rounding: .down).compare(value) == 0,
           let magnitude = whole.intValue {
            return .int(value.negative ? -magnitude : magnitude)
        }
        guard c.count <= 800, let d = Double(value.scientificString),
              DecimalNumber(exactly: d).compare(value) == 0, e < 0 else { return nil }
        return .float(d)
    }

    public func pyUnary(_ op: PyUnaryOperator) throws -> PyValue? {
        switch op {
        case .negate: return make(try signal { () throws(DecimalSignal) in try negated() })
        case .plus: return make(try signal { () throws(DecimalSignal) in try positive() })
        case .invert: return nil
        }
    }

    /// `-x`: a zero stays positive unless rounding toward negative infinity.
    func negated() throws(DecimalSignal) -> DecimalNumber {
        let flipped = value.isZero && context.rounding != .floor ? value.withSign(false) : value.negated()
        return try flipped.fitted(to: context)
    }

    /// `+x`: the value rounded to the context.
    func positive() throws(DecimalSignal) -> DecimalNumber {
        let same = value.isZero && context.rounding != .floor ? value.withSign(false) : value
        return try same.fitted(to: context)
    }

    public func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard let operand = DecimalModule.operand(other) else {
            // A host object or class instance may still handle the reflected operation; plain values cannot.
            switch other {
            case .host, .instance: return nil
            default:
                let otherName = interpreter.typeName(of: other)
                let (left, right) = reflected ? (otherName, "decimal.Decimal") : ("decimal.Decimal", otherName)
                let symbol = op == .power ? "** or pow()" : op.rawValue
                throw PyException.typeError("unsupported operand type(s) for \(symbol): '\(left)' and '\(right)'")
            }
        }
        let (a, b) = reflected ? (operand, value) : (value, operand)
        let context = self.context
        switch op {
        case .add: return make(try signal { () throws(DecimalSignal) in try a.adding(b, context) })
        case .subtract: return make(try signal { () throws(DecimalSignal) in try a.adding(b.negated(), context) })
        case .multiply: return make(try signal { () throws(DecimalSignal) in try a.multiplying(b, context) })
        case .trueDivide: return make(try signal { () throws(DecimalSignal) in try a.dividing(by: b, context) })
        case .floorDivide: return make(try signal { () throws(DecimalSignal) in try a.dividedAndRemainder(by: b, context).0 })
        case .modulo:
            return make(try signal { () throws(DecimalSignal) in
                if b.isZero && !a.isNaN { throw a.isZero ? .invalidOperation(condition: "DivisionUndefined") : .invalid }
                return try a.dividedAndRemainder(by: b, context).1
            })
        case .power:
            guard let n = integralExponent(b) else {
                throw PyError.unsupported("Decimal powers with a non-integral exponent are not supported by the embedded engine")
            }
            return make(try signal { () throws(DecimalSignal) in try a.raised(to: n, context) })
        default: return nil
        }
    }

    /// An integral exponent; one beyond Int is clamped (the result is then 1, 0 or an overflow anyway).
    private func integralExponent(_ number: DecimalNumber) -> Int? {
        guard case .finite(let c, let e) = number.kind else { return nil }
        if e >= 0 && c.count + e > 19 { return number.negative ? Int.min : Int.max }
        if e < 0 && number.rescaled(to: 0, rounding: .down).compare(number) != 0 { return nil }
        guard let magnitude = number.truncatedCoefficient()?.int128Value, let value = Int(exactly: number.negative ? -magnitude : magnitude) else {
            return number.negative ? Int.min : Int.max
        }
        return value
    }

    public func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        let operand: DecimalNumber
        if let d = DecimalModule.operand(other) {
            operand = d
        } else if case .float(let f) = other {
            operand = DecimalNumber(exactly: f)
        } else {
            switch (op, other) {
            case (.equal, _): return .bool(false)
            case (.notEqual, _): return .bool(true)
            case (_, .host), (_, .instance): return nil
            default:
                throw PyException.typeError("'\(op.rawValue)' not supported between instances of 'decimal.Decimal' and '\(interpreter.typeName(of: other))'")
            }
        }
        guard let order = value.compare(operand) else {
            switch op {
            case .equal: return .bool(false)
            case .notEqual: return .bool(true)
            default: throw DecimalModule.exception(.invalid, interpreter)
            }
        }
        switch op {
        case .equal: return .bool(order == 0)
        case .notEqual: return .bool(order != 0)
        case .less: return .bool(order < 0)
        case .lessOrEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        case .greaterOrEqual: return .bool(order >= 0)
        }
    }

    public func pyGetAttribute(_ name: String) throws -> PyValue? {
        let body: ((PyArguments) throws -> PyValue)?
        switch name {
        case "quantize": body = { args in
            let bound = try args.bind("quantize", ["exp", "rounding=", "context="])
            guard let target = DecimalModule.operand(bound["exp"] ?? PyValue.none) else {
                throw PyException.typeError("conversion from \(args.interpreter.typeName(of: bound["exp"] ?? PyValue.none)) to Decimal is not supported")
            }
            let rounding = try self.roundingArgument(bound["rounding"])
            return self.make(try self.signal { () throws(DecimalSignal) in try self.quantized(to: target, rounding: rounding) })
        }
        case "to_integral_value", "to_integral", "to_integral_exact": body = { args in
            let bound = try args.bind(name, ["rounding=", "context="])
            let rounding = try self.roundingArgument(bound["rounding"])
            guard case .finite(_, let e) = self.value.kind, e < 0 else { return .host(self) }
            return self.make(self.value.rescaled(to: 0, rounding: rounding))
        }
        case "normalize": body = { _ in
            let fitted = try self.signal { () throws(DecimalSignal) in try self.value.fitted(to: self.context) }
            guard case .finite(let c, let e) = fitted.kind else { return self.make(fitted) }
            if c.isZero { return self.make(DecimalNumber(negative: fitted.negative, .zero, exponent: 0)) }
            let zeros = c.trailingZeros
            return self.make(DecimalNumber(negative: fitted.negative, c.prefix(c.count - zeros), exponent: e + zeros))
        }
        case "adjusted": body = { _ in .int(self.value.adjusted) }
        case "is_nan", "is_qnan": body = { _ in .bool(self.value.isNaN) }
        case "is_snan": body = { _ in .bool(false) }
        case "is_infinite": body = { _ in .bool(self.value.isInfinite) }
        case "is_finite": body = { _ in .bool(!self.value.isNaN && !self.value.isInfinite) }
        case "is_zero": body = { _ in .bool(self.value.isZero) }
        case "is_signed": body = { _ in .bool(self.value.negative) }
        case "copy_abs": body = { _ in self.make(self.value.withSign(false)) }
        case "copy_negate": body = { _ in self.make(self.value.negated()) }
        case "__abs__": body = { _ in
            self.make(try self.signal { () throws(DecimalSignal) in self.value.negative ? try self.negated() : try self.positive() })
        }
        case "__int__", "__trunc__": body = { _ in try self.intValue() }
        case "__floor__", "__ceil__": body = { _ in
            guard case .finite(_, let e) = self.value.kind, e < 0 else { return try self.intValue() }
            let mode: DecimalRounding = name == "__floor__" ? .floor : .ceiling
            return try PyDecimalValue(self.value.rescaled(to: 0, rounding: mode), interpreter: self.interpreter).intValue()
        }
        case "__float__": body = { _ in .float(self.floatValue) }
        case "__round__": body = { args in
            let bound = try args.bind("__round__", ["ndigits="])
            guard let digits = bound["ndigits"], !digits.isNone else {
                guard case .finite(_, let e) = self.value.kind, e < 0 else { return try self.intValue() }
                return try PyDecimalValue(self.value.rescaled(to: 0, rounding: .halfEven), interpreter: self.interpreter).intValue()
            }
            guard let n = digits.asInt else {
                throw PyException.typeError("'\(args.interpreter.typeName(of: digits))' object cannot be interpreted as an integer")
            }
            let target = DecimalNumber(negative: false, .one, exponent: -n)
            return self.make(try self.signal { () throws(DecimalSignal) in try self.quantized(to: target, rounding: self.context.rounding) })
        }
        default: body = nil
        }
        return body.map { .native(PyNativeFunction(name: name, body: $0)) }
    }

    private func roundingArgument(_ value: PyValue?) throws -> DecimalRounding {
        guard let value, !value.isNone else { return context.rounding }
        guard case .str(let text) = value, let mode = DecimalRounding(rawValue: text) else {
            throw PyException.typeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        }
        return mode
    }

    /// `quantize`: the value at the exponent of `target`; InvalidOperation when that needs more digits than
    /// the precision.
    func quantized(to target: DecimalNumber, rounding: DecimalRounding) throws(DecimalSignal) -> DecimalNumber {
        if value.isNaN || target.isNaN { return DecimalNumber(negative: false, kind: .nan) }
        if value.isInfinite || target.isInfinite {
            if value.isInfinite && target.isInfinite { return value }
            throw .invalid
        }
        guard case .finite(_, let exponent) = target.kind else { throw .invalid }
        guard exponent >= context.etiny && exponent <= context.emax else { throw .invalid }
        if value.isZero { return try DecimalNumber(negative: value.negative, .zero, exponent: exponent).fitted(to: context) }
        if value.adjusted > context.emax || value.adjusted - exponent + 1 > context.precision { throw .invalid }
        let result = value.rescaled(to: exponent, rounding: rounding)
        guard case .finite(let c, _) = result.kind, c.count <= context.precision, result.adjusted <= context.emax else { throw .invalid }
        return result
    }

    func intValue() throws -> PyValue {
        if value.isNaN { throw PyException.valueError("cannot convert NaN to integer") }
        if value.adjusted >= 19 && !value.isInfinite { throw PyInterpreter.overflow() }
        guard let whole = value.truncatedCoefficient() else { throw PyException(.overflowError, "cannot convert Infinity to integer") }
        guard let magnitude = whole.intValue else { throw PyInterpreter.overflow() }
        return .int(value.negative ? -magnitude : magnitude)
    }

    var floatValue: Double {
        switch value.kind {
        case .nan: return .nan
        case .infinity: return value.negative ? -.infinity : .infinity
        case .finite: return Double(value.scientificString) ?? .nan
        }
    }
}
