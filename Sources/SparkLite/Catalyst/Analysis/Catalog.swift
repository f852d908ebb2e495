import Synchronization

/// Temp views of a session, by case-insensitive name.
public final class Catalog: Sendable {
    private let views = Mutex<[String: (name: String, plan: LogicalPlan)]>([:])

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
}
