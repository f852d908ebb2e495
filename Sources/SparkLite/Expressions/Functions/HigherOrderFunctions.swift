/// Functions that take lambdas (`transform`, `filter`, `aggregate`, ...). The analyzer resolves their
/// lambda arguments first (see LambdaResolution); these builders check the resolved call.
/// `array_sort` is registered with the array functions, which hand its comparator form to `build`.
let higherOrderFunctionBuilders: [FunctionBuilder] = HigherOrderFunction.allCases.filter { $0 != .arraySort }.map { function in
    FunctionBuilder(function.rawValue) { args, context throws(SparkError) in
        try function.build(FunctionCall(name: function.rawValue, args: args, ansi: context.ansi))
    }
}

extension HigherOrderFunction {
    /// Which arguments are lambdas, by position.
    var lambdaPositions: [Int] {
        switch self {
        case .aggregate, .reduce: [2, 3]
        case .zipWith, .mapZipWith: [2]
        default: [1]
        }
    }

    func build(_ c: FunctionCall) throws(SparkError) -> Expression {
        let arity = switch self {
        case .aggregate, .reduce: 4
        case .zipWith, .mapZipWith: 3
        default: 2
        }
        try c.arity(arity)
        for i in lambdaPositions where c[i].lambdaBody == nil {
            throw c.unexpectedType(i, required: "\"LAMBDA FUNCTION\"")
        }
        switch self {
        case .arraySort:
            guard let body = c[1].lambdaBody, body.dataType == .int else {
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_RETURN_TYPE", "Cannot resolve \"\(sqlText(c.args))\" due to data type mismatch: The `lambdafunction` requires return \"INT\" type, but the actual is \"\(c[1].dataType.sqlName)\" type.", sqlState: "42K09")
            }
        case .filter, .exists, .forall, .mapFilter:
            guard let body = c[1].lambdaBody, body.dataType == .boolean || body.dataType == .null else {
                throw lambdaTypeMismatch(c, 1, required: "\"BOOLEAN\"")
            }
        case .mapZipWith:
            guard case .map(let k1, _, _) = c[0].dataType, case .map(let k2, _, _) = c[1].dataType, k1 == k2 else {
                throw SparkError("DATATYPE_MISMATCH.MAP_ZIP_WITH_DIFF_TYPES", "Cannot resolve \"\(sqlText(c.args))\" due to data type mismatch: Input to the `map_zip_with` should have been two maps with compatible key types, but it's [\"\(c[0].dataType.sqlName)\", \"\(c[1].dataType.sqlName)\"].", sqlState: "42K09")
            }
        case .aggregate, .reduce:
            // The merge lambda must return the accumulator's type: `aggregate(xs, 0, ...)` over bigints fails.
            let zero = c[1].dataType
            if let merge = c[2].lambdaBody, merge.dataType.sqlName != zero.sqlName {
                throw lambdaTypeMismatch(c, 2, required: "\"\(zero.sqlName)\"")
            }
        default:
            break
        }
        return .higherOrderFunction(self, c.args)
    }

    private func lambdaTypeMismatch(_ c: FunctionCall, _ i: Int, required: String) -> SparkError {
        SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(sqlText(c.args))\" due to data type mismatch: The \(FunctionCall.ordinal(i)) parameter requires the \(required) type, however \"\(c[i].prettyName)\" has the type \"\(c[i].dataType.sqlName)\".", sqlState: "42K09")
    }
}
