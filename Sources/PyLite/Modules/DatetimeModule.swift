import Foundation

/// The `datetime` module: `date`, `datetime` and `timedelta` (naive, proleptic Gregorian). Reading the clock
/// (`date.today()`, `datetime.now()`) is refused by the sandbox.
enum DatetimeModule {
    static let microsPerDay = 86_400_000_000
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whole days in a microsecond count, rounding toward negative infinity (exact, unlike going through Double).
    static func floorDays(_ micros: Int) -> Int {
        let q = micros / microsPerDay
        return micros % microsPerDay < 0 ? q - 1 : q
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func validate(_ year: Int, _ month: Int, _ day: Int) throws {
        guard (1...9999).contains(year) else { throw PyException.valueError("year \(year) is out of range") }
        guard (1...12).contains(month) else { throw PyException.valueError("month must be in 1..12") }
        guard day >= 1 && day <= daysInMonth(year, month) else { throw PyException.valueError("day is out of range for month") }
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "datetime")
        module.setAttribute("date", .classObject(interpreter.dateClass))
        module.setAttribute("datetime", .classObject(interpreter.dateTimeClass))
        module.setAttribute("timedelta", .classObject(interpreter.timeDeltaClass))
        module.setAttribute("MINYEAR", .int(1))
        module.setAttribute("MAXYEAR", .int(9999))
        return module
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `strftime` for the common directives.
    static func format(_ micros: Int, _ format: String, hasTime: Bool) throws -> String {
        let days = floorDays(micros)
        let dayMicros = micros - days * microsPerDay
        let (year, month, day) = civilFromDays(days)
        let hour = dayMicros / 3_600_000_000
        let minute = dayMicros / 60_000_000 % 60
        let second = dayMicros / 1_000_000 % 60
        let micro = dayMicros % 1_000_000
        let weekday = ((days % 7) + 7 + 3) % 7
        var out = ""
        var chars = format.makeIterator()
        while let c = chars.next() {
            guard c == "%" else {
                out.append(c)
                continue
            }
            guard let d = chars.next() else {
                out.append("%")
                break
            }
            switch d {
            case "Y": out += pad(year, 4)
            case "y": out += two(year % 100)
            case "m": out += two(month)
            case "d": out += two(day)
            case "e": out += day < 10 ? " \(day)" : "\(day)"
            case "H": out += two(hour)
            case "I": out += two(hour % 12 == 0 ? 12 : hour % 12)
            case "M": out += two(minute)
            case "S": out += two(second)
            case "f": out += pad(micro, 6)
            case "p": out += hour < 12 ? "AM" : "PM"
            case "j": out += pad(days - daysFromCivil(year, 1, 1) + 1, 3)
            case "a": out += String(dayNames[weekday].prefix(3))
            case "A": out += dayNames[weekday]
            case "w": out += String((weekday + 1) % 7)
            case "u": out += String(weekday + 1)
            case "b", "h": out += String(monthNames[month - 1].prefix(3))
            case "B": out += monthNames[month - 1]
            case "D": out += "\(two(month))/\(two(day))/\(two(year % 100))"
            case "F": out += "\(pad(year, 4))-\(two(month))-\(two(day))"
            case "T": out += "\(two(hour)):\(two(minute)):\(two(second))"
            case "z", "Z": break
            case "%": out += "%"
            default: out += "%" + String(d)
            }
        }
        return out
    }

    /// `strptime` for the common directives; returns microseconds since the epoch.
    static func parse(_ text: String, _ format: String) throws -> Int {
        let failure = PyException.valueError("time data \(PyInterpreter.stringRepr(text)) does not match format \(PyInterpreter.stringRepr(format))")
        let input = Array(text)
        var i = 0
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0
        var pm: Bool?
        var dayOfYear: Int?
        func number(_ maxDigits: Int) throws -> Int {
            var value = 0
            var count = 0
            while i < input.count, count < maxDigits, let digit = input[i].wholeNumberValue, input[i].isASCII {
                value = value * 10 + digit
                i += 1
                count += 1
            }
            if count == 0 { throw failure }
            return value
        }
        func name(_ names: [String], abbreviated: Bool) throws -> Int {
            for (index, full) in names.enumerated() {
                let candidate = abbreviated ? String(full.prefix(3)) : full
                let end = i + candidate.count
                if end <= input.count, String(input[i..<end]).lowercased() == candidate.lowercased() {
                    i = end
                    return index
                }
            }
            throw failure
        }
        var f = Array(format)[...]
        while let c = f.first {
            f = f.dropFirst()
            if c == "%" {
                guard let d = f.first else { throw failure }
                f = f.dropFirst()
                switch d {
                case "Y": year = try number(4)
                case "y":
                    let y = try number(2)
                    year = y < 69 ? 2000 + y : 1900 + y
                case "m": month = try number(2)
                case "d": day = try number(2)
                case "H": hour = try number(2)
                case "I": hour = try number(2)
                case "M": minute = try number(2)
                case "S": second = try number(2)
                case "f":
                    let start = i
                    let value = try number(6)
                    micro = value * Int(pow(10.0, Double(6 - (i - start))))
                case "j": dayOfYear = try number(3)
                case "b", "h": month = try name(monthNames, abbreviated: true) + 1
                case "B": month = try name(monthNames, abbreviated: false) + 1
                case "a": _ = try name(dayNames, abbreviated: true)
                case "A": _ = try name(dayNames, abbreviated: false)
                case "p":
                    guard i + 2 <= input.count else { throw failure }
                    let marker = String(input[i..<(i + 2)]).uppercased()
                    guard marker == "AM" || marker == "PM" else { throw failure }
                    pm = marker == "PM"
                    i += 2
                case "%":
                    guard i < input.count, input[i] == "%" else { throw failure }
                    i += 1
                default:
                    throw PyException.valueError("'\(d)' is a bad directive in format '\(format)'")
                }
            } else if c == " " {
                while i < input.count, input[i] == " " { i += 1 }
            } else {
                guard i < input.count, input[i] == c else { throw failure }
                i += 1
            }
        }
        if i != input.count {
            throw PyException.valueError("unconverted data remains: \(String(input[i...]))")
        }
        if let pm {
            if hour == 12 { hour = 0 }
            if pm { hour += 12 }
        }
        if let dayOfYear {
            let (y, m, d) = civilFromDays(daysFromCivil(year, 1, 1) + dayOfYear - 1)
            (year, month, day) = (y, m, d)
        }
        try validate(year, month, day)
        guard hour < 24, minute < 60, second < 62 else { throw failure }
        return daysFromCivil(year, month, day) * microsPerDay + ((hour * 60 + minute) * 60 + second) * 1_000_000 + micro
    }
}

/// `datetime.date` and `datetime.datetime` values (a datetime keeps its time of day).
public final class PyDateValue: PyHostObject {
    /// Microseconds since 1970-01-01T00:00:00 (naive).
    public let microseconds: Int
    public let hasTime: Bool
    unowned let interpreter: PyInterpreter

