/// Spark's call site for an API call from Swift: `map at RDDTests.swift:42`.
func callSite(_ operation: String, _ file: String, _ line: Int) -> String {
    "\(operation) at \(file.split(separator: "/").last.map(String.init) ?? file):\(line)"
}

extension SparkContext {
    /// `sc.parallelize(items, numSlices)`, sliced as Scala Spark slices a sequence.
    public func parallelize<T>(_ items: [T], numSlices: Int? = nil, file: String = #fileID, line: Int = #line) -> RDD<T> {
        ParallelCollectionRDD(context: self, slices: ParallelCollectionRDD.slice(items, numSlices: numSlices ?? defaultParallelism),
                              creationSite: callSite("parallelize", file, line))
    }

    public func emptyRDD<T>(of type: T.Type = T.self, file: String = #fileID, line: Int = #line) -> RDD<T> {
        EmptyRDD(context: self, creationSite: callSite("emptyRDD", file, line))
    }
}

/// Transformations of the Swift RDD API, with Scala Spark's semantics. Each returns a new RDD; nothing runs
/// until an action.
extension RDD {
    public func map<U>(_ f: @escaping (T) throws -> U, file: String = #fileID, line: Int = #line) -> RDD<U> {
        MapPartitionsRDD(self, creationSite: callSite("map", file, line)) { _, items, _ in try items.map(f) }
    }

    public func flatMap<U>(_ f: @escaping (T) throws -> [U], file: String = #fileID, line: Int = #line) -> RDD<U> {
        MapPartitionsRDD(self, creationSite: callSite("flatMap", file, line)) { _, items, _ in try items.flatMap(f) }
    }

    public func filter(_ f: @escaping (T) throws -> Bool, file: String = #fileID, line: Int = #line) -> RDD<T> {
        MapPartitionsRDD(self, creationSite: callSite("filter", file, line), preservesPartitioning: true) { _, items, _ in
            try items.filter(f)
        }
    }

    public func mapPartitionsWithIndex<U>(_ f: @escaping (Int, [T]) throws -> [U], preservesPartitioning: Bool = false,
                                          file: String = #fileID, line: Int = #line) -> RDD<U> {
        MapPartitionsRDD(self, creationSite: callSite("mapPartitionsWithIndex", file, line),
                         preservesPartitioning: preservesPartitioning) { index, items, _ in try f(index, items) }
    }

    public func glom(file: String = #fileID, line: Int = #line) -> RDD<[T]> {
        MapPartitionsRDD(self, creationSite: callSite("glom", file, line)) { _, items, _ in [items] }
    }

    public func keyBy<K>(_ f: @escaping (T) throws -> K, file: String = #fileID, line: Int = #line) -> RDD<(K, T)> {
        MapPartitionsRDD(self, creationSite: callSite("keyBy", file, line)) { _, items, _ in try items.map { (try f($0), $0) } }
    }

    public func union(_ other: RDD<T>, file: String = #fileID, line: Int = #line) -> RDD<T> {
        context.union([self, other], creationSite: callSite("union", file, line))
    }

    public func cartesian<U>(_ other: RDD<U>, file: String = #fileID, line: Int = #line) -> RDD<(T, U)> {
        CartesianRDD(self, other, creationSite: callSite("cartesian", file, line)) { a, b in
            a.flatMap { x in b.map { (x, $0) } }
        }
    }

    /// Pairs elements by position; partitions must have as many elements as the other RDD's.
    public func zip<U>(_ other: RDD<U>, file: String = #fileID, line: Int = #line) throws -> RDD<(T, U)> {
        try ZippedPartitionsRDD2(self, other, creationSite: callSite("zip", file, line)) { a, b in
            guard a.count == b.count else {
                throw SparkError("SPARK_EXCEPTION", "Can only zip RDDs with same number of elements in each partition")
            }
            return Array(Swift.zip(a, b))
        }
    }

    /// `coalesce(n)`: fewer partitions without a shuffle. With `shuffle: true` (`repartition`), each map task
    /// deals its records round-robin from a position `XORShiftRandom(mapIndex)` picks, as Spark does.
    public func coalesce(_ n: Int, shuffle: Bool = false, file: String = #fileID, line: Int = #line) throws -> RDD<T> {
        guard n > 0 else { throw SparkError("INVALID_PARTITIONS", "Number of partitions (\(n)) must be positive.") }
        let site = callSite("coalesce", file, line)
        if !shuffle { return CoalescedRDD(self, maxPartitions: n, creationSite: site) }
        return shuffleCoalesce(n, creationSite: site, records: { $0 }, output: { $0 })
    }

    public func repartition(_ n: Int, file: String = #fileID, line: Int = #line) throws -> RDD<T> {
        try coalesce(n, shuffle: true, file: file, line: line)
    }

    /// The nodes of `coalesce(n, shuffle = true)`: records keyed by position → `ShuffledRDD` (hash of the
    /// position) → `CoalescedRDD` → values. Each map task turns its partition into records (`records`, the
    /// elements themselves in Scala Spark, pickled batches in PySpark) and deals them out starting after
    /// `XORShiftRandom(mapIndex).nextInt(n)`; `output` turns a partition's records back into elements.
    public func shuffleCoalesce<R, U>(_ n: Int, creationSite: String, records: @escaping ([T]) throws -> [R],
                                      output: @escaping ([R]) throws -> [U], recordSize: @escaping (R) -> Int = { _ in 8 },
                                      elementCount: @escaping (R) -> Int = { _ in 1 }) -> RDD<U> {
        let keyed = MapPartitionsRDD<T, (Int, R)>(self, creationSite: creationSite) { index, items, _ in
            var random = XORShiftRandom(Int64(index))
            var position = Int(random.nextInt(Int32(n)))
            return try records(items).map { record in
                position += 1
                return (position, record)
            }
        }
        let dependency = ShuffleDependency<(Int, R), (Int, R)>(
            parent: keyed, numReducePartitions: n,
            partition: { Partitioner.nonNegativeMod(Int(Int32(truncatingIfNeeded: $0.0)), n) },
            recordSize: { recordSize($0.1) + 4 }, elementCount: { elementCount($0.1) })
        let shuffled = ShuffledRDD(dependency, partitioner: .hash(n), creationSite: creationSite)
        let coalesced = CoalescedRDD(shuffled, maxPartitions: n, creationSite: creationSite)
        return MapPartitionsRDD(coalesced, creationSite: creationSite) { _, items, _ in try output(items.map(\.1)) }
    }

    /// `cache()`: `persist(.memoryOnly)`; lazy, the first action stores the partitions it computes.
    @discardableResult
    public func cache() throws -> RDD<T> {
        try persist(.memoryOnly)
        return self
    }
}
