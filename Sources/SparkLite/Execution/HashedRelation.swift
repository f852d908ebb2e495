/// The build side of a hash join: its rows grouped by join key. Rows with a null key are left out, since a
/// null key never matches; without keys (a nested-loop join) nothing is hashed.
struct HashedRelation: Sendable {
    let rows: [[Value]]
    private var table: GroupTable
    private var rowsOfKey: [[Int]] = []

    init(_ rows: [[Value]], keys: [Expression]) throws {
        self.rows = rows
        table = GroupTable(width: keys.count)
        guard !keys.isEmpty else { return }
        var key = [Value](repeating: .null, count: keys.count)
        for (i, row) in rows.enumerated() {
            for k in keys.indices { key[k] = try keys[k].eval(row) }
            if key.contains(where: \.isNull) { continue }
            let (g, isNew) = table.findOrInsert(key)
            if isNew { rowsOfKey.append([i]) } else { rowsOfKey[g].append(i) }
        }
    }

    /// The positions of the rows whose key equals `key`, in input order.
    func matches(_ key: [Value]) -> [Int]? {
        table.find(key).map { rowsOfKey[$0] }
    }
}