    init(microseconds: Int, hasTime: Bool, interpreter: PyInterpreter) {
        self.microseconds = microseconds
        self.hasTime = hasTime
        self.interpreter = interpreter
    }

    public var daysSinceEpoch: Int { DatetimeModule.floorDays(microseconds) }
    public var components: (year: Int, month: Int, day: Int) { DatetimeModule.civilFromDays(daysSinceEpoch) }
    var dayMicros: Int { microseconds - daysSinceEpoch * DatetimeModule.microsPerDay }
    public var timeComponents: (hour: Int, minute: Int, second: Int, microsecond: Int) {
        let m = dayMicros
        return (m / 3_600_000_000, m / 60_000_000 % 60, m / 1_000_000 % 60, m % 1_000_000)
    }

    public var pyTypeName: String { hasTime ? "datetime" : "date" }
    public var pyClass: PyClass? { hasTime ? interpreter.dateTimeClass : interpreter.dateClass }
    public func pyHash() -> Int { microseconds.hashValue ^ (hasTime ? 1 : 0) }
    public func pyKeyEquals(_ other: any PyHostObject) -> Bool {
        guard let date = other as? PyDateValue else { return false }
        return date.microseconds == microseconds && date.hasTime == hasTime
    }

    func make(_ micros: Int) throws -> PyValue {
        let days = DatetimeModule.floorDays(micros)
        let (year, _, _) = DatetimeModule.civilFromDays(days)
        guard (1...9999).contains(year) else { throw PyException(.overflowError, "date value out of range") }
        return .host(PyDateValue(microseconds: micros, hasTime: hasTime, interpreter: interpreter))
    }

