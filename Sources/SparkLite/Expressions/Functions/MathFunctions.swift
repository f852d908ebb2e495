import Foundation
import Synchronization

/// Math functions. Spark prints many of them in upper case (`SQRT(x)`, `CEIL(x)`, `LOG(E(), x)`): the names
/// below are the ones real Spark shows as column names.
let mathFunctionBuilders: [FunctionBuilder] =
    scalar("abs") { c, _ throws(SparkError) in
        try c.arity(1)
        // An ANSI interval has an absolute value too.
        let x = c[0].dataType.isAnsiInterval ? c[0] : try c.numeric(0)
        let type = x.dataType
        return c.make([x], type) { v in
            switch v[0] {
            case .interval(let i):
                if i == .min || (type.isYearMonthInterval && i == Int64(Int32.min)) { throw plainOverflow() }
                return .interval(abs(i))
            case .int(let i):
                let (lo, _) = Cast.integralBounds(type)
                if i == lo { throw plainOverflow() }
                return .int(abs(i))
            case .double(let d): return .double(abs(d))
            case .decimal(let u, let s): return .decimal(u < 0 ? -u : u, scale: s)
            default: return .null
            }
        }
    }
    + scalar("negative", "positive") { c, _ throws(SparkError) in
        try c.arity(1)
        let x = try c.numeric(0)
        // `positive(b)` is Spark's `UnaryPositive`, named `(+ b)` and replaced by b itself; `negative(b)` is
        // its `UnaryMinus` (explained `-b`) under the function's name.
        if c.name == "positive" { return .replaceable("positive", shown: [c[0]], replacement: x, format: { "(+ \($0[0]))" }) }
        return .replaceable("negative", shown: [c[0]], replacement: .unaryMinus(x, c.mode))
    }
    + scalar("round", "bround") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let halfEven = c.name == "bround"
        let x = try c.numeric(0)
        let scaleArg: Expression = c.count == 2 ? try c.int(1) : .literal(.int(0), .int)
        guard case .int(let scale64)? = FunctionCall.constant(scaleArg) else {
            // A column as the scale is an integer, but not a constant one.
            if c.count == 2, c[1].dataType.isIntegral {
                throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: the input `scale` should be a foldable \"INT\" expression; however, got \"\(c[1].prettyName)\".", sqlState: "42K09")
            }
            throw c.unexpectedType(1, required: "\"INT\"")
        }
        let scale = Int(scale64)
        var full = c
        full.args = [c[0], c.count == 2 ? c[1] : scaleArg]
        let type = roundedType(x.dataType, scale: scale)
        return full.make([x, scaleArg], type) { v in
            try roundValue(v[0], type, scale: scale, halfEven: halfEven, mode: .up)
        }
    }
    + scalar("ceil", "ceiling", "floor") { c, _ throws(SparkError) in
        try c.arity(1...2)
        let up = c.name != "floor"
        let x = try c.numeric(0)
        if c.count == 2 {
            guard case .int(let scale64)? = FunctionCall.constant(try c.int(1)) else { throw c.unexpectedType(1, required: "\"INT\"") }
            let scale = Int(scale64)
            if x.dataType.isIntegral || x.dataType.isFractional {
                // ceil(x, s) on a non-decimal works on the decimal form of x.
                let asDecimal = x.dataType.asDecimal ?? DataType.systemDefaultDecimal
                let type = roundedType(asDecimal, scale: scale)
                let converted = Expression.cast(x, asDecimal, .ansi)
                return c.make([converted, try c.int(1)], type) { v in
                    try roundValue(v[0], type, scale: scale, halfEven: false, mode: up ? .ceiling : .floor)
                }
            }
            let type = roundedType(x.dataType, scale: scale)
            return c.make([x, try c.int(1)], type) { v in
                try roundValue(v[0], type, scale: scale, halfEven: false, mode: up ? .ceiling : .floor)
            }
        }
        let type: DataType
        if case .decimal(let p, let s) = x.dataType {
            type = .decimal(precision: min(p - s + 1, 38), scale: 0)
        } else {
            type = .long
        }
        let display = c.name == "ceiling" ? "ceiling" : (up ? "CEIL" : "FLOOR")
        return c.make([x], type, name: display) { v in
            switch v[0] {
            case .int(let i): return .int(i)
            case .double(let d):
                if d.isNaN { return .int(0) }
                let r = up ? d.rounded(.up) : d.rounded(.down)
                guard r >= -9.223372036854775808e18, r < 9.223372036854775808e18 else { throw plainOverflow() }
                return .int(Int64(r))
            case .decimal(let u, let s):
                return .decimal(roundUnscaled(u, scale: s, to: 0, mode: up ? .ceiling : .floor), scale: 0)
            default: return .null
            }
        }
    }
    + unaryDouble("sqrt", display: "SQRT") { sqrt($0) }
    + unaryDouble("exp", display: "EXP") { Foundation.exp($0) }
    + unaryDouble("ln", display: "ln") { $0 <= 0 ? nil : Foundation.log($0) }
    + unaryDouble("log10", display: "LOG10") { $0 <= 0 ? nil : Foundation.log10($0) }
    + unaryDouble("log2", display: "LOG2") { $0 <= 0 ? nil : Foundation.log2($0) }
    + unaryDouble("log1p", display: "LOG1P") { $0 <= -1 ? nil : Foundation.log1p($0) }
    + unaryDouble("expm1", display: "EXPM1") { Foundation.expm1($0) }
    + unaryDouble("cbrt", display: "CBRT") { cubeRoot($0) }
    + unaryDouble("signum", display: "SIGNUM") { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
    + unaryDouble("sign", display: "sign") { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }
    + unaryDouble("degrees", display: "DEGREES") { $0 * 180 / Double.pi }
    + unaryDouble("radians", display: "RADIANS") { $0 / 180 * Double.pi }
    + unaryDouble("sin", display: "SIN") { Foundation.sin($0) }
    + unaryDouble("cos", display: "COS") { Foundation.cos($0) }
    + unaryDouble("tan", display: "TAN") { Foundation.tan($0) }
    + unaryDouble("cot", display: "COT") { 1 / Foundation.tan($0) }
    + unaryDouble("sec", display: "SEC") { 1 / Foundation.cos($0) }
    + unaryDouble("csc", display: "CSC") { 1 / Foundation.sin($0) }
    + unaryDouble("asin", display: "ASIN") { Foundation.asin($0) }
    + unaryDouble("acos", display: "ACOS") { Foundation.acos($0) }
    + unaryDouble("atan", display: "ATAN") { Foundation.atan($0) }
    + unaryDouble("sinh", display: "SINH") { Foundation.sinh($0) }
    + unaryDouble("cosh", display: "COSH") { Foundation.cosh($0) }
    // The inverse hyperbolic functions by their logarithm formulas, as Spark computes them.
    + unaryDouble("acosh", display: "ACOSH") { Foundation.log($0 + ($0 * $0 - 1).squareRoot()) }
    + unaryDouble("asinh", display: "ASINH") { $0 == -.infinity ? -.infinity : Foundation.log($0 + ($0 * $0 + 1).squareRoot()) }
    + unaryDouble("atanh", display: "ATANH") { 0.5 * Foundation.log((1 + $0) / (1 - $0)) }
    + unaryDouble("tanh", display: "TANH") { Foundation.tanh($0) }
    + unaryDouble("rint", display: "rint") { $0.rounded(.toNearestOrEven) }
    + binaryDouble("pow", display: "pow") { javaPow($0, $1) }
    + binaryDouble("power", display: "POWER") { javaPow($0, $1) }
    + binaryDouble("atan2", display: "ATAN2") { Foundation.atan2($0 == 0 ? 0 : $0, $1 == 0 ? 0 : $1) }
    + binaryDouble("hypot", display: "HYPOT") { Foundation.hypot($0, $1) }
    + scalar("log") { c, _ throws(SparkError) in
        try c.arity(1...2)
        if c.count == 1 {
            let x = Expression.cast(try c.numeric(0), .double, .ansi)
            let e = Expression.function(ScalarFunction(name: "E", dataType: .double, nullable: false) { _ in .double(M_E) }, [])
            var full = c
            full.args = [e, c[0]]
            return full.make([e, x], .double, name: "LOG", nullable: true) { v in
                // As in Spark, only a value <= 0 is null: NaN passes through.
                guard case .double(let d) = v[1], !(d <= 0) else { return .null }
                return .double(Foundation.log(d))
            }
        }
        let operands = try [c.numeric(0), c.numeric(1)].map { $0.dataType == .double ? $0 : Expression.cast($0, .double, .ansi) }
        return c.make(operands, .double, name: "LOG", nullable: true) { v in
            guard case .double(let b) = v[0], case .double(let d) = v[1], !(b <= 0), !(d <= 0) else { return .null }
            return .double(Foundation.log(d) / Foundation.log(b))
        }
    }
    + scalar("pi", "e") { c, _ throws(SparkError) in
        try c.arity(0)
        let value = c.name == "pi" ? Double.pi : M_E
        return c.make([], .double, name: c.name.uppercased()) { _ in .double(value) }
    }
    + scalar("mod", "pmod") { c, _ throws(SparkError) in
        try c.arity(2)
        let op: ArithmeticOperator = c.name == "mod" ? .remainder : .pmod
        let (args, _) = try numericOperands(c)
        let lt = args[0].dataType, rt = args[1].dataType
        let resultType = Expression.arithmeticResultType(op, lt, rt)
        let mode = c.mode
        return c.make(args, resultType, nullable: true) { v in
            if isZero(v[1]) {
                if mode == .legacy { return .null }
                throw SparkErrors.remainderByZero()
            }
            if case .int(let a) = v[0], case .int(let b) = v[1] { return .int(javaRemainder(a, b, pmod: op == .pmod, type: resultType)) }
            return try Arithmetic.evaluate(op, v[0], v[1], leftType: lt, rightType: rt, resultType: resultType, mode: mode)
        }
    }
    + scalar("try_add", "try_subtract", "try_multiply", "try_divide", "try_mod") { c, _ throws(SparkError) in
        try c.arity(2)
        let op: ArithmeticOperator = switch c.name {
        case "try_add": .add
        case "try_subtract": .subtract
        case "try_multiply": .multiply
        case "try_mod": .remainder
        default: .divide
        }
        let dateType = c[0].dataType
        // Date arithmetic keeps its own operand types (`try_add(date, 1)` is a date).
        if (dateType == .date || dateType == .timestamp) && (op == .add || op == .subtract) {
            let days = try c.int(1)
            return c.make([c[0], days], dateType, nullable: true) { v in
                try Arithmetic.evaluate(op, v[0], v[1], leftType: dateType, rightType: .int, resultType: dateType, mode: .try)
            }
        }
        var (args, operandType) = try numericOperands(c)
        if op == .divide && !operandType.isDecimal && operandType != .double {
            args = args.map { $0.dataType == .double ? $0 : .cast($0, .double, .ansi) }
            operandType = .double
        }
        let lt = args[0].dataType, rt = args[1].dataType
        let resultType = Expression.arithmeticResultType(op, lt, rt)
        // Spark's try_add and its kin are the operator in its TRY mode, which explain prints as the operator.
        let symbol = op.rawValue
        return c.make(args, resultType, nullable: true, explainFormat: { "(\($0[0]) \(symbol) \($0[1]))" }) { v in
            if op == .remainder, case .int(let a) = v[0], case .int(let b) = v[1] {
                return b == 0 ? .null : .int(javaRemainder(a, b, pmod: false, type: resultType))
            }
            return try Arithmetic.evaluate(op, v[0], v[1], leftType: lt, rightType: rt, resultType: resultType, mode: .try)
        }
    }
    + scalar("div") { c, _ throws(SparkError) in
        try c.arity(2)
        let (args, _) = try numericOperands(c)
        return .arithmetic(.integralDivide, args[0], args[1], c.mode)
    }
    + scalar("rand", "random", "randn") { c, _ throws(SparkError) in
        try c.arity(0...1)
        var seed = Int64.random(in: Int64.min...Int64.max)
        if c.count == 1 {
            switch c.literal(0) {
            case .int(let s)?: seed = s
            case .null?: seed = 0
            default: throw c.unexpectedType(0, required: "(\"INT\" or \"BIGINT\")")
            }
        }
        let gaussian = c.name == "randn"
        var withSeed = c
        withSeed.args = [c.count == 1 ? c[0] : .literal(.int(seed), .long)]
        let full = withSeed
        return seededPerPartition(seed: seed) { generator in
            full.make(full.args, .double, nullIntolerant: false, deterministic: false) { _ in
                .double(gaussian ? generator.nextGaussian() : generator.nextDouble())
            }
        }
    }
    + scalar("uniform") { c, _ throws(SparkError) in
        // uniform(min, max[, seed]): min + (max - min) * rand(seed), truncated to an integral type when both
        // bounds are integral.
        try c.arity(2...3)
        var seed = Int64.random(in: Int64.min...Int64.max)
        if c.count == 3 {
            guard case .int(let s)? = c.literal(2) else { throw c.unexpectedType(2, required: "(\"INT\" or \"BIGINT\")") }
            seed = s
        }
        let bounds = [try c.numeric(0), try c.numeric(1)]
        let integral = bounds.allSatisfy { $0.dataType.isIntegral }
        // Decimal bounds (with no floating one) give their common decimal type.
        let decimal = !integral && bounds.allSatisfy { $0.dataType.isIntegral || $0.dataType.isDecimal }
        var type: DataType = integral ? (bounds.contains { $0.dataType == .long } ? .long : .int) : .double
        if decimal, let wider = TypeCoercion.widerType(bounds[0].dataType, bounds[1].dataType), wider.isDecimal { type = wider }
        let resultType = type
        let boundTypes = bounds.map(\.dataType)
        return seededPerPartition(seed: seed) { generator in
            c.make(bounds, resultType, nullIntolerant: false, deterministic: false) { v in
                guard let low = try? Cast.evaluate(v[0], from: boundTypes[0], to: .double, mode: .ansi).doubleValue,
                      let high = try? Cast.evaluate(v[1], from: boundTypes[1], to: .double, mode: .ansi).doubleValue else { return .null }
                let value = low + (high - low) * generator.nextDouble()
                if integral { return .int(Cast.javaLong(value)) }
                if resultType.isDecimal { return try Cast.evaluate(.double(value), from: .double, to: resultType, mode: .ansi) }
                return .double(value)
            }
        }
    }
    + scalar("randstr") { c, _ throws(SparkError) in
        // randstr(length[, seed]): each character is |nextInt() % 62| read as 0-9, a-z, A-Z.
        try c.arity(1...2)
        var seed = Int64.random(in: Int64.min...Int64.max)
        if c.count == 2 {
            guard case .int(let s)? = c.literal(1) else { throw c.unexpectedType(1, required: "(\"INT\" or \"BIGINT\")") }
            seed = s
        }
        guard case .int(let length)? = c.literal(0), length >= 0 else { throw c.unexpectedType(0, required: "(\"INT\" or \"SMALLINT\")") }
        return seededPerPartition(seed: seed) { generator in
            c.make([c[0]], .string, nullIntolerant: false, deterministic: false) { _ in
                // A string past the engine's value size limit fails as repeat's does (Spark would run out of memory).
                try checkResultLength(Int(length), "randstr")
                var scalars = String.UnicodeScalarView()
                for _ in 0..<length {
                    let v = UInt8(abs(Int(generator.nextInt()) % 62))
                    let code: UInt8 = v < 10 ? 48 + v : (v < 36 ? 97 + v - 10 : 65 + v - 36)
                    scalars.append(Unicode.Scalar(code))
                }
                return .string(String(scalars))
            }
        }
    }
    + scalar("shiftleft", "shiftright", "shiftrightunsigned") { c, _ throws(SparkError) in
        try c.arity(2)
        let value = c[0].dataType == .long ? c[0] : try c.coerce(0, toOneOf: [.int, .long])
        let type = value.dataType
        let name = c.name
        return c.make([value, try c.int(1)], type) { v in
            guard case .int(let x) = v[0], case .int(let n) = v[1] else { return .null }
            if type == .long {
                let k = n & 63
                switch name {
                case "shiftleft": return .int(x << k)
                case "shiftright": return .int(x >> k)
                default: return .int(Int64(bitPattern: UInt64(bitPattern: x) >> UInt64(k)))
                }
            }
            let i = Int32(truncatingIfNeeded: x), k = Int32(n & 31)
            switch name {
            case "shiftleft": return .int(Int64(i << k))
            case "shiftright": return .int(Int64(i >> k))
            default: return .int(Int64(Int32(bitPattern: UInt32(bitPattern: i) >> UInt32(k))))
            }
        }
    }
    + scalar("bit_get", "getbit") { c, _ throws(SparkError) in
        // The bit at `pos` (0 is the lowest) of an integral value, as a TINYINT; `pos` must lie inside the type.
        try c.arity(2)
        let t = c[0].dataType
        guard t.isIntegral || t == .null else { throw c.unexpectedType(0, required: "\"INTEGRAL\"") }
        let width: Int64 = switch t {
        case .byte: 8
        case .short: 16
        case .long: 64
        default: 32
        }
        let name = c.name
        return c.make([c[0], try c.int(1)], .byte) { v in
            guard case .int(let x) = v[0], case .int(let pos) = v[1] else { return .null }
            guard pos >= 0, pos < width else {
                throw invalidParameter("BIT_POSITION_RANGE", parameter: "pos", function: name, "expects an integer value in [0, \(width)), but got \(pos).")
            }
            return .int((x >> pos) & 1)
        }
    }
    + scalar("bit_count") { c, _ throws(SparkError) in
        try c.arity(1)
        let t = c[0].dataType
        guard t.isIntegral || t == .boolean || t == .null else { throw c.unexpectedType(0, required: "(\"INTEGRAL\" or \"BOOLEAN\")") }
        // Spark counts the bits of the value widened to 64 bits, so a negative INT has 32 leading ones.
        return c.make([c[0]], .int) { v in
            switch v[0] {
            case .int(let x): return .int(Int64(x.nonzeroBitCount))
            case .bool(let b): return .int(b ? 1 : 0)
            default: return .null
            }
        }
    }
    + scalar("conv") { c, _ throws(SparkError) in
        try c.arity(3)
        let ansi = c.ansi
        return c.make([try c.string(0), try c.int(1), try c.int(2)], .string, nullable: true) { v in
            guard case .int(let from) = v[1], case .int(let to) = v[2] else { return .null }
            return try conv(text(v[0]), from: Int(from), to: Int(to), ansi: ansi).map(Value.string) ?? .null
        }
    }
    + scalar("factorial") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.int(0)], .long, nullable: true) { v in
            guard case .int(let n) = v[0], (0...20).contains(n) else { return .null }
            return .int((1...max(1, n)).reduce(1, *))
        }
    }
    + scalar("hex") { c, _ throws(SparkError) in
        try c.arity(1)
        // Any number is read as BIGINT (`hex(2.5D)` is `2`), as Spark's implicit cast to hex's first input type.
        if c[0].dataType.isNumeric {
            let arg = c[0].dataType.isIntegral ? try c.coerce(0, to: .long) : Expression.cast(c[0], .long, .ansi)
            return c.make([arg], .string) { v in
                .string(String(UInt64(bitPattern: v[0].int64Value ?? 0), radix: 16, uppercase: true))
            }
        }
        let arg = c[0].dataType == .binary ? c[0] : try c.string(0)
        return c.make([arg], .string) { v in
            let bytes: [UInt8] = if case .binary(let b) = v[0] { b } else { Array(text(v[0]).utf8) }
            return .string(bytes.map { String($0, radix: 16, uppercase: true).leftPadded(2) }.joined())
        }
    }
    + scalar("&", "|", "^") { c, _ throws(SparkError) in
        try c.arity(2)
        // Both sides widen to a common integral type; named `(a & b)` as the operator is written.
        // A string operand is read as BIGINT, as Spark's implicit cast to an integral type does.
        let types = c.args.map { $0.dataType == .string ? DataType.long : $0.dataType }
        guard let type = TypeCoercion.widerType(types[0], types[1]), type.isIntegral || type == .null else {
            throw SparkError("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES", "Cannot resolve \"(\(c[0].prettyName) \(c.name) \(c[1].prettyName))\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"\(c[0].dataType.sqlName)\" and \"\(c[1].dataType.sqlName)\").")
        }
        let target = type == .null ? DataType.int : type
        let op = c.name
        return c.make([try c.coerce(0, to: target), try c.coerce(1, to: target)], target, format: { "(\($0[0]) \(op) \($0[1]))" }) { v in
            guard case .int(let a) = v[0], case .int(let b) = v[1] else { return .null }
            switch op {
            case "&": return .int(a & b)
            case "|": return .int(a | b)
            default: return .int(a ^ b)
            }
        }
    }
    + scalar("~") { c, _ throws(SparkError) in
        try c.arity(1)
        let x = c[0].dataType == .null ? try c.coerce(0, to: .int) : c[0]
        guard x.dataType.isIntegral else { throw c.unexpectedType(0, required: "\"INTEGRAL\"") }
        return c.make([x], x.dataType, format: { "~\($0[0])" }) { v in
            guard case .int(let a) = v[0] else { return .null }
            return .int(~a)
        }
    }
    + scalar("unhex") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .binary, nullable: true) { v in unhex(text(v[0])).map(Value.binary) ?? .null }
    }
    + scalar("width_bucket") { c, _ throws(SparkError) in
        try c.arity(4)
        let bounds = try (0..<3).map { i throws(SparkError) in try c.coerce(i, to: .double) }
        return c.make(bounds + [try c.coerce(3, to: .long)], .long, nullable: true) { v in
            guard let value = v[0].doubleValue, let low = v[1].doubleValue, let high = v[2].doubleValue,
                  case .int(let buckets) = v[3] else { return .null }
            return widthBucket(value, low, high, buckets).map(Value.int) ?? .null
        }
    }
    + scalar("bin") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.coerce(0, to: .long)], .string) { v in
            .string(String(UInt64(bitPattern: v[0].int64Value ?? 0), radix: 2))
        }
    }

