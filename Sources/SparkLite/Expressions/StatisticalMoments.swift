/// The running moments behind `covar_pop`, `covar_samp`, `corr`, `skewness` and `kurtosis`, updated and
/// merged with Spark's formulas (`Covariance`, `PearsonCorrelation`, `CentralMomentAgg`) step for step, so
/// the doubles round the same way.
struct StatisticalMoments {
    var n: Double = 0
    var xAvg: Double = 0
    var yAvg: Double = 0
    /// Co-moment of x and y.
    var ck: Double = 0
    /// Second moments of x and y (correlation).
    var xMk: Double = 0
    var yMk: Double = 0
    /// Third and fourth central moments of x (skewness, kurtosis); x's second moment is `xMk`.
    var m3: Double = 0
    var m4: Double = 0

    /// One (x, y) pair; pairs with a null are skipped by the caller.
    mutating func add(_ x: Double, _ y: Double) {
        let newN = n + 1
        let dx = x - xAvg, dxN = dx / newN
        let dy = y - yAvg, dyN = dy / newN
        xAvg += dxN
        yAvg += dyN
        ck += dx * (y - yAvg)
        xMk += dx * (x - xAvg)
        yMk += dy * (y - yAvg)
        n = newN
    }

    /// One value for the central moments of x.
    mutating func add(_ x: Double) {
        let newN = n + 1
        let delta = x - xAvg
        let deltaN = delta / newN
        xAvg += deltaN
        let newM2 = xMk + delta * (delta - deltaN)
        let delta2 = delta * delta, deltaN2 = deltaN * deltaN
        let newM3 = m3 - 3 * deltaN * newM2 + delta * (delta2 - deltaN2)
        m4 = m4 - 4 * deltaN * newM3 - 6 * deltaN2 * newM2 + delta * (delta * delta2 - deltaN * deltaN2)
        m3 = newM3
        xMk = newM2
        n = newN
    }

    /// Merges another group's pair moments.
    mutating func mergePairs(_ o: StatisticalMoments) {
        let n1 = n, n2 = o.n, newN = n1 + n2
        let dx = o.xAvg - xAvg, dxN = newN == 0 ? 0 : dx / newN
        let dy = o.yAvg - yAvg, dyN = newN == 0 ? 0 : dy / newN
        xAvg += dxN * n2
        yAvg += dyN * n2
        ck += o.ck + dx * dyN * n1 * n2
        xMk += o.xMk + dx * dxN * n1 * n2
        yMk += o.yMk + dy * dyN * n1 * n2
        n = newN
    }

    /// Merges another group's central moments of x.
    mutating func mergeCentral(_ o: StatisticalMoments) {
        let n1 = n, n2 = o.n, newN = n1 + n2
        let delta = o.xAvg - xAvg
        let deltaN = newN == 0 ? 0 : delta / newN
        xAvg += deltaN * n2
        let newM2 = xMk + o.xMk + delta * deltaN * n1 * n2
        let newM3 = m3 + o.m3 + deltaN * deltaN * delta * n1 * n2 * (n1 - n2) + 3 * deltaN * (n1 * o.xMk - n2 * xMk)
        m4 = m4 + o.m4 + deltaN * deltaN * deltaN * delta * n1 * n2 * (n1 * n1 - n1 * n2 + n2 * n2)
            + 6 * deltaN * deltaN * (n1 * n1 * o.xMk + n2 * n2 * xMk) + 4 * deltaN * (n1 * o.m3 - n2 * m3)
        m3 = newM3
        xMk = newM2
        n = newN
    }

    /// The exported partial state, in the order `init(state:)` reads it.
    var state: [Value] { [n, xAvg, yAvg, ck, xMk, yMk, m3, m4].map { .double($0) } }

    init() {}

    init(state: [Value]) {
        let d = state.map { $0.doubleValue ?? 0 } + Array(repeating: 0, count: max(0, 8 - state.count))
        (n, xAvg, yAvg, ck, xMk, yMk, m3, m4) = (d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7])
    }

    /// The aggregate's value; null without rows, and where Spark divides by zero (one row for the sample
    /// covariance and the correlation, no spread for the correlation, skewness and kurtosis).
    func result(_ kind: AggregateFunctionKind) -> Value {
        guard n > 0 else { return .null }
        switch kind {
        case .covarPop: return .double(ck / n)
        case .covarSamp: return n == 1 ? .null : .double(ck / (n - 1))
        case .corr: return n == 1 || xMk * yMk == 0 ? .null : .double(ck / (xMk * yMk).squareRoot())
        case .skewness: return xMk == 0 ? .null : .double(n.squareRoot() * m3 / (xMk * xMk * xMk).squareRoot())
        case .kurtosis: return xMk == 0 ? .null : .double(n * m4 / (xMk * xMk) - 3)
        default: return .null
        }
    }

    static let kinds: Set<AggregateFunctionKind> = [.covarPop, .covarSamp, .corr, .skewness, .kurtosis]
    /// The state's types: Spark keeps these moments as DOUBLE buffers (a `HashAggregate`).
    static let stateTypes: [DataType] = Array(repeating: .double, count: 8)
}
