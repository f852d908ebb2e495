/// Builds a resolved expression from resolved arguments: checks arity and types, coerces arguments,
/// and returns `.function`, `.aggregate`, `.windowFunction` or another expression.
public struct FunctionBuilder: Sendable {
    public let name: String
    public let build: @Sendable (_ arguments: [Expression], _ context: FunctionContext) throws(SparkError) -> Expression

    public init(_ name: String, build: @escaping @Sendable ([Expression], FunctionContext) throws(SparkError) -> Expression) {
        self.name = name
        self.build = build
    }
}

/// What a function builder may need from the session.
public struct FunctionContext: Sendable {
    public var ansi: Bool
    public var isDistinct: Bool
    /// Off when the call is resolved only to name a column: Spark names columns before type coercion
    /// adds its casts (`avg(name)`, not `avg(CAST(name AS DOUBLE))`).
    public var coerce: Bool

    /// `spark.sql.mapKeyDedupPolicy=LAST_WIN`: a duplicate key in a map being built takes the later value
    /// (at the first key's place) instead of raising DUPLICATED_MAP_KEY.
    public var mapKeyLastWins: Bool
    /// `spark.sql.legacy.sizeOfNull` with ANSI off: `size(NULL)` is -1 instead of null.
    public var legacySizeOfNull: Bool

    public init(ansi: Bool = true, isDistinct: Bool = false, coerce: Bool = true, mapKeyLastWins: Bool = false,
                legacySizeOfNull: Bool = false) {
        self.ansi = ansi
        self.isDistinct = isDistinct
        self.coerce = coerce
        self.mapKeyLastWins = mapKeyLastWins
        self.legacySizeOfNull = legacySizeOfNull
    }

    /// The context of a call resolved in a session with this configuration.
    public init(conf: SQLConf, isDistinct: Bool = false, coerce: Bool = true) {
        self.init(ansi: conf.ansiEnabled, isDistinct: isDistinct, coerce: coerce, mapKeyLastWins: conf.mapKeyLastWins,
                  legacySizeOfNull: conf.legacySizeOfNull)
    }
}

/// The one function registry serving the DataFrame API and SQL. Names are case-insensitive.
public struct FunctionRegistry: Sendable {
    private var builders: [String: FunctionBuilder] = [:]

    public init() {}

    public mutating func register(_ builder: FunctionBuilder) {
        builders[builder.name.lowercased()] = builder
    }

    public mutating func register(_ list: [FunctionBuilder]) {
        list.forEach { register($0) }
    }

    public func lookup(_ name: String) -> FunctionBuilder? { builders[name.lowercased()] }

    public var names: [String] { builders.keys.sorted() }

    /// Every built-in function SparkLite has.
    public static let builtin: FunctionRegistry = {
        var registry = FunctionRegistry()
        for family in builtinFamilies { registry.register(family) }
        return registry
    }()
}
