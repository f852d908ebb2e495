/// A string of at most 7 UTF-8 bytes as one machine word: its bytes from the low end, its length in the
/// top byte. Different byte strings give different words, so grouping words groups strings by their
/// bytes, as Spark compares `UTF8String`s. Short keys (codes, flags, countries) then take the word-keyed
/// paths of aggregation and grouping.
enum ShortStringWord {
    static let maxBytes = 7

    /// The words of `strings`, or nil when one of them is longer than `maxBytes`.
    static func pack(_ strings: [String]) -> [Int64]? {
        var out = [Int64](repeating: 0, count: strings.count)
        for i in strings.indices {
            guard let w = pack(strings[i]) else { return nil }
            out[i] = w
        }
        return out
    }

    @inline(__always) static func pack(_ s: String) -> Int64? {
        var word: UInt64 = 0, n: UInt64 = 0
        for b in s.utf8 {
            guard n < UInt64(maxBytes) else { return nil }
            word |= UInt64(b) << (8 * n)
            n += 1
        }
        return Int64(bitPattern: word | n << 56)
    }

    static func unpack(_ word: Int64) -> String {
        let w = UInt64(bitPattern: word)
        let n = Int(w >> 56)
        return String(unsafeUninitializedCapacity: n) { buffer in
            for i in 0..<n { buffer[i] = UInt8(truncatingIfNeeded: w >> (8 * UInt64(i))) }
            return n
        }
    }
}
