import PyLite
import SparkLite

extension SparkContextObject {
    /// `pyspark.SparkContext`: `SparkContext.getOrCreate()` returns the run's context.
    static func contextClass(_ context: BridgeContext) -> PyClass {
        PyClass(hostName: "SparkContext", moduleName: "pyspark.core.context", attributes: { name in
            switch name {
            case "getOrCreate": return .native(PyNativeFunction(name: name) { _ in .host(SparkContextObject(context)) })
            default: return nil
            }
        })
    }

    /// `sc.parallelize`, `sc.range`, `sc.emptyRDD`, `sc.union`, `sc.broadcast`, `sc.accumulator` and the
    /// context's read-only properties.
    func rddAttribute(_ name: String) throws -> PyValue? {
        let state = context.rdd
        func method(_ body: @escaping (PyArguments) throws -> PyValue) -> PyValue {
            .native(PyNativeFunction(name: name) { a in try state.api(name, onContext: true) { try body(a) } })
        }
        switch name {
        case "parallelize":
            return method { a in
                let b = try a.bind("parallelize", ["c", "numSlices="])
                return .host(try Self.parallelize(b["c"] ?? .none, numSlices: try RDDObject.count(b["numSlices"]), state))
            }
        case "range":
            return method { a in
                let b = try a.bind("range", ["start", "end=", "step=", "numSlices="])
                var start = try RDDObject.count(b["start"]) ?? 0
                var end = try RDDObject.count(b["end"])
                if end == nil { end = start; start = 0 }
                let step = try RDDObject.count(b["step"]) ?? 1
                guard step != 0 else { throw PyException.valueError("range() arg 3 must not be zero") }
                guard let range = a.interpreter.builtinFunction(named: "range") else { throw SparkError.internalError("no range builtin") }
                let values = try a.interpreter.call(range, positional: [.int(start), .int(end ?? 0), .int(step)])
                return .host(try Self.parallelize(values, numSlices: try RDDObject.count(b["numSlices"]), state))
            }
        case "emptyRDD":
            return method { _ in
                let jrdd = EmptyRDD<PyValue>(context: state.sc, creationSite: "emptyRDD at NativeMethodAccessorImpl.java:0")
                state.register(jrdd)
                return .host(RDDObject(state, jrdd: jrdd, deserializer: .noOp, origin: state.callSite("emptyRDD")))
            }
        case "union":
            return method { a in
                let items = try a.interpreter.elements(of: try a.bind("union", ["rdds"])["rdds"] ?? .none)
                var rdds = try items.map { item -> RDDObject in
                    guard let rdd = item.asHost(RDDObject.self) else { throw PyException.typeError("union() expects a list of RDDs") }
                    return rdd
                }
                guard let first = rdds.first else { throw PyException.indexError("list index out of range") }
                if rdds.contains(where: { !$0.deserializer.pyEquals(first.deserializer) }) {
                    rdds = try rdds.map { try $0.reserialize() }
                }
                let jrdd = state.sc.union(try rdds.map { try $0.jrdd() }, creationSite: "union at NativeMethodAccessorImpl.java:0")
                state.register(jrdd)
                return .host(RDDObject(state, jrdd: jrdd, deserializer: rdds[0].deserializer, origin: state.callSite("union")))
            }
        case "broadcast":
            return method { a in .host(BroadcastObject(try a.bind("broadcast", ["value"])["value"] ?? .none)) }
        case "accumulator":
            return method { a in
                .host(AccumulatorObject(try a.bind("accumulator", ["value", "accum_param="])["value"] ?? .int(0), a.interpreter))
            }
        case "defaultMinPartitions": return .int(state.sc.defaultMinPartitions)
        case "version": return .str("4.3.0")
        case "master": return .str("local[\(state.sc.defaultParallelism)]")
        case "appName": return .str("SparkDojo")
        case "stop", "setJobGroup", "setJobDescription", "setLocalProperty", "setCheckpointDir", "cancelAllJobs":
            return .native(PyNativeFunction(name: name) { _ in .none })
        default: return nil
        }
    }

