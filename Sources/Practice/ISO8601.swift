import Foundation

/// Formats instants as `2026-01-05T09:00:00Z` (with milliseconds when non-zero).
enum ISO8601 {
    static func string(from date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        formatter.formatOptions = milliseconds.truncatingRemainder(dividingBy: 1000) == 0
            ? [.withInternetDateTime]
            : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
