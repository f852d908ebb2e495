import PyLite
import SparkLite

/// `rdd.histogram(buckets)` as PySpark computes it: with a bucket count, one job finds the minimum and
/// maximum (None and NaN left out) and the buckets split that range evenly (integer edges when the range
/// divides exactly); with a list of edges, those. A second job counts the elements per bucket, the last
/// bucket closed on the right. The result is `(edges, counts)`.
extension RDDObject {
    func histogram(_ spec: PyValue) throws -> PyValue {
        let edges: [HistogramNumber]
        var even: Bool
        var increment: Double? = nil
        if case .int(let count) = spec {
            guard count >= 1 else { throw PyException.valueError("number of buckets must be >= 1") }
            let bounds = try collectMapped("histogram") { _, items in
                var low: HistogramNumber? = nil, high: HistogramNumber? = nil
                for item in items {
                    guard let n = try HistogramNumber(item) else { continue }
                    if low.map({ n.value < $0.value }) ?? true { low = n }
                    if high.map({ n.value > $0.value }) ?? true { high = n }
                }
                guard let low, let high else { return [] }
                return [.tuple([low.python, high.python])]
            }
            var low: HistogramNumber? = nil, high: HistogramNumber? = nil
            for pair in bounds {
                guard case .tuple(let lh) = pair, let l = try HistogramNumber(lh[0]), let h = try HistogramNumber(lh[1]) else { continue }
                if low.map({ l.value < $0.value }) ?? true { low = l }
                if high.map({ h.value > $0.value }) ?? true { high = h }
            }
            guard let minv = low, let maxv = high else { throw PyException.valueError("can not generate buckets from empty RDD") }
            if minv.value == maxv.value || count == 1 {
                let total = try collectMapped("histogram") { _, items in
                    [.int(try items.filter { try HistogramNumber($0) != nil }.count)]
                }.reduce(0) { $0 + ($1.asInt ?? 0) }
                return .tuple([.newList([minv.python, maxv.python]), .newList([.int(total)])])
            }
            let width = maxv.value - minv.value
            let step = width / Double(count)
            guard step.isFinite else { throw PyException.valueError("Can not generate buckets with infinite value") }
            // PySpark keeps integer edges when int(step) * count spans the range exactly.
            let wholeStep = Int(step)
            var made: [HistogramNumber]
            if Double(wholeStep * count) == width, case .int(let lo) = minv {
                made = (0..<count).map { .int($0 * wholeStep + lo) }
            } else if Double(wholeStep * count) == width {
                made = (0..<count).map { .float(Double($0 * wholeStep) + minv.value) }
            } else {
                made = (0..<count).map { .float(Double($0) * step + minv.value) }
            }
            made.append(maxv)
            edges = made
            even = true
            increment = Double(wholeStep * count) == width ? Double(wholeStep) : step
        } else if let items = spec.asArray {
            guard items.count >= 2 else { throw PyException.valueError("buckets should have more than one value") }
            let numbers = try items.map { v throws -> HistogramNumber in
                guard let n = try HistogramNumber(v) else { throw PyException.valueError("can not have None or NaN in buckets") }
                return n
            }
            guard Swift.zip(numbers, numbers.dropFirst()).allSatisfy({ $0.value <= $1.value }) else {
                throw PyException.valueError("buckets should be sorted")
            }
            guard Swift.zip(numbers, numbers.dropFirst()).allSatisfy({ $0.value != $1.value }) else {
                throw PyException.valueError("buckets should not contain duplicated values")
            }
            edges = numbers
            let steps = Swift.zip(numbers, numbers.dropFirst()).map { $1.value - $0.value }
            even = (steps.max() ?? 0) - (steps.min() ?? 0) < 1e-10
            if even { increment = (numbers[numbers.count - 1].value - numbers[0].value) / Double(numbers.count - 1) }
        } else {
            throw PyException.typeError("buckets should be a list or tuple or number(int or long)")
        }
        let bounds = edges.map(\.value)
        let evenSteps = even, inc = increment ?? 1
        let partials = try collectMapped("histogram") { _, items in
            var counters = [Int](repeating: 0, count: bounds.count)
            for item in items {
                guard let n = try HistogramNumber(item), n.value <= bounds[bounds.count - 1], n.value >= bounds[0] else { continue }
                let t = evenSteps ? Int((n.value - bounds[0]) / inc) : (bounds.lastIndex { $0 <= n.value } ?? 0)
                counters[min(t, counters.count - 1)] += 1
            }
            let last = counters.removeLast()
            counters[counters.count - 1] += last
            return [.newList(counters.map { .int($0) })]
        }
        var totals = [Int](repeating: 0, count: edges.count - 1)
        for partial in partials {
            for (i, v) in (partial.asArray ?? []).enumerated() where i < totals.count { totals[i] += v.asInt ?? 0 }
        }
        return .tuple([.newList(edges.map(\.python)), .newList(totals.map { .int($0) })])
    }
}

/// An element or edge of a histogram: a Python int or float (None and NaN are no number).
enum HistogramNumber {
    case int(Int)
    case float(Double)

    init?(_ v: PyValue) throws {
        switch v {
        case .none: return nil
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d.isNaN { return nil }
            self = .float(d)
        default: throw PyException.typeError("Can not generate buckets with non-number in RDD")
        }
    }

    var value: Double {
        switch self {
        case .int(let i): Double(i)
        case .float(let d): d
        }
    }

    var python: PyValue {
        switch self {
        case .int(let i): .int(i)
        case .float(let d): .float(d)
        }
    }
}