/// `unhex`: two hex digits per byte, a lone leading digit when the length is odd; nil on a non-hex digit.
func unhex(_ s: String) -> [UInt8]? {
    var digits: [UInt8] = []
    for ch in s.utf8 {
        guard let d = hexDigitValue(ch) else { return nil }
        digits.append(d)
    }
    var bytes: [UInt8] = []
    var i = 0
    if digits.count % 2 == 1 {
        bytes.append(digits[0])
        i = 1
    }
    while i < digits.count {
        bytes.append(digits[i] << 4 | digits[i + 1])
        i += 2
    }
    return bytes
}

func hexDigitValue(_ ch: UInt8) -> UInt8? {
    switch ch {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): ch - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): ch - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): ch - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// `width_bucket(value, min, max, n)`: the 1-based bucket of `value` among `n` equal-width buckets between
/// `min` and `max` (which may be reversed), 0 below the range and `n + 1` above it; nil for an empty or
/// non-finite range or a bucket count that is not positive.
func widthBucket(_ value: Double, _ min: Double, _ max: Double, _ buckets: Int64) -> Int64? {
    guard buckets > 0, buckets != Int64.max, !value.isNaN, min != max, min.isFinite, max.isFinite else { return nil }
    let lower = Swift.min(min, max), upper = Swift.max(min, max)
    if min < max {
        if value < lower { return 0 }
        if value >= upper { return buckets + 1 }
        return Int64(Double(buckets) * (value - lower) / (upper - lower)) + 1
    }
    if value > upper { return 0 }
    if value <= lower { return buckets + 1 }
    return Int64(Double(buckets) * (upper - value) / (upper - lower)) + 1
}

