/// Computes one window function over one sorted window partition.
enum WindowFunctions {
    /// The expressions a window function reads per row: `argument(a, k)` gives `arguments(of: f)[a]` at
    /// row k of the partition.
    static func arguments(of f: Expression) -> [Expression] {
        switch f {
        case .windowFunction(_, let args): args
        case .aggregate(let agg): agg.arguments
        default: []
        }
    }

    /// The function's value at each of the partition's `n` rows. `argument(a, k)` is argument `a` at row
    /// k, `peers(i, j)` whether two rows have equal order values, `orderKey(k)` the first order value.
    static func compute(_ f: Expression, frame: WindowFrame, count n: Int, argument: (Int, Int) throws -> Value,
                        peers: (Int, Int) -> Bool, orderKey: (Int) -> Value?,
                        orderSpec: [SortOrder], ansi: Bool, context: ExecutionContext) throws -> [Value] {
        guard n > 0 else { return [] }
        // RANGE frames with offsets compare the (single) order key's value, not row positions.
        let keys: [Double?] = frame.type == .range ? (0..<n).map { orderKey($0).flatMap(Self.numericKey) } : []
        let ascending = orderSpec.first?.ascending ?? true
        // An interval offset in the key's unit: days for a date key, microseconds for a timestamp.
        let isDateKey = frame.type == .range && (0..<n).contains { if case .date = orderKey($0) { true } else { false } }
        let microsPerKeyUnit: Double = isDateKey ? 86_400_000_000 : 1
        func bounds(_ frame: WindowFrame, _ i: Int, _ n: Int, peers: (Int, Int) -> Bool) -> (Int, Int) {
            Self.bounds(frame, i, n, peers: peers, keys: keys, ascending: ascending, microsPerKeyUnit: microsPerKeyUnit)
        }
        switch f {
        case .windowFunction(let kind, let args):
            switch kind {
            case .rowNumber: return (0..<n).map { .int(Int64($0 + 1)) }
            case .rank, .denseRank, .percentRank:
                var out: [Value] = []
                var rank = 1, dense = 1
                for i in 0..<n {
                    if i > 0 && !peers(i, i - 1) { rank = i + 1; dense += 1 }
                    switch kind {
                    case .rank: out.append(.int(Int64(rank)))
                    case .denseRank: out.append(.int(Int64(dense)))
                    default: out.append(.double(n <= 1 ? 0 : Double(rank - 1) / Double(n - 1)))
                    }
                }
                return out
            case .cumeDist:
                var out = Array(repeating: Value.null, count: n)
                var i = 0
                while i < n {
                    var j = i
                    while j + 1 < n && peers(j + 1, i) { j += 1 }
                    for k in i...j { out[k] = .double(Double(j + 1) / Double(n)) }
                    i = j + 1
                }
                return out
            case .ntile:
                let buckets = Int(try argument(0, 0).int64Value ?? 1)
                guard buckets > 0 else {
                    throw SparkError("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", "Cannot resolve \"ntile(\(buckets))\" due to data type mismatch: The `buckets` must be between (0, 2147483647], but got \(buckets).")
                }
                let base = n / buckets, extra = n % buckets
                var out: [Value] = []
                var bucket = 1, count = 0
                for _ in 0..<n {
                    out.append(.int(Int64(bucket)))
                    count += 1
                    if count == base + (bucket <= extra ? 1 : 0) { bucket += 1; count = 0 }
                }
                return out
            case .lag, .lead:
                let offset = Int(try argument(1, 0).int64Value ?? 1)
                // The default takes the input's type, as Spark's implicit cast of it (`lag(salary, 1, 0.5)` is 0
                // of INT; a string default for an INT column fails as a malformed INT). The name keeps it as written.
                let (inputType, defaultType) = (args[0].dataType, args.count > 2 ? args[2].dataType : DataType.null)
                let castsDefault = defaultType != inputType && defaultType != .null && TypeCoercion.canImplicitlyCast(defaultType, inputType)
                func offsetArgument(_ a: Int, _ k: Int) throws -> Value {
                    let v = try argument(a, k)
                    return a == 2 && castsDefault ? try Cast.evaluate(v, from: defaultType, to: inputType, mode: .ansi) : v
                }
                if offset > 0, args.count > 3, try offsetArgument(3, 0) == .bool(true) {
                    // IGNORE NULLS: the offset-th non-null value before (lag) or after (lead) the row.
                    let values = try (0..<n).map { try offsetArgument(0, $0) }
                    return try (0..<n).map { i in
                        var seen = 0
                        for j in stride(from: kind == .lag ? i - 1 : i + 1, to: kind == .lag ? -1 : n, by: kind == .lag ? -1 : 1) where !values[j].isNull {
                            seen += 1
                            if seen == offset { return values[j] }
                        }
                        return try offsetArgument(2, i)
                    }
                }
                return try (0..<n).map { i in
                    let j = kind == .lag ? i - offset : i + offset
                    if j >= 0 && j < n { return try offsetArgument(0, j) }
                    return try offsetArgument(2, i)
                }
            case .nthValue:
                let k = Int(try argument(1, 0).int64Value ?? 1)
                let ignoresNulls = args.count > 2 ? try argument(2, 0) == .bool(true) : false
                return try (0..<n).map { i in
                    let (lo, hi) = bounds(frame, i, n, peers: peers)
                    guard ignoresNulls else {
                        let idx = lo + k - 1
                        return idx <= hi && idx < n ? try argument(0, idx) : .null
                    }
                    // IGNORE NULLS: the k-th non-null value of the frame.
                    var seen = 0
                    for j in stride(from: lo, through: min(hi, n - 1), by: 1) {
                        let v = try argument(0, j)
                        if v.isNull { continue }
                        seen += 1
                        if seen == k { return v }
                    }
                    return .null
                }
            }
        case .aggregate(let agg):
            let arity = agg.arguments.count
            // Running frames (UNBOUNDED PRECEDING to CURRENT ROW) accumulate in one pass.
            if frame.lower == .unboundedPreceding && frame.upper == .currentRow && !agg.isDistinct {
                var acc = Accumulator(agg, ansi: ansi)
                var out = Array(repeating: Value.null, count: n)
                var i = 0
                while i < n {
                    var j = i
                    if frame.type == .range { while j + 1 < n && peers(j + 1, i) { j += 1 } }
                    for k in i...j { try acc.update(try (0..<arity).map { try argument($0, k) }) }
                    let r = try acc.result()
                    for k in i...j { out[k] = r }
                    i = j + 1
                }
                return out
            }
            return try aggregateOverFrames(agg, n: n, ansi: ansi, context: context,
                                           frameOf: { bounds(frame, $0, n, peers: peers) },
                                           arguments: { k in try (0..<arity).map { try argument($0, k) } })
                default:
            throw SparkError.internalError("\(f.explainString) is not a window function.")
        }
    }

