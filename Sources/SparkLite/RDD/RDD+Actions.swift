/// Actions of the Swift RDD API: each runs a job.
extension RDD {
    public func collect(file: String = #fileID, line: Int = #line) throws -> [T] {
        try context.runJob(self, callSite: callSite("collect", file, line)) { _, items in items }.flatMap { $0 }
    }

    public func count(file: String = #fileID, line: Int = #line) throws -> Int {
        try context.runJob(self, callSite: callSite("count", file, line)) { _, items in items.count }.reduce(0, +)
    }

    /// The elements of each partition (`glom().collect()`).
    public func collectPartitions(file: String = #fileID, line: Int = #line) throws -> [[T]] {
        try context.runJob(self, callSite: callSite("collect", file, line)) { _, items in items }
    }

    /// `take(n)`: scans one partition, then more (4× as many as scanned so far, as Spark does) until it has n.
    public func take(_ n: Int, file: String = #fileID, line: Int = #line) throws -> [T] {
        var out: [T] = []
        var scanned = 0
        while out.count < n && scanned < numPartitions {
            var tries = 1
            if scanned > 0 {
                tries = out.isEmpty ? scanned * 4 : max(1, min(Int(1.5 * Double(n * scanned) / Double(out.count)) - scanned, scanned * 4))
            }
            let parts = Array(scanned..<min(scanned + tries, numPartitions))
            let left = n - out.count
            out += try context.runJob(self, partitions: parts, callSite: callSite("take", file, line)) { _, items in
                Array(items.prefix(left))
            }.flatMap { $0 }
            scanned += tries
        }
        return Array(out.prefix(n))
    }

    public func first(file: String = #fileID, line: Int = #line) throws -> T {
        guard let x = try take(1, file: file, line: line).first else {
            throw SparkError("UNSUPPORTED_OPERATION", "empty collection")
        }
        return x
    }

    public func reduce(_ f: @escaping (T, T) throws -> T, file: String = #fileID, line: Int = #line) throws -> T {
        let partials = try context.runJob(self, callSite: callSite("reduce", file, line)) { _, items -> T? in
            guard var acc = items.first else { return nil }
            for x in items.dropFirst() { acc = try f(acc, x) }
            return acc
        }.compactMap { $0 }
        guard var acc = partials.first else { throw SparkError("UNSUPPORTED_OPERATION", "empty collection") }
        for x in partials.dropFirst() { acc = try f(acc, x) }
        return acc
    }

    public func fold(_ zero: T, _ f: @escaping (T, T) throws -> T, file: String = #fileID, line: Int = #line) throws -> T {
        try context.runJob(self, callSite: callSite("fold", file, line)) { _, items in try items.reduce(zero, f) }.reduce(zero, f)
    }

    public func aggregate<U>(_ zero: U, _ seqOp: @escaping (U, T) throws -> U, _ combOp: @escaping (U, U) throws -> U,
                             file: String = #fileID, line: Int = #line) throws -> U {
        try context.runJob(self, callSite: callSite("aggregate", file, line)) { _, items in try items.reduce(zero, seqOp) }
            .reduce(zero, combOp)
    }

    public func foreach(_ f: @escaping (T) throws -> Void, file: String = #fileID, line: Int = #line) throws {
        _ = try context.runJob(self, callSite: callSite("foreach", file, line)) { _, items in try items.forEach(f) }
    }

    public func isEmpty(file: String = #fileID, line: Int = #line) throws -> Bool {
        try numPartitions == 0 || take(1, file: file, line: line).isEmpty
    }
}