    /// `sc.parallelize(c, numSlices)`: a `range` becomes an empty list's partitions computing their slice of
    /// the range; any other collection is pickled in batches of `max(1, min(len(c) // n, 1024))` items and
    /// the batches are sliced into partitions.
    static func parallelize(_ c: PyValue, numSlices: Int?, _ state: RDDBridgeState) throws -> RDDObject {
        let n = numSlices ?? state.sc.defaultParallelism
        guard n != 0 else { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
        guard n > 0 else { throw SparkError("INVALID_PARTITIONS", "requirement failed: Positive number of partitions required") }
        if case .range(let r) = c {
            let size = r.count
            if size == 0 { return try parallelize(.newList([]), numSlices: n, state) }
            let step = size > 1 ? r.element(1) - r.element(0) : 1
            let start0 = r.element(0)
            let base = try parallelize(.newList([]), numSlices: n, state)
            func start(_ split: Int) -> Int { start0 + Int(Double(split) * Double(size) / Double(n)) * step }
            let maxRows = state.sc.limits.maxRows
            return try base.mapPartitionsWithIndex(state.callSite("parallelize")) { split, _ in
                let (from, to) = (start(split), start(split + 1))
                let count = step > 0 ? max(0, (to - from + step - 1) / step) : max(0, (from - to - step - 1) / -step)
                guard count <= maxRows else {
                    throw SparkError("MEMORY_LIMIT", "A partition of the range would hold \(count) numbers, more than the \(maxRows) rows a run may materialise.")
                }
                return stride(from: from, to: to, by: step).map { .int($0) }
            }
        }
        let items = state.copy(try state.interpreter.elements(of: c))
        let batchSize = Swift.max(1, Swift.min(items.count / n, 1024))
        let jrdd = ParallelCollectionRDD<PyValue>(context: state.sc, slices: ParallelCollectionRDD.slicePySparkStyle(items, numSlices: n),
                                                  creationSite: "readRDDFromFile at PythonRDD.scala:326")
        state.register(jrdd)
        return RDDObject(state, jrdd: jrdd, deserializer: .batched(batchSize), origin: state.callSite("parallelize"))
    }
}

/// `sc.broadcast(v)`: a read-only value shipped to every task once (`.value`).
final class BroadcastObject: PyHostObject {
    let value: PyValue

    init(_ value: PyValue) { self.value = value }

    var pyTypeName: String { "Broadcast" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "value": return value
        case "unpersist", "destroy": return .native(PyNativeFunction(name: name) { _ in .none })
        default: return nil
        }
    }
}

/// `sc.accumulator(v)`: tasks `add` to it (or `acc += x`), the driver reads `.value`.
final class AccumulatorObject: PyHostObject {
    var value: PyValue
    weak var interpreter: PyInterpreter?

    init(_ value: PyValue, _ interpreter: PyInterpreter) {
        self.value = value
        self.interpreter = interpreter
    }

    var pyTypeName: String { "Accumulator" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "value": return value
        case "add":
            return .native(PyNativeFunction(name: name) { [self] a in
                try add(a.positional.first ?? .int(0))
                return .none
            })
        default: return nil
        }
    }

    func pySetAttribute(_ name: String, _ newValue: PyValue) throws -> Bool {
        guard name == "value" else { return false }
        value = newValue
        return true
    }

    /// `value = sum([term], value)`: numbers add, lists concatenate.
    func add(_ term: PyValue) throws {
        guard let interpreter, let sum = interpreter.builtinFunction(named: "sum") else { return }
        value = try interpreter.call(sum, positional: [.newList([term]), value])
    }

    /// `acc += x` adds in place.
    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard op == .add, !reflected else { return nil }
        try add(other)
        return .host(self)
    }

    func pyRepr() -> String { "Accumulator<id=0, value=\((try? interpreter?.repr(value)) ?? "None")>" }
}
