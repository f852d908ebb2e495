import Foundation
import PyLite

/// `pyspark.resultiterable.ResultIterable`: the values of one key after `groupByKey`, `groupBy` or
/// `cogroup`. It can be iterated and measured with `len`, not indexed.
final class ResultIterableObject: PyHostObject {
    let items: [PyValue]

    init(_ items: [PyValue]) { self.items = items }

    nonisolated(unsafe) static let pyClassObject = PyClass(hostName: "ResultIterable", moduleName: "pyspark.resultiterable",
                                                           constructor: { a in
        .host(ResultIterableObject(try a.interpreter.elements(of: a.positional.first ?? .newList([]))))
    })

    var pyTypeName: String { "ResultIterable" }
    var pyClass: PyClass? { Self.pyClassObject }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "data": return .newList(items)
        case "maxindex": return .int(items.count)
        case "index": return .int(0)
        default: return nil
        }
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "list_iterator", values: items) }
    func pyLength() throws -> Int? { items.count }
    /// Truthy when it has values (Python uses `__len__`).
    func pyTruth() throws -> Bool { !items.isEmpty }
    func pyRepr() -> String {
        "<pyspark.resultiterable.ResultIterable object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}

/// `pyspark.statcounter.StatCounter`: count, mean, variance (Welford's running form), min and max of numbers,
/// merged across partitions as PySpark merges them.
final class StatCounterObject: PyHostObject {
    var n = 0
    var mu = 0.0
    var m2 = 0.0
    var maxValue = -Double.infinity
    var minValue = Double.infinity

    init(_ values: [Double] = []) {
        for v in values { merge(v) }
    }

    var pyTypeName: String { "StatCounter" }

    func merge(_ value: Double) {
        let delta = value - mu
        n += 1
        mu += delta / Double(n)
        m2 += delta * (value - mu)
        maxValue = Swift.max(maxValue, value)
        minValue = Swift.min(minValue, value)
    }

    func mergeStats(_ other: StatCounterObject) {
        if other === self {
            mergeStats(other.copy())
        } else if n == 0 {
            (mu, m2, n, maxValue, minValue) = (other.mu, other.m2, other.n, other.maxValue, other.minValue)
        } else if other.n != 0 {
            let delta = other.mu - mu
            let total = Double(n + other.n)
            if other.n * 10 < n {
                mu = mu + delta * Double(other.n) / total
            } else if n * 10 < other.n {
                mu = other.mu - delta * Double(n) / total
            } else {
                mu = (mu * Double(n) + other.mu * Double(other.n)) / total
            }
            maxValue = Swift.max(maxValue, other.maxValue)
            minValue = Swift.min(minValue, other.minValue)
            m2 += other.m2 + delta * delta * Double(n) * Double(other.n) / total
            n += other.n
        }
    }

    func copy() -> StatCounterObject {
        let c = StatCounterObject()
        (c.n, c.mu, c.m2, c.maxValue, c.minValue) = (n, mu, m2, maxValue, minValue)
        return c
    }

    var variance: Double { n == 0 ? .nan : m2 / Double(n) }
    var sampleVariance: Double { n <= 1 ? .nan : m2 / Double(n - 1) }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        func m(_ value: @escaping () -> PyValue) -> PyValue { .native(PyNativeFunction(name: name) { _ in value() }) }
        switch name {
        case "count": return m { .int(self.n) }
        case "mean": return m { .float(self.mu) }
        case "sum": return m { .float(Double(self.n) * self.mu) }
        case "min": return m { .float(self.minValue) }
        case "max": return m { .float(self.maxValue) }
        case "variance": return m { .float(self.variance) }
        case "sampleVariance": return m { .float(self.sampleVariance) }
        case "stdev": return m { .float(self.variance.squareRoot()) }
        case "sampleStdev": return m { .float(self.sampleVariance.squareRoot()) }
        case "copy": return m { .host(self.copy()) }
        case "merge":
            return .native(PyNativeFunction(name: name) { a in
                guard let v = a.positional.first?.asDouble else { throw PyException.typeError("merge() expects a number") }
                self.merge(v)
                return .host(self)
            })
        case "mergeStats":
            return .native(PyNativeFunction(name: name) { a in
                guard let other = a.positional.first?.asHost(StatCounterObject.self) else {
                    throw PyException.typeError("Can only merge StatCounter but got \(Conversion.typeName(a.positional.first ?? .none))")
                }
                self.mergeStats(other)
                return .host(self)
            })
        case "asDict":
            return .native(PyNativeFunction(name: name) { a in
                let sample = a.keyword("sample").flatMap(\.asBool) ?? a.positional.first?.asBool ?? false
                return try PyValue.newDict([
                    (.str("count"), .int(self.n)), (.str("mean"), .float(self.mu)), (.str("sum"), .float(Double(self.n) * self.mu)),
                    (.str("min"), .float(self.minValue)), (.str("max"), .float(self.maxValue)),
                    (.str("stdev"), .float(sample ? self.variance.squareRoot() : self.sampleVariance.squareRoot())),
                    (.str("variance"), .float(sample ? self.variance : self.sampleVariance)),
                ])
            })
        default: return nil
        }
    }

    func pyRepr() -> String {
        "(count: \(n), mean: \(Self.format(mu)), stdev: \(Self.format(variance.squareRoot())), max: \(Self.format(maxValue)), min: \(Self.format(minValue)))"
    }

    /// Python's `str(float)`.
    static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d > 0 ? "inf" : "-inf" }
        if d == d.rounded(), abs(d) < 1e16 { return String(format: "%.1f", d) }
        return "\(d)"
    }
}

/// `rdd.partitioner`: PySpark's `Partitioner` with `numPartitions` and `partitionFunc`.
final class PartitionerObject: PyHostObject {
    let partitioner: PyPartitioner

    init(_ partitioner: PyPartitioner) { self.partitioner = partitioner }

    var pyTypeName: String { "Partitioner" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "numPartitions": return .int(partitioner.numPartitions)
        case "partitionFunc":
            switch partitioner.function {
            case .portableHash: return .native(PortableHashFunction.function)
            case .python(let f): return f
            case .range: return .native(PyNativeFunction(name: "rangePartitioner") { [partitioner] a in
                guard let k = a.positional.first else { throw PyException.typeError("rangePartitioner() missing 1 required positional argument: 'k'") }
                if case .range(let f) = partitioner.function { return .int(try f([k])) }
                return .int(0)
            })
            }
        default: return nil
        }
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual else { return nil }
        let same = other.asHost(PartitionerObject.self)?.partitioner == partitioner
        return .bool(op == .equal ? same : !same)
    }
}
