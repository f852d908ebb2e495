/// A parameter of a lambda function (`x` in `x -> x + 1`), Spark's `NamedLambdaVariable`.
/// Unresolved (no `exprId`) while it is only a name from the parser or the DataFrame API; the
/// analyzer gives it the element type of the array the higher-order function walks.
public struct LambdaVariable: Sendable {
    public var name: String
    public var dataType: DataType
    public var nullable: Bool
    public var exprId: ExprId?

    /// A name only: `x` in SQL, `x_0` for a Python lambda's first parameter.
    public init(unresolved name: String) {
        self.name = name
        self.dataType = .null
        self.nullable = true
        self.exprId = nil
    }

    public init(name: String, dataType: DataType, nullable: Bool, exprId: ExprId = .next()) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
        self.exprId = exprId
    }

    public var isResolved: Bool { exprId != nil }

    /// `lambda x#12` (`lambda x#12L` for bigint) as explain prints it.
    var explainName: String {
        guard let id = exprId else { return "lambda '\(name)" }
        return "lambda " + AttributeReference(name: name, dataType: dataType, exprId: id).explainName
    }
}

/// Spark's higher-order functions: each walks an array or a map and calls its lambda arguments per element.
public enum HigherOrderFunction: String, Sendable, CaseIterable {
    case transform
    case filter
    case exists
    case forall
    case aggregate
    case reduce
    case zipWith = "zip_with"
    case mapFilter = "map_filter"
    case transformKeys = "transform_keys"
    case transformValues = "transform_values"
    case mapZipWith = "map_zip_with"
    /// `array_sort(xs, (l, r) -> ...)`: the comparator form (the one-argument form is a plain function).
    case arraySort = "array_sort"

    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// The parameters the lambda at argument `index` receives (type and nullability), given the other
    /// arguments, already resolved. `arity` is how many parameters the lambda declares: `transform` and
    /// `filter` pass the element's index too to a lambda of two parameters.
    func lambdaParameters(_ arguments: [Expression], index: Int, arity: Int) throws(SparkError) -> [(DataType, Bool)] {
        func element(_ i: Int) throws(SparkError) -> (DataType, Bool) {
            switch arguments[i].dataType {
            case .array(let e, let n): return (e, n)
            default: throw notAnArray(arguments, i)
            }
        }
        func entry() throws(SparkError) -> [(DataType, Bool)] {
            switch arguments[0].dataType {
            case .map(let k, let v, let n): return [(k, false), (v, n)]
            default: throw notAMap(arguments)
            }
        }
        switch self {
        case .transform, .filter:
            let e = try element(0)
            return arity == 2 ? [e, (.int, false)] : [e]
        case .exists, .forall:
            return [try element(0)]
        case .aggregate, .reduce:
            let zero = (arguments[1].dataType, arguments[1].nullable)
            // The merge lambda (argument 2) sees the accumulator and an element; the finish lambda the accumulator.
            return index == 2 ? [zero, try element(0)] : [zero]
        case .zipWith:
            return [((try element(0)).0, true), ((try element(1)).0, true)]
        case .arraySort:
            let e = try element(0)
            return [e, e]
        case .mapFilter, .transformKeys, .transformValues:
            return try entry()
        case .mapZipWith:
            // The key, then each map's value for it (null where that map lacks the key).
            guard case .map(let k, let v1, _) = arguments[0].dataType else { throw notAMap(arguments) }
            guard case .map(_, let v2, _) = arguments[1].dataType else { throw notAMap(arguments, 1) }
            return [(k, false), (v1, true), (v2, true)]
        }
    }

    private func notAnArray(_ arguments: [Expression], _ i: Int) -> SparkError {
        SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(sqlText(arguments))\" due to data type mismatch: The \(FunctionCall.ordinal(i)) parameter requires the \"ARRAY\" type, however \"\(arguments[i].prettyName)\" has the type \"\(arguments[i].dataType.sqlName)\".")
    }

    private func notAMap(_ arguments: [Expression], _ i: Int = 0) -> SparkError {
        SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(sqlText(arguments))\" due to data type mismatch: The \(FunctionCall.ordinal(i)) parameter requires the \"MAP\" type, however \"\(arguments[i].prettyName)\" has the type \"\(arguments[i].dataType.sqlName)\".")
    }

    func sqlText(_ arguments: [Expression]) -> String {
        "\(rawValue)(\(arguments.map(\.prettyName).joined(separator: ", ")))"
    }

    /// The identity lambda `id -> id` that `aggregate` and `reduce` finish with when no finish is given.
    static var identityLambda: Expression {
        let id = LambdaVariable(unresolved: "id")
        return .lambdaFunction(body: .lambdaVariable(id), parameters: [id])
    }

    /// The result type of a resolved call.
    func resultType(_ arguments: [Expression]) -> DataType {
        switch self {
        case .transform, .zipWith:
            let body = arguments.last?.lambdaBody
            return .array(element: body?.dataType ?? .null, containsNull: body?.nullable ?? true)
        case .filter, .mapFilter, .arraySort: return arguments[0].dataType
        case .exists, .forall: return .boolean
        case .aggregate, .reduce: return arguments.last?.lambdaBody?.dataType ?? .null
        case .transformKeys, .transformValues:
            guard case .map(let k, let v, let n) = arguments[0].dataType, let body = arguments[1].lambdaBody else { return .null }
            return self == .transformKeys
                ? .map(key: body.dataType, value: v, valueContainsNull: n)
                : .map(key: k, value: body.dataType, valueContainsNull: body.nullable)
        case .mapZipWith:
            guard case .map(let k, _, _) = arguments[0].dataType, let body = arguments[2].lambdaBody else { return .null }
            return .map(key: k, value: body.dataType, valueContainsNull: body.nullable)
        }
    }

    /// Whether a resolved call can return null: null input collections give null.
    func resultNullable(_ arguments: [Expression]) -> Bool {
        switch self {
        case .exists, .forall: return true
        case .aggregate, .reduce:
            return arguments[0].nullable || (arguments.last?.lambdaBody?.nullable ?? true)
        case .zipWith, .mapZipWith: return arguments[0].nullable || arguments[1].nullable
        default: return arguments[0].nullable
        }
    }
}

extension Expression {
    /// The body of a lambda function argument.
    var lambdaBody: Expression? {
        if case .lambdaFunction(let body, _) = self { return body }
        return nil
    }

    /// A lambda function with its parameters bound to the given names, from the DataFrame API or SQL.
    public static func lambda(_ names: [String], _ body: Expression) -> Expression {
        .lambdaFunction(body: body, parameters: names.map { LambdaVariable(unresolved: $0) })
    }
}
