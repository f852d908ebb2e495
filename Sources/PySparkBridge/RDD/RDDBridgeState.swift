import Foundation
import PyLite
import SparkLite

/// What the RDDs of one run share: the SparkContext that schedules their jobs, the interpreter their Python
/// functions run on, the call site of the RDD method the program is in, and how often each Python-level RDD
/// was computed.
///
/// Every job runs its tasks one at a time on the interpreter's thread: Python functions are only ever called
/// serially.
final class RDDBridgeState {
    unowned let bridge: BridgeContext
    let sc: SparkContext
    private var nextId = 0
    private var depth = 0
    private var site: String?
    /// Partition computations per Python RDD, and the call that created it (`map at solution.py:5`).
    private(set) var computations: [Int: Int] = [:]
    private(set) var origins: [Int: String] = [:]
    /// Every RDD object of the run, in creation order.
    private(set) var rdds: [RDDObject] = []

    func track(_ rdd: RDDObject) { rdds.append(rdd) }

    /// `pyspark.SparkContext` for this run.
    lazy var contextClass = SparkContextObject.contextClass(bridge)

    init(bridge: BridgeContext) {
        self.bridge = bridge
        self.sc = bridge.session.sparkContext
        sc.runsTasksSerially = true
        sc.limits = bridge.limits
    }

    var interpreter: PyInterpreter {
        get throws {
            guard let interpreter = bridge.interpreter else { throw SparkError.internalError("The RDD API needs the Python interpreter.") }
            return interpreter
        }
    }

    func newId(origin: String) -> Int {
        defer { nextId += 1 }
        origins[nextId] = origin
        return nextId
    }

    func recordComputation(_ id: Int) { computations[id, default: 0] += 1 }

    /// Runs the body of an RDD method called from Python. The outermost call names the call site, as
    /// PySpark's `SCCallSiteSync` does: `reduceByKey at solution.py:7`, also for the jobs and RDDs it creates.
    func api<T>(_ name: String, onContext: Bool = false, _ body: () throws -> T) throws -> T {
        // A Python function running in a task may not use the SparkContext or an RDD.
        if sc.isRunningJob { throw try driverOnly(onContext: onContext) }
        if depth == 0 {
            let interpreter = try self.interpreter
            site = "\(name) at \(interpreter.sourceFileName):\(interpreter.callLine)"
        }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { site = nil }
        }
        return try body()
    }

    /// PySpark refuses to pickle an RDD or the SparkContext into a function that runs in tasks: the job is
    /// not submitted (`PicklingError`).
    func driverOnly(onContext: Bool) throws -> PyException {
        let interpreter = try self.interpreter
        let reason = onContext
            ? "[CONTEXT_ONLY_VALID_ON_DRIVER] It appears that you are attempting to reference SparkContext from a broadcast variable, action, or transformation. SparkContext can only be used on the driver, not in code that it run on workers. For more information, see SPARK-5063."
            : "[RDD_TRANSFORM_ONLY_VALID_ON_DRIVER] It appears that you are attempting to broadcast an RDD or reference an RDD from an action or transformation. RDD transformations and actions can only be invoked by the driver, not inside of other transformations; for example, rdd1.map(lambda x: rdd2.values.count() * x) is invalid because the values transformation and count action cannot be performed inside of the rdd1.map transformation. For more information, see SPARK-5063."
        let message = "Could not serialize object: PySparkRuntimeError: " + reason
        guard let base = interpreter.builtinClass(named: "Exception") else { return PyException(.runtimeError, message) }
        return PyException(exceptionClass: PyClass.exceptionSubclass(named: "PicklingError", base: base, moduleName: "pickle"), message)
    }

    /// Runs a job: a Python exception escaping a task reaches the driver as Spark's `PYTHON_EXCEPTION`, at the
    /// line of the Python code that raised it.
    func job<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            guard let interpreter = bridge.interpreter else { throw error }
            throw PythonWorkerError.wrap(error, interpreter: interpreter)
        }
    }

    /// The call site of the RDD method being run (`collect at solution.py:9`), or `name` when none is.
    func callSite(_ name: String = "collect") -> String {
        if let site { return site }
        let file = (try? interpreter.sourceFileName) ?? "solution.py"
        return "\(name) at \(file):0"
    }

    /// True inside an RDD method, where PySpark's `SCCallSiteSync` names new JVM RDDs after the method.
    var inCallSite: Bool { site != nil }

    /// Calls a Python function with positional arguments.
    func call(_ function: PyValue, _ arguments: PyValue...) throws -> PyValue {
        try interpreter.call(function, positional: arguments)
    }

    /// A copy of elements as Spark's serialization between Python and the JVM makes them.
    func copy(_ items: [PyValue]) -> [PyValue] {
        guard let interpreter = bridge.interpreter else { return items }
        return items.map { interpreter.deepCopy($0) }
    }
}

