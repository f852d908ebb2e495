/// Activity per day over the last weeks, Monday-aligned columns ending today.
public struct ActivityHeatmap: Sendable, Equatable, Codable {
    public struct Cell: Sendable, Equatable, Codable {
        public var day: LocalDay
        public var count: Int
        /// 0 (nothing) … 4 (a lot), for shading.
        public var level: Int
    }

    public var weeks: Int
    /// One cell per day from the first column's Monday through today.
    public var cells: [Cell]

    public init(counts: [LocalDay: Int], today: LocalDay, weeks: Int = 12) {
        self.weeks = weeks
        let first = today.startOfWeek.adding(days: -7 * (weeks - 1))
        cells = (first.ordinal...today.ordinal).map { ordinal in
            let day = LocalDay(ordinal: ordinal)
            let count = counts[day] ?? 0
            return Cell(day: day, count: count, level: Self.level(count))
        }
    }

    /// Shading thresholds: 1–2, 3–5, 6–9, 10 or more.
    public static func level(_ count: Int) -> Int {
        switch count {
        case ..<1: 0
        case 1...2: 1
        case 3...5: 2
        case 6...9: 3
        default: 4
        }
    }

    /// The cells as rows Monday…Sunday and columns oldest…newest week; nil after today.
    public var grid: [[Cell?]] {
        guard let first = cells.first else { return [] }
        var rows = Array(repeating: Array<Cell?>(repeating: nil, count: weeks), count: 7)
        for cell in cells {
            let offset = cell.day.ordinal - first.day.ordinal
            rows[offset % 7][offset / 7] = cell
        }
        return rows
    }
}
