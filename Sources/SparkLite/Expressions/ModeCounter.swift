/// The value counts behind `mode(x)`, kept in the order Spark's `OpenHashMap` iterates them.
///
/// Spark's `mode` returns the first most frequent value in that map's iteration order, so when several
/// values tie, which one comes back depends on where each key lands in an open-addressing table:
/// slot `murmur3(hashCode(key)) & mask`, collisions probed at growing steps (+1, +2, ...), the table
/// doubled (and re-filled in slot order) once it is more than 70% full. Reproducing the table gives the
/// same answer on ties as real Spark.
struct ModeCounter {
    private(set) var keys: [Value] = []
    private(set) var counts: [Int64] = []
    /// Slot -> index into `keys`, or -1 when the slot is empty.
    private var slots = [Int](repeating: -1, count: 64)
    private let keyType: DataType

    init(keyType: DataType) {
        self.keyType = keyType
    }

    /// Adds `count` occurrences of `key` (a non-null value).
    mutating func add(_ key: Value, count: Int64) {
        let index = insert(key)
        if index == keys.count {
            keys.append(key)
            counts.append(count)
            if keys.count > slots.count * 7 / 10 { grow() }
        } else {
            counts[index] += count
        }
    }

    /// The entries in the table's slot order, as the partial state and as `mode` scans them.
    var entries: [(Value, Int64)] {
        slots.filter { $0 >= 0 }.map { (keys[$0], counts[$0]) }
    }

    /// The most frequent value: the first one in slot order, or the smallest one when `deterministic`.
    func mode(deterministic: Bool) -> Value {
        var best: (Value, Int64)?
        for (key, count) in entries {
            guard let current = best else { best = (key, count); continue }
            if count > current.1 || (deterministic && count == current.1 && ValueOrdering.compare(key, current.0) < 0) {
                best = (key, count)
            }
        }
        return best?.0 ?? .null
    }

    /// The slot holding `key`, claiming an empty one when absent; returns the key's index (`keys.count` when new).
    private mutating func insert(_ key: Value) -> Int {
        let mask = slots.count - 1
        var position = Int(Murmur3.hashInt(UInt32(bitPattern: Self.javaHashCode(key, keyType)), seed: 0)) & mask
        var step = 1
        while true {
            let index = slots[position]
            if index < 0 {
                slots[position] = keys.count
                return keys.count
            }
            if keys[index] == key { return index }
            position = (position + step) & mask
            step += 1
        }
    }

    private mutating func grow() {
        let old = slots.filter { $0 >= 0 }
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in old {
            var position = Int(Murmur3.hashInt(UInt32(bitPattern: Self.javaHashCode(keys[index], keyType)), seed: 0)) & mask
            var step = 1
            while slots[position] >= 0 {
                position = (position + step) & mask
                step += 1
            }
            slots[position] = index
        }
    }

    /// `hashCode()` of the JVM object Spark keeps for the value (`Integer`, `Long`, `UTF8String`, ...).
    static func javaHashCode(_ value: Value, _ type: DataType) -> Int32 {
        func long(_ v: UInt64) -> Int32 { Int32(truncatingIfNeeded: v ^ (v >> 32)) }
        switch value {
        case .bool(let b): return b ? 1231 : 1237
        case .int(let v):
            if type == .long { return long(UInt64(bitPattern: v)) }
            return Int32(truncatingIfNeeded: v)
        case .double(let d):
            if type == .float {
                let f = Float(d)
                return Int32(bitPattern: f.isNaN ? 0x7fc0_0000 : f.bitPattern)
            }
            return long(d.isNaN ? 0x7ff8_0000_0000_0000 : d.bitPattern)
        case .string(let s): return Int32(bitPattern: Murmur3.hashBytes(Array(s.utf8), seed: 42))
        case .date(let d): return d
        case .timestamp(let t), .interval(let t): return long(UInt64(bitPattern: t))
        default: return Murmur3.hash([value], types: [type])
        }
    }
}
