import PyLite
import SparkLite

/// What `F.udf(f, returnType)` and `spark.udf.register(...)` return: a callable that builds a Python UDF
/// column, and that `spark.udf.register` can register again under a SQL name.
final class UserDefinedFunctionObject: PyHostObject {
    let udf: PythonUDF

    init(_ udf: PythonUDF) { self.udf = udf }

    var pyTypeName: String { "function" }
    var pyIsCallable: Bool { true }

    func pyCall(_ arguments: PyArguments) throws -> PyValue {
        ColumnObject.wrap(Column(.pythonUDF(udf, try arguments.positional.map { try Conversion.column($0).expr })))
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "__name__": return .str(udf.name)
        case "returnType": return .host(DataTypeObject(udf.returnType))
        default: return nil
        }
    }
}
