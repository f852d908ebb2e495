/// A byte range of one file: what a scan task reads.
public struct FileSplit: Sendable, Equatable {
    public var file: SourceFile
    public var start: Int
    public var length: Int

    public var end: Int { start + length }
}

/// Spark's `FilePartition.getFilePartitions`: files are cut into splits of at most `maxSplitBytes`
/// and packed, largest first, into partitions ("next fit decreasing"), each file costing
/// `spark.sql.files.openCostInBytes` extra.
enum FilePartitioning {
    static let defaultMaxPartitionBytes = 128 * 1024 * 1024
    static let defaultOpenCostInBytes = 4 * 1024 * 1024

    static func maxSplitBytes(_ files: [SourceFile], conf: SQLConf) -> Int {
        let maxPartitionBytes = conf.bytes("spark.sql.files.maxPartitionBytes") ?? defaultMaxPartitionBytes
        let openCost = conf.bytes("spark.sql.files.openCostInBytes") ?? defaultOpenCostInBytes
        let minPartitions = conf.get("spark.sql.files.minPartitionNum").flatMap { Int($0) } ?? conf.defaultParallelism
        let totalBytes = files.reduce(0) { $0 + $1.size + openCost }
        let bytesPerCore = totalBytes / max(1, minPartitions)
        return min(maxPartitionBytes, max(openCost, bytesPerCore))
    }

    static func partitions(_ files: [SourceFile], splittable: Bool, conf: SQLConf) -> [[FileSplit]] {
        let maxSplit = max(1, maxSplitBytes(files, conf: conf))
        let openCost = conf.bytes("spark.sql.files.openCostInBytes") ?? defaultOpenCostInBytes
        var splits: [FileSplit] = []
        for file in files where file.size > 0 {
            if !splittable {
                splits.append(FileSplit(file: file, start: 0, length: file.size))
                continue
            }
            var offset = 0
            while offset < file.size {
                let length = min(maxSplit, file.size - offset)
                splits.append(FileSplit(file: file, start: offset, length: length))
                offset += length
            }
        }
        // Largest first; the sort is stable so equal sizes keep file order.
        let ordered = splits.enumerated().sorted { a, b in
            a.element.length != b.element.length ? a.element.length > b.element.length : a.offset < b.offset
        }.map(\.element)
        var partitions: [[FileSplit]] = []
        var current: [FileSplit] = []
        var currentSize = 0
        for split in ordered {
            if currentSize + split.length > maxSplit && !current.isEmpty {
                partitions.append(current)
                current = []
                currentSize = 0
            }
            currentSize += split.length + openCost
            current.append(split)
        }
        if !current.isEmpty { partitions.append(current) }
        return partitions
    }
}

extension SQLConf {
    /// A byte-size conf (`128m`, `4194304`), or nil when unset.
    func bytes(_ key: String) -> Int? {
        get(key).flatMap { SQLConf.parseBytes($0) }.map { Int($0) }
    }
}