/// `overflow. If necessary set ...`: Spark's ARITHMETIC_OVERFLOW for abs and negative, which have no try_ variant.
func plainOverflow() -> SparkError {
    SparkError("ARITHMETIC_OVERFLOW", "overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.")
}

/// Java's `%` and Spark's `pmod` on integers of the given width: `MIN % -1` is 0, and pmod's `(r + n) % n` wraps
/// as Java's int/long arithmetic does, so no input traps.
func javaRemainder(_ a: Int64, _ b: Int64, pmod: Bool, type: DataType) -> Int64 {
    func rem(_ x: Int64, _ y: Int64) -> Int64 { y == -1 ? 0 : x % y }
    var r = rem(a, b)
    if pmod && r < 0 {
        r = rem(Cast.wrap(r &+ b, to: type), b)
    }
    return r
}

func isZero(_ v: Value) -> Bool {
    switch v {
    case .int(let i): i == 0
    case .double(let d): d == 0
    case .decimal(let u, _): u == 0
    default: false
    }
}

extension PlainDecimal {
    /// Rounded to `scale` fractional digits (negative: to tens, hundreds...), exactly on the decimal digits.
    func rounded(toScale scale: Int, halfEven: Bool, mode: RoundingDirection) -> PlainDecimal {
        let drop = -(exponent + scale)
        if drop <= 0 || digits == "0" { return self }
        let all = Array(digits)
        let keptCount = max(0, all.count - drop)
        let kept = Array(all.prefix(keptCount))
        // The dropped digits, without materialising the zeros in front of them when drop exceeds the digits.
        let removedDigits = all.suffix(all.count - keptCount)
        let leadingZeros = drop - all.count
        let removedNonZero = removedDigits.contains { $0 != "0" }
        var up: Bool
        switch mode {
        case .ceiling: up = removedNonZero && !negative
        case .floor: up = removedNonZero && negative
        case .up:
            let first: Character = leadingZeros > 0 ? "0" : (removedDigits.first ?? "0")
            let rest = leadingZeros > 0 ? Array(removedDigits) : Array(removedDigits.dropFirst())
            if first > "5" { up = true }
            else if first < "5" { up = false }
            else if rest.contains(where: { $0 != "0" }) { up = true }
            else { up = !halfEven || (kept.last.map { ($0.asciiValue ?? 48) % 2 == 1 } ?? false) }
        }
        var newDigits = kept.isEmpty ? [Character("0")] : kept
        if up {
            var i = newDigits.count - 1
            while i >= 0 {
                if newDigits[i] == "9" { newDigits[i] = "0"; i -= 1 } else {
                    newDigits[i] = Character(UnicodeScalar((newDigits[i].asciiValue ?? 48) + 1))
                    break
                }
            }
            if i < 0 { newDigits.insert("1", at: 0) }
        }
        var result = self
        let trimmed = String(newDigits).drop(while: { $0 == "0" })
        result.digits = trimmed.isEmpty ? "0" : String(trimmed)
        result.exponent = trimmed.isEmpty ? 0 : -scale
        return result
    }

