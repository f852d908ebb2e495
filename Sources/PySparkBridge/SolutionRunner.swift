import Foundation
import PyLite
import SparkLite

/// Runs a user's solution file on SparkLite: a `.py` file's `solve` with parameters bound by name, or a
/// `.sql` file's query, over the given tables (each also a temp view).
public struct SolutionRunner {
    public var limits: Limits
    public var allowFileReads: Bool
    /// The most rows one operator may materialise before the run ends with `MEMORY_LIMIT`.
    public var maxRows: Int

    public init(limits: Limits = .default, allowFileReads: Bool = false, maxRows: Int = 5_000_000) {
        self.limits = limits
        self.allowFileReads = allowFileReads
        self.maxRows = maxRows
    }

    public func run(source: String, fileName: String, tables: [InputTableData], conf: [String: String] = [:])
        throws(SolutionError) -> SolutionRun {
        let session = SparkSession(conf: SQLConf(conf))
        let deadline = Date().addingTimeInterval(limits.wallClockSeconds)
        let context = BridgeContext(session: session, allowFileReads: allowFileReads,
                                    limits: ExecutionLimits(deadline: deadline, maxRows: maxRows))
        var frames: [String: DataFrame] = [:]
        do {
            for table in tables {
                let df = try session.createDataFrame(table.rows, fields: table.schema, tableName: table.name)
                df.createOrReplaceTempView(table.name)
                frames[table.name] = df
            }
        } catch {
            throw SolutionError(kind: .runtime, errorClass: (error as? SparkError)?.errorClass ?? "INVALID_INPUT", message: "\(error)")
        }
        let language = SolutionLanguage(fileName: fileName) ?? .python
        if language == .sql {
            do {
                return try finish(try session.sql(source), context: context, printed: "")
            } catch let e as SolutionError {
                throw e
            } catch {
                throw Self.sqlError(error, source: source)
            }
        }
        let registry = PyModuleRegistry()
        let sessionObject = SessionObject(context)
        PySparkModules.register(in: registry, session: sessionObject)
        let interpreter = PyInterpreter(limits: limits, modules: registry)
        context.interpreter = interpreter
        do {
            try interpreter.run(source: source, filename: fileName)
            guard let solve = interpreter.global("solve") else {
                throw SolutionError(kind: .compile, errorClass: "NameError",
                                    message: "The file defines no `solve` function; define `def solve(<tables>):` returning a DataFrame.",
                                    printed: interpreter.takeOutput())
            }
            let names = interpreter.parameterNames(of: solve) ?? []
            let bindings: [ParameterBinding]
            do { bindings = try bindParameters(names, tables: tables.map(\.name)) } catch {
                throw SolutionError(kind: .runtime, errorClass: "TypeError", message: error.description, printed: interpreter.takeOutput())
            }
            let args: [PyValue] = bindings.map { binding in
                switch binding {
                case .session: .host(sessionObject)
                case .sparkContext: .host(SparkContextObject(context))
                case .table(let name): .host(DataFrameObject(frames[name]!, context))
                }
            }
            let result = try interpreter.call(solve, positional: args)
            if let rdd = result.asHost(RDDObject.self) {
                let run = try finish(rdd, context: context)
                return SolutionRun(columns: run.columns, rows: run.rows, shuffles: run.shuffles, broadcasts: 0, stages: run.shuffles + 1,
                                   physicalPlan: run.physicalPlan, operators: run.operators, metrics: nil,
                                   printed: interpreter.takeOutput(), isRDD: true, rddMetrics: run.rddMetrics)
            }
            guard let df = result.asHost(DataFrameObject.self)?.df else {
                throw SolutionError(kind: .runtime, errorClass: "TypeError",
                                    message: "solve() returned \(interpreter.typeName(of: result)); it must return a DataFrame or an RDD.",
                                    printed: interpreter.takeOutput())
            }
            let printed = interpreter.takeOutput()
            do {
                return try finish(df, context: context, printed: printed)
            } catch let e as SolutionError {
                throw e
            } catch {
                throw Self.engineError(error, printed: printed)
            }
        } catch let e as SolutionError {
            throw e
        } catch let e as PyError {
            throw Self.pythonError(e, printed: interpreter.takeOutput())
        } catch {
            throw Self.engineError(error, printed: interpreter.takeOutput())
        }
    }

    func finish(_ df: DataFrame, context: BridgeContext, printed: String) throws -> SolutionRun {
        let result = try df.execute(limits: context.limits)
        try PythonCollectCheck.check(result.schema, result.rows, printed: printed)
        let plan = result.physicalPlan
        let physical = try df.explain()
        return SolutionRun(
            columns: result.schema, rows: result.rows, shuffles: result.shuffles, broadcasts: result.broadcasts,
            stages: result.shuffles + 1, physicalPlan: physical, operators: plan.explainNodes().map(\.nodeName),
            metrics: result.metrics, printed: printed, isRDD: false)
    }

