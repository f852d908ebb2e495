/// The grouping keys of a batch as `LongKeyIndex` reads them: one or two columns of words (their `Int64`
/// storage, or strings packed as `ShortStringWord`s) and their validity.
struct WordKeys {
    let first: [Int64]
    let second: [Int64]?
    let firstValidity: Validity?
    let secondValidity: Validity?

    /// Nil when the keys do not fit words: more than two columns, another storage, a longer string.
    init?(_ vectors: [ColumnVector]) {
        guard (1...2).contains(vectors.count) else { return nil }
        var words: [[Int64]] = []
        for v in vectors {
            switch v.storage {
            case .longs(let a): words.append(a)
            case .strings(let a):
                guard let packed = ShortStringWord.pack(a) else { return nil }
                words.append(packed)
            default: return nil
            }
        }
        first = words[0]
        second = words.count > 1 ? words[1] : nil
        firstValidity = vectors[0].validity
        secondValidity = vectors.count > 1 ? vectors[1].validity : nil
    }

    /// Row `r`'s key words and null mask (bit k for column k); a null slot's word (whatever a kernel left
    /// there) is read as 0, so all null keys are one key.
    @inline(__always) func key(_ r: Int) -> (Int64, Int64, UInt8) {
        var nullMask: UInt8 = 0
        var a = first[r], b = second?[r] ?? 0
        if let firstValidity, !firstValidity.isValid(r) { nullMask |= 1; a = 0 }
        if let secondValidity, !secondValidity.isValid(r) { nullMask |= 2; b = 0 }
        return (a, b, nullMask)
    }
}
