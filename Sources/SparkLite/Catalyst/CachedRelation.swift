import Synchronization

/// A DataFrame marked with `cache()`/`persist()` (or a table with `CACHE TABLE`): the analyzed plan it
/// caches, its storage level, the table's name, and, once an action has computed it, the materialised
/// partitions reused by later actions.
public final class CachedRelation: Sendable {
    public let plan: LogicalPlan
    public let storageLevel: String
    /// The table or view `CACHE TABLE` / `catalog.cacheTable` cached; explain names its scans after it.
    public let tableName: String?
    public let id: Int
    private let state = Mutex<[[[Value]]]?>(nil)

    private static let counter = Atomic<Int>(0)

    public init(plan: LogicalPlan, storageLevel: String, tableName: String? = nil) {
        self.plan = plan
        self.storageLevel = storageLevel
        self.tableName = tableName
        self.id = Self.counter.add(1, ordering: .relaxed).oldValue
    }

    public var partitions: [[[Value]]]? { state.withLock { $0 } }

    public func store(_ partitions: [[[Value]]]) {
        state.withLock { if $0 == nil { $0 = partitions } }
    }

    public func clear() { state.withLock { $0 = nil } }
}