    /// Collects an RDD result: its lineage (the plan: shuffle dependencies, `toDebugString`) is taken
    /// before the job runs, as the oracle reads it from real Spark.
    func finish(_ rdd: RDDObject, context: BridgeContext) throws -> SolutionRun {
        let state = context.rdd
        let jrdd = try rdd.jrdd()
        let lineage = jrdd.lineage
        let shuffles = lineage.reduce(0) { count, node in count + node.dependencies.filter { $0 is AnyShuffleDependency }.count }
        let debug = jrdd.toDebugString()
        // One entry into the interpreter for the whole job, so the Python functions run without a thread switch.
        var elements: [PyValue] = []
        let collect = PyNativeFunction(name: "collect") { _ in
            elements = try state.api("collect") { try rdd.collect() }
            return .none
        }
        _ = try state.interpreter.call(.native(collect))
        let (columns, rows) = RDDResult.rows(elements)
        return SolutionRun(columns: columns, rows: ResultRows(rows), shuffles: shuffles, broadcasts: 0, stages: shuffles + 1,
                           physicalPlan: debug, operators: lineage.map(\.className), metrics: nil, printed: "", isRDD: true,
                           rddMetrics: try state.runMetrics(result: rdd))
    }

    static func pythonError(_ e: PyError, printed: String) -> SolutionError {
        // Line 0 is the host's own call (collecting an RDD result after `solve` returned), not a line of the file.
        let position = e.position.flatMap { $0.line > 0 ? $0 : nil }
        let line = position?.line, column = position?.column
        switch e.kind {
        case .syntaxError:
            return SolutionError(kind: .compile, errorClass: e.typeName, message: e.message, line: line, column: column, sourceLine: e.sourceLine, printed: printed)
        case .exception:
            // PySpark's own errors (PySparkTypeError, PySparkValueError...) carry an error condition, written
            // `[NOT_ITERABLE] Column is not iterable.`: that condition is their class.
            if let (condition, text) = pysparkCondition(e.message) {
                return SolutionError(kind: .runtime, errorClass: condition, message: text, line: line, column: column, sourceLine: e.sourceLine, printed: printed)
            }
            return SolutionError(kind: .runtime, errorClass: e.typeName, message: e.message, line: line, column: column, sourceLine: e.sourceLine, printed: printed)
        case .hostError:
            var error = engineError(e.hostError ?? e, printed: printed)
            error.line = line
            error.column = column
            error.sourceLine = e.sourceLine
            return error
        case .timeLimit:
            return SolutionError(kind: .timeLimit, errorClass: "TIME_LIMIT", message: e.message, line: line, column: column, printed: printed)
        case .memoryLimit:
            return SolutionError(kind: .memoryLimit, errorClass: "MEMORY_LIMIT", message: e.message, line: line, column: column, printed: printed)
        case .sandbox:
            return SolutionError(kind: .sandbox, errorClass: "SANDBOX", message: e.message, line: line, column: column, printed: printed)
        case .unsupported:
            return SolutionError(kind: .unsupported, errorClass: "UNSUPPORTED", message: e.message, line: line, column: column, printed: printed)
        }
    }

    /// `[CONDITION] text` split into the condition (capitals, digits, `_` and `.`) and the text.
    static func pysparkCondition(_ message: String) -> (String, String)? {
        guard message.hasPrefix("["), let close = message.firstIndex(of: "]") else { return nil }
        let condition = message[message.index(after: message.startIndex)..<close]
        guard !condition.isEmpty, condition.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
        return (String(condition), message[message.index(after: close)...].trimmingCharacters(in: .whitespaces))
    }

    static func engineError(_ error: any Error, printed: String) -> SolutionError {
        if let e = error as? PyError { return pythonError(e, printed: printed) }
        guard let e = error as? SparkError else {
            return SolutionError(kind: .runtime, errorClass: "INTERNAL_ERROR", message: "\(error)", printed: printed)
        }
        let kind: SolutionError.Kind = switch e.errorClass {
        case "UNSUPPORTED": .unsupported
        case "TIME_LIMIT": .timeLimit
        case "MEMORY_LIMIT": .memoryLimit
        default: .runtime
        }
        return SolutionError(kind: kind, errorClass: e.errorClass, message: e.message, printed: printed)
    }

    /// SQL errors carry the position in the file: Spark's line is the file's line.
    static func sqlError(_ error: any Error, source: String) -> SolutionError {
        var e = engineError(error, printed: "")
        if let s = (error as? SparkError).map({ locateSQLError($0, in: source) }) {
            if s.errorClass == "PARSE_SYNTAX_ERROR" || s.errorClass.hasPrefix("PARSE_") || s.errorClass.hasPrefix("UNCLOSED") {
                e.kind = .compile
            }
            e.line = s.sqlLine
            e.column = s.sqlPosition.map { $0 + 1 }
            if let line = s.sqlLine {
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
                if line >= 1 && line <= lines.count { e.sourceLine = String(lines[line - 1]) }
            }
        }
        return e
    }
}
