/// Java `DateTimeFormatter` patterns as Spark 3+ uses them for `date_format`, `to_date`, `to_timestamp`,
/// `unix_timestamp` and `from_unixtime` (UTC): y M L d D E a h H k K m s S Q G, the zone letters V X x Z z O,
/// and quoted text.
struct DateTimePattern: Sendable {
    enum Token: Sendable, Equatable {
        case field(Character, Int)
        case literal(String)
    }

    let tokens: [Token]
    let text: String

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `forParsing`: the pattern reads text (to_date, to_timestamp, unix_timestamp), where Spark refuses day names.
    init(_ pattern: String, forParsing: Bool = false) throws(SparkError) {
        text = pattern
        var tokens: [Token] = []
        let chars = Array(pattern)
        // Letters Spark refuses before anything else, outside quotes: A, B, n, N and p, and quarters when parsing.
        var quoted = false
        let refused = forParsing ? "ABnNpQq" : "ABnNp"
        for ch in chars {
            if ch == "'" { quoted.toggle(); continue }
            if !quoted, refused.contains(ch) {
                throw SparkError("INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER", "Unrecognized datetime pattern: \(pattern). Illegal pattern character found in datetime pattern: \(ch). Please provide legal character.", sqlState: "22007")
            }
        }
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "'" {
                var j = i + 1
                var literal = ""
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count && chars[j + 1] == "'" { literal.append("'"); j += 2; continue }
                        break
                    }
                    literal.append(chars[j])
                    j += 1
                }
                tokens.append(.literal(i + 1 == j && j < chars.count ? "'" : literal))
                i = j + 1
                continue
            }
            if ch.isLetter && ch.isASCII {
                var j = i
                while j < chars.count && chars[j] == ch { j += 1 }
                let count = j - i
                // 'e' and 'c' are unknown to the pre-3.0 formatter too, so Spark names them week-based; 'u', 'w',
                // 'W' and 'Y' were valid there, so Spark reports them as patterns that changed meaning.
                if "ec".contains(ch) {
                    throw SparkError("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN", "You may get a different result due to the upgrading to Spark >= 3.0:\nAll week-based patterns are unsupported since Spark 3.0, detected week-based character: \(ch).\nPlease use the SQL function EXTRACT instead.", sqlState: "42K0B")
                }
                // A letter neither Java's DateTimeFormatter nor the pre-3.0 SimpleDateFormat knows.
                if !"GuyDMLdQqYwWEecFaAhKkHmsSnNVvzOXxZp".contains(ch) {
                    throw SparkError("INVALID_DATETIME_PATTERN.WITH_SUGGESTION", "Unrecognized datetime pattern: '\(pattern)'. You can form a valid datetime pattern with the guide from 'https://spark.apache.org/docs/latest/sql-ref-datetime-pattern.html'.", sqlState: "22007")
                }
                // Java's limits on repeated letters: MMMMM, EEEEE, ddd... are not recognized.
                let maxCount: [Character: Int] = ["M": 4, "L": 4, "d": 2, "D": 3, "E": 4, "a": 1, "h": 2, "H": 2, "k": 2,
                                                  "K": 2, "m": 2, "s": 2, "S": 9, "Q": 4, "G": 4, "V": 2, "X": 5, "x": 5,
                                                  "Z": 5, "z": 4, "O": 4, "F": 1, "q": 2]
                // Java takes `VV` only, and `O` or `OOOO` only.
                let badWidth = (ch == "V" && count != 2) || (ch == "O" && count != 1 && count != 4)
                // Parsing a day name (E) is refused too.
                let refusedForParsing = forParsing && ch == "E"
                guard "yMLdDEFahHkKmsSQqGVXxZzO".contains(ch), count <= maxCount[ch, default: 9], !badWidth, !refusedForParsing else {
                    throw SparkError("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION", "You may get a different result due to the upgrading to Spark >= 3.0:\nFail to recognize '\(pattern)' pattern in the DateTimeFormatter.\n1) You can set \"spark.sql.legacy.timeParserPolicy\" to \"LEGACY\" to restore the behavior before Spark 3.0.\n2) You can form a valid datetime pattern with the guide from 'https://spark.apache.org/docs/latest/sql-ref-datetime-pattern.html'.", sqlState: "42K0B")
                }
                tokens.append(.field(ch, count))
                i = j
                continue
            }
            tokens.append(.literal(String(ch)))
            i += 1
        }
        self.tokens = tokens
    }

    // MARK: Formatting

    func format(micros: Int64) -> String {
        let days = Int32(Cast.floorDiv(micros, DateTimeUtils.microsPerDay))
        let (y, m, d) = DateTimeUtils.civil(fromDays: days)
        let inDay = micros - Int64(days) * DateTimeUtils.microsPerDay
        let hour = Int(inDay / 3_600_000_000), minute = Int(inDay / 60_000_000 % 60), second = Int(inDay / 1_000_000 % 60)
        let fraction = Int(inDay % 1_000_000)
        var out = ""
        for token in tokens {
            switch token {
            case .literal(let s): out += s
            case .field(let ch, let n):
                switch ch {
                case "y":
                    if n == 2 { out += String(y % 100).leftPadded(2) } else { out += String(y).leftPadded(n) }
                case "M", "L":
                    if n >= 4 { out += Self.monthNames[m - 1] }
                    else if n == 3 { out += String(Self.monthNames[m - 1].prefix(3)) }
                    else { out += String(m).leftPadded(n) }
                case "d": out += String(d).leftPadded(n)
                // Java's F is the aligned day of week in the month: 1 on days 1, 8, 15, ...
                case "F": out += String((d - 1) % 7 + 1)
                case "D": out += String(DateTimeFunctions.dayOfYear(days)).leftPadded(n)
                case "E":
                    let name = Self.dayNames[DateTimeFunctions.isoDayOfWeek(days) - 1]
                    out += n >= 4 ? name : String(name.prefix(3))
                case "a": out += hour < 12 ? "AM" : "PM"
                case "h": out += String(hour % 12 == 0 ? 12 : hour % 12).leftPadded(n)
                case "H": out += String(hour).leftPadded(n)
                case "k": out += String(hour == 0 ? 24 : hour).leftPadded(n)
                case "K": out += String(hour % 12).leftPadded(n)
                case "m": out += String(minute).leftPadded(n)
                case "s": out += String(second).leftPadded(n)
                case "S": out += String(String(fraction).leftPadded(6).prefix(n)).padding(toLength: n, withPad: "0", startingAt: 0)
                // The stand-alone quarter as a number.
                case "q": out += String((m - 1) / 3 + 1).leftPadded(n)
                case "Q":
                    let q = (m - 1) / 3 + 1
                    out += n >= 4 ? ["1st", "2nd", "3rd", "4th"][q - 1] + " quarter" : (n == 3 ? "Q\(q)" : String(q).leftPadded(n))
                case "G": out += n == 4 ? (y > 0 ? "Anno Domini" : "Before Christ") : (y > 0 ? "AD" : "BC")
                // The session time zone is UTC: each zone letter in the form Java gives a zero offset.
                case "V": out += "UTC"
                case "X": out += "Z"
                case "x": out += ["+00", "+0000", "+00:00", "+0000", "+00:00"][n - 1]
                case "Z": out += n <= 3 ? "+0000" : (n == 4 ? "GMT" : "Z")
                case "z": out += n == 4 ? "Coordinated Universal Time" : "UTC"
                case "O": out += "GMT"
                default: break
                }
            }
        }
        return out
    }

    // MARK: Parsing

    enum ParseFailure: Error {
        case atIndex(Int)
        case unparsed(Int)
        case invalid(String)
    }

    /// Parses `s` completely; microseconds since the epoch (UTC).
    func parse(_ s: String) throws(ParseFailure) -> Int64 {
        let chars = Array(s)
        var i = 0
        var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, micros = 0
        var pm: Bool?
        var hour12: Int?
        var offsetSeconds = 0
        var dayOfYear: Int?
        func number(min: Int, max: Int) throws(ParseFailure) -> Int {
            var j = i
            while j < chars.count && j - i < max && chars[j].isASCIIDigit { j += 1 }
            guard j - i >= min, let v = Int(String(chars[i..<j])) else { throw .atIndex(i) }
            i = j
            return v
        }
        /// A zone offset in seconds: `Z` (for X, and ZZZZZ), or a sign, hours, and optionally minutes with or
        /// without a colon; `GMT` first for Z with four letters and O.
        func offset(letter: Character, width: Int) throws(ParseFailure) -> Int {
            if (letter == "X" || (letter == "Z" && width == 5)), i < chars.count, chars[i] == "Z" { i += 1; return 0 }
            if letter == "O" || (letter == "Z" && width == 4) {
                guard String(chars[i...]).hasPrefix("GMT") else { throw .atIndex(i) }
                i += 3
                guard i < chars.count, chars[i] == "+" || chars[i] == "-" else { return 0 }
            }
            guard i < chars.count, chars[i] == "+" || chars[i] == "-" else { throw .atIndex(i) }
            let sign = chars[i] == "-" ? -1 : 1
            i += 1
            let hours = try number(min: letter == "O" ? 1 : 2, max: 2)
            var minutes = 0
            if i < chars.count, chars[i] == ":" { i += 1; minutes = try number(min: 2, max: 2) }
            else if i < chars.count, chars[i].isASCIIDigit { minutes = try number(min: 2, max: 2) }
            return sign * (hours * 3600 + minutes * 60)
        }
        func name(_ names: [String], short: Bool) throws(ParseFailure) -> Int {
            let rest = String(chars[i...]).lowercased()
            for (index, full) in names.enumerated() {
                let candidate = (short ? String(full.prefix(3)) : full).lowercased()
                if rest.hasPrefix(candidate) { i += candidate.count; return index }
            }
            throw .atIndex(i)
        }
        for (index, token) in tokens.enumerated() {
            // Adjacent numeric fields (`yyyyMMdd`) take exactly their width, as Java's adjacent value parsing does.
            var nextIsNumber = false
            if index + 1 < tokens.count, case .field(let next, let width) = tokens[index + 1] {
                nextIsNumber = "yMdDhHkKmsS".contains(next) && !(next == "M" && width >= 3)
            }
            switch token {
            case .literal(let lit):
                for ch in lit {
                    guard i < chars.count, chars[i] == ch || (ch == " " && chars[i].isWhitespace) else { throw .atIndex(i) }
                    i += 1
                }
            case .field(let ch, let n):
                switch ch {
                case "y":
                    if n == 2 { year = 2000 + (try number(min: 2, max: 2)) } else { year = try number(min: n, max: nextIsNumber ? n : max(n, 9)) }
                case "M", "L":
                    if n >= 4 { month = try name(Self.monthNames, short: false) + 1 }
                    else if n == 3 { month = try name(Self.monthNames, short: true) + 1 }
                    else { month = try number(min: n, max: 2) }
                case "d": day = try number(min: n, max: 2)
                case "D": dayOfYear = try number(min: n, max: 3)
                case "E": _ = try name(Self.dayNames, short: n < 4)
                case "a":
                    let rest = String(chars[i...]).uppercased()
                    if rest.hasPrefix("AM") { pm = false } else if rest.hasPrefix("PM") { pm = true } else { throw .atIndex(i) }
                    i += 2
                case "h", "K": hour12 = try number(min: n, max: 2)
                case "H": hour = try number(min: n, max: 2)
                case "k": hour = try number(min: n, max: 2) % 24
                case "m": minute = try number(min: n, max: 2)
                case "s": second = try number(min: n, max: 2)
                case "S":
                    let start = i
                    let digits = try number(min: 1, max: n)
                    let width = i - start
                    micros = width <= 6 ? digits * Int(powerOfTen(6 - width)) : digits / Int(powerOfTen(width - 6))
                case "Q": _ = try number(min: 1, max: 1)
                case "X", "x", "Z", "O":
                    offsetSeconds = try offset(letter: ch, width: n)
                case "z", "V":
                    let rest = String(chars[i...])
                    guard let zone = ["UTC", "GMT", "Z"].first(where: { rest.hasPrefix($0) }) else { throw .atIndex(i) }
                    i += zone.count
                default: break
                }
            }
        }
        if i < chars.count { throw .unparsed(i) }
        if let hour12 {
            hour = (hour12 % 12) + (pm == true ? 12 : 0)
        }
        guard (-290_308...294_247).contains(year) else { throw .invalid("Invalid value for YearOfEra (valid values 1 - 999999999/1000000000): \(year)") }
        guard (1...12).contains(month) else { throw .invalid("Invalid value for MonthOfYear (valid values 1 - 12): \(month)") }
        guard (1...31).contains(day) else { throw .invalid("Invalid value for DayOfMonth (valid values 1 - 28/31): \(day)") }
        guard hour < 24 else { throw .invalid("Invalid value for HourOfDay (valid values 0 - 23): \(hour)") }
        guard minute < 60 else { throw .invalid("Invalid value for MinuteOfHour (valid values 0 - 59): \(minute)") }
        guard second < 60 else { throw .invalid("Invalid value for SecondOfMinute (valid values 0 - 59): \(second)") }
        var days: Int32
        if let dayOfYear {
            days = Int32(clamping: Int64(DateTimeFunctions.safeDays(year: year, month: 1, day: 1)) + Int64(dayOfYear - 1))
        } else {
            guard day <= DateTimeUtils.daysInMonth(year: year, month: month) else {
                throw .invalid("Invalid date '\(Self.monthNames[month - 1].uppercased()) \(day)'")
            }
            days = DateTimeFunctions.safeDays(year: year, month: month, day: day)
        }
        return Int64(days) * DateTimeUtils.microsPerDay + Int64(hour * 3600 + minute * 60 + second - offsetSeconds) * 1_000_000
            + Int64(micros)
    }

    /// `[CANNOT_PARSE_TIMESTAMP]` with Java's parse message and the try_ function to suggest.
    static func parseError(_ text: String, _ failure: ParseFailure, suggest: String) -> SparkError {
        let detail: String = switch failure {
        case .atIndex(let i): "Text '\(text)' could not be parsed at index \(i)"
        case .unparsed(let i): "Text '\(text)' could not be parsed, unparsed text found at index \(i)"
        case .invalid(let why): "Text '\(text)' could not be parsed: \(why)"
        }
        return SparkError("CANNOT_PARSE_TIMESTAMP", "\(detail). Use `\(suggest)` to tolerate invalid input string and return NULL instead.", sqlState: "22007")
    }
}

private func powerOfTen(_ n: Int) -> Int64 { Int64(Decimal128.pow10(n)) }
