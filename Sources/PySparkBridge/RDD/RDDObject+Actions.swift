import Foundation
import PyLite
import SparkLite

/// The actions of `pyspark.RDD`: each runs one or more jobs, built as PySpark builds them (most are a
/// `mapPartitions` over this RDD followed by `collect`).
extension RDDObject {
    func collect(api: String = "collect") throws -> [PyValue] {
        try collectPartitions(api).flatMap { $0 }
    }

    func count(api: String = "count") throws -> Int {
        try collectMapped(api) { _, items in [.int(items.count)] }.reduce(0) { $0 + ($1.asInt ?? 0) }
    }

    /// Calls a builtin (`sum`, `max`, `sorted`) as the PySpark code does.
    func builtin(_ name: String, _ arguments: [PyValue], _ keyword: [(name: String, value: PyValue)] = []) throws -> PyValue {
        let interpreter = try state.interpreter
        guard let function = interpreter.builtinFunction(named: name) else { throw SparkError.internalError("no builtin \(name)") }
        return try interpreter.call(function, positional: arguments, keyword: keyword)
    }

    /// `reduce(f)`: each partition reduced (empty ones skipped), then the partial results on the driver.
    func reduce(api: String = "reduce", _ f: @escaping (PyValue, PyValue) throws -> PyValue) throws -> PyValue {
        let partials = try collectMapped(api) { _, items in
            guard var acc = items.first else { return [] }
            for x in items.dropFirst() { acc = try f(acc, x) }
            return [acc]
        }
        guard var acc = partials.first else { throw PyException.valueError("Can not reduce() empty RDD") }
        for x in partials.dropFirst() { acc = try f(acc, x) }
        return acc
    }

    /// `fold(zero, op)` / `aggregate(zero, seqOp, combOp)`: each task starts from its own copy of the zero
    /// value (it was pickled with the function); the driver folds the partial results into the original.
    func aggregate(api: String, zero: PyValue, _ seqOp: @escaping (PyValue, PyValue) throws -> PyValue,
                   _ combOp: @escaping (PyValue, PyValue) throws -> PyValue) throws -> PyValue {
        let state = self.state
        let partials = try collectMapped(api) { _, items in
            var acc = try state.interpreter.deepCopy(zero)
            for x in items { acc = try seqOp(acc, x) }
            return [acc]
        }
        var acc = zero
        for x in partials { acc = try combOp(acc, x) }
        return acc
    }

    func sum(api: String = "sum") throws -> PyValue {
        let partials = try collectMapped(api) { [self] _, items in [try builtin("sum", [.newList(items)])] }
        return try builtin("sum", [.newList(partials)])
    }

    func stats(api: String = "stats") throws -> StatCounterObject {
        let state = self.state
        let counters = try collectMapped(api) { _, items in
            let counter = StatCounterObject()
            for item in items {
                guard let v = item.asDouble else {
                    throw PyException.typeError("unsupported operand type(s) for -: '\(try state.interpreter.typeName(of: item))' and 'float'")
                }
                counter.merge(v)
            }
            return [.host(counter)]
        }.compactMap { $0.asHost(StatCounterObject.self) }
        guard let first = counters.first else { throw PyException.valueError("Can not reduce() empty RDD") }
        for other in counters.dropFirst() { first.mergeStats(other) }
        return first
    }

    /// `take(n)`: the first partition, then up to 4× as many partitions as scanned so far, until it has n.
    func take(_ num: Int, api: String = "take") throws -> [PyValue] {
        var items: [PyValue] = []
        let total = try getNumPartitions()
        var scanned = 0
        while items.count < num && scanned < total {
            var tries = 1
            if scanned > 0 {
                if items.isEmpty {
                    tries = scanned * 4
                } else {
                    tries = Int(1.5 * Double(num) * Double(scanned) / Double(items.count)) - scanned
                    tries = Swift.min(Swift.max(tries, 1), scanned * 4)
                }
            }
            let left = num - items.count
            let partitions = Array(scanned..<Swift.min(scanned + tries, total))
            items += try runJob(api, partitions: partitions) { _, part in Array(part.prefix(left)) }
            scanned += tries
        }
        return Array(items.prefix(Swift.max(num, 0)))
    }

