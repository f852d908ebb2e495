import Foundation
import Testing
@testable import Practice

@Suite struct LocalDayTests {
    @Test(arguments: [
        (LocalDay(year: 1970, month: 1, day: 1), 0, 4),
        (LocalDay(year: 2026, month: 1, day: 5), 20458, 1),
        (LocalDay(year: 2024, month: 2, day: 29), 19782, 4),
        (LocalDay(year: 2026, month: 3, day: 1), 20513, 7),
        (LocalDay(year: 1969, month: 12, day: 31), -1, 3),
    ])
    func ordinalAndWeekday(_ day: LocalDay, _ ordinal: Int, _ weekday: Int) {
        #expect(day.ordinal == ordinal)
        #expect(LocalDay(ordinal: ordinal) == day)
        #expect(day.weekday == weekday)
    }

    @Test func addingDaysCrossesMonthAndYearEnds() {
        #expect(LocalDay(year: 2026, month: 1, day: 31).adding(days: 1) == LocalDay(year: 2026, month: 2, day: 1))
        #expect(LocalDay(year: 2025, month: 12, day: 31).adding(days: 1) == LocalDay(year: 2026, month: 1, day: 1))
        #expect(LocalDay(year: 2028, month: 3, day: 1).adding(days: -1) == LocalDay(year: 2028, month: 2, day: 29))
        #expect(LocalDay(year: 2026, month: 1, day: 8).startOfWeek == LocalDay(year: 2026, month: 1, day: 5))
    }

    @Test(arguments: [
        ("2026-01-31T23:30:00Z", "UTC", "2026-01-31"),
        ("2026-01-31T23:30:00Z", "Asia/Kolkata", "2026-02-01"),
        ("2026-02-01T03:00:00Z", "America/Los_Angeles", "2026-01-31"),
        ("2026-02-28T22:00:00Z", "Pacific/Auckland", "2026-03-01"),
    ])
    func theDayDependsOnTheTimeZone(_ time: String, _ zone: String, _ expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(LocalDay(instant(time), in: timeZone).description == expected)
    }

    @Test func timeZoneComesFromTZ() {
        #expect(TimeZone.fromEnvironment(["TZ": "Asia/Tokyo"]).identifier == "Asia/Tokyo")
        #expect(TimeZone.fromEnvironment(["TZ": ":Europe/Paris"]).identifier == "Europe/Paris")
        #expect(TimeZone.fromEnvironment(["TZ": "Nowhere/Special"]) == TimeZone.current)
    }
}

@Suite struct StreakTests {
    static func days(_ texts: [String]) -> Set<LocalDay> {
        Set(texts.map { LocalDay(instant($0), in: utc) })
    }

    @Test(arguments: [
        // Across the end of January, today active.
        (["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"], "2026-02-02", 4, 4),
        // Nothing yet today: the run ending yesterday still counts.
        (["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"], "2026-02-03", 4, 4),
        // A day missed: the streak is over.
        (["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"], "2026-02-04", 0, 4),
        // Longest run in the past, a shorter one now, across the end of February in a leap year.
        (["2028-02-26", "2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01", "2028-03-05", "2028-03-06"],
         "2028-03-06", 2, 5),
        // Across the end of a year.
        (["2025-12-30", "2025-12-31", "2026-01-01"], "2026-01-01", 3, 3),
        ([], "2026-01-01", 0, 0),
    ])
    func streaks(_ active: [String], _ today: String, _ current: Int, _ longest: Int) {
        let streak = Streak.of(activeDays: Self.days(active), today: LocalDay(instant(today), in: utc))
        #expect(streak == Streak(current: current, longest: longest))
    }

    @Test func sameHistoryGivesDifferentStreaksInDifferentTimeZones() throws {
        // Late evening in New York is the next day in UTC.
        let times = ["2026-01-31T01:00:00Z", "2026-02-01T02:00:00Z", "2026-02-02T03:00:00Z"]
        let store = try ProgressStore.inMemory(clock: .fixed(instant("2026-02-02T04:00:00Z")))
        var snapshot = try store.snapshot()
        snapshot.activity = times.map { ActivityRecord(occurredAt: instant($0), kind: .review, reference: "q") }
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let inUTC = ProgressReport(snapshot: snapshot, catalog: PracticeCatalog(), now: instant("2026-02-02T04:00:00Z"), timeZone: utc)
        let inNewYork = ProgressReport(snapshot: snapshot, catalog: PracticeCatalog(), now: instant("2026-02-02T04:00:00Z"), timeZone: newYork)
        #expect(inUTC.streak == Streak(current: 3, longest: 3))
        // New York: Jan 30, Jan 31, Feb 1 (local) and today is Feb 1 23:00.
        #expect(inNewYork.streak == Streak(current: 3, longest: 3))
        #expect(inNewYork.today == LocalDay(year: 2026, month: 2, day: 1))
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        // Tokyo: Jan 31 10:00, Feb 1 11:00, Feb 2 12:00 — and a Tokyo day boundary splits nothing.
        let inTokyo = ProgressReport(snapshot: snapshot, catalog: PracticeCatalog(), now: instant("2026-02-03T16:00:00Z"), timeZone: tokyo)
        #expect(inTokyo.today == LocalDay(year: 2026, month: 2, day: 4))
        #expect(inTokyo.streak == Streak(current: 0, longest: 3))
    }
}

@Suite struct HeatmapAndForecastTests {
    @Test func twelveWeeksOfMondayAlignedCells() {
        let sunday = LocalDay(year: 2026, month: 3, day: 29)
        #expect(sunday.weekday == 7)
        let counts = [sunday: 3, sunday.adding(days: -83): 1, sunday.adding(days: -84): 50]
        let heatmap = ActivityHeatmap(counts: counts, today: sunday)
        #expect(heatmap.cells.count == 84)
        #expect(heatmap.cells.first?.day == sunday.adding(days: -83))
        #expect(heatmap.cells.first?.day.weekday == 1)
        #expect(heatmap.cells.first?.count == 1)
        #expect(heatmap.cells.last?.count == 3)
        #expect(heatmap.cells.map(\.count).reduce(0, +) == 4)
        let grid = heatmap.grid
        #expect(grid.count == 7)
        #expect(grid[6][11]?.day == sunday)
        #expect(grid[0][0]?.day == sunday.adding(days: -83))
    }

    @Test func partialWeekEndsToday() {
        let wednesday = LocalDay(year: 2026, month: 1, day: 7)
        let heatmap = ActivityHeatmap(counts: [:], today: wednesday)
        #expect(heatmap.cells.count == 77 + 3)
        #expect(heatmap.grid[2][11]?.day == wednesday)
        #expect(heatmap.grid[3][11] == nil)
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 1), (3, 2), (5, 2), (6, 3), (9, 3), (10, 4), (100, 4)])
    func levels(_ count: Int, _ level: Int) {
        #expect(ActivityHeatmap.level(count) == level)
    }

    @Test func forecastCountsOverdueToday() {
        let today = LocalDay(year: 2026, month: 1, day: 31)
        let dues = ["2026-01-20T10:00:00Z", "2026-01-31T23:59:00Z", "2026-02-01T00:00:00Z",
                    "2026-02-06T12:00:00Z", "2026-02-07T00:00:00Z"].map(instant)
        let forecast = ReviewForecast(dueDates: dues, today: today, timeZone: utc)
        #expect(forecast.dueToday == 2)
        #expect(forecast.days.map(\.due) == [2, 1, 0, 0, 0, 0, 1])
        #expect(forecast.days.last?.day == LocalDay(year: 2026, month: 2, day: 6))
    }
}
