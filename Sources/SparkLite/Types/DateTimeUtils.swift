import Foundation

/// Calendar arithmetic on Spark's representations: days since 1970-01-01 and microseconds since the epoch, UTC.
public enum DateTimeUtils {
    public static let microsPerSecond: Int64 = 1_000_000
    public static let microsPerDay: Int64 = 86_400_000_000

    /// Days since the epoch for a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func days(year: Int, month: Int, day: Int) -> Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(clamping: era * 146_097 + doe - 719_468)
    }

    public static func civil(fromDays days: Int32) -> (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`; Spark also accepts `YYYY-M-D`, `YYYY-MM` and `YYYY`, and a trailing time part is ignored.
    public static func parseDate(_ text: String) -> Int32? {
        let s = text.trimmingWhitespace()
        let datePart = s.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? s
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              let y = Int(parts[0]) else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : 1
        let d = parts.count > 2 ? Int(parts[2]) : 1
        guard let m, let d, (1...12).contains(m), parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        return days(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD[ HH:MM[:SS[.ffffff]]]` (also with `T`), UTC.
    public static func parseTimestamp(_ text: String) -> Int64? {
        let s = text.trimmingWhitespace()
        let pieces = s.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = pieces.first, let day = parseDate(String(first)) else { return nil }
        var micros = Int64(day) * microsPerDay
        if pieces.count == 2 {
            var timeText = String(pieces[1])
            if timeText.hasSuffix("Z") { timeText.removeLast() }
            let hms = timeText.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(hms.count), let h = Int(hms[0]), let mi = Int(hms[1]),
                  (0..<24).contains(h), (0..<60).contains(mi) else { return nil }
            var sec = 0, frac: Int64 = 0
            if hms.count == 3 {
                let sp = hms[2].split(separator: ".", omittingEmptySubsequences: false)
                guard let sv = Int(sp[0]), (0..<60).contains(sv) else { return nil }
                sec = sv
                if sp.count == 2 {
                    let digits = String(sp[1].prefix(6))
                    guard !digits.isEmpty, let f = Int64(digits) else { return nil }
                    frac = f * Int64(pow(10.0, Double(6 - digits.count)))
                }
            }
            micros += Int64(h * 3600 + mi * 60 + sec) * microsPerSecond + frac
        }
        return micros
    }

    public static func formatDate(_ days: Int32) -> String {
        let (y, m, d) = civil(fromDays: days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// `YYYY-MM-DD HH:MM:SS` with `.ffffff` (trailing zeros dropped) only when non-zero, as Spark shows it.
    /// `2024-03-31 06:30:15.25`, Spark's string form; with `sixDigitFraction`, a non-zero fraction keeps all
    /// six digits (`06:30:15.250000`), as Python prints a datetime.
    public static func formatTimestamp(_ micros: Int64, sixDigitFraction: Bool = false) -> String {
        let floorDays = micros / microsPerDay - (micros % microsPerDay < 0 ? 1 : 0)
        let days = Int32(clamping: floorDays)
        var rest = micros % microsPerDay
        if rest < 0 { rest += microsPerDay }
        let h = rest / 3_600_000_000; rest %= 3_600_000_000
        let mi = rest / 60_000_000; rest %= 60_000_000
        let s = rest / 1_000_000
        let f = rest % 1_000_000
        var text = formatDate(days) + " " + pad(Int(h), 2) + ":" + pad(Int(mi), 2) + ":" + pad(Int(s), 2)
        if f != 0 {
            var frac = pad(Int(f), 6)
            while frac.hasSuffix("0") && !sixDigitFraction { frac.removeLast() }
            text += "." + frac
        }
        return text
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Spark's `add_months`: the day is clamped to the last day of the target month.
    public static func addMonths(_ days: Int32, _ months: Int) -> Int32 {
        let (y, m, d) = civil(fromDays: days)
        let (total, overflow) = (y * 12 + (m - 1)).addingReportingOverflow(months)
        if overflow { return days }
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        return self.days(year: ny, month: nm, day: min(d, daysInMonth(year: ny, month: nm)))
    }
}
