import PyLite
import SparkLite

/// A Python exception raised by user code that Spark runs on its workers (a UDF, an RDD function)
/// reaches the driver as Spark's `PYTHON_EXCEPTION`, whose message carries the worker's traceback.
enum PythonWorkerError {
    /// `error` as the driver sees it: a Python exception becomes `PYTHON_EXCEPTION` (pointing at the line
    /// that raised it); anything else (limits, engine errors, pickling) is left as it is.
    static func wrap(_ error: any Error, interpreter: PyInterpreter) -> any Error {
        guard let python = interpreter.pythonException(in: error), python.typeName != "PicklingError" else { return error }
        let text = "An exception was thrown from the Python worker: Traceback (most recent call last):\n"
            + (python.position.map { "  File \"\(interpreter.sourceFileName)\", line \($0.line)\n" } ?? "")
            + (python.sourceLine.map { "    \($0.trimmingCharacters(in: .whitespaces))\n" } ?? "")
            + python.summary
        return PyError(kind: .hostError, typeName: "PythonException", message: text, position: python.position,
                       sourceLine: python.sourceLine, hostError: SparkError("PYTHON_EXCEPTION", text, sqlState: "38000"))
    }
}