    /// `[-]digitsE exponent`, which `Double(_:)` reads exactly.
    var scientificString: String { (negative ? "-" : "") + digits + "e" + String(exponent) }
}

/// Spark's `conv`: the longest valid prefix in base `from` as an unsigned 64-bit value (a leading `-` negates it),
/// written in base `to` (a negative `to` writes a signed value). Nil for bad bases or no digits.
/// A value past 64 unsigned bits raises under ANSI and saturates otherwise.
func conv(_ text: String, from: Int, to: Int, ansi: Bool) throws(SparkError) -> String? {
    guard (2...36).contains(abs(from)), (2...36).contains(abs(to)) else { return nil }
    var s = Substring(text.trimmingWhitespace())
    var negative = false
    if s.first == "-" { negative = true; s = s.dropFirst() }
    var value: UInt64 = 0
    var sawDigit = false
    for ch in s {
        guard let d = ch.hexDigitValue ?? (ch.isLetter ? Int(ch.lowercased().unicodeScalars.first.map { $0.value - 87 } ?? 99) : nil),
              d < abs(from) else { break }
        sawDigit = true
        let (m, o1) = value.multipliedReportingOverflow(by: UInt64(abs(from)))
        let (a, o2) = m.addingReportingOverflow(UInt64(d))
        if o1 || o2, ansi {
            throw SparkError("ARITHMETIC_OVERFLOW", "Overflow in function conv(). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.", sqlState: "22003")
        }
        value = (o1 || o2) ? UInt64.max : a
    }
    guard sawDigit else { return nil }
    if negative { value = 0 &- value }
    if to < 0 && Int64(bitPattern: value) < 0 {
        return "-" + String(UInt64(bitPattern: -Int64(bitPattern: value)), radix: -to, uppercase: true)
    }
    return String(value, radix: abs(to), uppercase: true)
}

