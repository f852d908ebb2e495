/// Each row's group among the distinct keys of some key columns, numbered in the order keys are first
/// seen: machine words are hashed when there are one or two integer, date or timestamp key columns,
/// values otherwise.
struct GroupNumbers {
    let groupOfRow: [Int32]
    let groupCount: Int
    /// Each group's first row.
    let firstRows: [Int]

    init(_ keyVectors: [ColumnVector], count: Int) {
        if let longKeys = WordKeys(keyVectors) {
            var index = LongKeyIndex(width: keyVectors.count)
            var groups = [Int32](repeating: 0, count: count), firstRows: [Int] = []
            index.findOrInsertAll(longKeys, count: count) { r, g, isNew in
                groups[r] = Int32(g)
                if isNew { firstRows.append(r) }
            }
            self.init(groupOfRow: groups, firstRows: firstRows)
            return
        }
        self.init(width: keyVectors.count, count: count) { r, k in keyVectors[k].value(at: r) }
    }

    /// Groups of key columns given as values.
    init(values keyColumns: [[Value]], count: Int) {
        self.init(width: keyColumns.count, count: count) { r, k in keyColumns[k][r] }
    }

    private init(width: Int, count: Int, value: (_ row: Int, _ column: Int) -> Value) {
        var groups = [Int32](repeating: 0, count: count), firstRows: [Int] = []
        var table = GroupTable(width: width)
        var key = [Value](repeating: .null, count: width)
        for r in 0..<count {
            for k in 0..<width { key[k] = value(r, k) }
            let (g, isNew) = table.findOrInsert(key)
            groups[r] = Int32(g)
            if isNew { firstRows.append(r) }
        }
        self.init(groupOfRow: groups, firstRows: firstRows)
    }

    private init(groupOfRow: [Int32], firstRows: [Int]) {
        self.groupOfRow = groupOfRow
        self.firstRows = firstRows
        groupCount = firstRows.count
    }
}
