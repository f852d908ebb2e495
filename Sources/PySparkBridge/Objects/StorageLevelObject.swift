import PyLite
import SparkLite

/// `pyspark.StorageLevel`: `StorageLevel.MEMORY_ONLY` and friends, printed as PySpark prints them.
final class StorageLevelObject: PyHostObject {
    let level: StorageLevel

    init(_ level: StorageLevel) { self.level = level }

    var pyTypeName: String { "StorageLevel" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "useDisk": .bool(level.useDisk)
        case "useMemory": .bool(level.useMemory)
        case "deserialized": .bool(level.deserialized)
        case "replication": .int(level.replication)
        default: nil
        }
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard op == .equal || op == .notEqual, let o = other.asHost(StorageLevelObject.self) else { return nil }
        return .bool((level == o.level) == (op == .equal))
    }

    /// `StorageLevel(True, True, False, True, 1)`: disk, memory, off-heap, deserialized, replication.
    func pyRepr() -> String {
        func b(_ v: Bool) -> String { v ? "True" : "False" }
        return "StorageLevel(\(b(level.useDisk)), \(b(level.useMemory)), False, \(b(level.deserialized)), \(level.replication))"
    }

    /// `Memory Serialized 1x Replicated`, as PySpark's `StorageLevel.__str__` describes a level.
    func pyStr() -> String { level.longDescription }

    nonisolated(unsafe) static let storageLevelClass = PyClass(hostName: "StorageLevel", moduleName: "pyspark.storagelevel", attributes: { name in
        let levels: [String: StorageLevel] = [
            // PySpark's levels store Python objects serialized: MEMORY_ONLY is StorageLevel(False, True, False, False).
            "MEMORY_ONLY": StorageLevel(useDisk: false, useMemory: true, deserialized: false),
            "MEMORY_AND_DISK": StorageLevel(useDisk: true, useMemory: true, deserialized: false),
            "MEMORY_AND_DISK_DESER": .memoryAndDisk,
            "DISK_ONLY": .diskOnly,
            "MEMORY_ONLY_2": StorageLevel(useDisk: false, useMemory: true, deserialized: false, replication: 2),
            "MEMORY_AND_DISK_2": StorageLevel(useDisk: true, useMemory: true, deserialized: false, replication: 2),
            "DISK_ONLY_2": StorageLevel(useDisk: true, useMemory: false, deserialized: false, replication: 2),
            "DISK_ONLY_3": StorageLevel(useDisk: true, useMemory: false, deserialized: false, replication: 3),
        ]
        return levels[name].map { .host(StorageLevelObject($0)) }
    })
}