/// Java's `Math.cbrt`, exact for perfect cubes.
func cubeRoot(_ d: Double) -> Double {
    if !d.isFinite || d == 0 { return d }
    var r = Foundation.pow(abs(d), 1.0 / 3.0)
    r -= (r * r * r - abs(d)) / (3 * r * r)
    return d < 0 ? -r : r
}

/// Both arguments numeric and cast to their common type, as binary arithmetic does. A decimal meeting an
/// integral keeps Spark's `DecimalPrecision` operand types (an integer literal counts only its digits).
func numericOperands(_ c: FunctionCall) throws(SparkError) -> ([Expression], DataType) {
    let a = try c.numeric(0), b = try c.numeric(1)
    if a.dataType.isDecimal || b.dataType.isDecimal,
       let da = TypeCoercion.decimalOperandType(a), let db = TypeCoercion.decimalOperandType(b) {
        let x = a.dataType == da ? a : Expression.cast(a, da, .ansi)
        let y = b.dataType == db ? b : Expression.cast(b, db, .ansi)
        return ([x, y], da)
    }
    guard let t = TypeCoercion.widerType(a.dataType, b.dataType) else { throw c.dataDiffTypes(bracketed: true) }
    let x = a.dataType == t ? a : Expression.cast(a, t, .ansi)
    let y = b.dataType == t ? b : Expression.cast(b, t, .ansi)
    return ([x, y], t)
}

