/// The order in which Spark sees the entries of a Python dict passed to the JVM (`agg({"x": "max"})`):
/// Py4J copies the dict into a `java.util.HashMap`, and Spark turns that into a Scala immutable `Map`,
/// which keeps the HashMap's order for up to four entries and otherwise orders them by its hash trie.
/// The result's columns follow that order, not the dict's.
enum JVMMapOrder {
    /// The positions of `keys` (in dict order) in the order Spark iterates them.
    static func order(_ keys: [String]) -> [Int] {
        keys.count <= 4 ? javaHashMapOrder(keys) : scalaHashMapOrder(keys)
    }

    /// `java.util.HashMap`: buckets `(h ^ h >>> 16) & (capacity - 1)` in ascending order, insertion order
    /// within a bucket; the table starts at 16 and doubles past 75% full.
    static func javaHashMapOrder(_ keys: [String]) -> [Int] {
        var capacity = 16
        while keys.count > capacity * 3 / 4 { capacity *= 2 }
        let bucket = keys.map { key -> Int in
            let h = UInt32(bitPattern: javaHashCode(key))
            return Int((h ^ (h >> 16)) & UInt32(capacity - 1))
        }
        return keys.indices.sorted { (bucket[$0], $0) < (bucket[$1], $1) }
    }

    /// Scala 2.13's `immutable.HashMap` (a CHAMP trie on `improve(hashCode)`, five bits a level, lowest
    /// first): a node lists the keys alone in their slot by slot, then the sub-nodes of shared slots.
    static func scalaHashMapOrder(_ keys: [String]) -> [Int] {
        let hashes = keys.map { improve(UInt32(bitPattern: javaHashCode($0))) }
        func visit(_ indices: [Int], shift: UInt32) -> [Int] {
            guard shift < 32, indices.count > 1 else { return indices }
            let slots = Dictionary(grouping: indices) { (hashes[$0] >> shift) & 31 }
            let sorted = slots.sorted { $0.key < $1.key }
            let alone = sorted.filter { $0.value.count == 1 }.flatMap(\.value)
            let shared = sorted.filter { $0.value.count > 1 }.flatMap { visit($0.value, shift: shift + 5) }
            return alone + shared
        }
        return visit(Array(keys.indices), shift: 0)
    }

    /// `scala.collection.Hashing.improve`.
    static func improve(_ code: UInt32) -> UInt32 {
        var h = code &+ ~(code << 9)
        h ^= h >> 14
        h = h &+ (h << 4)
        return h ^ (h >> 10)
    }

    /// `String.hashCode`: over UTF-16 code units, wrapping.
    static func javaHashCode(_ s: String) -> Int32 {
        var h: Int32 = 0
        for unit in s.utf16 { h = h &* 31 &+ Int32(unit) }
        return h
    }
}
