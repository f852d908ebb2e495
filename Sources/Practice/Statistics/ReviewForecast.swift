import Foundation

/// Reviews due today (overdue included) and on each of the following days.
public struct ReviewForecast: Sendable, Equatable, Codable {
    public struct Day: Sendable, Equatable, Codable {
        public var day: LocalDay
        public var due: Int
    }

    /// `days[0]` is today, counting everything overdue.
    public var days: [Day]

    public var dueToday: Int { days.first?.due ?? 0 }

    public init(dueDates: [Date], today: LocalDay, timeZone: TimeZone, length: Int = 7) {
        var counts = Array(repeating: 0, count: length)
        for due in dueDates {
            let offset = max(0, LocalDay(due, in: timeZone).ordinal - today.ordinal)
            if offset < length { counts[offset] += 1 }
        }
        days = counts.enumerated().map { Day(day: today.adding(days: $0.offset), due: $0.element) }
    }
}