/// A function of one double: the argument is cast to double; a nil result is SQL NULL.
func unaryDouble(_ name: String, display: String, _ f: @escaping @Sendable (Double) -> Double?) -> [FunctionBuilder] {
    scalar(name) { c, _ throws(SparkError) in
        try c.arity(1)
        let x = try c.numeric(0)
        let arg = x.dataType == .double ? x : Expression.cast(x, .double, .ansi)
        return c.make([arg], .double, name: display, nullable: true) { v in
            guard case .double(let d) = v[0], let r = f(d) else { return .null }
            return .double(r)
        }
    }
}

func binaryDouble(_ name: String, display: String, _ f: @escaping @Sendable (Double, Double) -> Double) -> [FunctionBuilder] {
    scalar(name) { c, _ throws(SparkError) in
        try c.arity(2)
        let a = try c.numeric(0), b = try c.numeric(1)
        let x = a.dataType == .double ? a : Expression.cast(a, .double, .ansi)
        let y = b.dataType == .double ? b : Expression.cast(b, .double, .ansi)
        return c.make([x, y], .double, name: display) { v in
            guard case .double(let p) = v[0], case .double(let q) = v[1] else { return .null }
            return .double(f(p, q))
        }
    }
}

/// Spark's result type of `round(x, scale)` (`RoundBase.dataType`).
func roundedType(_ t: DataType, scale: Int) -> DataType {
    guard case .decimal(let p, let s) = t else { return t }
    let integralDigits = p - s + 1
    if scale < 0 {
        return .decimal(precision: min(max(integralDigits, -scale + 1), 38), scale: 0)
    }
    let newScale = min(s, scale)
    return .decimal(precision: min(integralDigits + newScale, 38), scale: newScale)
}

