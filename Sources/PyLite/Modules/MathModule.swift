import Foundation

/// The `math` module.
enum MathModule {
    static func number(_ value: PyValue?, _ interpreter: PyInterpreter) throws -> Double {
        // A host number (a Decimal) converts through its `__float__`, as CPython's math functions do.
        if case .host(let object)? = value, let method = try object.pyGetAttribute("__float__"),
           case .float(let d) = try interpreter.callValue(method, [], []) {
            return d
        }
        guard let value, let d = value.asDouble, value.numericValue != nil else {
            throw PyException.typeError("must be real number, not \(interpreter.typeName(of: value ?? PyValue.none))")
        }
        return d
    }

    static func integer(_ value: PyValue?, _ interpreter: PyInterpreter, _ function: String) throws -> Int {
        guard let value, let i = value.asInt else {
            throw PyException.typeError("'\(interpreter.typeName(of: value ?? PyValue.none))' object cannot be interpreted as an integer")
        }
        return i
    }

    static func domainError() -> PyException { PyException.valueError("math domain error") }

    static func checked(_ result: Double, _ input: Double) throws -> PyValue {
        if result.isNaN && !input.isNaN { throw domainError() }
        if result.isInfinite && input.isFinite { throw PyException(.overflowError, "math range error") }
        return .float(result)
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "math")
        module.setAttribute("pi", .float(Double.pi))
        module.setAttribute("e", .float(M_E))
        module.setAttribute("tau", .float(2 * Double.pi))
        module.setAttribute("inf", .float(.infinity))
        module.setAttribute("nan", .float(.nan))
        let unary: [(String, (Double) -> Double)] = [
            ("exp", Foundation.exp), ("sin", Foundation.sin), ("cos", Foundation.cos), ("tan", Foundation.tan),
            ("asin", Foundation.asin), ("acos", Foundation.acos), ("atan", Foundation.atan), ("sinh", Foundation.sinh),
            ("cosh", Foundation.cosh), ("tanh", Foundation.tanh), ("asinh", Foundation.asinh),
            ("acosh", Foundation.acosh), ("atanh", Foundation.atanh), ("expm1", Foundation.expm1),
            ("fabs", Foundation.fabs), ("erf", Foundation.erf), ("erfc", Foundation.erfc),
            ("gamma", Foundation.tgamma), ("lgamma", Foundation.lgamma),
        ]
        for (name, f) in unary {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["x"])
                let x = try number(bound["x"], args.interpreter)
                return try checked(f(x), x)
            }
        }
        BuiltinModules.function(module, "sqrt") { args in
            let x = try number(try args.bind("sqrt", ["x"])["x"], args.interpreter)
            if x < 0 { throw domainError() }
            return .float(x.squareRoot())
        }
        BuiltinModules.function(module, "log") { args in
            let bound = try args.bind("log", ["x", "base="])
            let x = try number(bound["x"], args.interpreter)
            if x <= 0 { throw domainError() }
            if let base = bound["base"] {
                let b = try number(base, args.interpreter)
                if b <= 0 || b == 1 {
                    if b == 1 { throw PyException(.zeroDivisionError, "float division by zero") }
                    throw domainError()
                }
                return .float(Foundation.log(x) / Foundation.log(b))
            }
            return .float(Foundation.log(x))
        }
        for (name, f) in [("log2", Foundation.log2 as (Double) -> Double), ("log10", Foundation.log10), ("log1p", Foundation.log1p)] {
            BuiltinModules.function(module, name) { args in
                let x = try number(try args.bind(name, ["x"])["x"], args.interpreter)
                if name == "log1p" ? x <= -1 : x <= 0 { throw domainError() }
                return .float(f(x))
            }
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            BuiltinModules.function(module, name) { args in
                let value = try args.bind(name, ["x"])["x"] ?? PyValue.none
                if case .host(let object) = value, let method = try object.pyGetAttribute("__\(name)__") {
                    return try args.interpreter.callValue(method, [], [])
                }
                if let i = value.asInt, value.numericValue != nil, !(value.asDouble.map { $0 != Double(i) } ?? false) {
                    if case .float = value {} else { return .int(i) }
                }
                let x = try number(value, args.interpreter)
                return .int(try Builtins.intFromDouble(x.rounded(rule)))
            }
        }
        BuiltinModules.function(module, "pow") { args in
            let bound = try args.bind("pow", ["x", "y"])
            let x = try number(bound["x"], args.interpreter), y = try number(bound["y"], args.interpreter)
            if x == 0 && y < 0 { throw domainError() }
            let r = Foundation.pow(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
            if r.isInfinite && x.isFinite && y.isFinite { throw PyException(.overflowError, "math range error") }
            return .float(r)
        }
        BuiltinModules.function(module, "atan2") { args in
            let bound = try args.bind("atan2", ["y", "x"])
            return .float(Foundation.atan2(try number(bound["y"], args.interpreter), try number(bound["x"], args.interpreter)))
        }
        BuiltinModules.function(module, "copysign") { args in
            let bound = try args.bind("copysign", ["x", "y"])
            return .float(Foundation.copysign(try number(bound["x"], args.interpreter), try number(bound["y"], args.interpreter)))
        }
        BuiltinModules.function(module, "fmod") { args in
            let bound = try args.bind("fmod", ["x", "y"])
            let x = try number(bound["x"], args.interpreter), y = try number(bound["y"], args.interpreter)
            if y == 0 { throw domainError() }
            return .float(Foundation.fmod(x, y))
        }
        BuiltinModules.function(module, "modf") { args in
            let x = try number(try args.bind("modf", ["x"])["x"], args.interpreter)
            let whole = x.rounded(.towardZero)
            return .tuple([.float(x - whole), .float(whole)])
        }
        BuiltinModules.function(module, "hypot") { args in
            var total = 0.0
            for value in args.positional {
                let d = try number(value, args.interpreter)
                total += d * d
            }
            return .float(total.squareRoot())
        }
        BuiltinModules.function(module, "dist") { args in
            let bound = try args.bind("dist", ["p", "q"])
            let p = try args.interpreter.collect(bound["p"] ?? PyValue.none), q = try args.interpreter.collect(bound["q"] ?? PyValue.none)
            guard p.count == q.count else { throw PyException.valueError("both points must have the same number of dimensions") }
            var total = 0.0
            for (a, b) in zip(p, q) {
                let d = try number(a, args.interpreter) - number(b, args.interpreter)
                total += d * d
            }
            return .float(total.squareRoot())
        }
        BuiltinModules.function(module, "degrees") { args in
            .float(try number(try args.bind("degrees", ["x"])["x"], args.interpreter) * 180 / Double.pi)
        }
        BuiltinModules.function(module, "radians") { args in
            .float(try number(try args.bind("radians", ["x"])["x"], args.interpreter) * Double.pi / 180)
        }
        for (name, test) in [("isnan", { (d: Double) in d.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })] {
            BuiltinModules.function(module, name) { args in
                .bool(test(try number(try args.bind(name, ["x"])["x"], args.interpreter)))
            }
        }
        BuiltinModules.function(module, "isclose") { args in
            let bound = try args.bind("isclose", ["a", "b", "*", "rel_tol=", "abs_tol="])
            let a = try number(bound["a"], args.interpreter), b = try number(bound["b"], args.interpreter)
            let rel = try bound["rel_tol"].map { try number($0, args.interpreter) } ?? 1e-9
            let absTol = try bound["abs_tol"].map { try number($0, args.interpreter) } ?? 0
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = abs(b - a)
            return .bool(diff <= abs(rel * b) || diff <= abs(rel * a) || diff <= absTol)
        }
        BuiltinModules.function(module, "gcd") { args in
            var result: UInt = 0
            for value in args.positional {
                var a = try integer(value, args.interpreter, "gcd").magnitude, b = result
                while b != 0 { (a, b) = (b, a % b) }
                result = a
            }
            guard result <= UInt(Int.max) else { throw PyInterpreter.overflow() }
            return .int(Int(result))
        }
        BuiltinModules.function(module, "lcm") { args in
            var result = 1
            for value in args.positional {
                let raw = try integer(value, args.interpreter, "lcm")
                guard raw != Int.min else { throw PyInterpreter.overflow() }
                let x = abs(raw)
                if x == 0 { return .int(0) }
                var a = result, b = x
                while b != 0 { (a, b) = (b, a % b) }
                let (r, o) = (result / a).multipliedReportingOverflow(by: x)
                if o { throw PyInterpreter.overflow() }
                result = r
            }
            return .int(result)
        }
        BuiltinModules.function(module, "factorial") { args in
            let n = try integer(try args.bind("factorial", ["n"])["n"], args.interpreter, "factorial")
            if n < 0 { throw PyException.valueError("factorial() not defined for negative values") }
            var result = 1
            for k in stride(from: 2, through: n, by: 1) {
                let (r, o) = result.multipliedReportingOverflow(by: k)
                if o { throw PyInterpreter.overflow() }
                result = r
            }
            return .int(result)
        }
        BuiltinModules.function(module, "comb") { args in
            let bound = try args.bind("comb", ["n", "k"])
            let n = try integer(bound["n"], args.interpreter, "comb"), k = try integer(bound["k"], args.interpreter, "comb")
            if n < 0 || k < 0 { throw PyException.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var result = 1
            for i in 0..<min(k, n - k) {
                let (r, o) = result.multipliedReportingOverflow(by: n - i)
                if o { throw PyInterpreter.overflow() }
                result = r / (i + 1)
            }
            return .int(result)
        }
        BuiltinModules.function(module, "perm") { args in
            let bound = try args.bind("perm", ["n", "k="])
            let n = try integer(bound["n"], args.interpreter, "perm")
            let k = try bound["k"].map { try integer($0, args.interpreter, "perm") } ?? n
            if n < 0 || k < 0 { throw PyException.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var result = 1
            for i in 0..<k {
                let (r, o) = result.multipliedReportingOverflow(by: n - i)
                if o { throw PyInterpreter.overflow() }
                result = r
            }
            return .int(result)
        }
        BuiltinModules.function(module, "prod") { args in
            let bound = try args.bind("prod", ["iterable", "*", "start="])
            var total = bound["start"] ?? .int(1)
            for item in try args.interpreter.collect(bound["iterable"] ?? PyValue.none) {
                total = try args.interpreter.binaryOperation(.multiply, total, item)
            }
            return total
        }
        BuiltinModules.function(module, "fsum") { args in
            // Shewchuk's algorithm, as CPython's fsum: exact sum rounded once.
            var partials: [Double] = []
            for item in try args.interpreter.collect(try args.bind("fsum", ["seq"])["seq"] ?? PyValue.none) {
                var x = try number(item, args.interpreter)
                var i = 0
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let hi = x + y
                    let lo = y - (hi - x)
                    if lo != 0 {
                        partials[i] = lo
                        i += 1
                    }
                    x = hi
                }
                partials.removeSubrange(i...)
                partials.append(x)
            }
            return .float(partials.reduce(0, +))
        }
        BuiltinModules.function(module, "isqrt") { args in
            let n = try integer(try args.bind("isqrt", ["n"])["n"], args.interpreter, "isqrt")
            if n < 0 { throw PyException.valueError("isqrt() argument must be nonnegative") }
            func square(_ v: Int) -> Int? {
                let (p, o) = v.multipliedReportingOverflow(by: v)
                return o ? nil : p
            }
            var r = Int(Double(n).squareRoot())
            while let sq = square(r), sq > n { r -= 1 }
            while let sq = square(r + 1), sq <= n { r += 1 }
            return .int(r)
        }
        return module
    }
}
