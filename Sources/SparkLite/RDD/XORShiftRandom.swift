/// Spark's `XORShiftRandom`: the generator `repartition` uses to pick where each map task starts dealing
/// records, so records land in the partitions Spark puts them in.
public struct XORShiftRandom: Sendable {
    private var seed: Int64

    public init(_ seed: Int64) {
        self.seed = XORShiftRandom.hashSeed(seed)
    }

    /// Spark's `hashSeed`: MurmurHash3 of the seed's 8 big-endian bytes, twice, for the low and high halves.
    static func hashSeed(_ seed: Int64) -> Int64 {
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: seed) >> (56 - 8 * UInt64($0))) }
        let low = ScalaMurmurHash3.bytesHash(bytes, seed: ScalaMurmurHash3.arraySeed)
        let high = ScalaMurmurHash3.bytesHash(bytes, seed: low)
        return (Int64(high) << 32) | (Int64(low) & 0xFFFF_FFFF)
    }

    /// `next(bits)` of `java.util.Random`, overridden by XORShift.
    mutating func next(_ bits: Int) -> Int32 {
        var nextSeed = seed ^ (seed << 21)
        nextSeed ^= Int64(bitPattern: UInt64(bitPattern: nextSeed) >> 35)
        nextSeed ^= (nextSeed << 4)
        seed = nextSeed
        return Int32(truncatingIfNeeded: nextSeed & ((Int64(1) << Int64(bits)) - 1))
    }

    /// `java.util.Random.nextDouble()`: 53 random bits as a fraction in [0, 1).
    public mutating func nextDouble() -> Double {
        Double((Int64(next(26)) << 27) + Int64(next(27))) * 0x1.0p-53
    }

    /// `java.util.Random.nextInt(bound)`.
    public mutating func nextInt(_ bound: Int32) -> Int32 {
        var r = next(31)
        let m = bound - 1
        if bound & m == 0 {
            return Int32(truncatingIfNeeded: (Int64(bound) * Int64(r)) >> 31)
        }
        var u = r
        while true {
            r = u % bound
            if u &- r &+ m >= 0 { break }
            u = next(31)
        }
        return r
    }
}

/// Scala's `scala.util.hashing.MurmurHash3` (the byte-array variant).
enum ScalaMurmurHash3 {
    static let arraySeed: Int32 = 0x3c07_4a61

    static func bytesHash(_ data: [UInt8], seed: Int32) -> Int32 {
        var h = UInt32(bitPattern: seed)
        var i = 0
        var len = data.count
        while len >= 4 {
            let k = UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24
            h = mix(h, k)
            i += 4
            len -= 4
        }
        var k: UInt32 = 0
        if len == 3 { k ^= UInt32(data[i + 2]) << 16 }
        if len >= 2 { k ^= UInt32(data[i + 1]) << 8 }
        if len >= 1 {
            k ^= UInt32(data[i])
            h = mixLast(h, k)
        }
        return Int32(bitPattern: avalanche(h ^ UInt32(truncatingIfNeeded: data.count)))
    }

    static func mixLast(_ hash: UInt32, _ data: UInt32) -> UInt32 {
        var k = data &* 0xcc9e_2d51
        k = (k << 15) | (k >> 17)
        k = k &* 0x1b87_3593
        return hash ^ k
    }

    static func mix(_ hash: UInt32, _ data: UInt32) -> UInt32 {
        var h = mixLast(hash, data)
        h = (h << 13) | (h >> 19)
        return h &* 5 &+ 0xe654_6b64
    }

    static func avalanche(_ hash: UInt32) -> UInt32 {
        var h = hash
        h ^= h >> 16
        h = h &* 0x85eb_ca6b
        h ^= h >> 13
        h = h &* 0xc2b2_ae35
        h ^= h >> 16
        return h
    }
}
