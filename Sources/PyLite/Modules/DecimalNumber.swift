/// The rounding modes of Python's `decimal` module; the raw value is the module constant's value.
enum DecimalRounding: String, CaseIterable {
    case down = "ROUND_DOWN", up = "ROUND_UP", halfUp = "ROUND_HALF_UP", halfDown = "ROUND_HALF_DOWN"
    case halfEven = "ROUND_HALF_EVEN", ceiling = "ROUND_CEILING", floor = "ROUND_FLOOR", zeroFiveUp = "ROUND_05UP"
}

/// The arithmetic context (`decimal.getcontext()`): precision and rounding; the exponent limits are Python's
/// defaults.
struct DecimalContext {
    var precision = 28
    var rounding = DecimalRounding.halfEven
    let emax = 999_999
    let emin = -999_999
    var etiny: Int { emin - precision + 1 }
}

/// A signal the default context traps, raised as the `decimal` exception of that name. `condition` is the
/// class CPython names in the message (`[<class 'decimal.ConversionSyntax'>]`).
enum DecimalSignal: Error {
    case invalidOperation(condition: String)
    case divisionByZero
    case overflow

    static let invalid = DecimalSignal.invalidOperation(condition: "InvalidOperation")
}

/// A `decimal.Decimal` value: sign, then a coefficient and exponent (value = coefficient × 10^exponent),
/// an infinity or a quiet NaN. The operations follow the General Decimal Arithmetic specification as
/// Python implements it, including which exponent an exact result keeps (`1.30 + 1.20 = 2.50`).
struct DecimalNumber {
    enum Kind {
        case finite(DecimalCoefficient, exponent: Int)
        case infinity
        case nan
    }

    var negative: Bool
    var kind: Kind

    init(negative: Bool, _ coefficient: DecimalCoefficient, exponent: Int) {
        self.negative = negative
        kind = .finite(coefficient, exponent: exponent)
    }

    init(negative: Bool, kind: Kind) {
        self.negative = negative
        self.kind = kind
    }

    init(_ value: Int) {
        self.init(negative: value < 0, DecimalCoefficient(value.magnitude), exponent: 0)
    }

