import PyLite
import SparkLite

/// The transformations of `pyspark.RDD`, each built from the same steps as in PySpark's `rdd.py`.
extension RDDObject {
    // MARK: Element-wise

    func map(_ f: PyValue, preservesPartitioning: Bool = false, origin: String? = nil) throws -> RDDObject {
        let state = self.state
        return try mapPartitionsWithIndex(origin ?? self.origin("map"), preservesPartitioning: preservesPartitioning) { _, items in
            try items.map { try state.call(f, $0) }
        }
    }

    /// `map` with a Swift function, for the steps PySpark writes as lambdas (`keys`, `mapValues`).
    func mapSwift(_ origin: String?, preservesPartitioning: Bool = false, _ f: @escaping (PyValue) throws -> PyValue) throws -> RDDObject {
        try mapPartitionsWithIndex(origin, preservesPartitioning: preservesPartitioning) { _, items in try items.map(f) }
    }

    func flatMap(_ f: PyValue, preservesPartitioning: Bool = false) throws -> RDDObject {
        let state = self.state
        return try mapPartitionsWithIndex(origin("flatMap"), preservesPartitioning: preservesPartitioning) { _, items in
            let interpreter = try state.interpreter
            return try items.flatMap { try interpreter.elements(of: try state.call(f, $0)) }
        }
    }

    func filter(_ f: PyValue) throws -> RDDObject {
        let state = self.state
        return try mapPartitionsWithIndex(origin("filter"), preservesPartitioning: true) { _, items in
            let interpreter = try state.interpreter
            return try items.filter { try interpreter.truth(try state.call(f, $0)) }
        }
    }

    /// `mapPartitions(f)` / `mapPartitionsWithIndex(f)`: `f` gets an iterator over the partition (and its
    /// index) and returns any iterable.
    func mapPartitions(_ f: PyValue, withIndex: Bool, preservesPartitioning: Bool) throws -> RDDObject {
        let state = self.state
        return try mapPartitionsWithIndex(origin(withIndex ? "mapPartitionsWithIndex" : "mapPartitions"),
                                          preservesPartitioning: preservesPartitioning) { split, items in
            let iterator = PyValue.iterator(PyIterator(typeName: "iterator", values: items))
            let result = withIndex ? try state.call(f, .int(split), iterator) : try state.call(f, iterator)
            return try state.interpreter.elements(of: result)
        }
    }

    func glom() throws -> RDDObject {
        try mapPartitionsWithIndex(origin("glom")) { _, items in [.newList(items)] }
    }

    func keyBy(_ f: PyValue) throws -> RDDObject {
        let state = self.state
        return try mapSwift(origin("keyBy")) { .tuple([try state.call(f, $0), $0]) }
    }

    func keys(origin: String? = nil) throws -> RDDObject {
        let state = self.state
        return try mapSwift(origin ?? self.origin("keys")) { try Self.item($0, 0, state) }
    }

    func values(origin: String? = nil) throws -> RDDObject {
        let state = self.state
        return try mapSwift(origin ?? self.origin("values")) { try Self.item($0, 1, state) }
    }

    func mapValues(_ origin: String?, _ f: @escaping (PyValue) throws -> PyValue) throws -> RDDObject {
        let state = self.state
        return try mapSwift(origin, preservesPartitioning: true) { kv in
            .tuple([try Self.item(kv, 0, state), try f(try Self.item(kv, 1, state))])
        }
    }

    func flatMapValues(_ origin: String?, _ f: @escaping (PyValue) throws -> [PyValue]) throws -> RDDObject {
        let state = self.state
        return try mapPartitionsWithIndex(origin, preservesPartitioning: true) { _, items in
            try items.flatMap { kv -> [PyValue] in
                let key = try Self.item(kv, 0, state)
                return try f(try Self.item(kv, 1, state)).map { .tuple([key, $0]) }
            }
        }
    }

    /// `sample(withReplacement, fraction, seed)`: PySpark's `RDDSampler` per partition.
    func sample(withReplacement: Bool, fraction: Double, seed: Int?, origin: String?) throws -> RDDObject {
        guard fraction >= 0 else { throw PyException.valueError("Fraction must be nonnegative.") }
        let sampler = RDDSampler(withReplacement: withReplacement, fraction: fraction,
                                 seed: seed ?? Int.random(in: 0...Int.max))
        return try mapPartitionsWithIndex(origin, preservesPartitioning: true) { split, items in
            sampler.sample(split, items)
        }
    }

    // MARK: Set operations

