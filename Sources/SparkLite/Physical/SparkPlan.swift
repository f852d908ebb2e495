/// One partition's batches in order, handed one by one to the consumer it is called with.
public typealias PartitionProducer = @Sendable (_ consume: (RecordBatch) throws -> Void) throws -> Void

/// Every batch `produce` hands on, in order.
func pieces(of produce: PartitionProducer) throws -> [RecordBatch] {
    var pieces: [RecordBatch] = []
    try produce { pieces.append($0) }
    return pieces
}

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

    /// Whether `executeColumnar` builds its batches itself; otherwise it turns `execute`'s rows into batches,
    /// and a columnar parent gains nothing from asking for them.
    public var supportsColumnar: Bool { false }

    /// Runs the operator column by column: one record batch per output partition.
    public func executeColumnar(_ context: ExecutionContext) throws -> [RecordBatch] {
        let types = output.map(\.dataType)
        return try execute(context).map { RecordBatch(rows: $0, types: types) }
    }

    /// `executeColumnar` one piece at a time: a producer per partition hands its batches, in order, to a
    /// consumer, which then never holds a whole partition. Operators that map each batch on its own (scans,
    /// filters, projections, the streamed side of a broadcast join) pass their child's pieces through;
    /// others produce each partition as one piece.
    public func producePartitions(_ context: ExecutionContext) throws -> [PartitionProducer] {
        try executeColumnar(context).map { batch in { consume in try consume(batch) } }
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

    /// The expressions the operator evaluates, where the scalar subqueries it reads are found.
    var expressions: [Expression] { [] }

    /// The scalar subqueries whose values this operator reads (Spark's inner children): explain prints
    /// them between the node and its children. Not children: nothing executes or counts through them.
    var subqueries: [SubqueryExec] = []

    /// Every node as explain lists it, pre-order: a node, its subqueries' plans, then its children.
    public func explainNodes() -> [SparkPlan] {
        [self] + subqueries.flatMap { $0.explainNodes() } + children.flatMap { $0.explainNodes() }
    }

    /// Binds attribute references to input positions of `input`.
    func bind(_ e: Expression, _ input: [AttributeReference]) throws -> Expression {
        let bound = try e.transformUp { node -> Expression? in
            guard case .attribute(let a) = node else { return nil }
            guard let i = input.firstIndex(where: { $0.exprId == a.exprId }) else {
                throw SparkError.internalError("Attribute \(a.explainName) is missing from the input [\(input.map(\.explainName).joined(separator: ", "))].")
            }
            return .boundReference(ordinal: i, dataType: a.dataType, nullable: a.nullable)
        }
        return try Self.bindLambdaVariables(bound, width: input.count, slots: [:])
    }

    /// Binds lambda parameters to the positions past the input row where a higher-order function puts
    /// their values: a lambda's parameters follow the input and the parameters of the lambdas around it.
    static func bindLambdaVariables(_ e: Expression, width: Int, slots: [ExprId: Int]) throws -> Expression {
        switch e {
        case .lambdaVariable(let v):
            guard let id = v.exprId, let slot = slots[id] else {
                throw SparkError.internalError("Lambda variable \(v.explainName) is outside its lambda function.")
            }
            return .boundReference(ordinal: slot, dataType: v.dataType, nullable: v.nullable)
        case .lambdaFunction(let body, let parameters):
            var inner = slots
            for (i, p) in parameters.enumerated() {
                if let id = p.exprId { inner[id] = width + i }
            }
            return .lambdaFunction(body: try bindLambdaVariables(body, width: width + parameters.count, slots: inner), parameters: parameters)
        default:
            let kids = e.children
            if kids.isEmpty { return e }
            return e.withNewChildren(try kids.map { try bindLambdaVariables($0, width: width, slots: slots) })
        }
    }
}
