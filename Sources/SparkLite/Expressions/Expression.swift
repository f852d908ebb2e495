import Synchronization

/// A Catalyst expression: an immutable value tree, resolved or not.
/// Unresolved forms come from the DataFrame API and the SQL parser; the analyzer replaces them.
public indirect enum Expression: Sendable {
    // Leaves.
    case literal(Value, DataType)
    case attribute(AttributeReference)
    /// An input column by position, after physical binding.
    case boundReference(ordinal: Int, dataType: DataType, nullable: Bool)
    case unresolvedAttribute([String])
    /// `*` or `t.*`.
    case star(qualifier: [String]?)
    /// `* EXCEPT (a, b)` or `t.* EXCEPT (...)`: the star's columns without the named ones.
    case starExcept(qualifier: [String]?, excluded: [[String]])
    /// `df["*"]`: the columns of one DataFrame, wherever it sits in a join (Spark's ResolvedStar).
    case resolvedStar([AttributeReference])

    // Naming.
    case alias(Expression, name: String, exprId: ExprId)
    /// `stack(2, 'a', x, 'b', y) AS (k, v)`: names for the columns of a generator in a select list, before
    /// the generator is extracted.
    case multiAlias(Expression, names: [String])

    // Operators.
    case arithmetic(ArithmeticOperator, Expression, Expression, EvalMode)
    case unaryMinus(Expression, EvalMode)
    case comparison(ComparisonOperator, Expression, Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression)
    case isNull(Expression)
    case isNotNull(Expression)
    case inList(Expression, [Expression])
    case caseWhen(branches: [CaseBranch], elseValue: Expression?)
    case cast(Expression, DataType, EvalMode)

    // Functions.
    case unresolvedFunction(name: String, arguments: [Expression], isDistinct: Bool)
    case function(ScalarFunction, [Expression])
    case aggregate(AggregateExpression)
    case windowFunction(WindowFunction, [Expression])
    case window(function: Expression, spec: WindowSpecDefinition)
    case sortOrder(SortOrder)
    /// `col.getItem(k)`, `col.getField(name)`, `col[k]` before the child's type is known.
    case unresolvedExtractValue(Expression, Expression)
    /// A Python UDF call: kept apart so plans show `BatchEvalPython`.
    case pythonUDF(PythonUDF, [Expression])
    /// A scalar subquery `(SELECT max(x) FROM t)`.
    case scalarSubquery(LogicalPlan, exprId: ExprId)
    /// `x IN (SELECT ...)`.
    case inSubquery([Expression], LogicalPlan)
    /// `EXISTS (SELECT ...)`.
    case exists(LogicalPlan)
    /// A column of an enclosing query, inside a correlated subquery.
    case outerReference(AttributeReference)
    /// `grouping_id()` / `grouping(col)` markers for ROLLUP/CUBE/GROUPING SETS.
    case groupingSets(GroupingKind, [[Expression]])

    // Lambdas.
    /// A lambda's parameter (`x` in `x -> x + 1`).
    case lambdaVariable(LambdaVariable)
    /// `x -> body` or `(acc, x) -> body`, an argument of a higher-order function.
    case lambdaFunction(body: Expression, parameters: [LambdaVariable])
    /// `transform(xs, x -> x + 1)` and the other functions that call lambdas per element.
    case higherOrderFunction(HigherOrderFunction, [Expression])
}

/// `+ - * / % div`; `/` on integers returns double as in Spark.
public enum ArithmeticOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case integralDivide = "div"
    case pmod = "pmod"
}

public enum ComparisonOperator: String, Sendable {
    case equal = "="
    case equalNullSafe = "<=>"
    case lessThan = "<"
    case lessThanOrEqual = "<="
    case greaterThan = ">"
    case greaterThanOrEqual = ">="
}

/// How errors are handled: ANSI raises, `try_*` returns null, legacy returns null or wraps.
public enum EvalMode: String, Sendable {
    case ansi
    case `try`
    case legacy
}

public struct CaseBranch: Sendable {
    public var condition: Expression
    public var value: Expression

    public init(_ condition: Expression, _ value: Expression) {
        self.condition = condition
        self.value = value
    }
}

/// Kinds of grouping analytics.
public enum GroupingKind: String, Sendable {
    case rollup, cube, groupingSets
}

public struct SortOrder: Sendable {
    public var child: Expression
    public var ascending: Bool
    public var nullsFirst: Bool
    /// Expressions known to sort the same way as `child` (an inner sort-merge join's output is sorted by
    /// the right side's keys as well as the left's); never printed.
    public var sameOrderExpressions: [Expression]

    /// Spark's defaults: ASC NULLS FIRST, DESC NULLS LAST.
    public init(_ child: Expression, ascending: Bool = true, nullsFirst: Bool? = nil, sameOrderExpressions: [Expression] = []) {
        self.child = child
        self.ascending = ascending
        self.nullsFirst = nullsFirst ?? ascending
        self.sameOrderExpressions = sameOrderExpressions
    }
}

/// A Python function called per row, owned by the host that registered it.
public struct PythonUDF: Sendable {
    public var name: String
    public var returnType: DataType
    /// Called with the argument values and their types (a struct argument reaches Python as a Row with names).
    public var evaluate: @Sendable ([Value], [DataType]) throws -> Value
    /// Which function this is: two lambdas share the name `<lambda>` and explain alike, yet Spark evaluates
    /// each (its `PythonUDF` compares the pickled functions); two calls of one UDF on the same arguments are one.
    public let functionId: Int

    private static let counter = Atomic<Int>(0)

    public init(name: String, returnType: DataType, evaluate: @escaping @Sendable ([Value], [DataType]) throws -> Value) {
        self.name = name
        self.returnType = returnType
        self.evaluate = evaluate
        self.functionId = Self.counter.add(1, ordering: .relaxed).oldValue
    }
}
