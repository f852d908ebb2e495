import Testing
@testable import SparkLite

/// Casting a decimal to double must round exactly as parsing its text does (Java's BigDecimal.doubleValue),
/// including the fast path for small unscaled values.
@Test func decimalToDoubleRoundsLikeItsText() throws {
    var generator = SystemRandomNumberGenerator()
    var samples: [(Int128, Int)] = [(1, 1), (-5, 2), (9_007_199_254_740_991, 3), (9_007_199_254_740_993, 3), (123_456_789, 22), (7, 30)]
    for _ in 0..<2000 {
        samples.append((Int128(Int64.random(in: -(1 << 60)...(1 << 60), using: &generator)), Int.random(in: 0...25, using: &generator)))
    }
    for (u, s) in samples {
        let text = Double(Decimal128.format(u, scale: s))!
        let cast = try Cast.evaluate(.decimal(u, scale: s), from: .decimal(precision: 38, scale: s), to: .double, mode: .ansi)
        #expect(cast == .double(text), "\(u) scale \(s)")
    }
}
