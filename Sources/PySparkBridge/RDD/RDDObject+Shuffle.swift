import PyLite
import SparkLite

/// One JVM record of a PySpark shuffle: a pickled batch of `(key, value)` pairs bound for one partition.
struct PyShuffleRecord {
    let split: Int
    let items: [PyValue]
    let bytes: Int
}

extension RDDObject {
    /// `partitionBy(numPartitions, partitionFunc)`: PySpark's only shuffle. Each map task hashes keys in
    /// Python and writes one record per non-empty bucket whenever it has buffered more than
    /// `min(10 * n, 1000)` pairs (the limit grows 1.5× after each flush) and at the end; the reduce side reads
    /// every map task's records for its partition in map order. A no-op when the RDD already has this
    /// partitioner.
    func partitionBy(_ numPartitions: Int?, _ partitioner: PyPartitioner? = nil, function: PyValue? = nil, origin: String? = nil) throws -> RDDObject {
        let n = try numPartitions ?? defaultReducePartitions()
        guard n > 0 else { throw PyException(.zeroDivisionError, "integer modulo by zero") }
        let partitioner = partitioner ?? PyPartitioner.of(n, function)
        if self.partitioner == partitioner { return self }
        let state = self.state
        // keyed = self.mapPartitionsWithIndex(add_shuffle_key, preservesPartitioning=True), made a JVM RDD
        // inside SCCallSiteSync.
        let prev: RDD<PyValue>
        let upstream: PartitionFunction
        let preserves: Bool
        if isPipelinable, let pipeline {
            (prev, upstream, preserves) = (pipeline.prev, pipeline.function, pipeline.preservesPartitioning)
        } else {
            (prev, upstream, preserves) = (try jrdd(), { $1 }, true)
        }
        let site = state.callSite("partitionBy")
        let keyed = MapPartitionsRDD<PyValue, PyShuffleRecord>(prev, className: "PythonRDD", creationSite: site,
                                                               preservesPartitioning: preserves) { split, items, _ in
            try Self.addShuffleKey(try upstream(split, items), partitioner, state)
        }
        let pairwise = MapPartitionsRDD<PyShuffleRecord, PyShuffleRecord>(keyed, className: "PairwiseRDD", creationSite: site,
                                                                          preservesPartitioning: true) { _, records, _ in records }
        let dependency = ShuffleDependency<PyShuffleRecord, PyShuffleRecord>(
            parent: pairwise, numReducePartitions: n, partition: { $0.split }, recordSize: { $0.bytes },
            elementCount: { $0.items.count })
        let shuffled = ShuffledRDD(dependency, partitioner: Partitioner(kind: "PythonPartitioner", numPartitions: n, function: partitioner.functionId),
                                   creationSite: "partitionBy at NativeMethodAccessorImpl.java:0")
        let values = MapPartitionsRDD<PyShuffleRecord, PyValue>(shuffled, creationSite: "mapPartitions at PythonRDD.scala:197",
                                                                preservesPartitioning: true) { _, records, _ in
            state.copy(records.flatMap(\.items))
        }
        state.register(values)
        let rdd = RDDObject(state, jrdd: values, deserializer: .batched(-1), origin: origin ?? "")
        rdd.partitioner = partitioner
        return rdd
    }

    /// PySpark's `add_shuffle_key`: buckets pairs by partition and flushes all buckets (one record each) when
    /// more than `batch` pairs are buffered; `batch` starts at `min(10 * n, 1000)` and grows 1.5× per flush.
    static func addShuffleKey(_ items: [PyValue], _ partitioner: PyPartitioner, _ state: RDDBridgeState) throws -> [PyShuffleRecord] {
        let n = partitioner.numPartitions
        var buckets: [Int: [PyValue]] = [:]
        var order: [Int] = []
        var records: [PyShuffleRecord] = []
        var count = 0
        var batch = Double(min(10 * n, 1000))
        func flush() {
            for split in order {
                let pairs = buckets[split] ?? []
                records.append(PyShuffleRecord(split: split, items: pairs, bytes: PickleSize.dumps(.list(PyList(pairs)))))
            }
            buckets = [:]
            order = []
        }
        for item in items {
            let (key, value) = try unpackPair(item, state)
            let split = try partitioner.partition(of: key, state)
            if buckets[split] == nil { order.append(split) }
            buckets[split, default: []].append(.tuple([key, value]))
            count += 1
            if Double(count) > batch {
                flush()
                batch = min(Double(Int.max), batch * 1.5)
                count = 0
            }
        }
        flush()
        return records
    }