    /// The exact value of a double (`Decimal(0.1)` has 55 digits).
    init(exactly d: Double) {
        if d.isNaN {
            self.init(negative: false, kind: .nan)
        } else if d.isInfinite {
            self.init(negative: d < 0, kind: .infinity)
        } else if d == 0 {
            self.init(negative: d.sign == .minus, .zero, exponent: 0)
        } else {
            // |d| = significand × 2^e with an odd significand; for e < 0 it is significand × 5^-e × 10^e.
            var significand = d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)
            var e = Int(d.exponent) - 52
            if !d.isNormal { e = -1074 }
            while significand & 1 == 0 {
                significand >>= 1
                e += 1
            }
            var coefficient = DecimalCoefficient(significand)
            if e >= 0 {
                for _ in 0..<e { coefficient = coefficient * DecimalCoefficient(UInt(2)) }
                self.init(negative: d < 0, coefficient, exponent: 0)
            } else {
                for _ in 0..<(-e) { coefficient = coefficient * DecimalCoefficient(UInt(5)) }
                self.init(negative: d < 0, coefficient, exponent: e)
            }
        }
    }

    /// Parses Python's decimal string syntax (`' -1_000.50e3 '`, `'Infinity'`, `'nan'`); nil when invalid.
    init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var s = Substring(trimmed)
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        switch s.lowercased() {
        case "inf", "infinity":
            self.init(negative: negative, kind: .infinity)
            return
        case "nan":
            self.init(negative: negative, kind: .nan)
            return
        default: break
        }
        guard !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { return nil }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var exponentText = s[s.index(after: e)...]
            var exponentNegative = false
            if exponentText.first == "-" || exponentText.first == "+" {
                exponentNegative = exponentText.first == "-"
                exponentText = exponentText.dropFirst()
            }
            let digits = exponentText.filter { $0 != "_" }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            // Exponents beyond what an Int holds with room for arithmetic are refused rather than wrapped.
            guard let value = Int(digits), value < 1 << 60 else { return nil }
            exponent = exponentNegative ? -value : value
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integerPart = parts[0].filter { $0 != "_" }, fractionPart = parts.count == 2 ? parts[1].filter { $0 != "_" } : ""
        guard !(integerPart.isEmpty && fractionPart.isEmpty),
              let coefficient = DecimalCoefficient(text: Substring(integerPart + fractionPart)) else { return nil }
        guard fractionPart.count < 1 << 60 else { return nil }
        self.init(negative: negative, coefficient, exponent: exponent - fractionPart.count)
    }

    var isNaN: Bool { if case .nan = kind { true } else { false } }
    var isInfinite: Bool { if case .infinity = kind { true } else { false } }
    var isZero: Bool { if case .finite(let c, _) = kind { c.isZero } else { false } }

    /// The exponent of the most significant digit.
    var adjusted: Int {
        if case .finite(let c, let e) = kind { return e + c.count - 1 }
        return 0
    }

    func negated() -> DecimalNumber { DecimalNumber(negative: !negative, kind: kind) }
    func withSign(_ negative: Bool) -> DecimalNumber { DecimalNumber(negative: negative, kind: kind) }

    // MARK: Text

    /// Python's `str()`: plain notation unless the exponent is positive or the value is below 1E-6.
    var scientificString: String {
        let sign = negative ? "-" : ""
        switch kind {
        case .nan: return sign + "NaN"
        case .infinity: return sign + "Infinity"
        case .finite(let c, let e):
            let digits = c.description
            let adjusted = e + digits.count - 1
            if e <= 0 && adjusted >= -6 {
                if e == 0 { return sign + digits }
                let pointAt = digits.count + e
                if pointAt > 0 {
                    return sign + digits.prefix(pointAt) + "." + digits.dropFirst(pointAt)
                }
                return sign + "0." + String(repeating: "0", count: -pointAt) + digits
            }
            let mantissa = digits.count > 1 ? digits.prefix(1) + "." + digits.dropFirst() : digits
            return sign + mantissa + "E" + (adjusted >= 0 ? "+" : "-") + String(abs(adjusted))
        }
    }

    /// Plain notation with exactly `places` fractional digits (rounded with `rounding`), or the exact digits
    /// when `places` is nil: the body of `format(d, 'f')`.
    func fixedPointString(places: Int?, rounding: DecimalRounding) -> String {
        guard case .finite = kind else { return scientificString }
        let value = places.map { rescaled(to: -$0, rounding: rounding) } ?? self
        guard case .finite(let c, let e) = value.kind else { return scientificString }
        var digits = c.description
        if e > 0 { digits += String(repeating: "0", count: e) }
        guard e < 0 else { return digits }
        if digits.count <= -e { digits = String(repeating: "0", count: -e - digits.count + 1) + digits }
        let cut = digits.index(digits.endIndex, offsetBy: e)
        return digits[..<cut] + "." + digits[cut...]
    }

    // MARK: Rounding

    /// Whether dropping all but the first `keep` digits of `c` rounds the kept part up by one unit.
    static func roundsUp(_ c: DecimalCoefficient, keeping keep: Int, _ mode: DecimalRounding, negative: Bool) -> Bool {
        let dropped = c.dropped(after: keep)
        guard let first = dropped.first, dropped.contains(where: { $0 != 0 }) else { return false }
        let restNonzero = dropped.dropFirst().contains { $0 != 0 }
        let lastKept = keep > 0 && keep <= c.count ? c.digits[keep - 1] : 0
        switch mode {
        case .down: return false
        case .up: return true
        case .halfUp: return first >= 5
        case .halfDown: return first > 5 || (first == 5 && restNonzero)
        case .halfEven: return first > 5 || (first == 5 && (restNonzero || lastKept % 2 == 1))
        case .ceiling: return !negative
        case .floor: return negative
        case .zeroFiveUp: return lastKept == 0 || lastKept == 5
        }
    }

    /// The value at exponent `exponent`, rounded with `mode` when digits are dropped (no precision limit).
    func rescaled(to exponent: Int, rounding mode: DecimalRounding) -> DecimalNumber {
        guard case .finite(let c, let e) = kind else { return self }
        if c.isZero { return DecimalNumber(negative: negative, .zero, exponent: exponent) }
        if e >= exponent { return DecimalNumber(negative: negative, c.shifted(by: e - exponent), exponent: exponent) }
        var source = c
        var keep = c.count + e - exponent
        if keep < 0 {
            // Less than one unit of the last kept place: round as if the value were a single 1 just beyond it.
            source = .one
            keep = 0
        }
        var coefficient = source.prefix(keep)
        if DecimalNumber.roundsUp(source, keeping: keep, mode, negative: negative) { coefficient = coefficient + .one }
        return DecimalNumber(negative: negative, coefficient, exponent: exponent)
    }

    /// The value rounded to the context's precision (Python's `_fix`): no digit below Etiny (a value too small
    /// for it becomes `0E-1000026`, subnormal); raises Overflow past Emax.
    func fitted(to context: DecimalContext) throws(DecimalSignal) -> DecimalNumber {
        guard case .finite(let c, let e) = kind else { return self }
        if c.isZero { return e < context.etiny ? DecimalNumber(negative: negative, .zero, exponent: context.etiny) : self }
        var result = self
        let minimumExponent = max(c.count + e - context.precision, context.etiny)
        if e < minimumExponent {
            result = rescaled(to: minimumExponent, rounding: context.rounding)
            if case .finite(let coefficient, let exponent) = result.kind, coefficient.count > context.precision {
                // Rounding up carried into a new digit: 999…9 became 1000…0.
                result = DecimalNumber(negative: negative, coefficient.prefix(context.precision), exponent: exponent + 1)
            }
        }
        if result.adjusted > context.emax { throw .overflow }
        return result
    }

    // MARK: Comparison

    /// -1, 0 or 1; nil when either is a NaN.
    func compare(_ other: DecimalNumber) -> Int? {
        if isNaN || other.isNaN { return nil }
        let selfSign = isZero ? 0 : (negative ? -1 : 1)
        let otherSign = other.isZero ? 0 : (other.negative ? -1 : 1)
        if selfSign != otherSign { return selfSign < otherSign ? -1 : 1 }
        if selfSign == 0 { return 0 }
        let magnitude: Int
        switch (kind, other.kind) {
        case (.infinity, .infinity): magnitude = 0
        case (.infinity, _): magnitude = 1
        case (_, .infinity): magnitude = -1
        case (.finite(let a, let ea), .finite(let b, let eb)):
            if adjusted != other.adjusted {
                magnitude = adjusted < other.adjusted ? -1 : 1
            } else {
                let common = min(ea, eb)
                let x = a.shifted(by: ea - common), y = b.shifted(by: eb - common)
                magnitude = x == y ? 0 : (x < y ? -1 : 1)
            }
        default: magnitude = 0
        }
        return selfSign * magnitude
    }

    // MARK: Arithmetic

    func adding(_ other: DecimalNumber, _ context: DecimalContext) throws(DecimalSignal) -> DecimalNumber {
        if isNaN || other.isNaN { return DecimalNumber(negative: false, kind: .nan) }
        if isInfinite {
            if other.isInfinite && other.negative != negative { throw .invalid }
            return self
        }
        if other.isInfinite { return other }
        guard case .finite(let a, let ea) = kind, case .finite(let b, let eb) = other.kind else { return self }
        let exponent = min(ea, eb)
        let negativeZero = context.rounding == .floor && negative != other.negative
        if a.isZero && b.isZero {
            return try DecimalNumber(negative: (negative && other.negative) || negativeZero, .zero, exponent: exponent).fitted(to: context)
        }
        if a.isZero {
            return try other.rescaled(to: max(exponent, eb - context.precision - 1), rounding: context.rounding).fitted(to: context)
        }
        if b.isZero {
            return try rescaled(to: max(exponent, ea - context.precision - 1), rounding: context.rounding).fitted(to: context)
        }
        // Align the coefficients; an operand far below the other's last digit only matters as a tiny nudge.
        var (high, highExponent, low, lowExponent) = ea >= eb ? (a, ea, b, eb) : (b, eb, a, ea)
        let floorExponent = highExponent + min(-1, high.count - context.precision - 2)
        if low.count + lowExponent - 1 < floorExponent {
            low = .one
            lowExponent = floorExponent
        }
        high = high.shifted(by: highExponent - lowExponent)
        highExponent = lowExponent
        let (x, y) = ea >= eb ? (high, low) : (low, high)
        if negative == other.negative {
            return try DecimalNumber(negative: negative, x + y, exponent: lowExponent).fitted(to: context)
        }
        if x == y { return try DecimalNumber(negative: negativeZero, .zero, exponent: exponent).fitted(to: context) }
        let result = x < y ? DecimalNumber(negative: other.negative, y - x, exponent: lowExponent)
            : DecimalNumber(negative: negative, x - y, exponent: lowExponent)
        return try result.fitted(to: context)
    }

    func multiplying(_ other: DecimalNumber, _ context: DecimalContext) throws(DecimalSignal) -> DecimalNumber {
        let sign = negative != other.negative
        if isNaN || other.isNaN { return DecimalNumber(negative: false, kind: .nan) }
        if isInfinite || other.isInfinite {
            if isZero || other.isZero { throw .invalid }
            return DecimalNumber(negative: sign, kind: .infinity)
        }
        guard case .finite(let a, let ea) = kind, case .finite(let b, let eb) = other.kind else { return self }
        return try DecimalNumber(negative: sign, a * b, exponent: ea + eb).fitted(to: context)
    }

    func dividing(by other: DecimalNumber, _ context: DecimalContext) throws(DecimalSignal) -> DecimalNumber {
        let sign = negative != other.negative
        if isNaN || other.isNaN { return DecimalNumber(negative: false, kind: .nan) }
        if isInfinite {
            if other.isInfinite { throw .invalid }
            return DecimalNumber(negative: sign, kind: .infinity)
        }
        if other.isInfinite { return DecimalNumber(negative: sign, .zero, exponent: context.etiny) }
        guard case .finite(let a, let ea) = kind, case .finite(let b, let eb) = other.kind else { return self }
        if b.isZero {
            if a.isZero { throw .invalidOperation(condition: "DivisionUndefined") }
            throw .divisionByZero
        }
        if a.isZero { return try DecimalNumber(negative: sign, .zero, exponent: ea - eb).fitted(to: context) }
        // One digit more than the precision, then a sticky last digit when inexact, rounds correctly.
        let shift = b.count - a.count + context.precision + 1
        var exponent = ea - eb - shift
        var (quotient, remainder) = shift >= 0
            ? a.shifted(by: shift).quotientAndRemainder(dividingBy: b)
            : a.quotientAndRemainder(dividingBy: b.shifted(by: -shift))
        if !remainder.isZero {
            if quotient.lastDigit % 5 == 0 { quotient = quotient + .one }
        } else {
            let ideal = ea - eb
            while exponent < ideal && quotient.lastDigit == 0 && !quotient.isZero {
                quotient = quotient.prefix(quotient.count - 1)
                exponent += 1
            }
        }
        return try DecimalNumber(negative: sign, quotient, exponent: exponent).fitted(to: context)
    }

    /// `//` and `%` together: the quotient truncated toward zero and the remainder with the dividend's sign.
    func dividedAndRemainder(by other: DecimalNumber, _ context: DecimalContext) throws(DecimalSignal) -> (DecimalNumber, DecimalNumber) {
        let sign = negative != other.negative
        if isNaN || other.isNaN {
            let nan = DecimalNumber(negative: false, kind: .nan)
            return (nan, nan)
        }
        if isInfinite { throw .invalid }
        guard case .finite(let a, let ea) = kind else { throw .invalid }
        if other.isInfinite { return (DecimalNumber(negative: sign, .zero, exponent: 0), self) }
        guard case .finite(let b, let eb) = other.kind else { throw .invalid }
        if b.isZero {
            if a.isZero { throw .invalidOperation(condition: "DivisionUndefined") }
            throw .divisionByZero
        }
        let idealExponent = min(ea, eb)
        let difference = adjusted - other.adjusted
        if a.isZero || difference <= -2 {
            return (DecimalNumber(negative: sign, .zero, exponent: 0), try rescaled(to: idealExponent, rounding: context.rounding).fitted(to: context))
        }
        if difference <= context.precision {
            let x = a.shifted(by: ea - idealExponent), y = b.shifted(by: eb - idealExponent)
            let (q, r) = x.quotientAndRemainder(dividingBy: y)
            if q.count <= context.precision {
                return (DecimalNumber(negative: sign, q, exponent: 0),
                        try DecimalNumber(negative: negative, r, exponent: idealExponent).fitted(to: context))
            }
        }
        throw .invalidOperation(condition: "DivisionImpossible")
    }

    /// `self ** n` for an integral exponent: exact when the result fits the precision, else correctly rounded.
    func raised(to n: Int, _ context: DecimalContext) throws(DecimalSignal) -> DecimalNumber {
        if isNaN { return self }
        let sign = negative && n % 2 != 0
        if n == 0 {
            if isZero { throw .invalid }
            return DecimalNumber(1)
        }
        if isInfinite { return n > 0 ? DecimalNumber(negative: sign, kind: .infinity) : DecimalNumber(negative: sign, .zero, exponent: 0) }
        guard case .finite(let c, let e) = kind else { return self }
        if c.isZero { return n > 0 ? DecimalNumber(negative: sign, .zero, exponent: 0) : DecimalNumber(negative: sign, kind: .infinity) }
        let count = Int(clamping: n.magnitude)
        let (exactDigits, digitsOverflow) = c.count.multipliedReportingOverflow(by: count)
        let (exponent, exponentOverflow) = e.multipliedReportingOverflow(by: count)
        var power: DecimalNumber
        if !digitsOverflow && !exponentOverflow && exactDigits <= 2_000 {
            var coefficient = DecimalCoefficient.one, base = c, remaining = count
            while remaining > 0 {
                if remaining & 1 == 1 { coefficient = coefficient * base }
                remaining >>= 1
                if remaining > 0 { base = base * base }
            }
            power = DecimalNumber(negative: false, coefficient, exponent: exponent)
        } else {
            // Too long to keep exact: square and multiply with guard digits beyond the precision.
            var working = context
            working.precision = context.precision + 20
            working.rounding = .halfEven
            power = DecimalNumber(1)
            var base = withSign(false), remaining = count
            while remaining > 0 {
                if remaining & 1 == 1 { power = try power.multiplying(base, working) }
                remaining >>= 1
                if remaining > 0 { base = try base.multiplying(base, working) }
            }
        }
        if n > 0 { return try power.withSign(sign).fitted(to: context) }
        return try DecimalNumber(1).dividing(by: power, context).withSign(sign)
    }

    /// The integral part, truncated toward zero.
    func truncatedCoefficient() -> DecimalCoefficient? {
        guard case .finite(let c, let e) = kind else { return nil }
        return e >= 0 ? c.shifted(by: e) : c.prefix(c.count + e)
    }

    /// Python's hash of the value (`hash(Decimal('0.5')) == hash(0.5)`): the value modulo 2^61 - 1.
    var pythonHash: Int {
        switch kind {
        case .nan: return 0
        case .infinity: return negative ? -314_159 : 314_159
        case .finite(let c, let e):
            let modulus: UInt64 = (1 << 61) - 1
            func multiply(_ x: UInt64, _ y: UInt64) -> UInt64 { UInt64((UInt128(x) * UInt128(y)) % UInt128(modulus)) }
            func power(_ base: UInt64, _ exponent: Int) -> UInt64 {
                var result: UInt64 = 1, b = base, k = exponent
                while k > 0 {
                    if k & 1 == 1 { result = multiply(result, b) }
                    b = multiply(b, b)
                    k >>= 1
                }
                return result
            }
            let tenInverse = power(10, Int(modulus) - 2)
            let scale = e >= 0 ? power(10, e) : power(tenInverse, -e)
            let value = Int(multiply(c.remainder(modulo: modulus), scale))
            let signed = negative ? -value : value
            return signed == -1 ? -2 : signed
        }
    }
}
