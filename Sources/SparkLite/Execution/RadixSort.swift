/// A stable least-significant-digit radix sort of (word, place) pairs by word, for the first key word of a
/// sort: counting 11 bits at a time, over only the bits the words' range spans (a key of a million users
/// takes two passes), it beats a comparison sort on large inputs. Pairs with equal words keep their order.
enum RadixSort {
    private static let digitBits = 11
    /// Below this many pairs a comparison sort is as fast.
    static let minimumCount = 1024

    static func sortByWord(_ pairs: inout [(Int64, Int32)]) {
        guard pairs.count >= minimumCount else {
            pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return
        }
        var low = Int64.max, high = Int64.min
        for p in pairs {
            low = min(low, p.0)
            high = max(high, p.0)
        }
        // Words as distances from the smallest: unsigned, in the same order.
        let range = UInt64(bitPattern: high &- low)
        if range == 0 { return }
        let passes = (64 - range.leadingZeroBitCount + digitBits - 1) / digitBits
        let buckets = 1 << digitBits, mask = UInt64(buckets - 1)
        var other = pairs
        var counts = [Int](repeating: 0, count: buckets)
        for pass in 0..<passes {
            let shift = UInt64(pass * digitBits)
            pairs.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for b in 0..<buckets { counts[b] = 0 }
                        for p in source { counts[Int((UInt64(bitPattern: p.0 &- low) >> shift) & mask)] += 1 }
                        var start = 0
                        for b in 0..<buckets {
                            let c = counts[b]
                            counts[b] = start
                            start += c
                        }
                        for p in source {
                            let b = Int((UInt64(bitPattern: p.0 &- low) >> shift) & mask)
                            target[counts[b]] = p
                            counts[b] += 1
                        }
                    }
                }
            }
            swap(&pairs, &other)
        }
    }
}
