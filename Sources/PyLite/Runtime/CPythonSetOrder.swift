/// CPython iterates a set in hash-table slot order. For sets of integers that order is deterministic (an int
/// hashes to itself), and programs observe it (`list({3, 1, 2})` is `[1, 2, 3]`). This replays CPython's
/// insertion algorithm (setobject.c: linear probes of 9, perturbation shift 5, resize at 3/5 full) over the
/// elements in insertion order. Sets holding anything else keep insertion order: CPython's order for strings
/// changes from run to run anyway.
enum CPythonSetOrder {
    private static let linearProbes = 9
    private static let perturbShift = 5
    private static let modulus = (1 << 61) - 1

    /// CPython's hash of an int-like value, or nil when the value is not an int, bool or integral float.
    static func hash(_ value: PyValue) -> Int? {
        let i: Int
        switch value {
        case .int(let v): i = v
        case .bool(let b): i = b ? 1 : 0
        case .float(let d):
            guard d.isFinite, d == d.rounded(), abs(d) < 9.2e18 else { return nil }
            i = Int(d)
        default: return nil
        }
        var h = i.magnitude < UInt(modulus) ? i : (i >= 0 ? i % modulus : -(Int(i.magnitude % UInt(modulus))))
        if i.magnitude >= UInt(modulus), h == 0 { h = 0 }
        return h == -1 ? -2 : h
    }

    static func order(_ storage: OrderedSetStorage) -> [PyValue] {
        let values = storage.map(\.value)
        guard values.count > 1 else { return values }
        var hashes: [Int] = []
        hashes.reserveCapacity(values.count)
        for value in values {
            guard let h = hash(value) else { return values }
            hashes.append(h)
        }
        var mask = 7
        var table = [Int](repeating: -1, count: 8)
        var fill = 0
        for index in values.indices {
            addEntry(&table, mask, index, hashes[index])
            fill += 1
            if fill * 5 >= mask * 3 {
                let used = fill
                let minUsed = used > 50_000 ? used * 2 : used * 4
                var size = 8
                while size <= minUsed { size <<= 1 }
                let old = table
                mask = size - 1
                table = [Int](repeating: -1, count: size)
                for slot in old where slot >= 0 { insertClean(&table, mask, slot, hashes[slot]) }
            }
        }
        return table.filter { $0 >= 0 }.map { values[$0] }
    }

    private static func addEntry(_ table: inout [Int], _ mask: Int, _ index: Int, _ hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            let probes = i + linearProbes <= mask ? linearProbes : 0
            for j in i...(i + probes) where table[j] < 0 {
                table[j] = index
                return
            }
            perturb >>= UInt(perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    private static func insertClean(_ table: inout [Int], _ mask: Int, _ index: Int, _ hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if table[i] < 0 {
                table[i] = index
                return
            }
            if i + linearProbes <= mask {
                for j in (i + 1)...(i + linearProbes) where table[j] < 0 {
                    table[j] = index
                    return
                }
            }
            perturb >>= UInt(perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }
}