/// How PySpark serializes an RDD's elements for the JVM (its `_jrdd_deserializer`). It decides when `union`
/// and `zip` re-serialize (adding a `PythonRDD` to the lineage) and how the JVM groups elements into records.
indirect enum PySerializer: Equatable {
    /// `AutoBatchedSerializer(CPickleSerializer())`, the context's serializer: batches of 1, 2, 4, ... items.
    case autoBatched
    /// `BatchedSerializer(CPickleSerializer(), n)`; -1 is unlimited (one batch per write).
    case batched(Int)
    case pair(PySerializer, PySerializer)
    case cartesian(PySerializer, PySerializer)
    case noOp

    /// Python's `self == other`, which uses the left operand's `__eq__`: a `BatchedSerializer` with unlimited
    /// batches equals an `AutoBatchedSerializer`, but not the other way round.
    func pyEquals(_ other: PySerializer) -> Bool {
        switch (self, other) {
        case (.autoBatched, .autoBatched), (.noOp, .noOp): return true
        case (.batched(let a), .batched(let b)): return a == b
        case (.batched(let a), .autoBatched): return a == -1
        case (.pair(let a1, let b1), .pair(let a2, let b2)), (.cartesian(let a1, let b1), .cartesian(let a2, let b2)):
            return a1.pyEquals(a2) && b1.pyEquals(b2)
        default: return false
        }
    }

    /// `get_batch_size` of `zip`: a batched serializer's size (-1 for auto-batching), else 1.
    var zipBatchSize: Int {
        switch self {
        case .autoBatched: return -1
        case .batched(let n): return n
        default: return 1
        }
    }

    /// The JVM records one partition's elements are written as.
    func batches(_ items: [PyValue]) -> [[PyValue]] {
        guard !items.isEmpty else { return [] }
        switch self {
        case .batched(let n) where n > 0:
            return stride(from: 0, to: items.count, by: n).map { Array(items[$0..<min($0 + n, items.count)]) }
        case .autoBatched:
            var out: [[PyValue]] = []
            var start = 0, size = 1
            while start < items.count {
                out.append(Array(items[start..<min(start + size, items.count)]))
                start += size
                size *= 2
            }
            return out
        default:
            return [items]
        }
    }
}

/// A Python partitioner (`pyspark.rdd.Partitioner`): a partition count and a function of the key. Two are
/// equal with the same count and the same function object, which lets `partitionBy` skip a shuffle.
struct PyPartitioner: Equatable {
    enum Function {
        case portableHash
        case python(PyValue)
        /// `sortByKey`'s range partitioner: a new function each time.
        case range(([PyValue]) throws -> Int)
    }

    let numPartitions: Int
    let function: Function
    /// `id(partitionFunc)`.
    let functionId: Int

    static func == (a: PyPartitioner, b: PyPartitioner) -> Bool {
        a.numPartitions == b.numPartitions && a.functionId == b.functionId
    }

    static let portableHashId = 1

    static func of(_ numPartitions: Int, _ function: PyValue?) -> PyPartitioner {
        guard let function, !function.isNone, !PortableHashFunction.isPortableHash(function) else {
            return PyPartitioner(numPartitions: numPartitions, function: .portableHash, functionId: portableHashId)
        }
        return PyPartitioner(numPartitions: numPartitions, function: .python(function), functionId: identity(of: function))
    }

    /// `id(f)` for a Python function value.
    static func identity(of function: PyValue) -> Int {
        switch function {
        case .function(let f): return ObjectIdentifier(f).hashValue
        case .native(let f): return ObjectIdentifier(f).hashValue
        case .boundMethod(let m): return ObjectIdentifier(m).hashValue
        case .classObject(let c): return ObjectIdentifier(c).hashValue
        case .host(let h): return ObjectIdentifier(h).hashValue
        default: return 0
        }
    }

    /// The partition of a key: `partitionFunc(k) % numPartitions`, Python's modulo.
    func partition(of key: PyValue, _ state: RDDBridgeState) throws -> Int {
        let h: Int
        switch function {
        case .portableHash: h = try PortableHash.portableHash(key, try state.interpreter)
        case .python(let f):
            let result = try state.call(f, key)
            guard let value = result.asInt else {
                throw PyException.typeError("unsupported operand type(s) for %: '\(try state.interpreter.typeName(of: result))' and 'int'")
            }
            h = value
        case .range(let f): h = try f([key])
        }
        let r = h % numPartitions
        return r < 0 ? r + numPartitions : r
    }
}

/// `pyspark.rdd.portable_hash` as a Python function value.
enum PortableHashFunction {
    nonisolated(unsafe) static let function = PyNativeFunction(name: "portable_hash") { a in
        guard let x = a.positional.first else { throw PyException.typeError("portable_hash() missing 1 required positional argument: 'x'") }
        return .int(try PortableHash.portableHash(x, a.interpreter))
    }

    static func isPortableHash(_ value: PyValue) -> Bool {
        if case .native(let f) = value { return f === function }
        return false
    }
}
