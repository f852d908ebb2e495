/// A resolved scalar function from the registry: its display name, result type and evaluation.
public struct ScalarFunction: Sendable {
    /// The name Spark prints: `upper`, `concat`, `date_add`.
    public var name: String
    public var dataType: DataType
    public var nullable: Bool
    /// When true, any null argument makes the result null without calling `evaluate`.
    public var nullIntolerant: Bool
    /// Non-deterministic functions (`rand`) are never folded or reordered.
    public var deterministic: Bool
    /// False for a deterministic function the optimizer must still leave to run time (`raise_error`, whose
    /// error belongs to the rows that reach it).
    public var foldable = true
    /// For a function that evaluates its arguments only as far as it needs them (`coalesce` stops at the
    /// first non-null one, so `coalesce(a, 10 / b)` never divides when `a` is set): the row evaluation,
    /// given each argument as a thunk. `evaluate` still serves evaluation over whole columns.
    public var evaluateLazily: (@Sendable ([() throws -> Value]) throws -> Value)? = nil
    /// Pretty-name arguments shown in the default column name; nil shows every argument.
    public var displayArguments: [Int]?
    /// The default column name when it is not `name(arg, ...)`, from the shown arguments' names
    /// (`email LIKE %x%`, `TRIM(BOTH x FROM s)`).
    public var prettyFormat: (@Sendable ([String]) -> String)?
    /// Explain's text when it is not `name(arg, ...)`, from the shown arguments' explain strings
    /// (`info#1.color`, `tags#2[0]`).
    public var explainFormat: (@Sendable ([String]) -> String)?
    /// Spark's `RuntimeReplaceable`: the call only names the expression Spark rewrites it to, its last
    /// argument; the other arguments are shown in the name and never evaluated. The optimizer puts the
    /// last argument in the call's place (see ReplaceExpressions).
    public var isReplaceable = false
    /// Implicit casts applied inside `evaluate` rather than kept in the tree (so column names show the
    /// arguments as written): explain shows them, as Spark's tree has them (`SQRT(cast(a#1 as double))`).
    public var argumentCasts: [Int: DataType] = [:]
    /// For a function seeded per partition (`rand(seed)` draws from seed + partition index): the evaluation
    /// partition `index` uses. `evaluate` is partition 0's.
    public var seededForPartition: (@Sendable (Int) -> @Sendable ([Value]) throws -> Value)?
    public var evaluate: @Sendable ([Value]) throws -> Value
    /// For `get_struct_field`: the ordinal of the field it reads (see SimplifyExtractValueOps).
    var structFieldOrdinal: Int?
    /// For a function of one DATE, TIMESTAMP or integer argument whose result is an integer: the same
    /// function on the argument's storage word, which vectors are evaluated with (`ColumnKernels`).
    var wordKernel: WordKernel?

    public init(
        name: String, dataType: DataType, nullable: Bool = true, nullIntolerant: Bool = true,
        deterministic: Bool = true, displayArguments: [Int]? = nil,
        evaluate: @escaping @Sendable ([Value]) throws -> Value
    ) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
        self.nullIntolerant = nullIntolerant
        self.deterministic = deterministic
        self.displayArguments = displayArguments
        self.evaluate = evaluate
    }
}

extension Expression {
    /// A call named `name(shown...)` (or by `format`) that computes `replacement`; see `isReplaceable`.
    public static func replaceable(
        _ name: String, shown: [Expression], replacement: Expression, format: (@Sendable ([String]) -> String)? = nil
    ) -> Expression {
        var f = ScalarFunction(name: name, dataType: replacement.dataType, nullable: replacement.nullable, nullIntolerant: false,
                               displayArguments: Array(shown.indices)) { values in values.last ?? .null }
        f.prettyFormat = format
        f.isReplaceable = true
        return .function(f, shown + [replacement])
    }
}

extension ScalarFunction {
    /// `coalesce` for rewrites that build it directly (USING full outer joins, null-safe join keys).
    static func coalesce(_ type: DataType, nullable: Bool) -> ScalarFunction {
        ScalarFunction(name: "coalesce", dataType: type, nullable: nullable, nullIntolerant: false) { values in
            values.first { !$0.isNull } ?? .null
        }
    }
}

/// A scalar function on storage words: `apply` takes the word of a value of type `input` (days, microseconds
/// or the integer) and gives the result's word; a null argument gives null.
struct WordKernel: Sendable {
    let input: DataType
    let apply: @Sendable (Int64) -> Int64
}

extension Expression {
    /// This function call with `kernel` as its word kernel.
    func withWordKernel(_ kernel: WordKernel) -> Expression {
        guard case .function(var f, let args) = self else { return self }
        f.wordKernel = kernel
        return .function(f, args)
    }
}
