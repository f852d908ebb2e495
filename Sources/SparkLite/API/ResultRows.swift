/// The rows of a query result in partition order. A columnar plan's result stays in its batches and each
/// row is made when it is read, so a large result costs its column data, not a boxed value per cell.
public struct ResultRows: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case rows([[Value]])
        /// The batches, and the index of each one's first row.
        case batches([RecordBatch], starts: [Int])
    }

    private let storage: Storage
    public let endIndex: Int

    public init(batches: [RecordBatch]) {
        let nonEmpty = batches.filter { $0.count > 0 }
        var starts: [Int] = [], total = 0
        for batch in nonEmpty {
            starts.append(total)
            total += batch.count
        }
        storage = .batches(nonEmpty, starts: starts)
        endIndex = total
    }

    /// Rows a row-based plan already made.
    public init(_ rows: [[Value]]) {
        storage = .rows(rows)
        endIndex = rows.count
    }

    public var startIndex: Int { 0 }

    public subscript(position: Int) -> [Value] {
        switch storage {
        case .rows(let rows):
            return rows[position]
        case .batches(let batches, let starts):
            // The last batch starting at or before the position.
            var low = 0, high = batches.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= position { low = mid } else { high = mid - 1 }
            }
            return batches[low].row(at: position - starts[low])
        }
    }
}

extension ResultRows: Equatable, ExpressibleByArrayLiteral {
    public init(arrayLiteral rows: [Value]...) { self.init(rows) }

    public static func == (lhs: ResultRows, rhs: ResultRows) -> Bool { lhs.elementsEqual(rhs) }
}
