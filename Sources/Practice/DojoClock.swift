import Foundation

/// The current time, overridable with `DOJO_NOW` (ISO-8601) so streaks, due dates
/// and scheduling can be tested and demonstrated deterministically.
public struct DojoClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DojoClock {
        if let text = environment["DOJO_NOW"], let fixed = parseISO8601(text) {
            return DojoClock(now: { fixed })
        }
        return DojoClock(now: { Date() })
    }

    public static func fixed(_ date: Date) -> DojoClock {
        DojoClock(now: { date })
    }

    /// Accepts `2026-01-05T09:00:00Z`, with fractional seconds or an offset, or a bare date.
    public static func parseISO8601(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }
}
