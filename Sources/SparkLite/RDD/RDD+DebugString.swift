import Foundation

extension AnyRDD {
    /// `rdd.toDebugString()` in Spark's layout: one line per RDD with its partition count where a stage
    /// starts, `+-` and an indent per shuffle dependency, `|` for the narrow ones, and the cached partitions of
    /// persisted RDDs that an action has materialised.
    ///
    /// As in Spark, every line shows the storage level of the RDD the string was asked of.
    public func toDebugString() -> String {
        let persistence = storageLevel?.longDescription ?? ""

        func debugSelf(_ rdd: AnyRDD) -> [String] {
            var lines = ["\(rdd) [\(persistence)]"]
            if rdd.storageLevel != nil, rdd.cachedPartitionCount > 0 {
                lines.append("    CachedPartitions: \(rdd.cachedPartitionCount); MemorySize: \(Self.bytesToString(rdd.cachedBytes)); DiskSize: 0.0 B")
            }
            return lines
        }

        func debugChildren(_ rdd: AnyRDD, _ prefix: String) -> [String] {
            let dependencies = rdd.dependencies
            return dependencies.enumerated().flatMap { index, dependency in
                debugString(dependency.rdd, prefix, isShuffle: dependency is AnyShuffleDependency,
                            isLastChild: index == dependencies.count - 1)
            }
        }

        func partitionPrefix(_ rdd: AnyRDD) -> (text: String, leftOffset: Int) {
            let text = "(\(rdd.numPartitions))"
            return (text, (text.count - 1) / 2)
        }

        func firstDebugString(_ rdd: AnyRDD) -> [String] {
            let (partitionText, leftOffset) = partitionPrefix(rdd)
            let nextPrefix = String(repeating: " ", count: leftOffset) + "|" + String(repeating: " ", count: partitionText.count - leftOffset)
            return debugSelf(rdd).enumerated().map { i, line in
                i == 0 ? "\(partitionText) \(line)" : "\(nextPrefix) \(line)"
            } + debugChildren(rdd, nextPrefix)
        }

        func shuffleDebugString(_ rdd: AnyRDD, _ prefix: String, isLastChild: Bool) -> [String] {
            let (partitionText, leftOffset) = partitionPrefix(rdd)
            let thisPrefix = Self.trimmingBarAndSpaces(prefix)
            let nextPrefix = thisPrefix + (isLastChild ? "  " : "| ") + String(repeating: " ", count: leftOffset) + "|"
                + String(repeating: " ", count: partitionText.count - leftOffset)
            return debugSelf(rdd).enumerated().map { i, line in
                i == 0 ? "\(thisPrefix)+-\(partitionText) \(line)" : "\(nextPrefix)\(line)"
            } + debugChildren(rdd, nextPrefix)
        }

        func debugString(_ rdd: AnyRDD, _ prefix: String, isShuffle: Bool, isLastChild: Bool) -> [String] {
            if isShuffle { return shuffleDebugString(rdd, prefix, isLastChild: isLastChild) }
            return debugSelf(rdd).map { prefix + $0 } + debugChildren(rdd, prefix)
        }

        return firstDebugString(self).joined(separator: "\n")
    }

    /// `prefix.replaceAll("\\|\\s+$", "")`: drops a final `|` followed by spaces.
    static func trimmingBarAndSpaces(_ prefix: String) -> String {
        var chars = Array(prefix)
        var end = chars.count
        while end > 0, chars[end - 1].isWhitespace { end -= 1 }
        guard end < chars.count, end > 0, chars[end - 1] == "|" else { return prefix }
        chars.removeSubrange((end - 1)...)
        return String(chars)
    }

    /// Spark's `Utils.bytesToString`: `136.0 B`, `2.9 KiB`.
    static func bytesToString(_ size: Int) -> String {
        let units: [(Int, String)] = [(1 << 60, "EiB"), (1 << 50, "PiB"), (1 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (unit, name) in units where size >= 2 * unit {
            return String(format: "%.1f", Double(size) / Double(unit)) + " " + name
        }
        return String(format: "%.1f B", Double(size))
    }
}

extension StorageLevel {
    /// Spark's `StorageLevel.description`: `Memory Serialized 1x Replicated`, `Disk Memory Deserialized 1x Replicated`.
    public var longDescription: String {
        (useDisk ? "Disk " : "") + (useMemory ? "Memory " : "") + (deserialized ? "Deserialized " : "Serialized ")
            + "\(replication)x Replicated"
    }
}
