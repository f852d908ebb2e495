import PyLite
import SparkLite

/// A function PySpark runs over one partition: the partition index and its elements in, elements out.
typealias PartitionFunction = (Int, [PyValue]) throws -> [PyValue]

/// `pyspark.RDD` and `pyspark.rdd.PipelinedRDD`, built the way PySpark builds them so that partitions,
/// element order, shuffles and the lineage are real PySpark's:
///
/// - Python functions applied one after another (`map`, `filter`, `mapPartitions`, and the per-partition
///   steps of `reduceByKey` and friends) are fused into one function over the last JVM RDD, and become one
///   `PythonRDD` only when needed (an action, a shuffle, `cache`), as PySpark's `PipelinedRDD` does.
/// - Shuffles are PySpark's `partitionBy`: keys hashed with `portable_hash` in Python, pairs written in
///   pickled batches (the JVM's shuffle records), read back in map order.
/// - Everything else (`union`, `cartesian`, `zip`, `coalesce`, `repartition`) is the JVM RDD PySpark calls.
final class RDDObject: PyHostObject {
    let state: RDDBridgeState
    /// This Python RDD's number among the run's RDDs (for compute counts).
    let pyId: Int
    /// The call that made it (`map at solution.py:5`).
    let origin: String
    var deserializer: PySerializer
    var partitioner: PyPartitioner?
    var isCached = false
    private var jrddValue: RDD<PyValue>?
    let pipeline: Pipeline?

    /// A `PipelinedRDD`: a function over the partitions of an existing JVM RDD.
    struct Pipeline {
        let prev: RDD<PyValue>
        let prevDeserializer: PySerializer
        let function: PartitionFunction
        let preservesPartitioning: Bool
    }

    init(_ state: RDDBridgeState, jrdd: RDD<PyValue>, deserializer: PySerializer, origin: String) {
        self.state = state
        self.origin = origin
        self.pyId = state.newId(origin: origin)
        self.deserializer = deserializer
        self.jrddValue = jrdd
        self.pipeline = nil
        state.track(self)
    }

    private init(_ state: RDDBridgeState, pipeline: Pipeline, origin: String, pyId: Int) {
        self.state = state
        self.origin = origin
        self.pyId = pyId
        self.deserializer = .autoBatched
        self.pipeline = pipeline
        state.track(self)
    }

    nonisolated(unsafe) static let pyClassObject = PyClass(hostName: "RDD", moduleName: "pyspark.core.rdd")

    var pyTypeName: String { pipeline == nil ? "RDD" : "PipelinedRDD" }
    var pyClass: PyClass? { Self.pyClassObject }

    // MARK: Pipelines and JVM RDDs

    /// Whether a following Python function can be fused into this RDD's (PySpark's `_is_pipelinable`).
    var isPipelinable: Bool { pipeline != nil && !isCached }

    /// `PipelinedRDD(prev, f, preservesPartitioning)`: fuses `f` into `prev`'s function when `prev` is a
    /// pipelinable `PipelinedRDD`, else runs it over `prev`'s JVM RDD.
    static func pipelined(_ prev: RDDObject, origin: String?, preservesPartitioning: Bool,
                          _ function: @escaping PartitionFunction) throws -> RDDObject {
        let state = prev.state
        let id = state.newId(origin: origin ?? "")
        let step: PartitionFunction = origin == nil ? function : { split, items in
            state.recordComputation(id)
            return try function(split, items)
        }
        let pipeline: Pipeline
        if prev.isPipelinable, let p = prev.pipeline {
            let previous = p.function
            pipeline = Pipeline(prev: p.prev, prevDeserializer: p.prevDeserializer,
                                function: { split, items in try step(split, try previous(split, items)) },
                                preservesPartitioning: p.preservesPartitioning && preservesPartitioning)
        } else {
            pipeline = Pipeline(prev: try prev.jrdd(), prevDeserializer: prev.deserializer, function: step,
                                preservesPartitioning: preservesPartitioning)
        }
        let rdd = RDDObject(state, pipeline: pipeline, origin: origin ?? "", pyId: id)
        rdd.partitioner = pipeline.preservesPartitioning ? prev.partitioner : nil
        return rdd
    }