    var isoFormat: String {
        let (y, m, d) = components
        var text = "\(DatetimeModule.pad(y, 4))-\(DatetimeModule.two(m))-\(DatetimeModule.two(d))"
        if hasTime {
            let t = timeComponents
            text += " \(DatetimeModule.two(t.hour)):\(DatetimeModule.two(t.minute)):\(DatetimeModule.two(t.second))"
            if t.microsecond != 0 { text += "." + DatetimeModule.pad(t.microsecond, 6) }
        }
        return text
    }

    public func pyStr() -> String { isoFormat }

    public func pyRepr() -> String {
        let (y, m, d) = components
        guard hasTime else { return "datetime.date(\(y), \(m), \(d))" }
        let t = timeComponents
        var fields = [y, m, d, t.hour, t.minute]
        if t.second != 0 || t.microsecond != 0 { fields.append(t.second) }
        if t.microsecond != 0 { fields.append(t.microsecond) }
        return "datetime.datetime(\(fields.map(String.init).joined(separator: ", ")))"
    }

    public func pyGetAttribute(_ name: String) throws -> PyValue? {
        let (y, m, d) = components
        let t = timeComponents
        switch name {
        case "year": return .int(y)
        case "month": return .int(m)
        case "day": return .int(d)
        case "hour" where hasTime: return .int(t.hour)
        case "minute" where hasTime: return .int(t.minute)
        case "second" where hasTime: return .int(t.second)
        case "microsecond" where hasTime: return .int(t.microsecond)
        default: break
        }
        let body: ((PyArguments) throws -> PyValue)?
        switch name {
        case "weekday": body = { _ in .int(((self.daysSinceEpoch % 7) + 7 + 3) % 7) }
        case "isoweekday": body = { _ in .int(((self.daysSinceEpoch % 7) + 7 + 3) % 7 + 1) }
        case "toordinal": body = { _ in .int(self.daysSinceEpoch + 719_163) }
        case "isoformat": body = { args in
            let sep = try args.bind("isoformat", ["sep=", "timespec="])["sep"]?.asString ?? "T"
            return .str(self.hasTime ? self.isoFormat.replacingOccurrences(of: " ", with: sep) : self.isoFormat)
        }
        case "strftime": body = { args in
            guard case .str(let format)? = try args.bind("strftime", ["format"])["format"] else {
                throw PyException.typeError("strftime() argument 1 must be str")
            }
            return .str(try DatetimeModule.format(self.microseconds, format, hasTime: self.hasTime))
        }
        case "date" where hasTime: body = { _ in
            .host(PyDateValue(microseconds: self.daysSinceEpoch * DatetimeModule.microsPerDay, hasTime: false, interpreter: self.interpreter))
        }
        case "replace": body = { args in
            let bound = try args.bind("replace", ["year=", "month=", "day=", "hour=", "minute=", "second=", "microsecond="])
            let year = bound["year"]?.asInt ?? y, month = bound["month"]?.asInt ?? m, day = bound["day"]?.asInt ?? d
            try DatetimeModule.validate(year, month, day)
            let micros = DatetimeModule.daysFromCivil(year, month, day) * DatetimeModule.microsPerDay
            if self.hasTime {
                let hour = bound["hour"]?.asInt ?? t.hour, minute = bound["minute"]?.asInt ?? t.minute
                let second = bound["second"]?.asInt ?? t.second, micro = bound["microsecond"]?.asInt ?? t.microsecond
                return try self.interpreter.makeDateTime(
                    year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: micro)
            }
            return try self.make(micros)
        }
        case "timetuple", "timestamp", "astimezone", "utcoffset", "tzname":
            throw PyError.unsupported("\(pyTypeName).\(name)() is not supported by the embedded engine")
        default: body = nil
        }
        return body.map { .native(PyNativeFunction(name: name, body: $0)) }
    }

