import PyLite
import SparkLite

/// `SparkSession`, its `builder`, `conf`, `catalog`, and the `SparkContext` (`sc`).
final class SessionObject: PyHostObject {
    let context: BridgeContext

    init(_ context: BridgeContext) { self.context = context }

    var pyTypeName: String { "SparkSession" }
    var session: SparkSession { context.session }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        func m(_ body: @escaping (PyArguments) throws -> PyValue) -> PyValue { .native(PyNativeFunction(name: name, body: body)) }
        let context = self.context, session = self.session
        switch name {
        case "createDataFrame":
            return m { a in
                let b = try a.bind("createDataFrame", ["data", "schema=", "samplingRatio=", "verifySchema="])
                if let rdd = b["data"]?.asHost(RDDObject.self) {
                    return .host(DataFrameObject(try context.rdd.api("createDataFrame") { try rdd.toDataFrame(schema: b["schema"]) }, context))
                }
                return .host(DataFrameObject(try DataFrameBuilder.build(session, data: b["data"] ?? .none, schema: b["schema"]), context))
            }
        case "sql":
            return m { a in
                let b = try a.bind("sql", ["sqlQuery", "args="])
                guard let text = b["sqlQuery"]?.asString else { throw PyException.typeError("sql() expects a query string") }
                // `args`: a dict for `:name` markers or a list for `?` markers, each value a literal.
                var parameters = SQLParameters()
                if let args = b["args"], !args.isNone {
                    if let pairs = args.asPairs {
                        for (k, v) in pairs {
                            guard let name = k.asString else { continue }
                            parameters.named[name] = try Conversion.column(v, stringIsName: false).expr
                        }
                    } else if let items = args.asArray {
                        parameters.positional = try items.map { try Conversion.column($0, stringIsName: false).expr }
                    }
                }
                return .host(DataFrameObject(try session.sql(text, parameters: parameters), context))
            }
        case "table":
            return m { a in .host(DataFrameObject(try session.table(a.positional.first?.asString ?? ""), context)) }
        case "range":
            return m { a in
                let b = try a.bind("range", ["start", "end=", "step=", "numPartitions="])
                var start = b["start"]?.asInt ?? 0, end = b["end"]?.asInt
                if end == nil { end = start; start = 0 }
                let step = b["step"]?.asInt ?? 1
                guard step != 0 else { throw PyException.valueError("step must not be 0") }
                // `numPartitions` splits the ids as Spark's Range does (it matters to rand(seed) and spark_partition_id()).
                let slices = b["numPartitions"].flatMap { $0.isNone ? nil : $0.asInt }
                return .host(DataFrameObject(session.range(start: Int64(start), end: Int64(end ?? 0), step: Int64(step), numPartitions: slices), context))
            }
        case "conf": return .host(ConfObject(session.conf))
        case "sparkContext": return .host(SparkContextObject(context))
        case "catalog": return .host(CatalogObject(session))
        case "readStream":
            if !context.allowFileReads {
                throw PyError.sandbox("spark.\(name) is not available when judging: a solution reads only the problem's tables, which `solve` receives as parameters.")
            }
            throw SparkError.unsupported("spark.readStream")
        case "read":
            // Reading files is refused when judging by the reader's load; `read.json(rdd)` and `read.table` read no file.
            return .host(DataFrameReaderObject(session.read, context))
        case "stop": return m { _ in .none }
        case "builder", "newSession", "getActiveSession": return .host(BuilderObject(self))
        case "version": return .str("4.3.0")
        case "udf": return .host(UDFRegistrationObject(context))
        default: return nil
        }
    }
}

/// `SparkSession.builder.appName(...).master(...).config(...).getOrCreate()`: every step returns the one session.
final class BuilderObject: PyHostObject {
    let session: SessionObject

    init(_ session: SessionObject) { self.session = session }

    var pyTypeName: String { "Builder" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "getOrCreate", "create": return .native(PyNativeFunction(name: name) { [session] _ in .host(session) })
        case "appName", "master", "enableHiveSupport", "remote":
            return .native(PyNativeFunction(name: name) { [self] _ in .host(self) })
        case "config":
            return .native(PyNativeFunction(name: name) { [self] a in
                if let k = a.positional.first?.asString, a.positional.count > 1 {
                    session.session.conf.set(k, try a.interpreter.str(a.positional[1]))
                }
                return .host(self)
            })
        default: return nil
        }
    }

    /// `SparkSession` itself, so `SparkSession.builder...` works.
    static func sessionClass(_ session: SessionObject) -> PyClass {
        PyClass(hostName: "SparkSession", moduleName: "pyspark.sql.session", attributes: { name in
            switch name {
            case "builder": return .host(BuilderObject(session))
            case "getActiveSession", "active": return .native(PyNativeFunction(name: name) { _ in .host(session) })
            default: return nil
            }
        })
    }
}

