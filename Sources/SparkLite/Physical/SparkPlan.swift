/// A physical operator. Subclasses end in `Exec`, declare the distribution and ordering they require of
/// their children and the partitioning and ordering they provide; `EnsureRequirements` inserts exchanges
/// and sorts where a child does not satisfy its parent.
public class SparkPlan: @unchecked Sendable {
    public internal(set) var children: [SparkPlan]
    public let output: [AttributeReference]

    init(children: [SparkPlan], output: [AttributeReference]) {
        self.children = children
        self.output = output
    }

    /// The name explain prints.
    public var nodeName: String { String(describing: type(of: self)).replacingOccurrences(of: "Exec", with: "") }

    /// Explain's text after the node name.
    public var argumentString: String { "" }

    /// What explain puts between the name and the arguments: `Filter (x)`, but `HashAggregate(keys=...)`.
    var argumentSeparator: String { " " }

    public var outputPartitioning: Partitioning { children.first?.outputPartitioning ?? .unknown(1) }
    public var outputOrdering: [SortOrder] { [] }
    public var requiredChildDistribution: [Distribution] { children.map { _ in .unspecified } }
    public var requiredChildOrdering: [[SortOrder]] { children.map { _ in [] } }

    /// Runs the operator: one array of rows per output partition.
    public func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        throw SparkError.internalError("\(nodeName) cannot execute.")
    }

    /// Copies the node with new children (the planner's rewrites keep nodes immutable after planning).
    func withNewChildren(_ newChildren: [SparkPlan]) -> SparkPlan {
        children = newChildren
        return self
    }

    /// Every node, pre-order.
    public func collectNodes() -> [SparkPlan] {
        [self] + children.flatMap { $0.collectNodes() }
    }

    /// Binds attribute references to input positions of `input`.
    func bind(_ e: Expression, _ input: [AttributeReference]) throws -> Expression {
        try e.transformUp { node -> Expression? in
            guard case .attribute(let a) = node else { return nil }
            guard let i = input.firstIndex(where: { $0.exprId == a.exprId }) else {
                throw SparkError.internalError("Attribute \(a.explainName) is missing from the input [\(input.map(\.explainName).joined(separator: ", "))].")
            }
            return .boundReference(ordinal: i, dataType: a.dataType, nullable: a.nullable)
        }
    }
}
