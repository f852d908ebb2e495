/// Key-value operations of the Swift RDD API (Scala Spark's `PairRDDFunctions`): keys are placed by
/// `HashPartitioner` on their Java hash code, `reduceByKey` and friends combine on the map side, and
/// `groupByKey` does not, so it shuffles one record per element.
extension RDD {
    /// The partition count Scala's `defaultPartitioner` picks for one RDD: its partitioner's, else
    /// `spark.default.parallelism` when set, else this RDD's partition count.
    func defaultReducePartitions() -> Int {
        if let partitioner { return partitioner.numPartitions }
        if context.defaultParallelismIsSet { return context.defaultParallelism }
        return numPartitions
    }

    public func mapValues<K, V, U>(_ f: @escaping (V) throws -> U, file: String = #fileID, line: Int = #line) -> RDD<(K, U)>
    where T == (K, V) {
        MapPartitionsRDD(self, creationSite: callSite("mapValues", file, line), preservesPartitioning: true) { _, items, _ in
            try items.map { ($0.0, try f($0.1)) }
        }
    }

    public func keys<K, V>(file: String = #fileID, line: Int = #line) -> RDD<K> where T == (K, V) {
        MapPartitionsRDD(self, creationSite: callSite("keys", file, line)) { _, items, _ in items.map(\.0) }
    }

    public func values<K, V>(file: String = #fileID, line: Int = #line) -> RDD<V> where T == (K, V) {
        MapPartitionsRDD(self, creationSite: callSite("values", file, line)) { _, items, _ in items.map(\.1) }
    }

    /// Moves each pair to partition `nonNegativeMod(key.hashCode, n)`; a no-op when already so partitioned.
    public func partitionBy<K: Hashable & JavaHashable, V>(_ n: Int, file: String = #fileID, line: Int = #line) -> RDD<(K, V)>
    where T == (K, V) {
        if partitioner == .hash(n) { return self }
        let site = callSite("partitionBy", file, line)
        let dependency = ShuffleDependency<(K, V), (K, V)>(parent: self, numReducePartitions: n) {
            Partitioner.nonNegativeMod(Int($0.0.javaHashCode), n)
        }
        return ShuffledRDD(dependency, partitioner: .hash(n), creationSite: site)
    }

    /// `combineByKey`: with `mapSideCombine` each map task merges its values per key before the shuffle (one
    /// record per key and map task); without it every pair is a record.
    public func combineByKey<K: Hashable & JavaHashable, V, C>(
        _ createCombiner: @escaping (V) throws -> C, _ mergeValue: @escaping (C, V) throws -> C,
        _ mergeCombiners: @escaping (C, C) throws -> C, numPartitions: Int? = nil, mapSideCombine: Bool = true,
        operation: String = "combineByKey", file: String = #fileID, line: Int = #line
    ) -> RDD<(K, C)> where T == (K, V) {
        let n = numPartitions ?? defaultReducePartitions()
        let site = callSite(operation, file, line)
        let pairs = self
        if partitioner == .hash(n) {
            return MapPartitionsRDD(pairs, creationSite: site, preservesPartitioning: true) { _, items, _ in
                try Self.combineValues(items, createCombiner, mergeValue)
            }
        }
        let mapSide: ([(K, V)]) throws -> [(K, C)] = mapSideCombine
            ? { try Self.combineValues($0, createCombiner, mergeValue) }
            : { try $0.map { ($0.0, try createCombiner($0.1)) } }
        let dependency = ShuffleDependency<(K, V), (K, C)>(parent: pairs, numReducePartitions: n, mapSide: mapSide) {
            Partitioner.nonNegativeMod(Int($0.0.javaHashCode), n)
        }
        return ShuffledRDD(dependency, partitioner: .hash(n), creationSite: site) { records in
            try Self.combineValues(records, { $0 }, mergeCombiners)
        }
    }

    /// Merges values per key, keys in order of first appearance.
    static func combineValues<K: Hashable, V, C>(_ items: [(K, V)], _ create: (V) throws -> C, _ merge: (C, V) throws -> C) throws -> [(K, C)] {
        var index: [K: Int] = [:]
        var out: [(K, C)] = []
        for (k, v) in items {
            if let i = index[k] {
                out[i].1 = try merge(out[i].1, v)
            } else {
                index[k] = out.count
                out.append((k, try create(v)))
            }
        }
        return out
    }

    public func reduceByKey<K: Hashable & JavaHashable, V>(_ f: @escaping (V, V) throws -> V, numPartitions: Int? = nil,
                                                           file: String = #fileID, line: Int = #line) -> RDD<(K, V)>
    where T == (K, V) {
        combineByKey({ $0 }, f, f, numPartitions: numPartitions, operation: "reduceByKey", file: file, line: line)
    }

    public func foldByKey<K: Hashable & JavaHashable, V>(_ zero: V, _ f: @escaping (V, V) throws -> V, numPartitions: Int? = nil,
                                                         file: String = #fileID, line: Int = #line) -> RDD<(K, V)>
    where T == (K, V) {
        combineByKey({ try f(zero, $0) }, f, f, numPartitions: numPartitions, operation: "foldByKey", file: file, line: line)
    }

    public func aggregateByKey<K: Hashable & JavaHashable, V, U>(
        _ zero: U, _ seqOp: @escaping (U, V) throws -> U, _ combOp: @escaping (U, U) throws -> U, numPartitions: Int? = nil,
        file: String = #fileID, line: Int = #line
    ) -> RDD<(K, U)> where T == (K, V) {
        combineByKey({ try seqOp(zero, $0) }, seqOp, combOp, numPartitions: numPartitions, operation: "aggregateByKey", file: file, line: line)
    }

    /// `groupByKey`: no map-side combine, so every pair crosses the shuffle.
    public func groupByKey<K: Hashable & JavaHashable, V>(numPartitions: Int? = nil, file: String = #fileID, line: Int = #line) -> RDD<(K, [V])>
    where T == (K, V) {
        combineByKey({ [$0] }, { $0 + [$1] }, { $0 + $1 }, numPartitions: numPartitions, mapSideCombine: false,
                     operation: "groupByKey", file: file, line: line)
    }

    /// `countByKey()`: `mapValues(_ => 1).reduceByKey(_ + _).collect()`, as Spark computes it.
    public func countByKey<K: Hashable & JavaHashable, V>(file: String = #fileID, line: Int = #line) throws -> [K: Int] where T == (K, V) {
        let ones: RDD<(K, Int)> = mapValues({ _ in 1 }, file: file, line: line)
        return Dictionary(try ones.reduceByKey(+, file: file, line: line).collect(file: file, line: line), uniquingKeysWith: +)
    }
}