enum RoundingDirection { case up, ceiling, floor }

/// Rounds to `scale` digits: HALF_UP (or HALF_EVEN for bround), or toward +∞/−∞ for ceil/floor.
/// Doubles round from their shortest decimal form, as Spark's `BigDecimal(d.toString)` does (round(1.005d, 2) = 1.01);
/// a FLOAT from the shortest form of its value widened to DOUBLE (2.675f is 2.674999952316284, rounded 2.67).
func roundValue(_ v: Value, _ type: DataType, scale: Int, halfEven: Bool, mode: RoundingDirection) throws -> Value {
    switch v {
    case .int(let i):
        if scale >= 0 { return .int(i) }
        let units = roundUnscaled(Int128(i), scale: 0, to: scale, mode: mode, halfEven: halfEven)
        let r = scale < -38 ? 0 : units * Decimal128.pow10(-scale)
        let (lo, hi) = Cast.integralBounds(type)
        guard r >= Int128(lo), r <= Int128(hi) else {
            throw SparkError("ARITHMETIC_OVERFLOW", "Overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.")
        }
        return .int(Int64(r))
    case .double(let d):
        if !d.isFinite { return v }
        let shortest = "\(d)"
        guard let parsed = PlainDecimal(parsing: shortest) else { return v }
        let rounded = parsed.rounded(toScale: scale, halfEven: halfEven, mode: mode)
        let result = Double(rounded.scientificString) ?? d
        return .double(type == .float ? Double(Float(result)) : (result == 0 && d < 0 ? -0.0 : result))
    case .decimal(let u, let s):
        guard case .decimal(let p, let targetScale) = type else { return v }
        let r = roundUnscaled(u, scale: s, to: scale, mode: mode, halfEven: halfEven)
        // r is at max(scale, ...) digits; bring it to the result scale.
        let atScale = scale < 0 ? (Decimal128.rescale(r, from: 0, to: -scale) ?? 0) : (Decimal128.rescale(r, from: scale, to: targetScale) ?? r)
        guard Decimal128.fits(atScale, precision: p) else {
            throw SparkErrors.decimalOutOfRange(Decimal128.format(atScale, scale: targetScale), precision: p, scale: targetScale)
        }
        return .decimal(atScale, scale: targetScale)
    default:
        return v
    }
}

/// The unscaled value rounded to `to` fractional digits (negative: tens, hundreds...). The result is at scale max(to, 0)
/// for `to >= 0`, and counts units of 10^(-to) for `to < 0`.
func roundUnscaled(_ u: Int128, scale: Int, to: Int, mode: RoundingDirection, halfEven: Bool = false) -> Int128 {
    if to >= scale { return Decimal128.rescale(u, from: scale, to: to) ?? u }
    let drop = scale - to
    if drop > 38 { return 0 }
    let divisor = Decimal128.pow10(drop)
    var q = u / divisor
    let r = u % divisor
    if r == 0 { return q }
    switch mode {
    case .ceiling: if u > 0 { q += 1 }
    case .floor: if u < 0 { q -= 1 }
    case .up:
        let twice = r.magnitude * 2
        if twice > divisor.magnitude || (twice == divisor.magnitude && (!halfEven || q % 2 != 0)) {
            q += u < 0 ? -1 : 1
        }
    }
    return q
}