    /// `union`: the JVM union of both RDDs, re-serialized first when their serializers differ; it keeps the
    /// partitioner when both have it and the partition count does not change.
    func union(_ other: RDDObject, origin: String? = nil) throws -> RDDObject {
        var left = self, right = other
        var serializer = deserializer
        if !deserializer.pyEquals(other.deserializer) {
            left = try reserialize()
            right = try other.reserialize()
            serializer = .autoBatched
        }
        let jrdd = state.sc.union([try left.jrdd(), try right.jrdd()], creationSite: "union at NativeMethodAccessorImpl.java:0")
        state.register(jrdd)
        let rdd = RDDObject(state, jrdd: jrdd, deserializer: serializer, origin: origin ?? "")
        if partitioner == other.partitioner, try getNumPartitions() == jrdd.numPartitions { rdd.partitioner = partitioner }
        return rdd
    }

    func distinct(_ numPartitions: Int?) throws -> RDDObject {
        let state = self.state
        let keyed = try mapSwift(nil) { .tuple([$0, .none]) }
        let reduced = try keyed.combineByKey({ $0 }, { x, _ in x }, { x, _ in x }, numPartitions: numPartitions,
                                             partitionFunc: nil, origin: "")
        return try reduced.mapSwift(origin("distinct")) { try Self.item($0, 0, state) }
    }

