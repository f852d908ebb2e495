/// The `statistics` module: mean, fmean, median (low/high), mode, multimode, variance, pvariance, stdev, pstdev.
enum StatisticsModule {
    static func data(_ args: PyArguments, _ name: String) throws -> [PyValue] {
        let bound = try args.bind(name, ["data"])
        return try args.interpreter.collect(bound["data"] ?? PyValue.none)
    }

    static func numbers(_ items: [PyValue], _ interpreter: PyInterpreter) throws -> [Double] {
        try items.map { value in
            guard let d = value.asDouble else {
                throw PyException.typeError("can't convert type '\(interpreter.typeName(of: value))' to numerator/denominator")
            }
            return d
        }
    }

    static func mean(_ items: [PyValue], _ interpreter: PyInterpreter) throws -> PyValue {
        if items.isEmpty { throw PyException(.init(rawValue: "StatisticsError"), "mean requires at least one data point") }
        if items.allSatisfy({ if case .int = $0 { return true }; if case .bool = $0 { return true }; return false }) {
            var total = 0
            for item in items {
                let (t, o) = total.addingReportingOverflow(item.asInt ?? 0)
                if o { throw PyInterpreter.overflow() }
                total = t
            }
            if total % items.count == 0 { return .int(total / items.count) }
            return .float(Double(total) / Double(items.count))
        }
        let values = try numbers(items, interpreter)
        return .float(values.reduce(0, +) / Double(values.count))
    }

    static func variance(_ items: [PyValue], _ interpreter: PyInterpreter, sample: Bool) throws -> Double {
        let values = try numbers(items, interpreter)
        let needed = sample ? 2 : 1
        if values.count < needed {
            throw PyException(.init(rawValue: "StatisticsError"), sample ? "variance requires at least two data points" : "pvariance requires at least one data point")
        }
        let m = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return squares / Double(values.count - (sample ? 1 : 0))
    }

    /// Integer data gives an exact result, an int when it is whole (CPython computes with fractions).
    static func exactVariance(_ items: [PyValue], _ interpreter: PyInterpreter, sample: Bool) throws -> PyValue {
        let approximate = try variance(items, interpreter, sample: sample)
        guard items.allSatisfy({ if case .int = $0 { return true }; return false }) else { return .float(approximate) }
        let values = items.compactMap(\.asInt)
        let n = values.count
        var sum = 0, squares = 0
        for v in values {
            let (s1, o1) = sum.addingReportingOverflow(v)
            let (sq, o2) = v.multipliedReportingOverflow(by: v)
            let (s2, o3) = squares.addingReportingOverflow(sq)
            if o1 || o2 || o3 { return .float(approximate) }
            sum = s1
            squares = s2
        }
        let (scaled, o4) = squares.multipliedReportingOverflow(by: n)
        let (square, o5) = sum.multipliedReportingOverflow(by: sum)
        let (denominator, o6) = n.multipliedReportingOverflow(by: sample ? n - 1 : n)
        if o4 || o5 || o6 || denominator == 0 { return .float(approximate) }
        let numerator = scaled - square
        return numerator % denominator == 0 ? .int(numerator / denominator) : .float(approximate)
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "statistics")
        let errorClass = PyClass.exceptionSubclass(named: "StatisticsError", base: interpreter.types.exceptionClass("ValueError"), moduleName: "statistics")
        interpreter.types.exceptions["StatisticsError"] = errorClass
        module.setAttribute("StatisticsError", .classObject(errorClass))
        BuiltinModules.function(module, "mean") { args in try mean(try data(args, "mean"), args.interpreter) }
        BuiltinModules.function(module, "fmean") { args in
            let values = try numbers(try data(args, "fmean"), args.interpreter)
            if values.isEmpty { throw PyException(.init(rawValue: "StatisticsError"), "fmean requires at least one data point") }
            return .float(values.reduce(0, +) / Double(values.count))
        }
        for name in ["median", "median_low", "median_high"] {
            BuiltinModules.function(module, name) { args in
                let items = try args.interpreter.sortValues(try data(args, name), key: nil, reverse: false)
                if items.isEmpty { throw PyException(.init(rawValue: "StatisticsError"), "no median for empty data") }
                let n = items.count
                if n % 2 == 1 { return items[n / 2] }
                switch name {
                case "median_low": return items[n / 2 - 1]
                case "median_high": return items[n / 2]
                default:
                    let sum = try args.interpreter.binaryOperation(.add, items[n / 2 - 1], items[n / 2])
                    return try args.interpreter.binaryOperation(.trueDivide, sum, .int(2))
                }
            }
        }
        BuiltinModules.function(module, "mode") { args in
            let items = try data(args, "mode")
            guard !items.isEmpty else { throw PyException(.init(rawValue: "StatisticsError"), "no mode for empty data") }
            let counts = PyDict()
            for item in items { try counts.set(item, .int((try counts.get(item)?.asInt ?? 0) + 1)) }
            var best = items[0]
            var bestCount = 0
            for (key, count) in counts.storage where (count.asInt ?? 0) > bestCount {
                best = key.value
                bestCount = count.asInt ?? 0
            }
            return best
        }
        BuiltinModules.function(module, "multimode") { args in
            let items = try data(args, "multimode")
            let counts = PyDict()
            for item in items { try counts.set(item, .int((try counts.get(item)?.asInt ?? 0) + 1)) }
            let top = counts.storage.values.compactMap(\.asInt).max() ?? 0
            return .newList(counts.storage.filter { $0.value.asInt == top }.map(\.key.value))
        }
        BuiltinModules.function(module, "variance") { args in try exactVariance(try data(args, "variance"), args.interpreter, sample: true) }
        BuiltinModules.function(module, "pvariance") { args in try exactVariance(try data(args, "pvariance"), args.interpreter, sample: false) }
        BuiltinModules.function(module, "stdev") { args in .float(try variance(try data(args, "stdev"), args.interpreter, sample: true).squareRoot()) }
        BuiltinModules.function(module, "pstdev") { args in .float(try variance(try data(args, "pstdev"), args.interpreter, sample: false).squareRoot()) }
        return module
    }
}
