import PyLite

/// The size of `pickle.dumps(value, 5)` for the values RDDs usually hold (None, bools, ints, floats, strings,
/// tuples, lists, dicts), which is what PySpark writes for a shuffle batch or a cached partition. Repeated
/// objects, which pickle writes once, are counted each time, so the figure is an estimate; Spark's own
/// shuffle-write bytes also include the JVM's serialization and compression.
enum PickleSize {
    /// A whole pickle: protocol header, frame headers, the value, STOP.
    static func dumps(_ value: PyValue) -> Int {
        let body = size(value)
        let frames = body >= 4 ? 9 * ((body + 65_535) / 65_536) : 0
        return 2 + frames + body + 1
    }

    static func size(_ value: PyValue, depth: Int = 0) -> Int {
        if depth > 100 { return 1 }
        switch value {
        case .none, .bool: return 1
        case .int(let i):
            if i >= 0 && i < 256 { return 2 }
            if i >= 0 && i < 65_536 { return 3 }
            if i >= Int(Int32.min) && i <= Int(Int32.max) { return 5 }
            let bytes = (Int.bitWidth - (i < 0 ? (~i).leadingZeroBitCount : i.leadingZeroBitCount)) / 8 + 1
            return 2 + bytes
        case .float: return 9
        case .str(let s):
            let n = s.utf8.count
            return (n < 256 ? 2 : 5) + n + 1
        case .tuple(let items):
            let inner = items.reduce(0) { $0 + size($1, depth: depth + 1) }
            switch items.count {
            case 0: return 1
            case 1...3: return inner + 2
            default: return inner + 3
            }
        case .list(let list): return 2 + sequence(list.items, depth: depth)
        case .set(let set), .frozenset(let set): return 2 + sequence(set.elements, depth: depth)
        case .dict(let dict):
            let pairs = dict.pairs
            let inner = pairs.reduce(0) { $0 + size($1.0, depth: depth + 1) + size($1.1, depth: depth + 1) }
            let batches = (pairs.count + 999) / 1000
            return 2 + inner + (pairs.count == 1 ? 1 : 2 * batches)
        case .host(let object):
            if let row = object as? RowObject {
                // `_create_row(fields, values)`: the reducer, the field names and the values.
                return 40 + size(.tuple(row.names.map { .str($0) }), depth: depth + 1) + size(.tuple(row.values), depth: depth + 1)
            }
            if let iterable = object as? ResultIterableObject { return 60 + size(.list(PyList(iterable.items)), depth: depth + 1) }
            return 32
        default: return 16
        }
    }

    /// A list's items with `APPEND` for one item, else `MARK ... APPENDS` per 1000.
    private static func sequence(_ items: [PyValue], depth: Int) -> Int {
        let inner = items.reduce(0) { $0 + size($1, depth: depth + 1) }
        if items.isEmpty { return 0 }
        if items.count == 1 { return inner + 1 }
        return inner + 2 * ((items.count + 999) / 1000)
    }
}
