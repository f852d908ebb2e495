import PyLite
import SparkLite

/// `F.transform(col, lambda x: ...)` and the other functions that take Python lambdas. As in PySpark, the
/// lambda runs once, while the column is built: it receives Column placeholders for its parameters
/// (`x_0`, `y_1`: the names PySpark gives them, numbered across the run) and returns the body as a Column.
enum HigherOrderFunctionsModule {
    static func function(_ function: HigherOrderFunction, _ context: BridgeContext) -> PyValue {
        let name = function.rawValue
        return .native(PyNativeFunction(name: name) { a in
            let parameters: [String] = switch function {
            case .aggregate, .reduce: ["col", "initialValue", "merge", "finish="]
            case .zipWith: ["left", "right", "f"]
            case .mapZipWith: ["col1", "col2", "f"]
            case .arraySort: ["col", "comparator="]
            default: ["col", "f"]
            }
            let b = try a.bind(name, parameters)
            var arguments: [Expression] = []
            for p in parameters {
                let key = p.hasSuffix("=") ? String(p.dropLast()) : p
                guard let v = b[key], !v.isNone else { continue }
                if ["f", "merge", "finish", "comparator"].contains(key) {
                    arguments.append(try lambda(v, name, context, a.interpreter))
                } else {
                    arguments.append(try Conversion.column(v).expr)
                }
            }
            return ColumnObject.wrap(Column(.unresolvedFunction(name: function.rawValue, arguments: arguments, isDistinct: false)))
        })
    }

    /// Calls the Python function with placeholders and wraps the Column it returns in a lambda function.
    static func lambda(_ f: PyValue, _ caller: String, _ context: BridgeContext, _ interpreter: PyInterpreter) throws -> Expression {
        guard let declared = interpreter.parameterNames(of: f) else {
            throw PyException.typeError("[NOT_CALLABLE] Argument `f` should be a function, got \(Conversion.typeName(f)).")
        }
        // PySpark names the Python function (`<lambda>` for a lambda) in these errors.
        let functionName = if case .function(let function) = f { function.dunderName } else { caller }
        guard (1...3).contains(declared.count) else {
            throw PyException.valueError("[WRONG_NUM_ARGS_FOR_HIGHER_ORDER_FUNCTION] Function `\(functionName)` should take between 1 and 3 arguments, but the provided function takes \(declared.count).")
        }
        let names = ["x", "y", "z"].prefix(declared.count).map { context.freshLambdaVariableName($0) }
        let placeholders = names.map { ColumnObject.wrap(Column(.lambdaVariable(LambdaVariable(unresolved: $0)))) }
        let result = try interpreter.call(f, positional: placeholders)
        guard let body = result.asHost(ColumnObject.self) else {
            throw PyException.valueError("[HIGHER_ORDER_FUNCTION_SHOULD_RETURN_COLUMN] Function `\(functionName)` should return Column, got \(Conversion.typeName(result)).")
        }
        return .lambda(names, body.column.expr)
    }
}
