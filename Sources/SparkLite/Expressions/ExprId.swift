import Synchronization

/// The identity of an attribute across a plan: `salary#12` in explain output.
public struct ExprId: Hashable, Sendable, Comparable {
    public let id: Int

    public init(_ id: Int) { self.id = id }

    private static let counter = Atomic<Int>(0)

    /// A fresh id; ids grow monotonically within a process, as in Spark's `NamedExpression.newExprId`.
    public static func next() -> ExprId {
        ExprId(counter.add(1, ordering: .relaxed).oldValue)
    }

    public static func < (lhs: ExprId, rhs: ExprId) -> Bool { lhs.id < rhs.id }
}

/// A resolved column of a plan's output.
public struct AttributeReference: Hashable, Sendable {
    public var name: String
    public var dataType: DataType
    public var nullable: Bool
    public var exprId: ExprId
    /// Table or alias names the column can be qualified with (`e.salary`).
    public var qualifier: [String]
    /// The DataFrame a column was taken from (`df.salary`), for Spark's ambiguous self-join check. Not part
    /// of the attribute's identity: equality and hashing ignore it.
    public var dataset: DatasetReference?

    public init(name: String, dataType: DataType, nullable: Bool = true, exprId: ExprId = .next(), qualifier: [String] = []) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
        self.exprId = exprId
        self.qualifier = qualifier
    }

    public static func == (lhs: AttributeReference, rhs: AttributeReference) -> Bool {
        lhs.name == rhs.name && lhs.dataType == rhs.dataType && lhs.nullable == rhs.nullable && lhs.exprId == rhs.exprId
            && lhs.qualifier == rhs.qualifier
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(dataType)
        hasher.combine(nullable)
        hasher.combine(exprId)
        hasher.combine(qualifier)
    }

    public func withQualifier(_ q: [String]) -> AttributeReference {
        var copy = self
        copy.qualifier = q
        return copy
    }

    public func withNullability(_ n: Bool) -> AttributeReference {
        var copy = self
        copy.nullable = n
        return copy
    }

    public func newInstance() -> AttributeReference {
        var copy = self
        copy.exprId = .next()
        return copy
    }

    /// `salary#12L` as explain prints it (`L` marks bigint).
    public var explainName: String {
        let suffix: String
        switch dataType {
        case .long: suffix = "L"
        default: suffix = ""
        }
        return "\(name)#\(exprId.id)\(suffix)"
    }
}
