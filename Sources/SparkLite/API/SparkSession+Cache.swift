/// Caching tables by name: `spark.catalog.cacheTable`, `CACHE [LAZY] TABLE t [AS query]` and their undoing.
/// A cached table is one more cached plan: later queries over it read its `InMemoryRelation`.
extension SparkSession {
    /// Caches the plan of table or view `name`; `eager` computes it now, as `CACHE TABLE` without LAZY does.
    public func cacheTable(_ name: String, storageLevel: StorageLevel = .memoryAndDisk, eager: Bool = false) throws {
        let df = try table(name)
        cacheManager.cache(df.plan, storageLevel: storageLevel, tableName: name)
        if eager { _ = try df.count() }
    }

    public func uncacheTable(_ name: String) throws {
        cacheManager.uncache(try table(name).plan)
    }

    public func isCached(_ name: String) throws -> Bool {
        cacheManager.storageLevel(of: try table(name).plan) != nil
    }

    public func clearCache() {
        cacheManager.clear()
    }
}