    func intersection(_ other: RDDObject) throws -> RDDObject {
        let a = try mapSwift(nil) { .tuple([$0, .none]) }
        let b = try other.mapSwift(nil) { .tuple([$0, .none]) }
        let grouped = try a.cogroup([b], numPartitions: nil, origin: nil)
        let state = self.state
        let both = try grouped.mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in
            try items.filter { kv in
                let groups = try Self.item(kv, 1, state).asArray ?? []
                return try groups.allSatisfy { try state.interpreter.truth($0) }
            }
        }
        return try both.keys(origin: origin("intersection"))
    }

    func subtractByKey(_ other: RDDObject, numPartitions: Int?, origin: String? = nil) throws -> RDDObject {
        let state = self.state
        let grouped = try cogroup([other], numPartitions: numPartitions, origin: nil)
        let kept = try grouped.mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in
            try items.filter { kv in
                let groups = try Self.item(kv, 1, state).asArray ?? []
                let interpreter = try state.interpreter
                return try groups.count == 2 && interpreter.truth(groups[0]) && !interpreter.truth(groups[1])
            }
        }
        return try kept.flatMapValues(origin ?? self.origin("subtractByKey")) { groups in
            try state.interpreter.elements(of: try Self.item(groups, 0, state))
        }
    }

    func subtract(_ other: RDDObject, numPartitions: Int?) throws -> RDDObject {
        let right = try other.mapSwift(nil) { .tuple([$0, .bool(true)]) }
        let left = try mapSwift(nil) { .tuple([$0, .bool(true)]) }
        return try left.subtractByKey(right, numPartitions: numPartitions, origin: nil).keys(origin: origin("subtract"))
    }

    /// `cartesian`: every pair, in the JVM's order (for each batch of the first partition, each batch of the
    /// second, the product of the two batches).
    func cartesian(_ other: RDDObject) throws -> RDDObject {
        let (a, b) = (deserializer, other.deserializer)
        let jrdd = CartesianRDD<PyValue, PyValue, PyValue>(try jrdd(), try other.jrdd(), creationSite: "cartesian at NativeMethodAccessorImpl.java:0") { xs, ys in
            var out: [PyValue] = []
            let yBatches = b.batches(ys)
            for xBatch in a.batches(xs) {
                for yBatch in yBatches {
                    for x in xBatch { for y in yBatch { out.append(.tuple([x, y])) } }
                }
            }
            return out
        }
        state.register(jrdd)
        return RDDObject(state, jrdd: jrdd, deserializer: .cartesian(a, b), origin: origin("cartesian"))
    }

    /// `zip`: both sides re-batched alike when their batch sizes differ, then zipped batch by batch, which
    /// needs as many elements in each partition on both sides.
    func zip(_ other: RDDObject) throws -> RDDObject {
        var left = self, right = other
        let myBatch = deserializer.zipBatchSize, otherBatch = other.deserializer.zipBatchSize
        if myBatch != otherBatch || myBatch == 0 {
            var size = Swift.min(myBatch, otherBatch)
            if size <= 0 { size = 100 }
            right = try other.reserialize(.batched(size))
            left = try reserialize(.batched(size))
        }
        guard try left.getNumPartitions() == right.getNumPartitions() else {
            throw PyException.valueError("Can only zip with RDD which has the same number of partitions")
        }
        let (a, b) = (left.deserializer, right.deserializer)
        let jrdd = try ZippedPartitionsRDD2<PyValue, PyValue, PyValue>(try left.jrdd(), try right.jrdd(), creationSite: "zip at NativeMethodAccessorImpl.java:0") { xs, ys in
            let xBatches = a.batches(xs), yBatches = b.batches(ys)
            guard xBatches.count == yBatches.count else {
                throw SparkError("SPARK_EXCEPTION", "Can only zip RDDs with same number of elements in each partition")
            }
            return try Swift.zip(xBatches, yBatches).flatMap { x, y -> [PyValue] in
                guard x.count == y.count else {
                    throw PyException.valueError("Can not deserialize PairRDD with different number of items in batches: (\(x.count), \(y.count))")
                }
                return Swift.zip(x, y).map { .tuple([$0, $1]) }
            }
        }
        state.register(jrdd)
        return RDDObject(state, jrdd: jrdd, deserializer: .pair(a, b), origin: origin("zip"))
    }

    /// `zipWithIndex`: counts the partitions first (a job) unless there is only one.
    func zipWithIndex() throws -> RDDObject {
        var starts = [0]
        if try getNumPartitions() > 1 {
            let counts = try collectMapped("zipWithIndex") { _, items in [.int(items.count)] }.compactMap(\.asInt)
            for count in counts.dropLast() { starts.append(starts[starts.count - 1] + count) }
        }
        return try mapPartitionsWithIndex(origin("zipWithIndex")) { split, items in
            items.enumerated().map { .tuple([$1, .int(starts[split] + $0)]) }
        }
    }

    func zipWithUniqueId() throws -> RDDObject {
        let n = try getNumPartitions()
        return try mapPartitionsWithIndex(origin("zipWithUniqueId")) { split, items in
            items.enumerated().map { .tuple([$1, .int($0 * n + split)]) }
        }
    }

    // MARK: Partitions

    /// `coalesce(n, shuffle)`; `repartition(n)` is `coalesce(n, shuffle=True)`, which pickles the elements in
    /// batches of 10 and deals the batches out round-robin.
    func coalesce(_ n: Int, shuffle: Bool, origin: String? = nil) throws -> RDDObject {
        guard n > 0 else { throw PyException.valueError("Number of partitions must be positive.") }
        let site = "coalesce at NativeMethodAccessorImpl.java:0"
        let jrdd: RDD<PyValue>
        let serializer: PySerializer
        if shuffle {
            let copy = try reserialize(.batched(10))
            let state = self.state
            serializer = copy.deserializer
            jrdd = try copy.jrdd().shuffleCoalesce(
                n, creationSite: site, records: { serializer.batches($0) }, output: { state.copy($0.flatMap { $0 }) },
                recordSize: { PickleSize.dumps(.list(PyList($0))) }, elementCount: { $0.count })
        } else {
            serializer = deserializer
            jrdd = CoalescedRDD(try self.jrdd(), maxPartitions: n, creationSite: site)
        }
        state.register(jrdd)
        return RDDObject(state, jrdd: jrdd, deserializer: serializer, origin: origin ?? "")
    }

    /// `sortByKey`: one partition sorts in place (after `coalesce(1)`); otherwise it counts the RDD and samples
    /// its keys (two jobs, run now, as in PySpark), splits the key range at the sample's quantiles and sorts
    /// each range partition.
    func sortByKey(ascending: Bool, numPartitions: Int?, keyfunc: PyValue?, origin: String) throws -> RDDObject {
        let state = self.state
        let n = try numPartitions ?? defaultReducePartitions()
        let key: (PyValue) throws -> PyValue = { k in
            guard let keyfunc, !keyfunc.isNone else { return k }
            return try state.call(keyfunc, k)
        }
        let sortPartition: PartitionFunction = { _, items in
            let keys = try items.map { try key(try Self.item($0, 0, state)) }
            return try Self.sorted(items, keys: keys, reverse: !ascending, state)
        }
        if n == 1 {
            let single = try getNumPartitions() > 1 ? try coalesce(1, shuffle: false) : self
            return try single.mapPartitionsWithIndex(origin, preservesPartitioning: true, sortPartition)
        }
        let size = try count(api: "sortByKey")
        if size == 0 { return self }
        let fraction = Swift.min(Double(n) * 20.0 / Double(Swift.max(size, 1)), 1.0)
        let sampled = try sample(withReplacement: false, fraction: fraction, seed: 1, origin: nil)
        let keys = try sampled.mapSwift(nil) { try Self.item($0, 0, state) }.collectPartitions("sortByKey").flatMap { $0 }
        // PySpark compares these raw sample keys with `keyfunc(k)` when placing a key.
        let samples = try Self.sorted(keys, keys: keys.map(key), reverse: false, state)
        let bounds = try (0..<(n - 1)).map { i -> PyValue in
            let index = Int(Double(samples.count) * Double(i + 1) / Double(n))
            guard index < samples.count else { throw PyException.indexError("list index out of range") }
            return samples[index]
        }
        let partitioner = PyPartitioner(numPartitions: n, function: .range({ args in
            let k = try key(args[0])
            var low = 0, high = bounds.count
            while low < high {
                let mid = (low + high) / 2
                if try state.interpreter.less(bounds[mid], k) { low = mid + 1 } else { high = mid }
            }
            return ascending ? low : n - 1 - low
        }), functionId: state.newId(origin: "") &+ 1_000_000)
        return try partitionBy(n, partitioner).mapPartitionsWithIndex(origin, preservesPartitioning: true, sortPartition)
    }

    /// Python's stable `sorted(items, key=..., reverse=...)` with precomputed keys.
    static func sorted(_ items: [PyValue], keys: [PyValue], reverse: Bool, _ state: RDDBridgeState) throws -> [PyValue] {
        let interpreter = try state.interpreter
        guard let sortedFunction = interpreter.builtinFunction(named: "sorted") else { return items }
        let indices = PyValue.newList((0..<items.count).map { .int($0) })
        let keyList = keys
        let keyOf = PyValue.native(PyNativeFunction(name: "key") { a in keyList[a.positional.first?.asInt ?? 0] })
        let order = try interpreter.elements(of: try interpreter.call(sortedFunction, positional: [indices],
                                                                      keyword: [("key", keyOf), ("reverse", .bool(reverse))]))
        return order.compactMap(\.asInt).map { items[$0] }
    }

    // MARK: Joins

    /// `cogroup` and `groupWith`: each RDD's values tagged with its position, the union grouped by key, and
    /// the values split back into one `ResultIterable` per RDD.
    func cogroup(_ others: [RDDObject], numPartitions: Int?, origin: String?) throws -> RDDObject {
        let all = [self] + others
        let tagged = try all.enumerated().map { i, rdd in
            try rdd.mapValues(nil) { .tuple([.int(i), $0]) }
        }
        var union = tagged[0]
        for next in tagged.dropFirst() { union = try union.union(next) }
        let grouped = try union.groupByKey(numPartitions: numPartitions, partitionFunc: nil, origin: "")
        let state = self.state
        let count = all.count
        return try grouped.mapValues(origin) { values in
            var buffers = Array(repeating: [PyValue](), count: count)
            for item in try state.interpreter.elements(of: values) {
                let (n, v) = try Self.unpackPair(item, state)
                buffers[n.asInt ?? 0].append(v)
            }
            return .tuple(buffers.map { .host(ResultIterableObject($0)) })
        }
    }

    enum JoinKind { case inner, leftOuter, rightOuter, fullOuter }

    /// PySpark's `python_join` family: the union of both sides tagged 1 and 2, grouped by key, then the
    /// pairs of each key's values (with `None` for a missing side in outer joins).
    func join(_ other: RDDObject, kind: JoinKind, numPartitions: Int?, origin: String) throws -> RDDObject {
        let vs = try mapValues(nil) { .tuple([.int(1), $0]) }
        let ws = try other.mapValues(nil) { .tuple([.int(2), $0]) }
        let grouped = try vs.union(ws).groupByKey(numPartitions: numPartitions, partitionFunc: nil, origin: "")
        let state = self.state
        return try grouped.flatMapValues(origin) { values in
            var vbuf: [PyValue] = [], wbuf: [PyValue] = []
            for item in try state.interpreter.elements(of: values) {
                let (n, v) = try Self.unpackPair(item, state)
                if n.asInt == 1 { vbuf.append(v) } else if n.asInt == 2 { wbuf.append(v) }
            }
            if vbuf.isEmpty && (kind == .rightOuter || kind == .fullOuter) { vbuf.append(.none) }
            if wbuf.isEmpty && (kind == .leftOuter || kind == .fullOuter) { wbuf.append(.none) }
            return vbuf.flatMap { v in wbuf.map { w in .tuple([v, w]) } }
        }
    }
}
