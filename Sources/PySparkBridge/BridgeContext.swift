import PyLite
import SparkLite

/// What every pyspark object of one run shares: the session, the interpreter that calls back into Python
/// (UDFs), and whether Spark's file readers are allowed.
final class BridgeContext {
    let session: SparkSession
    let allowFileReads: Bool
    let limits: ExecutionLimits
    weak var interpreter: PyInterpreter?
    /// The RDD API's shared state (created on first use).
    lazy var rdd = RDDBridgeState(bridge: self)
    /// How many lambda parameters Python lambdas have received so far (PySpark numbers them `x_0`, `y_1`, ...).
    private var lambdaVariableCount = 0

    /// A fresh lambda parameter name, `x_3`, as PySpark's `UnresolvedNamedLambdaVariable.freshVarName` gives.
    func freshLambdaVariableName(_ base: String) -> String {
        defer { lambdaVariableCount += 1 }
        return "\(base)_\(lambdaVariableCount)"
    }

    init(session: SparkSession, allowFileReads: Bool, limits: ExecutionLimits) {
        self.session = session
        self.allowFileReads = allowFileReads
        self.limits = limits
    }
}

/// Lets a Python callable cross into the engine's `@Sendable` closures. The engine runs tasks on the calling
/// thread when a plan has Python UDFs, so the single-threaded interpreter is never entered concurrently.
final class PythonCallable: @unchecked Sendable {
    let function: PyValue
    let interpreter: PyInterpreter

    init(function: PyValue, interpreter: PyInterpreter) {
        self.function = function
        self.interpreter = interpreter
    }
}