    /// An aggregate over each row's frame. Rows whose frame is the same as the previous row's (a whole
    /// partition, RANGE peers) reuse its result, and frames that start at the partition's first row
    /// grow one accumulator, so the common frames cost one pass instead of one pass per row.
    private static func aggregateOverFrames(_ agg: AggregateExpression, n: Int, ansi: Bool, context: ExecutionContext,
                                            frameOf: (Int) -> (Int, Int),
                                            arguments: (Int) throws -> [Value]) throws -> [Value] {
        var out = Array(repeating: Value.null, count: n)
        var previous: (lo: Int, hi: Int, result: Value)?
        var prefix = Accumulator(agg, ansi: ansi)
        var prefixSeen = Set<[Value]>()
        var prefixEnd = -1  // rows 0...prefixEnd are in `prefix`
        func add(_ k: Int, to acc: inout Accumulator, seen: inout Set<[Value]>) throws {
            let values = try arguments(k)
            if agg.isDistinct && !seen.insert(values).inserted { return }
            try acc.update(values)
        }
        for i in 0..<n {
            try context.checkProgress(rows: 0)
            let (lo, hi) = frameOf(i)
            if let p = previous, p.lo == lo, p.hi == hi { out[i] = p.result; continue }
            let result: Value
            if lo > hi {
                result = try Accumulator(agg, ansi: ansi).result()
            } else if lo == 0 && hi >= prefixEnd {
                while prefixEnd < hi { prefixEnd += 1; try add(prefixEnd, to: &prefix, seen: &prefixSeen) }
                result = try prefix.result()
            } else {
                var acc = Accumulator(agg, ansi: ansi)
                var seen = Set<[Value]>()
                for k in lo...hi { try add(k, to: &acc, seen: &seen) }
                result = try acc.result()
            }
            out[i] = result
            previous = (lo, hi, result)
        }
        return out
    }

