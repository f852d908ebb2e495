/// The generator's PRNG: SplitMix64 (Steele, Lea and Flood, 2014), chosen because it is a few lines
/// that Swift and Python compute bit for bit the same. `tools/spark-oracle/spark_oracle_problems/generator.py`
/// is the Python twin; change both together.
struct SplitMix64 {
    private(set) var state: UInt64

    static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(state: UInt64) { self.state = state }

    /// The stream for one column: `mix(seed XOR fnv1a64(column name))`, so adding or reordering
    /// columns never changes the values of the others.
    init(seed: Int64, column: String) {
        self.init(state: SplitMix64.mix(UInt64(bitPattern: seed) ^ SplitMix64.fnv1a64(column)))
    }

    /// SplitMix64's output function.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    mutating func next() -> UInt64 {
        state = state &+ SplitMix64.golden
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `low...high` (`next() % span`; the bias is negligible and, above all, defined).
    mutating func int(in low: Int64, _ high: Int64) -> Int64 {
        let span = UInt64(bitPattern: high &- low) &+ 1
        if span == 0 { return Int64(bitPattern: next()) }
        return low &+ Int64(bitPattern: next() % span)
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
