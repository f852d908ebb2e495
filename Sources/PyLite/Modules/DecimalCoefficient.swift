/// The coefficient of a `decimal.Decimal`: an unbounded natural number kept as its decimal digits.
///
/// Decimal digits make the operations `decimal` needs most (counting digits, dropping the last n digits to
/// round, appending zeros to rescale) trivial; the arithmetic is schoolbook, which is ample for numbers of a
/// few dozen digits.
struct DecimalCoefficient: Equatable, Comparable, CustomStringConvertible {
    /// Most significant first, no leading zeros; zero is `[0]`.
    private(set) var digits: [UInt8]

    static let zero = DecimalCoefficient(digits: [0])
    static let one = DecimalCoefficient(digits: [1])

    init(digits: [UInt8]) {
        let first = digits.firstIndex { $0 != 0 }
        self.digits = first.map { Array(digits[$0...]) } ?? [0]
    }

    init<T: UnsignedInteger>(_ value: T) {
        var v = value
        var reversed: [UInt8] = []
        repeat {
            reversed.append(UInt8(v % 10))
            v /= 10
        } while v > 0
        self.init(digits: reversed.reversed())
    }

    /// From a string of ASCII digits; nil when it holds anything else.
    init?(text: Substring) {
        guard !text.isEmpty else { return nil }
        var values: [UInt8] = []
        values.reserveCapacity(text.count)
        for c in text.utf8 {
            guard c >= 48 && c <= 57 else { return nil }
            values.append(c - 48)
        }
        self.init(digits: values)
    }

    var isZero: Bool { digits == [0] }
    var count: Int { digits.count }
    var description: String { String(decoding: digits.map { $0 + 48 }, as: UTF8.self) }
    var lastDigit: UInt8 { digits[digits.count - 1] }

    /// The value when it fits an Int.
    var intValue: Int? {
        guard digits.count <= 19 else { return nil }
        var value = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 { return nil }
            value = a
        }
        return value
    }

    /// The value when it fits an Int128.
    var int128Value: Int128? {
        guard digits.count <= 39 else { return nil }
        var value: Int128 = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int128(d))
            if o1 || o2 { return nil }
            value = a
        }
        return value
    }

    /// The value times 10^n.
    func shifted(by n: Int) -> DecimalCoefficient {
        guard n > 0, !isZero else { return self }
        return DecimalCoefficient(digits: digits + [UInt8](repeating: 0, count: n))
    }

    /// The first `n` digits (the value divided by 10^(count - n), truncated); zero when n <= 0.
    func prefix(_ n: Int) -> DecimalCoefficient {
        n <= 0 ? .zero : DecimalCoefficient(digits: Array(digits.prefix(n)))
    }

    /// The digits after the first `n`.
    func dropped(after n: Int) -> ArraySlice<UInt8> { digits[min(max(n, 0), digits.count)...] }

    var trailingZeros: Int {
        isZero ? 0 : digits.count - 1 - (digits.lastIndex { $0 != 0 } ?? digits.count - 1)
    }

    static func < (a: DecimalCoefficient, b: DecimalCoefficient) -> Bool {
        if a.digits.count != b.digits.count { return a.digits.count < b.digits.count }
        return a.digits.lexicographicallyPrecedes(b.digits)
    }

    static func + (a: DecimalCoefficient, b: DecimalCoefficient) -> DecimalCoefficient {
        var result: [UInt8] = []
        var carry: UInt8 = 0
        var i = a.digits.count - 1, j = b.digits.count - 1
        while i >= 0 || j >= 0 || carry > 0 {
            let sum = (i >= 0 ? a.digits[i] : 0) + (j >= 0 ? b.digits[j] : 0) + carry
            result.append(sum % 10)
            carry = sum / 10
            i -= 1
            j -= 1
        }
        return DecimalCoefficient(digits: result.reversed())
    }

    /// `a - b` for `a >= b`.
    static func - (a: DecimalCoefficient, b: DecimalCoefficient) -> DecimalCoefficient {
        var result: [UInt8] = []
        var borrow: Int = 0
        var i = a.digits.count - 1, j = b.digits.count - 1
        while i >= 0 {
            var d = Int(a.digits[i]) - (j >= 0 ? Int(b.digits[j]) : 0) - borrow
            borrow = d < 0 ? 1 : 0
            if d < 0 { d += 10 }
            result.append(UInt8(d))
            i -= 1
            j -= 1
        }
        return DecimalCoefficient(digits: result.reversed())
    }

    static func * (a: DecimalCoefficient, b: DecimalCoefficient) -> DecimalCoefficient {
        if a.isZero || b.isZero { return .zero }
        var sums = [Int](repeating: 0, count: a.digits.count + b.digits.count)
        for (i, x) in a.digits.reversed().enumerated() where x != 0 {
            for (j, y) in b.digits.reversed().enumerated() {
                sums[i + j] += Int(x) * Int(y)
            }
        }
        var carry = 0
        for k in sums.indices {
            let total = sums[k] + carry
            sums[k] = total % 10
            carry = total / 10
        }
        return DecimalCoefficient(digits: sums.reversed().map { UInt8($0) })
    }

    /// Quotient and remainder of long division; `divisor` must not be zero.
    func quotientAndRemainder(dividingBy divisor: DecimalCoefficient) -> (DecimalCoefficient, DecimalCoefficient) {
        if self < divisor { return (.zero, self) }
        var quotient: [UInt8] = []
        var remainder = DecimalCoefficient.zero
        for d in digits {
            remainder = DecimalCoefficient(digits: remainder.digits + [d])
            var q: UInt8 = 0
            while !(remainder < divisor) {
                remainder = remainder - divisor
                q += 1
            }
            quotient.append(q)
        }
        return (DecimalCoefficient(digits: quotient), remainder)
    }

    /// The remainder modulo a small number.
    func remainder(modulo m: UInt64) -> UInt64 {
        UInt64(digits.reduce(UInt128(0)) { ($0 * 10 + UInt128($1)) % UInt128(m) })
    }
}
