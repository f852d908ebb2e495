/// Text cast to an ANSI interval: the body of an interval literal for the target's fields (`'1 02:00:00'` for
/// INTERVAL DAY TO SECOND, `'2-3'` for YEAR TO MONTH), bare or written as the whole literal
/// (`INTERVAL '1 02:00:00' DAY TO SECOND`), as Spark's `castStringToDTInterval` / `castStringToYMInterval` read it.
enum IntervalText {
    /// Microseconds, or nil when the text does not have the type's form.
    static func dayTime(_ text: String, start: IntervalField, end: IntervalField) -> Int64? {
        guard let (body, sign) = body(text, start: start, end: end) else { return nil }
        let from = start.name.uppercased(), to = end.name.uppercased()
        let micros = start == end ? SQLParser.unitMicros(body, unit: from) : SQLParser.unitToUnitMicros(body, from: from, to: to)
        return micros.map { sign * $0 }
    }

    /// Months, or nil when the text does not have the type's form.
    static func yearMonth(_ text: String, start: IntervalField, end: IntervalField) -> Int64? {
        guard let (body, sign) = body(text, start: start, end: end) else { return nil }
        if start != end { return SQLParser.yearToMonth(body).map { sign * $0 } }
        let trimmed = body.trimmingCharacters(in: .whitespaces)
        guard let n = Int64(trimmed) else { return nil }
        let (months, overflow) = n.multipliedReportingOverflow(by: start == .year ? 12 : 1)
        guard !overflow, Int32(exactly: months) != nil else { return nil }
        return sign * months
    }

    /// The literal's body and the sign written before its quote: the text itself, or what `INTERVAL [+|-]'...'
    /// <fields>` quotes when the fields are the type's.
    private static func body(_ text: String, start: IntervalField, end: IntervalField) -> (String, Int64)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased().hasPrefix("INTERVAL") else { return (trimmed, 1) }
        var rest = trimmed.dropFirst("INTERVAL".count).drop(while: { $0 == " " })
        var sign: Int64 = 1
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        guard rest.first == "'", let close = rest.dropFirst().firstIndex(of: "'") else { return nil }
        let quoted = String(rest[rest.index(after: rest.startIndex)..<close])
        let fields = rest[rest.index(after: close)...].split(separator: " ").map { $0.uppercased() }
        let expected = start == end ? [start.name.uppercased()] : [start.name.uppercased(), "TO", end.name.uppercased()]
        guard fields == expected else { return nil }
        return (quoted, sign)
    }

    /// Spark's error for text that is not an interval of the type.
    static func invalid(_ text: String, _ type: DataType) -> SparkError {
        let (kind, format): (String, String) = switch type {
        case .yearMonthInterval(let start, let end):
            ("year-month", start == end
                ? "`[+|-]\(start == .year ? "y" : "m")`, `INTERVAL [+|-]'[+|-]\(start == .year ? "y" : "m")' \(start.name.uppercased())`"
                : "`[+|-]y-m`, `INTERVAL [+|-]'[+|-]y-m' YEAR TO MONTH`")
        case .dayTimeInterval(let start, let end):
            ("day-time", dayTimeFormat(start, end))
        default:
            ("day-time", "")
        }
        return SparkError("INVALID_INTERVAL_FORMAT.UNMATCHED_FORMAT_STRING_WITH_NOTICE", "Error parsing '\(text)' to interval. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. Interval string does not match \(kind) format of \(format) when cast to \(type.simpleString): \(text). Set \"spark.sql.legacy.fromDayTimeString.enabled\" to \"true\" to restore the behavior before Spark 3.0.", sqlState: "22006")
    }

    /// `[+|-]d h:m:s.n` for DAY TO SECOND and the matching part of it for other field ranges.
    private static func dayTimeFormat(_ start: IntervalField, _ end: IntervalField) -> String {
        let letters: [IntervalField: String] = [.day: "d", .hour: "h", .minute: "m", .second: "s.n"]
        let fields = IntervalField.allCases.filter { $0 >= start && $0 <= end }
        var body = ""
        for field in fields {
            let letter = letters[field] ?? ""
            if body.isEmpty { body = letter } else { body += (field == .hour && start == .day ? " " : ":") + letter }
        }
        let names = start == end ? start.name.uppercased() : "\(start.name.uppercased()) TO \(end.name.uppercased())"
        return "`[+|-]\(body)`, `INTERVAL [+|-]'[+|-]\(body)' \(names)`"
    }
}
