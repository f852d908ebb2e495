/// Consecutive days with any practice.
public struct Streak: Sendable, Equatable, Codable {
    /// Days in the run that ends today, or yesterday when nothing was done yet today.
    public var current: Int
    public var longest: Int

    public init(current: Int, longest: Int) {
        self.current = current
        self.longest = longest
    }

    /// The streaks of a set of active days as seen on `today`.
    public static func of(activeDays: Set<LocalDay>, today: LocalDay) -> Streak {
        let ordinals = Set(activeDays.map(\.ordinal))
        var longest = 0
        for ordinal in ordinals where !ordinals.contains(ordinal - 1) {
            var length = 1
            while ordinals.contains(ordinal + length) { length += 1 }
            longest = max(longest, length)
        }
        var end = today.ordinal
        if !ordinals.contains(end) { end -= 1 }
        var current = 0
        while ordinals.contains(end - current) { current += 1 }
        return Streak(current: current, longest: longest)
    }
}