/// `spark.conf.get/set/unset`.
final class ConfObject: PyHostObject {
    let conf: SQLConf

    init(_ conf: SQLConf) { self.conf = conf }

    var pyTypeName: String { "RuntimeConfig" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let conf = self.conf
        switch name {
        case "set":
            return .native(PyNativeFunction(name: name) { a in
                let b = try a.bind("set", ["key", "value"])
                conf.set(b["key"]?.asString ?? "", try a.interpreter.str(b["value"] ?? .none))
                return .none
            })
        case "get":
            return .native(PyNativeFunction(name: name) { a in
                let b = try a.bind("get", ["key", "default="])
                let key = b["key"]?.asString ?? ""
                if let v = conf.get(key) { return .str(v) }
                if let d = b["default"] { return d }
                throw SparkError("SQL_CONF_NOT_FOUND", "The SQL config \"\(key)\" cannot be found. Please verify that the config exists.")
            })
        case "unset":
            return .native(PyNativeFunction(name: name) { a in
                conf.unset(a.positional.first?.asString ?? "")
                return .none
            })
        default: return nil
        }
    }
}

/// `sc`: `defaultParallelism` and the RDD API (`SparkContextObject+RDD.swift`).
final class SparkContextObject: PyHostObject {
    let context: BridgeContext

    init(_ context: BridgeContext) { self.context = context }

    var pyTypeName: String { "SparkContext" }
    var pyClass: PyClass? { context.rdd.contextClass }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "defaultParallelism": return .int(context.session.conf.defaultParallelism)
        case "setLogLevel": return .native(PyNativeFunction(name: name) { _ in .none })
        case "textFile", "wholeTextFiles":
            if !context.allowFileReads {
                throw PyError.sandbox("sc.\(name) is not available when judging: a solution reads only the problem's tables.")
            }
            throw SparkError.unsupported("sc.\(name)")
        default: return try rddAttribute(name)
        }
    }
}

/// `spark.catalog.listTables()`.
final class CatalogObject: PyHostObject {
    let session: SparkSession

    init(_ session: SparkSession) { self.session = session }

    var pyTypeName: String { "Catalog" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let session = self.session
        switch name {
        case "listTables":
            return .native(PyNativeFunction(name: name) { _ in
                .newList(session.catalog.viewNames.map { .host(RowObject(names: ["name", "isTemporary"], values: [.str($0), .bool(true)])) })
            })
        case "dropTempView":
            return .native(PyNativeFunction(name: name) { a in
                let view = a.positional.first?.asString ?? ""
                if session.catalog.lookup(view) != nil { try session.uncacheTable(view) }
                return .bool(session.catalog.drop(view))
            })
        case "cacheTable":
            return .native(PyNativeFunction(name: name) { a in
                let b = try a.bind(name, ["tableName", "storageLevel="])
                let level = b["storageLevel"]?.asHost(StorageLevelObject.self)?.level ?? .memoryAndDisk
                try session.cacheTable(try Self.tableName(b["tableName"]), storageLevel: level)
                return .none
            })
        case "uncacheTable":
            return .native(PyNativeFunction(name: name) { a in
                try session.uncacheTable(try Self.tableName(a.positional.first))
                return .none
            })
        case "tableExists":
            return .native(PyNativeFunction(name: name) { a in .bool(session.catalog.lookup(try Self.tableName(a.positional.first)) != nil) })
        case "isCached":
            return .native(PyNativeFunction(name: name) { a in .bool(try session.isCached(try Self.tableName(a.positional.first))) })
        case "clearCache":
            return .native(PyNativeFunction(name: name) { _ in
                session.clearCache()
                return .none
            })
        default: return nil
        }
    }

    static func tableName(_ v: PyValue?) throws -> String {
        guard let name = v?.asString else {
            throw PyException.typeError("[NOT_STR] Argument `tableName` should be a str, got \(Conversion.typeName(v ?? .none)).")
        }
        return name
    }
}