    public func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        if let delta = other.asHost(PyTimeDeltaValue.self) {
            let amount = hasTime ? delta.microseconds : delta.microseconds / DatetimeModule.microsPerDay * DatetimeModule.microsPerDay
            let shift = hasTime ? amount : delta.days * DatetimeModule.microsPerDay
            switch (op, reflected) {
            case (.add, _):
                let (sum, overflow) = microseconds.addingReportingOverflow(shift)
                if overflow { throw PyException(.overflowError, "date value out of range") }
                return try make(sum)
            case (.subtract, false):
                let (difference, overflow) = microseconds.subtractingReportingOverflow(shift)
                if overflow { throw PyException(.overflowError, "date value out of range") }
                return try make(difference)
            default: return nil
            }
        }
        if op == .subtract, let date = other.asHost(PyDateValue.self), date.hasTime == hasTime {
            let difference = reflected ? date.microseconds - microseconds : microseconds - date.microseconds
            return .host(PyTimeDeltaValue(microseconds: difference, interpreter: interpreter))
        }
        return nil
    }

    public func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard let date = other.asHost(PyDateValue.self) else {
            if op == .equal { return .bool(false) }
            if op == .notEqual { return .bool(true) }
            return nil
        }
        if date.hasTime != hasTime {
            if op == .equal || op == .notEqual { return .bool(op == .notEqual) }
            throw PyException.typeError("can't compare datetime.\(pyTypeName) to datetime.\(date.pyTypeName)")
        }
        return .bool(PyInterpreter.compare(op, microseconds, date.microseconds))
    }
}

/// `datetime.timedelta`.
public final class PyTimeDeltaValue: PyHostObject {
    public let microseconds: Int
    unowned let interpreter: PyInterpreter

    init(microseconds: Int, interpreter: PyInterpreter) {
        self.microseconds = microseconds
        self.interpreter = interpreter
    }

    var days: Int { DatetimeModule.floorDays(microseconds) }
    var seconds: Int { (microseconds - days * DatetimeModule.microsPerDay) / 1_000_000 }
    var micros: Int { (microseconds - days * DatetimeModule.microsPerDay) % 1_000_000 }

    public var pyTypeName: String { "timedelta" }
    public var pyClass: PyClass? { interpreter.timeDeltaClass }
    public func pyHash() -> Int { microseconds.hashValue }
    public func pyKeyEquals(_ other: any PyHostObject) -> Bool { (other as? PyTimeDeltaValue)?.microseconds == microseconds }
    public func pyTruth() throws -> Bool { microseconds != 0 }

    public func pyStr() -> String {
        var text = ""
        if days != 0 { text = "\(days) day\(abs(days) == 1 ? "" : "s"), " }
        let s = seconds
        text += "\(s / 3600):\(DatetimeModule.two(s / 60 % 60)):\(DatetimeModule.two(s % 60))"
        if micros != 0 { text += "." + DatetimeModule.pad(micros, 6) }
        return text
    }

    public func pyRepr() -> String {
        var parts: [String] = []
        if days != 0 { parts.append("days=\(days)") }
        if seconds != 0 { parts.append("seconds=\(seconds)") }
        if micros != 0 { parts.append("microseconds=\(micros)") }
        return "datetime.timedelta(\(parts.isEmpty ? "0" : parts.joined(separator: ", ")))"
    }