    /// The JVM RDD, created on first use: a `PipelinedRDD` becomes a `PythonRDD`, named after the RDD method
    /// being run when created inside one that PySpark wraps in `SCCallSiteSync` (`inSync`), else
    /// `RDD at PythonRDD.scala:59`.
    func jrdd(inSync: Bool = false) throws -> RDD<PyValue> {
        if let jrddValue { return jrddValue }
        guard let pipeline else { throw SparkError.internalError("an RDD without a JVM RDD") }
        let site = inSync && state.inCallSite ? state.callSite() : "RDD at PythonRDD.scala:59"
        let function = pipeline.function
        let rdd = MapPartitionsRDD<PyValue, PyValue>(pipeline.prev, className: "PythonRDD", creationSite: site,
                                                     preservesPartitioning: pipeline.preservesPartitioning) { split, items, _ in
            try function(split, items)
        }
        state.register(rdd)
        jrddValue = rdd
        return rdd
    }

    func getNumPartitions() throws -> Int {
        if let pipeline, jrddValue == nil { return pipeline.prev.numPartitions }
        return try jrdd().numPartitions
    }

    /// A new RDD applying `f` to each partition (PySpark's `mapPartitionsWithIndex`).
    func mapPartitionsWithIndex(_ origin: String?, preservesPartitioning: Bool = false, _ f: @escaping PartitionFunction) throws -> RDDObject {
        try Self.pipelined(self, origin: origin, preservesPartitioning: preservesPartitioning, f)
    }

    /// The call that creates an RDD, for compute counts: `map at solution.py:5`.
    func origin(_ name: String) -> String { state.callSite(name) }

    /// `_defaultReducePartitions`: `spark.default.parallelism` when set, else this RDD's partition count.
    func defaultReducePartitions() throws -> Int {
        if state.sc.defaultParallelismIsSet { return state.sc.defaultParallelism }
        return try getNumPartitions()
    }

    /// Elements of each partition, collected to the driver (PySpark's `collect`, run in `SCCallSiteSync`).
    func collectPartitions(_ api: String = "collect") throws -> [[PyValue]] {
        let jrdd = try jrdd(inSync: true)
        let state = self.state
        return try state.job { try state.sc.runJob(jrdd, callSite: state.callSite(api)) { _, items in state.copy(items) } }
    }

    /// `self.mapPartitions(f).collect()`, the shape of most PySpark actions.
    func collectMapped(_ api: String, _ f: @escaping PartitionFunction) throws -> [PyValue] {
        try mapPartitionsWithIndex(nil, f).collectPartitions(api).flatMap { $0 }
    }

    /// `sc.runJob(self, f, partitions)`: a job over some partitions, outside `SCCallSiteSync`.
    func runJob(_ api: String, partitions: [Int], _ f: @escaping PartitionFunction) throws -> [PyValue] {
        let mapped = try mapPartitionsWithIndex(nil, f)
        let jrdd = try mapped.jrdd()
        let state = self.state
        return try state.job { try state.sc.runJob(jrdd, partitions: partitions, callSite: state.callSite(api)) { _, items in state.copy(items) } }
            .flatMap { $0 }
    }

    /// `_reserialize(serializer)`: an identity `map` when the serializer differs, as PySpark re-pickles.
    func reserialize(_ serializer: PySerializer = .autoBatched) throws -> RDDObject {
        guard !deserializer.pyEquals(serializer) else { return self }
        let copy = try mapPartitionsWithIndex(nil, preservesPartitioning: true) { _, items in items }
        copy.deserializer = serializer
        return copy
    }

    /// Computations of this RDD's partitions so far (a cached partition read again is not one).
    var computations: Int {
        if pipeline != nil { return state.computations[pyId] ?? 0 }
        return jrddValue.map { state.sc.metrics.computations[$0.id] ?? 0 } ?? 0
    }

    // MARK: Python protocol

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        try attribute(name)
    }

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard op == .add, !reflected else { return nil }
        guard let o = other.asHost(RDDObject.self) else { throw PyException.typeError("unsupported operand type(s) for +: 'RDD' and '\(Conversion.typeName(other))'") }
        return try state.api("union") { .host(try union(o, origin: origin("union"))) }
    }

    func pyRepr() -> String { (try? jrdd().description) ?? "RDD" }
}

extension RDDBridgeState {
    /// Sets how a JVM RDD of Python values copies what it stores and estimates its size.
    func register(_ rdd: RDD<PyValue>) {
        rdd.readCopy = { [unowned self] in self.copy($0) }
        rdd.elementSize = { PickleSize.size($0) }
    }
}