    /// The inclusive row range of the frame for row i. ROWS offsets count rows; RANGE offsets take the
    /// rows whose order key lies within the offsets of row i's key (in sort direction), as Spark's
    /// `RangeFrame`; a null key's frame is its null peers.
    static func bounds(_ frame: WindowFrame, _ i: Int, _ n: Int, peers: (Int, Int) -> Bool,
                       keys: [Double?] = [], ascending: Bool = true, microsPerKeyUnit: Double = 1) -> (Int, Int) {
        func peerEdge(lower: Bool) -> Int {
            var k = i
            if lower { while k > 0 && peers(k - 1, i) { k -= 1 } } else { while k + 1 < n && peers(k + 1, i) { k += 1 } }
            return k
        }
        func position(_ b: FrameBoundary, lower: Bool) -> Int {
            switch b {
            case .unboundedPreceding: return 0
            case .unboundedFollowing: return n - 1
            case .currentRow:
                return frame.type == .range ? peerEdge(lower: lower) : i
            case .offset, .interval, .fraction, .months:
                let o: Double
                switch b {
                case .interval(let micros, _): o = Double(micros) / microsPerKeyUnit
                case .offset(let n): o = Double(n)
                case .fraction(let x, _): o = x
                default: o = 0
                }
                guard frame.type == .range, i < keys.count else { return i + Int(o) }
                guard let key = keys[i] else { return peerEdge(lower: lower) }
                // In sort order, "o rows' worth of key" ahead: key + o ascending, key - o descending; calendar
                // months move a date (days) or a timestamp (microseconds) as add_months does.
                let edge: Double
                if case .months(let months, _) = b {
                    edge = Self.addingMonths(key, ascending ? months : -months, keyIsDate: microsPerKeyUnit != 1)
                } else {
                    edge = ascending ? key + o : key - o
                }
                func inside(_ k: Int) -> Bool {
                    guard let v = keys[k] else { return false }
                    if lower { return ascending ? v >= edge : v <= edge }
                    return ascending ? v <= edge : v >= edge
                }
                // Keys are sorted, so the frame's edge is found by walking from row i.
                var k = i
                if lower {
                    if inside(k) { while k > 0 && inside(k - 1) { k -= 1 } } else { while k < n && !inside(k) { k += 1 } }
                } else {
                    if inside(k) { while k + 1 < n && inside(k + 1) { k += 1 } } else { while k >= 0 && !inside(k) { k -= 1 } }
                }
                return k
            }
        }
        return (max(0, position(frame.lower, lower: true)), min(n - 1, position(frame.upper, lower: false)))
    }

    /// A date key (days) or timestamp key (microseconds) moved by calendar months.
    static func addingMonths(_ key: Double, _ months: Int64, keyIsDate: Bool) -> Double {
        if keyIsDate { return Double(DateTimeFunctions.addMonths(Int32(key), months)) }
        return Double(IntervalArithmetic.addMonths(Int64(key), months))
    }

    /// A RANGE frame's order key as a number: numbers, dates (days) and timestamps (microseconds).
    static func numericKey(_ v: Value) -> Double? {
        switch v {
        case .int(let i): Double(i)
        case .double(let d): d
        case .decimal(let u, let s): Double(Decimal128.format(u, scale: s))
        case .date(let d): Double(d)
        case .timestamp(let t): Double(t)
        default: nil
        }
    }
}