/// A seeded random function: `build` makes the call around a generator; partition `i` gets a generator
/// seeded with seed + i, as Spark seeds each task's generator.
func seededPerPartition(seed: Int64, _ build: @escaping @Sendable (SparkRandom) -> Expression) -> Expression {
    let made = build(SparkRandom(seed: seed))
    guard case .function(var f, let args) = made else { return made }
    let partitionZero = f.evaluate
    f.seededForPartition = { index in
        guard case .function(let g, _) = build(SparkRandom(seed: seed &+ Int64(index))) else { return partitionZero }
        return g.evaluate
    }
    return .function(f, args)
}

/// Spark's `XORShiftRandom` (as `rand(seed)` and `randn(seed)` use it, seeded per partition): a xorshift generator
/// seeded through Scala's MurmurHash3, read through `java.util.Random`'s nextDouble and nextGaussian.
final class SparkRandom: Sendable {
    private struct State { var seed: Int64; var nextGaussian: Double? }
    private let state: Mutex<State>

    init(seed: Int64) {
        state = Mutex(State(seed: SparkRandom.hashSeed(seed), nextGaussian: nil))
    }

    private static func next(_ s: inout State, _ bits: Int) -> Int64 {
        var n = s.seed ^ (s.seed << 21)
        n ^= Int64(bitPattern: UInt64(bitPattern: n) >> 35)
        n ^= n << 4
        s.seed = n
        return n & ((1 << Int64(bits)) - 1)
    }

    private static func nextDouble(_ s: inout State) -> Double {
        Double((next(&s, 26) << 27) + next(&s, 27)) * 0x1.0p-53
    }

    func nextDouble() -> Double { state.withLock { SparkRandom.nextDouble(&$0) } }

    /// `java.util.Random.nextInt()`: 32 random bits.
    func nextInt() -> Int32 { state.withLock { Int32(truncatingIfNeeded: SparkRandom.next(&$0, 32)) } }

    func nextGaussian() -> Double {
        state.withLock { s in
            if let g = s.nextGaussian { s.nextGaussian = nil; return g }
            while true {
                let v1 = 2 * SparkRandom.nextDouble(&s) - 1, v2 = 2 * SparkRandom.nextDouble(&s) - 1
                let r = v1 * v1 + v2 * v2
                if r < 1 && r != 0 {
                    // Java uses StrictMath here; the results agree for these inputs.
                    let multiplier = (-2 * Foundation.log(r) / r).squareRoot()
                    s.nextGaussian = v2 * multiplier
                    return v1 * multiplier
                }
            }
        }
    }

    /// `XORShiftRandom.hashSeed`: Scala's `MurmurHash3.bytesHash` of the big-endian seed, twice.
    static func hashSeed(_ seed: Int64) -> Int64 {
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: seed >> (8 * (7 - $0))) }
        let low = scalaBytesHash(bytes, seed: 0x3c07_4a61)
        let high = scalaBytesHash(bytes, seed: low)
        return Int64(high) << 32 | Int64(UInt32(bitPattern: low))
    }

    static func scalaBytesHash(_ data: [UInt8], seed: Int32) -> Int32 {
        func rotl(_ x: UInt32, _ r: UInt32) -> UInt32 { (x << r) | (x >> (32 - r)) }
        func mixLast(_ h: UInt32, _ k: UInt32) -> UInt32 { h ^ (rotl(k &* 0xcc9e_2d51, 15) &* 0x1b87_3593) }
        func mix(_ h: UInt32, _ k: UInt32) -> UInt32 { rotl(mixLast(h, k), 13) &* 5 &+ 0xe654_6b64 }
        var h = UInt32(bitPattern: seed)
        var i = 0
        while data.count - i >= 4 {
            let k = UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24
            h = mix(h, k)
            i += 4
        }
        let rest = data.count - i
        var k: UInt32 = 0
        if rest == 3 { k ^= UInt32(data[i + 2]) << 16 }
        if rest >= 2 { k ^= UInt32(data[i + 1]) << 8 }
        if rest >= 1 { k ^= UInt32(data[i]); h = mixLast(h, k) }
        h ^= UInt32(data.count)
        h ^= h >> 16
        h = h &* 0x85eb_ca6b
        h ^= h >> 13
        h = h &* 0xc2b2_ae35
        h ^= h >> 16
        return Int32(bitPattern: h)
    }
}

/// Java's `Math.pow`, which Spark calls: unlike C's `pow`, a NaN exponent gives NaN even for base 1, and a base
/// of 1 or -1 to an infinite power is NaN.
func javaPow(_ x: Double, _ y: Double) -> Double {
    if y == 0 { return 1 }
    if y.isNaN || (abs(x) == 1 && y.isInfinite) { return .nan }
    return Foundation.pow(x, y)
}
