import PyLite
import SparkLite

/// `spark.udf`: `register(name, f, returnType)` makes a Python function callable from `spark.sql` under
/// `name`, and returns it as a UDF for the DataFrame API too.
final class UDFRegistrationObject: PyHostObject {
    let context: BridgeContext

    init(_ context: BridgeContext) { self.context = context }

    var pyTypeName: String { "UDFRegistration" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        guard name == "register" else { return nil }
        let session = context.session
        return .native(PyNativeFunction(name: name) { a in
            let b = try a.bind("register", ["name", "f", "returnType="])
            guard let functionName = b["name"]?.asString else {
                throw PyException.typeError("[NOT_STR] Argument `name` should be a str, got \(Conversion.typeName(b["name"] ?? .none)).")
            }
            let f = b["f"] ?? .none
            let returnType = b["returnType"].flatMap { $0.isNone ? nil : $0 }
            var udf: PythonUDF
            if let existing = f.asHost(UserDefinedFunctionObject.self) {
                if returnType != nil {
                    throw PyException.typeError("[CANNOT_SPECIFY_RETURN_TYPE_FOR_UDF] returnType can not be specified when `f` is a user-defined function, but got \(try a.interpreter.str(returnType ?? .none)).")
                }
                udf = existing.udf
            } else {
                let type = try returnType.map { try Conversion.dataType($0) } ?? .string
                udf = try PythonUDFSupport.pythonUDF(f, type, a.interpreter)
            }
            udf.name = functionName
            let registered = udf
            session.catalog.registerFunction(FunctionBuilder(functionName) { args, _ in .pythonUDF(registered, args) })
            return .host(UserDefinedFunctionObject(registered))
        })
    }
}
