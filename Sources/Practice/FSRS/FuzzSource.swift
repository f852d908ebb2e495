/// Uniform numbers in [0, 1) for interval fuzzing.
///
/// Fuzzing spreads reviews of cards learned together over neighbouring days. SparkDojo
/// schedules without fuzz by default, so due dates are reproducible; a seeded source makes
/// fuzzed schedules reproducible too.
public protocol FuzzSource {
    mutating func nextUnit() -> Double
}

/// A deterministic source (SplitMix64) for reproducible fuzzed schedules.
public struct SeededFuzzSource: FuzzSource, Sendable {
    private var generator: SplitMix64

    public init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    public mutating func nextUnit() -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }
}

/// The system's random numbers, for fuzzing in everyday use.
public struct SystemFuzzSource: FuzzSource, Sendable {
    public init() {}

    public mutating func nextUnit() -> Double {
        Double.random(in: 0..<1)
    }
}