    public func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "days": return .int(days)
        case "seconds": return .int(seconds)
        case "microseconds": return .int(micros)
        case "total_seconds":
            return .native(PyNativeFunction(name: name) { _ in .float(Double(self.microseconds) / 1e6) })
        default: return nil
        }
    }

    func make(_ value: Int) -> PyValue { .host(PyTimeDeltaValue(microseconds: value, interpreter: interpreter)) }

    public func pyUnary(_ op: PyUnaryOperator) throws -> PyValue? {
        switch op {
        case .negate:
            if microseconds == Int.min { throw PyInterpreter.overflow() }
            return make(-microseconds)
        case .plus: return make(microseconds)
        case .invert: return nil
        }
    }

    public func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        if let delta = other.asHost(PyTimeDeltaValue.self) {
            let (a, b) = reflected ? (delta.microseconds, microseconds) : (microseconds, delta.microseconds)
            switch op {
            case .add:
                let (sum, overflow) = a.addingReportingOverflow(b)
                if overflow { throw PyInterpreter.overflow() }
                return make(sum)
            case .subtract:
                let (difference, overflow) = a.subtractingReportingOverflow(b)
                if overflow { throw PyInterpreter.overflow() }
                return make(difference)
            case .trueDivide:
                if b == 0 { throw PyException(.zeroDivisionError, "division by zero") }
                return .float(Double(a) / Double(b))
            case .floorDivide:
                if b == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
                return .int(try PyInterpreter.floorDivide(a, b))
            default: return nil
            }
        }
        switch (op, other, reflected) {
        case (.multiply, .int(let n), _):
            let (r, o) = microseconds.multipliedReportingOverflow(by: n)
            if o { throw PyInterpreter.overflow() }
            return make(r)
        case (.multiply, .float(let f), _):
            return make(try Builtins.intFromDouble((Double(microseconds) * f).rounded(.toNearestOrEven)))
        case (.trueDivide, .int(let n), false):
            if n == 0 { throw PyException(.zeroDivisionError, "division by zero") }
            return make(try Builtins.intFromDouble((Double(microseconds) / Double(n)).rounded(.toNearestOrEven)))
        case (.trueDivide, .float(let f), false):
            if f == 0 { throw PyException(.zeroDivisionError, "division by zero") }
            return make(try Builtins.intFromDouble((Double(microseconds) / f).rounded(.toNearestOrEven)))
        case (.floorDivide, .int(let n), false):
            if n == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
            return make(try PyInterpreter.floorDivide(microseconds, n))
        default:
            return nil
        }
    }

    public func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard let delta = other.asHost(PyTimeDeltaValue.self) else {
            if op == .equal { return .bool(false) }
            if op == .notEqual { return .bool(true) }
            return nil
        }
        return .bool(PyInterpreter.compare(op, microseconds, delta.microseconds))
    }
}

extension PyInterpreter {
    /// A Python `datetime.date` value.
    public func makeDate(year: Int, month: Int, day: Int) throws -> PyValue {
        try DatetimeModule.validate(year, month, day)
        return .host(PyDateValue(microseconds: DatetimeModule.daysFromCivil(year, month, day) * DatetimeModule.microsPerDay,
                                 hasTime: false, interpreter: self))
    }

    /// A Python `datetime.datetime` value (naive).
    public func makeDateTime(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0
    ) throws -> PyValue {
        try DatetimeModule.validate(year, month, day)
        guard (0..<24).contains(hour) else { throw PyException.valueError("hour must be in 0..23") }
        guard (0..<60).contains(minute) else { throw PyException.valueError("minute must be in 0..59") }
        guard (0..<60).contains(second) else { throw PyException.valueError("second must be in 0..59") }
        guard (0..<1_000_000).contains(microsecond) else { throw PyException.valueError("microsecond must be in 0..999999") }
        let micros = DatetimeModule.daysFromCivil(year, month, day) * DatetimeModule.microsPerDay
            + ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond
        return .host(PyDateValue(microseconds: micros, hasTime: true, interpreter: self))
    }

    /// A Python `datetime.timedelta` value.
    public func makeTimeDelta(microseconds: Int) -> PyValue {
        .host(PyTimeDeltaValue(microseconds: microseconds, interpreter: self))
    }

    private func cachedClass(_ key: String, _ make: () -> PyClass) -> PyClass {
        if let cls = types.hostClasses[key] { return cls }
        let cls = make()
        types.hostClasses[key] = cls
        return cls
    }

    private static func clockRefused(_ name: String) -> PyValue {
        .native(PyNativeFunction(name: name) { _ in
            throw PyError.sandbox("reading the clock (\(name)) is not allowed in the sandbox")
        })
    }