    /// `top(n, key)` and `takeOrdered(n, key)`: the n largest (smallest) of each partition, merged.
    func ordered(_ num: Int, key: PyValue?, largest: Bool, api: String) throws -> [PyValue] {
        let keyArgs: [(name: String, value: PyValue)] = [("key", key ?? .none), ("reverse", .bool(largest))]
        let pick: ([PyValue]) throws -> PyValue = { [self] items in
            let sorted = try state.interpreter.elements(of: try builtin("sorted", [.newList(items)], keyArgs))
            return .newList(Array(sorted.prefix(num)))
        }
        let lists = try collectMapped(api) { _, items in [try pick(items)] }
        guard var acc = lists.first else { throw PyException.valueError("Can not reduce() empty RDD") }
        for next in lists.dropFirst() {
            acc = try pick((acc.asArray ?? []) + (next.asArray ?? []))
        }
        return acc.asArray ?? []
    }

    func countByValue(api: String = "countByValue") throws -> PyValue {
        let interpreter = try state.interpreter
        let counts = try collectMapped(api) { _, items in
            let dict = PyDict()
            for item in items { try dict.set(item, .int((try dict.get(item)?.asInt ?? 0) + 1)) }
            return [.dict(dict)]
        }
        let merged = PyDict()
        for case .dict(let part) in counts {
            for (k, v) in part.pairs { try merged.set(k, .int((try merged.get(k)?.asInt ?? 0) + (v.asInt ?? 0))) }
        }
        guard !counts.isEmpty else { throw PyException.valueError("Can not reduce() empty RDD") }
        return try interpreter.newDefaultDict(factory: interpreter.builtinFunction(named: "int") ?? .none, merged.pairs)
    }

    /// `lookup(key)`: the values of a key; with a partitioner, only the key's partition is read.
    func lookup(_ key: PyValue) throws -> [PyValue] {
        let state = self.state
        let matching = try mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in
            try items.filter { try state.interpreter.equals(try Self.item($0, 0, state), key) }
        }.values(origin: "")
        if let partitioner {
            return try matching.runJob("lookup", partitions: [try partitioner.partition(of: key, state)]) { $1 }
        }
        return try matching.collect(api: "lookup")
    }

    /// `treeAggregate`: partial results combined through `reduceByKey` levels while there are many
    /// partitions, then reduced on the driver.
    func treeAggregate(zero: PyValue, _ seqOp: @escaping (PyValue, PyValue) throws -> PyValue,
                       _ combOp: @escaping (PyValue, PyValue) throws -> PyValue, depth: Int, api: String) throws -> PyValue {
        guard depth >= 1 else { throw PyException.valueError("Depth cannot be smaller than 1 but got \(depth).") }
        if try getNumPartitions() == 0 { return zero }
        let state = self.state
        var partial = try mapPartitionsWithIndex(nil) { _, items in
            var acc = try state.interpreter.deepCopy(zero)
            for x in items { acc = try seqOp(acc, x) }
            return [acc]
        }
        var numPartitions = Double(try partial.getNumPartitions())
        let scale = Swift.max(Int((pow(numPartitions, 1.0 / Double(depth))).rounded(.up)), 2)
        while numPartitions > Double(scale) + numPartitions / Double(scale) {
            numPartitions /= Double(scale)
            let current = Int(numPartitions)
            let keyed = try partial.mapPartitionsWithIndex(nil) { split, items in items.map { .tuple([.int(split % current), $0]) } }
            partial = try keyed.combineByKey({ $0 }, combOp, combOp, numPartitions: current, partitionFunc: nil, origin: "")
                .values(origin: "")
        }
        return try partial.reduce(api: api, combOp)
    }

    /// `treeReduce(f)`: `treeAggregate` over `(value, isEmpty)` pairs, as PySpark computes it.
    func treeReduce(depth: Int, _ f: @escaping (PyValue, PyValue) throws -> PyValue) throws -> PyValue {
        guard depth >= 1 else { throw PyException.valueError("Depth cannot be smaller than 1 but got \(depth).") }
        let op: (PyValue, PyValue) throws -> PyValue = { x, y in
            guard case .tuple(let a) = x, case .tuple(let b) = y, a.count == 2, b.count == 2 else { return x }
            if a[1].asBool == true { return y }
            if b[1].asBool == true { return x }
            return .tuple([try f(a[0], b[0]), .bool(false)])
        }
        let flagged = try mapSwift(nil) { .tuple([$0, .bool(false)]) }
        let reduced = try flagged.treeAggregate(zero: .tuple([.none, .bool(true)]), op, op, depth: depth, api: "treeReduce")
        guard case .tuple(let result) = reduced, result.count == 2, result[1].asBool == false else {
            throw PyException.valueError("Cannot reduce empty RDD.")
        }
        return result[0]
    }
}
