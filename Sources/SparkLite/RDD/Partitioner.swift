/// Which partitioner placed an RDD's records, for deciding whether data is already where an operation wants
/// it (Spark's `Partitioner.equals`): a `HashPartitioner` equals another with as many partitions, a
/// `PythonPartitioner` one with as many partitions and the same Python partition function.
public struct Partitioner: Sendable, Equatable, CustomStringConvertible {
    /// `HashPartitioner`, `PythonPartitioner`, `RangePartitioner`.
    public let kind: String
    public let numPartitions: Int
    /// Identifies the function (PySpark's `id(partitionFunc)`) or the range bounds; 0 for hash partitioning.
    public let function: Int

    public init(kind: String, numPartitions: Int, function: Int = 0) {
        self.kind = kind
        self.numPartitions = numPartitions
        self.function = function
    }

    public static func hash(_ numPartitions: Int) -> Partitioner { Partitioner(kind: "HashPartitioner", numPartitions: numPartitions) }

    public var description: String { "\(kind)(\(numPartitions))" }

    /// Spark's `Utils.nonNegativeMod`: the partition of a hash code.
    public static func nonNegativeMod(_ x: Int, _ mod: Int) -> Int {
        let r = x % mod
        return r < 0 ? r + mod : r
    }
}

/// Java's `hashCode` of a key, which Spark's `HashPartitioner` uses: keys of the Swift RDD API land in the
/// partitions Scala Spark would put them in.
public protocol JavaHashable {
    var javaHashCode: Int32 { get }
}

extension Int: JavaHashable {
    /// As a Scala `Int` when it fits (its own value), else as a `Long` (`(int)(v ^ (v >>> 32))`).
    public var javaHashCode: Int32 {
        if let small = Int32(exactly: self) { return small }
        let v = UInt64(bitPattern: Int64(self))
        return Int32(truncatingIfNeeded: v ^ (v >> 32))
    }
}

extension Int64: JavaHashable {
    public var javaHashCode: Int32 {
        let v = UInt64(bitPattern: self)
        return Int32(truncatingIfNeeded: v ^ (v >> 32))
    }
}

extension String: JavaHashable {
    /// `s[0]*31^(n-1) + ... + s[n-1]` over UTF-16 code units, with Int32 overflow.
    public var javaHashCode: Int32 {
        var h: Int32 = 0
        for unit in utf16 { h = h &* 31 &+ Int32(unit) }
        return h
    }
}

extension Bool: JavaHashable {
    public var javaHashCode: Int32 { self ? 1231 : 1237 }
}
