import Synchronization

/// Temp views and temporary functions of a session, by case-insensitive name.
public final class Catalog: Sendable {
    private let views = Mutex<[String: (name: String, plan: LogicalPlan)]>([:])
    private let functions = Mutex<[String: FunctionBuilder]>([:])

    public init() {}

    public func register(_ name: String, _ plan: LogicalPlan) {
        views.withLock { $0[name.lowercased()] = (name, plan) }
    }

    public func lookup(_ name: String) -> LogicalPlan? {
        views.withLock { $0[name.lowercased()]?.plan }
    }

    @discardableResult
    public func drop(_ name: String) -> Bool {
        views.withLock { $0.removeValue(forKey: name.lowercased()) != nil }
    }

    public var viewNames: [String] {
        views.withLock { $0.values.map(\.name).sorted() }
    }

    /// `spark.udf.register(name, f)`: a temporary function, found before a built-in of the same name.
    public func registerFunction(_ builder: FunctionBuilder) {
        functions.withLock { $0[builder.name.lowercased()] = builder }
    }

    public func function(_ name: String) -> FunctionBuilder? {
        functions.withLock { $0[name.lowercased()] }
    }
}