    var dateClass: PyClass {
        cachedClass("datetime.date") {
            PyClass(hostName: "date", moduleName: "datetime", constructor: { args in
                let bound = try args.bind("date", ["year", "month", "day"])
                return try args.interpreter.makeDate(
                    year: bound["year"]?.asInt ?? 0, month: bound["month"]?.asInt ?? 0, day: bound["day"]?.asInt ?? 0)
            }, attributes: { name in
                switch name {
                case "today": return PyInterpreter.clockRefused("date.today")
                case "fromisoformat":
                    return .native(PyNativeFunction(name: name) { args in
                        guard case .str(let s)? = args.positional.first else { throw PyException.typeError("fromisoformat: argument must be str") }
                        let micros = try DatetimeModule.parse(s, "%Y-%m-%d")
                        return .host(PyDateValue(microseconds: micros, hasTime: false, interpreter: args.interpreter))
                    })
                case "fromordinal":
                    return .native(PyNativeFunction(name: name) { args in
                        guard let n = args.positional.first?.asInt else { throw PyException.typeError("an integer is required") }
                        guard (1...3_652_059).contains(n) else { throw PyException.valueError("ordinal must be >= 1") }
                        return .host(PyDateValue(microseconds: (n - 719_163) * DatetimeModule.microsPerDay, hasTime: false, interpreter: args.interpreter))
                    })
                default: return nil
                }
            })
        }
    }

    var dateTimeClass: PyClass {
        cachedClass("datetime.datetime") {
            let cls = PyClass(hostName: "datetime", moduleName: "datetime", constructor: { args in
                let bound = try args.bind("datetime", ["year", "month", "day", "hour=", "minute=", "second=", "microsecond="])
                return try args.interpreter.makeDateTime(
                    year: bound["year"]?.asInt ?? 0, month: bound["month"]?.asInt ?? 0, day: bound["day"]?.asInt ?? 0,
                    hour: bound["hour"]?.asInt ?? 0, minute: bound["minute"]?.asInt ?? 0,
                    second: bound["second"]?.asInt ?? 0, microsecond: bound["microsecond"]?.asInt ?? 0)
            }, attributes: { name in
                switch name {
                case "now", "utcnow", "today": return PyInterpreter.clockRefused("datetime.\(name)")
                case "strptime":
                    return .native(PyNativeFunction(name: name) { args in
                        let bound = try args.bind("strptime", ["date_string", "format"])
                        guard case .str(let s)? = bound["date_string"], case .str(let f)? = bound["format"] else {
                            throw PyException.typeError("strptime() argument 1 must be str")
                        }
                        return .host(PyDateValue(microseconds: try DatetimeModule.parse(s, f), hasTime: true, interpreter: args.interpreter))
                    })
                case "fromisoformat":
                    return .native(PyNativeFunction(name: name) { args in
                        guard case .str(let s)? = args.positional.first else { throw PyException.typeError("fromisoformat: argument must be str") }
                        let normalized = s.replacingOccurrences(of: "T", with: " ")
                        for format in ["%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"] {
                            if let micros = try? DatetimeModule.parse(normalized, format) {
                                return .host(PyDateValue(microseconds: micros, hasTime: true, interpreter: args.interpreter))
                            }
                        }
                        throw PyException.valueError("Invalid isoformat string: \(PyInterpreter.stringRepr(s))")
                    })
                case "combine":
                    return .native(PyNativeFunction(name: name) { _ in
                        throw PyError.unsupported("datetime.combine() is not supported by the embedded engine")
                    })
                default: return nil
                }
            })
            cls.bases = [dateClass]
            cls.mro = PyClass.linearize(cls)
            return cls
        }
    }

    var timeDeltaClass: PyClass {
        cachedClass("datetime.timedelta") {
            PyClass(hostName: "timedelta", moduleName: "datetime", constructor: { args in
                let bound = try args.bind("timedelta", ["days=", "seconds=", "microseconds=", "milliseconds=", "minutes=", "hours=", "weeks="])
                let units: [(String, Double)] = [("days", 86_400e6), ("seconds", 1e6), ("microseconds", 1), ("milliseconds", 1e3),
                                                 ("minutes", 60e6), ("hours", 3600e6), ("weeks", 604_800e6)]
                var total = 0.0
                for (name, scale) in units {
                    guard let value = bound[name] else { continue }
                    guard let d = value.asDouble else {
                        throw PyException.typeError("unsupported type for timedelta \(name) component: \(args.interpreter.typeName(of: value))")
                    }
                    total += d * scale
                }
                guard abs(total) <= 999_999_999 * 86_400e6 else {
                    throw PyException(.overflowError, "days=\(Int(total / 86_400e6)); must have magnitude <= 999999999")
                }
                return args.interpreter.makeTimeDelta(microseconds: try Builtins.intFromDouble(total.rounded(.toNearestOrEven)))
            }, attributes: nil)
        }
    }
}