    /// `k, v = item`: a pair from a 2-tuple, a 2-list, a Row of two fields or any 2-element iterable.
    static func unpackPair(_ item: PyValue, _ state: RDDBridgeState) throws -> (PyValue, PyValue) {
        let items: [PyValue]
        switch item {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        default:
            if let row = item.asHost(RowObject.self) {
                items = row.values
            } else if case .str(let s) = item {
                items = s.map { .str(String($0)) }
            } else {
                let interpreter = try state.interpreter
                do {
                    items = try interpreter.elements(of: item)
                } catch {
                    throw PyException.typeError("cannot unpack non-iterable \(interpreter.typeName(of: item)) object")
                }
            }
        }
        guard items.count == 2 else {
            throw PyException.valueError(items.count < 2 ? "not enough values to unpack (expected 2, got \(items.count))"
                                                         : "too many values to unpack (expected 2)")
        }
        return (items[0], items[1])
    }

    /// `x[i]` for the elements PySpark indexes (`kv[0]`, `kv[1]`).
    static func item(_ x: PyValue, _ index: Int, _ state: RDDBridgeState) throws -> PyValue {
        switch x {
        case .tuple(let t):
            guard index < t.count else { throw PyException.indexError("tuple index out of range") }
            return t[index]
        case .list(let l):
            guard index < l.items.count else { throw PyException.indexError("list index out of range") }
            return l.items[index]
        case .str(let s):
            guard index < s.count else { throw PyException.indexError("string index out of range") }
            return .str(String(s[s.index(s.startIndex, offsetBy: index)]))
        default:
            if case .host(let h) = x, let v = try h.pyGetItem(.int(index)) { return v }
            throw PyException.typeError("'\(try state.interpreter.typeName(of: x))' object is not subscriptable")
        }
    }

    /// The values of each key merged as PySpark's `ExternalMerger.mergeValues` does: keys in order of first
    /// appearance, `createCombiner` for the first value, `mergeValue` for the next.
    static func mergeValues(_ items: [PyValue], create: (PyValue) throws -> PyValue, merge: (PyValue, PyValue) throws -> PyValue,
                            _ state: RDDBridgeState) throws -> [PyValue] {
        let merged = PyDict()
        for item in items {
            let (k, v) = try unpackPair(item, state)
            if let current = try merged.get(k) {
                try merged.set(k, try merge(current, v))
            } else {
                try merged.set(k, try create(v))
            }
        }
        return merged.pairs.map { .tuple([$0.0, $0.1]) }
    }

    // MARK: The combineByKey family

    /// `combineByKey`: combine each partition's values per key, shuffle the combiners, merge them per key.
    func combineByKey(_ create: @escaping (PyValue) throws -> PyValue, _ mergeValue: @escaping (PyValue, PyValue) throws -> PyValue,
                      _ mergeCombiners: @escaping (PyValue, PyValue) throws -> PyValue, numPartitions: Int?, partitionFunc: PyValue?,
                      origin: String) throws -> RDDObject {
        let n = try numPartitions ?? defaultReducePartitions()
        let state = self.state
        let local = try mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in
            try Self.mergeValues(items, create: create, merge: mergeValue, state)
        }
        let shuffled = try local.partitionBy(n, function: partitionFunc)
        return try shuffled.mapPartitionsWithIndex(origin, preservesPartitioning: true) { _, items in
            try Self.mergeValues(items, create: { $0 }, merge: mergeCombiners, state)
        }
    }

    /// `groupByKey`: PySpark also combines on the map side, into lists, so each map task sends one pair per
    /// key, holding all its values; the values come back as a `ResultIterable`.
    func groupByKey(numPartitions: Int?, partitionFunc: PyValue?, origin: String) throws -> RDDObject {
        let state = self.state
        let local = try mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in
            try Self.mergeValues(items, create: { .newList([$0]) }, merge: { xs, x in
                if case .list(let list) = xs { list.items.append(x) }
                return xs
            }, state)
        }
        let shuffled = try local.partitionBy(numPartitions, function: partitionFunc)
        return try shuffled.mapPartitionsWithIndex(origin, preservesPartitioning: true) { _, items in
            try Self.mergeValues(items, create: { $0 }, merge: { a, b in
                if case .list(let list) = a, case .list(let other) = b { list.items.append(contentsOf: other.items) }
                return a
            }, state).map { pair in
                guard case .tuple(let kv) = pair, case .list(let values) = kv[1] else { return pair }
                return .tuple([kv[0], .host(ResultIterableObject(values.items))])
            }
        }
    }
}
