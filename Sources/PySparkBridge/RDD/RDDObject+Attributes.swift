import PyLite
import SparkLite

/// The Python attributes of an RDD: each method binds its arguments as PySpark names them and runs under
/// the method's call site.
extension RDDObject {
    /// `StorageLevel.MEMORY_ONLY` as PySpark defines it: Python objects are always stored serialized.
    static let memoryOnly = StorageLevel(useDisk: false, useMemory: true, deserialized: false)

    /// PySpark RDD methods the embedded engine does not run (files, processes, profiling, approximations).
    static let unsupportedMethods: Set<String> = [
        "saveAsHadoopDataset", "saveAsHadoopFile", "saveAsNewAPIHadoopDataset", "saveAsNewAPIHadoopFile", "saveAsPickleFile",
        "saveAsSequenceFile", "saveAsTextFile", "checkpoint", "localCheckpoint", "getCheckpointFile", "isCheckpointed",
        "isLocallyCheckpointed", "barrier", "withResources", "getResourceProfile", "countApprox", "countApproxDistinct",
        "sumApprox", "meanApprox", "takeSample", "randomSplit", "sampleByKey", "toLocalIterator",
        "collectWithJobGroup", "cleanShuffleDependencies",
    ]

    func attribute(_ name: String) throws -> PyValue? {
        let state = self.state
        func method(_ body: @escaping (PyArguments) throws -> PyValue) -> PyValue {
            .native(PyNativeFunction(name: name) { a in try state.api(name) { try body(a) } })
        }
        func rdd(_ signature: [String], _ body: @escaping (PyBoundArguments) throws -> RDDObject) -> PyValue {
            method { a in .host(try body(try a.bind(name, signature))) }
        }
        func other(_ value: PyValue?) throws -> RDDObject {
            guard let o = value?.asHost(RDDObject.self) else {
                throw PyException.typeError("\(name)() expects an RDD, got \(Conversion.typeName(value ?? .none))")
            }
            return o
        }
        let interpreter = { try state.interpreter }
        let call2: (PyValue) -> (PyValue, PyValue) throws -> PyValue = { f in { try state.call(f, $0, $1) } }
        switch name {
        // Transformations
        case "map":
            return rdd(["f", "preservesPartitioning="]) { b in
                try self.map(b["f"] ?? .none, preservesPartitioning: try Self.flag(b["preservesPartitioning"], interpreter()))
            }
        case "flatMap":
            return rdd(["f", "preservesPartitioning="]) { b in
                try self.flatMap(b["f"] ?? .none, preservesPartitioning: try Self.flag(b["preservesPartitioning"], interpreter()))
            }
        case "filter": return rdd(["f"]) { b in try self.filter(b["f"] ?? .none) }
        case "mapPartitions", "mapPartitionsWithIndex", "mapPartitionsWithSplit":
            return rdd(["f", "preservesPartitioning="]) { b in
                try self.mapPartitions(b["f"] ?? .none, withIndex: name != "mapPartitions",
                                       preservesPartitioning: try Self.flag(b["preservesPartitioning"], interpreter()))
            }
        case "glom": return rdd([]) { _ in try self.glom() }
        case "keyBy": return rdd(["f"]) { b in try self.keyBy(b["f"] ?? .none) }
        case "keys": return rdd([]) { _ in try self.keys() }
        case "values": return rdd([]) { _ in try self.values() }
        case "mapValues":
            return rdd(["f"]) { b in
                let f = b["f"] ?? .none
                return try self.mapValues(self.origin("mapValues")) { try state.call(f, $0) }
            }
        case "flatMapValues":
            return rdd(["f"]) { b in
                let f = b["f"] ?? .none
                return try self.flatMapValues(self.origin("flatMapValues")) { try interpreter().elements(of: try state.call(f, $0)) }
            }
        case "distinct": return rdd(["numPartitions="]) { b in try self.distinct(try Self.count(b["numPartitions"])) }
        case "sample":
            return rdd(["withReplacement", "fraction", "seed="]) { b in
                guard let fraction = b["fraction"]?.asDouble else { throw PyException.typeError("sample() fraction must be a number") }
                return try self.sample(withReplacement: try Self.flag(b["withReplacement"], interpreter()), fraction: fraction,
                                       seed: try Self.count(b["seed"]), origin: self.origin("sample"))
            }
        case "union": return rdd(["other"]) { b in try self.union(try other(b["other"]), origin: self.origin("union")) }
        case "intersection": return rdd(["other"]) { b in try self.intersection(try other(b["other"])) }
        case "subtract":
            return rdd(["other", "numPartitions="]) { b in try self.subtract(try other(b["other"]), numPartitions: try Self.count(b["numPartitions"])) }
        case "subtractByKey":
            return rdd(["other", "numPartitions="]) { b in
                try self.subtractByKey(try other(b["other"]), numPartitions: try Self.count(b["numPartitions"]))
            }
        case "cartesian": return rdd(["other"]) { b in try self.cartesian(try other(b["other"])) }
        case "zip": return rdd(["other"]) { b in try self.zip(try other(b["other"])) }
        case "zipWithIndex": return rdd([]) { _ in try self.zipWithIndex() }
        case "zipWithUniqueId": return rdd([]) { _ in try self.zipWithUniqueId() }
        case "groupBy":
            return rdd(["f", "numPartitions=", "partitionFunc="]) { b in
                let f = b["f"] ?? .none
                return try self.mapSwift(nil) { .tuple([try state.call(f, $0), $0]) }
                    .groupByKey(numPartitions: try Self.count(b["numPartitions"]), partitionFunc: b["partitionFunc"], origin: self.origin("groupBy"))
            }
        case "groupByKey":
            return rdd(["numPartitions=", "partitionFunc="]) { b in
                try self.groupByKey(numPartitions: try Self.count(b["numPartitions"]), partitionFunc: b["partitionFunc"], origin: self.origin("groupByKey"))
            }
        case "reduceByKey":
            return rdd(["func", "numPartitions=", "partitionFunc="]) { b in
                let f = call2(b["func"] ?? .none)
                return try self.combineByKey({ $0 }, f, f, numPartitions: try Self.count(b["numPartitions"]),
                                             partitionFunc: b["partitionFunc"], origin: self.origin("reduceByKey"))
            }
        case "combineByKey":
            return rdd(["createCombiner", "mergeValue", "mergeCombiners", "numPartitions=", "partitionFunc="]) { b in
                let create = b["createCombiner"] ?? .none
                return try self.combineByKey({ try state.call(create, $0) }, call2(b["mergeValue"] ?? .none), call2(b["mergeCombiners"] ?? .none),
                                             numPartitions: try Self.count(b["numPartitions"]), partitionFunc: b["partitionFunc"],
                                             origin: self.origin("combineByKey"))
            }
        case "aggregateByKey", "foldByKey":
            let signature = name == "aggregateByKey" ? ["zeroValue", "seqFunc", "combFunc", "numPartitions=", "partitionFunc="]
                                                     : ["zeroValue", "func", "numPartitions=", "partitionFunc="]
            return rdd(signature) { b in
                let zero = b["zeroValue"] ?? .none
                let seq = call2(b[name == "aggregateByKey" ? "seqFunc" : "func"] ?? .none)
                let comb = call2(b[name == "aggregateByKey" ? "combFunc" : "func"] ?? .none)
                // Each key starts from its own deep copy of the zero value.
                return try self.combineByKey({ try seq(try interpreter().deepCopy(zero), $0) }, seq, comb,
                                             numPartitions: try Self.count(b["numPartitions"]), partitionFunc: b["partitionFunc"],
                                             origin: self.origin(name))
            }
        case "partitionBy":
            return rdd(["numPartitions", "partitionFunc="]) { b in
                try self.partitionBy(try Self.count(b["numPartitions"]), function: b["partitionFunc"], origin: self.origin("partitionBy"))
            }
        case "sortByKey":
            return rdd(["ascending=", "numPartitions=", "keyfunc="]) { b in
                try self.sortByKey(ascending: try Self.flag(b["ascending"], interpreter(), default: true),
                                   numPartitions: try Self.count(b["numPartitions"]), keyfunc: b["keyfunc"], origin: self.origin("sortByKey"))
            }
        case "sortBy":
            return rdd(["keyfunc", "ascending=", "numPartitions="]) { b in
                try self.keyBy(b["keyfunc"] ?? .none)
                    .sortByKey(ascending: try Self.flag(b["ascending"], interpreter(), default: true),
                               numPartitions: try Self.count(b["numPartitions"]), keyfunc: nil, origin: "")
                    .values(origin: self.origin("sortBy"))
            }
        case "repartitionAndSortWithinPartitions":
            return rdd(["numPartitions=", "partitionFunc=", "ascending=", "keyfunc="]) { b in
                let ascending = try Self.flag(b["ascending"], interpreter(), default: true)
                let keyfunc = b["keyfunc"]
                let shuffled = try self.partitionBy(try Self.count(b["numPartitions"]), function: b["partitionFunc"])
                return try shuffled.mapPartitionsWithIndex(self.origin(name), preservesPartitioning: true) { _, items in
                    let keys = try items.map { kv -> PyValue in
                        let k = try Self.item(kv, 0, state)
                        guard let keyfunc, !keyfunc.isNone else { return k }
                        return try state.call(keyfunc, k)
                    }
                    return try Self.sorted(items, keys: keys, reverse: !ascending, state)
                }
            }
        case "join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin":
            let kind: JoinKind = switch name {
            case "leftOuterJoin": .leftOuter
            case "rightOuterJoin": .rightOuter
            case "fullOuterJoin": .fullOuter
            default: .inner
            }
            return rdd(["other", "numPartitions="]) { b in
                try self.join(try other(b["other"]), kind: kind, numPartitions: try Self.count(b["numPartitions"]), origin: self.origin(name))
            }
        case "cogroup":
            return rdd(["other", "numPartitions="]) { b in
                try self.cogroup([try other(b["other"])], numPartitions: try Self.count(b["numPartitions"]), origin: self.origin("cogroup"))
            }
        case "groupWith":
            return method { a in
                let others = try a.positional.map { try other($0) }
                guard !others.isEmpty else { throw PyException.typeError("groupWith() missing 1 required positional argument: 'other'") }
                return .host(try self.cogroup(others, numPartitions: nil, origin: self.origin("groupWith")))
            }
        case "repartition":
            return rdd(["numPartitions"]) { b in
                try self.coalesce(try Self.count(b["numPartitions"]) ?? 0, shuffle: true, origin: self.origin("repartition"))
            }
        case "coalesce":
            return rdd(["numPartitions", "shuffle="]) { b in
                try self.coalesce(try Self.count(b["numPartitions"]) ?? 0, shuffle: try Self.flag(b["shuffle"], interpreter()),
                                  origin: self.origin("coalesce"))
            }
        case "persist":
            return rdd(["storageLevel="]) { b in
                let level = b["storageLevel"]?.asHost(StorageLevelObject.self)?.level ?? Self.memoryOnly
                try self.persist(level)
                return self
            }
        case "cache": return rdd([]) { _ in try self.persist(Self.memoryOnly); return self }
        case "unpersist":
            return rdd(["blocking="]) { _ in
                self.isCached = false
                try self.jrdd().unpersist()
                return self
            }
        case "setName":
            return rdd(["name"]) { b in
                try self.jrdd().name = b["name"]?.asString
                return self
            }
        // Actions and properties
        case "collect": return method { _ in .newList(try self.collect()) }
        case "count": return method { _ in .int(try self.count()) }
        case "sum": return method { _ in try self.sum() }
        case "mean": return method { _ in .float(try self.stats(api: "mean").mu) }
        case "variance", "stdev", "sampleStdev", "sampleVariance":
            return method { _ in
                let stats = try self.stats(api: name)
                return switch name {
                case "variance": .float(stats.variance)
                case "stdev": .float(stats.variance.squareRoot())
                case "sampleVariance": .float(stats.sampleVariance)
                default: .float(stats.sampleVariance.squareRoot())
                }
            }
        case "stats": return method { _ in .host(try self.stats()) }
        case "histogram": return method { a in try self.histogram(try a.bind(name, ["buckets"])["buckets"] ?? .none) }
        case "max", "min":
            return method { a in
                let b = try a.bind(name, ["key="])
                let key = b["key"] ?? .none
                return try self.reduce(api: name) { x, y in
                    try self.builtin(name, [x, y], key.isNone ? [] : [("key", key)])
                }
            }
        case "reduce":
            return method { a in
                let f = call2(try a.bind("reduce", ["f"])["f"] ?? .none)
                return try self.reduce(f)
            }
        case "treeReduce":
            return method { a in
                let b = try a.bind(name, ["f", "depth="])
                return try self.treeReduce(depth: try Self.count(b["depth"]) ?? 2, call2(b["f"] ?? .none))
            }
        case "fold":
            return method { a in
                let b = try a.bind("fold", ["zeroValue", "op"])
                let op = call2(b["op"] ?? .none)
                return try self.aggregate(api: "fold", zero: b["zeroValue"] ?? .none, op, op)
            }
        case "aggregate":
            return method { a in
                let b = try a.bind("aggregate", ["zeroValue", "seqOp", "combOp"])
                return try self.aggregate(api: "aggregate", zero: b["zeroValue"] ?? .none, call2(b["seqOp"] ?? .none), call2(b["combOp"] ?? .none))
            }
        case "treeAggregate":
            return method { a in
                let b = try a.bind(name, ["zeroValue", "seqOp", "combOp", "depth="])
                return try self.treeAggregate(zero: b["zeroValue"] ?? .none, call2(b["seqOp"] ?? .none), call2(b["combOp"] ?? .none),
                                              depth: try Self.count(b["depth"]) ?? 2, api: name)
            }
        case "foreach":
            return method { a in
                let f = try a.bind("foreach", ["f"])["f"] ?? .none
                _ = try self.collectMapped("foreach") { _, items in
                    for x in items { _ = try state.call(f, x) }
                    return [.int(0)]
                }
                return .none
            }
        case "foreachPartition":
            return method { a in
                let f = try a.bind("foreachPartition", ["f"])["f"] ?? .none
                _ = try self.collectMapped("foreachPartition") { _, items in
                    _ = try state.call(f, .iterator(PyIterator(typeName: "iterator", values: items)))
                    return [.int(0)]
                }
                return .none
            }
        case "take":
            return method { a in
                guard let n = try Self.count(try a.bind("take", ["num"])["num"]) else { throw PyException.typeError("take() expects an int") }
                return .newList(try self.take(n))
            }
        case "first":
            return method { _ in
                guard let x = try self.take(1, api: "first").first else { throw PyException.valueError("RDD is empty") }
                return x
            }
        case "isEmpty": return method { _ in .bool(try self.getNumPartitions() == 0 || self.take(1, api: "isEmpty").isEmpty) }
        case "top", "takeOrdered":
            return method { a in
                let b = try a.bind(name, ["num", "key="])
                guard let n = try Self.count(b["num"]) else { throw PyException.typeError("\(name)() expects an int") }
                if name == "takeOrdered" {
                    if n < 0 { throw PyException.valueError("top N cannot be negative.") }
                    if try n == 0 || self.getNumPartitions() == 0 { return .newList([]) }
                }
                return .newList(try self.ordered(n, key: b["key"], largest: name == "top", api: name))
            }
        case "countByValue": return method { _ in try self.countByValue() }
        case "countByKey":
            return method { _ in try self.mapSwift(nil) { try Self.item($0, 0, state) }.countByValue(api: "countByKey") }
        case "collectAsMap": return method { _ in try self.builtin("dict", [.newList(try self.collect(api: "collectAsMap"))]) }
        case "reduceByKeyLocally":
            return method { a in
                let f = call2(try a.bind(name, ["func"])["func"] ?? .none)
                let dicts = try self.collectMapped(name) { _, items in
                    [.dict(try PyDict.from(try Self.mergeValues(items, create: { $0 }, merge: f, state)))]
                }
                let merged = PyDict()
                for case .dict(let part) in dicts {
                    for (k, v) in part.pairs { try merged.set(k, try merged.get(k).map { try f($0, v) } ?? v) }
                }
                guard !dicts.isEmpty else { throw PyException.valueError("Can not reduce() empty RDD") }
                return .dict(merged)
            }
        case "lookup": return method { a in .newList(try self.lookup(try a.bind("lookup", ["key"])["key"] ?? .none)) }
        case "getNumPartitions": return method { _ in .int(try self.getNumPartitions()) }
        case "id": return method { _ in .int(try self.jrdd().id) }
        case "name": return method { _ in try self.jrdd().name.map { .str($0) } ?? .none }
        case "toDebugString": return method { _ in .host(BytesObject(text: try self.jrdd().toDebugString())) }
        case "getStorageLevel":
            return method { _ in
                .host(StorageLevelObject(try self.jrdd().storageLevel ?? StorageLevel(useDisk: false, useMemory: false, deserialized: false)))
            }
        case "toDF":
            return method { a in
                let b = try a.bind("toDF", ["schema=", "sampleRatio="])
                return .host(DataFrameObject(try self.toDataFrame(schema: b["schema"]), state.bridge))
            }
        case "is_cached": return .bool(isCached)
        case "partitioner": return partitioner.map { .host(PartitionerObject($0)) } ?? PyValue.none
        case "context", "ctx": return .host(SparkContextObject(state.bridge))
        case "pipe":
            throw PyError.sandbox("RDD.pipe starts a process, which a solution may not do.")
        default:
            if Self.unsupportedMethods.contains(name) { throw SparkError.unsupported("RDD.\(name)") }
            return nil
        }
    }

    /// `persist(level)`: marks the RDD cached (no longer fused with what follows) and persists its JVM RDD.
    func persist(_ level: StorageLevel) throws {
        isCached = true
        try jrdd().persist(level)
    }

    /// An optional int argument (`numPartitions=None`).
    static func count(_ value: PyValue?) throws -> Int? {
        guard let value, !value.isNone else { return nil }
        if case .bool = value { return value.asInt }
        guard let n = value.asInt else { throw PyException.typeError("'\(Conversion.typeName(value))' object cannot be interpreted as an integer") }
        return n
    }

    /// A boolean argument, Python truthiness.
    static func flag(_ value: PyValue?, _ interpreter: PyInterpreter, default fallback: Bool = false) throws -> Bool {
        guard let value else { return fallback }
        return try interpreter.truth(value)
    }
}

extension PyDict {
    /// A dict of `(key, value)` tuples.
    static func from(_ pairs: [PyValue]) throws -> PyDict {
        let dict = PyDict()
        for pair in pairs {
            if case .tuple(let kv) = pair, kv.count == 2 { try dict.set(kv[0], kv[1]) }
        }
        return dict
    }
}
