import Synchronization

/// Session configuration (`spark.conf`), with the defaults SparkLite reproduces.
public final class SQLConf: Sendable {
    public static let defaults: [String: String] = [
        "spark.sql.shuffle.partitions": "200",
        "spark.sql.autoBroadcastJoinThreshold": "10485760",
        "spark.sql.ansi.enabled": "true",
        "spark.sql.adaptive.enabled": "true",
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.caseSensitive": "false",
        "spark.default.parallelism": "2",
    ]

    private let values = Mutex<[String: String]>(SQLConf.defaults)

    public init(_ overrides: [String: String] = [:]) {
        values.withLock { $0.merge(overrides) { $1 } }
    }

    public func get(_ key: String) -> String? { values.withLock { $0[key] } }

    public func set(_ key: String, _ value: String) { values.withLock { $0[key] = value } }

    public func unset(_ key: String) {
        values.withLock { v in
            if let d = SQLConf.defaults[key] { v[key] = d } else { v.removeValue(forKey: key) }
        }
    }

    public var all: [String: String] { values.withLock { $0 } }

    public var shufflePartitions: Int { Int(self.get("spark.sql.shuffle.partitions") ?? "") ?? 200 }

    /// Bytes; -1 disables automatic broadcast. Accepts `10m`, `10MB`, `1g` like Spark.
    public var autoBroadcastJoinThreshold: Int64 {
        SQLConf.parseBytes(self.get("spark.sql.autoBroadcastJoinThreshold") ?? "10485760") ?? 10_485_760
    }

    public var ansiEnabled: Bool { self.get("spark.sql.ansi.enabled")?.lowercased() != "false" }
    /// `spark.sql.optimizeNullAwareAntiJoin`: a single-column NOT IN becomes a broadcast hash join.
    public var optimizeNullAwareAntiJoin: Bool { self.get("spark.sql.optimizeNullAwareAntiJoin")?.lowercased() != "false" }
    /// `spark.sql.mapKeyDedupPolicy`: EXCEPTION (default) or LAST_WIN.
    public var mapKeyLastWins: Bool { self.get("spark.sql.mapKeyDedupPolicy")?.uppercased() == "LAST_WIN" }
    /// `spark.sql.legacy.sizeOfNull` counts only with ANSI off, as Spark's `SQLConf.legacySizeOfNull` does.
    public var legacySizeOfNull: Bool {
        self.get("spark.sql.legacy.sizeOfNull")?.lowercased() == "true" && !ansiEnabled
    }
    public var adaptiveEnabled: Bool { self.get("spark.sql.adaptive.enabled")?.lowercased() != "false" }
    public var defaultParallelism: Int { Int(self.get("spark.default.parallelism") ?? "") ?? 2 }

    public static func parseBytes(_ text: String) -> Int64? {
        let t = text.trimmingWhitespace().lowercased()
        let units: [(String, Int64)] = [("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("k", 1 << 10), ("m", 1 << 20), ("g", 1 << 30), ("b", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            return Int64(t.dropLast(suffix.count)).map { $0 * factor }
        }
        return Int64(t)
    }
}
