import Synchronization

/// The DataFrames a session has cached. A later query whose plan contains a cached plan reads it through
/// `InMemoryRelation` instead, as Spark's `CacheManager` substitutes cached data by plan.
public final class CacheManager: Sendable {
    private let entries = Mutex<[(fingerprint: String, relation: CachedRelation, output: [AttributeReference])]>([])

    public init() {}

    /// Marks a plan as cached (`df.cache()`, `df.persist(level)`, `CACHE TABLE t`); caching the same plan twice
    /// keeps the first. Returns the relation that holds the plan's data.
    @discardableResult
    public func cache(_ plan: LogicalPlan, storageLevel: StorageLevel, tableName: String? = nil) -> CachedRelation {
        let key = Self.fingerprint(plan)
        return entries.withLock { list in
            if let existing = list.first(where: { $0.fingerprint == key }) { return existing.relation }
            let relation = CachedRelation(plan: plan, storageLevel: storageLevel.description, tableName: tableName)
            list.append((key, relation, plan.output))
            return relation
        }
    }

    /// `spark.catalog.clearCache()`: forgets every cached plan.
    public func clear() {
        entries.withLock { $0.removeAll() }
    }

    public func uncache(_ plan: LogicalPlan) {
        let key = Self.fingerprint(plan)
        entries.withLock { $0.removeAll { $0.fingerprint == key } }
    }

    public func storageLevel(of plan: LogicalPlan) -> StorageLevel? {
        let key = Self.fingerprint(plan)
        return entries.withLock { list in list.first { $0.fingerprint == key }.map { StorageLevel(description: $0.relation.storageLevel) } }
    }

    /// Replaces every subtree that is a cached plan with an `InMemoryRelation` over it.
    func useCachedData(_ plan: LogicalPlan) -> LogicalPlan {
        let snapshot = entries.withLock { $0 }
        if snapshot.isEmpty { return plan }
        return plan.transformDown { p in
            if case .inMemoryRelation = p { return nil }
            let key = Self.fingerprint(p)
            guard let hit = snapshot.first(where: { $0.fingerprint == key }) else { return nil }
            // The same result under this subtree's own attribute ids (a self-join renames one side).
            return .inMemoryRelation(hit.relation, output: p.output)
        }
    }

    /// The plan's text with attribute ids renumbered in order of appearance, so two copies of one plan
    /// that differ only in ids (Spark's `sameResult`) match.
    static func fingerprint(_ plan: LogicalPlan) -> String {
        let text = ExplainFormatter.logicalTree(plan)
        var ids: [Substring: Int] = [:]
        var out = ""
        var rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            out += rest[...hash]
            rest = rest[rest.index(after: hash)...]
            let digits = rest.prefix { $0.isNumber }
            if digits.isEmpty { continue }
            let n = ids[digits] ?? ids.count
            ids[digits] = n
            out += String(n)
            rest = rest.dropFirst(digits.count)
        }
        return out + rest
    }
}

/// Where cached partitions live: Spark's `StorageLevel`. DataFrame `cache()` is `MEMORY_AND_DISK`.
public struct StorageLevel: Sendable, Equatable {
    public var useDisk: Bool
    public var useMemory: Bool
    public var deserialized: Bool
    public var replication: Int

    public init(useDisk: Bool, useMemory: Bool, deserialized: Bool, replication: Int = 1) {
        self.useDisk = useDisk
        self.useMemory = useMemory
        self.deserialized = deserialized
        self.replication = replication
    }

    public static let memoryAndDisk = StorageLevel(useDisk: true, useMemory: true, deserialized: true)
    public static let memoryOnly = StorageLevel(useDisk: false, useMemory: true, deserialized: true)
    public static let diskOnly = StorageLevel(useDisk: true, useMemory: false, deserialized: false)

    /// `StorageLevel(disk, memory, deserialized, 1 replicas)`, as explain prints it.
    public var description: String {
        let parts = (useDisk ? ["disk"] : []) + (useMemory ? ["memory"] : []) + (deserialized ? ["deserialized"] : [])
        return "StorageLevel(\((parts + ["\(replication) replicas"]).joined(separator: ", ")))"
    }

    init(description: String) {
        // The replica count is the number before " replicas".
        let replicas = description.split(separator: ",").last.flatMap { Int($0.split(separator: " ").first ?? "") } ?? 1
        self.init(useDisk: description.contains("disk"), useMemory: description.contains("memory"),
                  deserialized: description.contains("deserialized"), replication: replicas)
    }
}
