import PyLite
import SparkLite

/// A date or timestamp collected from Spark, printed as Python's `datetime.date`/`datetime.datetime` would be.
final class DateObject: PyHostObject {
    let value: Value
    let type: DataType

    init(value: Value, type: DataType) {
        self.value = value
        self.type = type
    }

    var pyTypeName: String { type == .date ? "date" : "datetime" }

    /// `str(datetime)` writes the microseconds with all six digits when they are not zero.
    func pyStr() -> String {
        if case .timestamp(let ts) = value { return DateTimeUtils.formatTimestamp(ts, sixDigitFraction: true) }
        return ValueFormatter.showString(value, type)
    }

    /// `datetime.date(2024, 3, 1)`, `datetime.datetime(2024, 3, 1, 10, 20, 30, 500000)`: trailing zero
    /// seconds and microseconds are left out, as Python's repr does.
    func pyRepr() -> String {
        switch value {
        case .date(let d):
            let (y, m, day) = DateTimeUtils.civil(fromDays: d)
            return "datetime.date(\(y), \(m), \(day))"
        case .timestamp(let ts):
            let perDay: Int64 = 86_400_000_000
            let days = ts >= 0 ? ts / perDay : -((-ts + perDay - 1) / perDay)
            let rest = ts - days * perDay
            let (y, m, day) = DateTimeUtils.civil(fromDays: Int32(clamping: days))
            var parts = [y, m, day, Int(rest / 3_600_000_000), Int(rest / 60_000_000 % 60)]
            let second = Int(rest / 1_000_000 % 60), micro = Int(rest % 1_000_000)
            if second != 0 || micro != 0 { parts.append(second) }
            if micro != 0 { parts.append(micro) }
            return "datetime.datetime(\(parts.map(String.init).joined(separator: ", ")))"
        default: return pyStr()
        }
    }

    /// The same moment as a value of PyLite's `datetime` module, which answers the attributes and arithmetic
    /// (`d.year`, `d.strftime(...)`, `d - timedelta(days=1)`) a collected date or datetime has in Python.
    private func pythonValue() throws -> PyValue? {
        guard let interpreter = PyInterpreter.current else { return nil }
        switch value {
        case .date(let d):
            let (y, m, day) = DateTimeUtils.civil(fromDays: d)
            return try interpreter.makeDate(year: y, month: m, day: day)
        case .timestamp(let ts):
            let perDay: Int64 = 86_400_000_000
            let days = ts >= 0 ? ts / perDay : -((-ts + perDay - 1) / perDay)
            let rest = ts - days * perDay
            let (y, m, day) = DateTimeUtils.civil(fromDays: Int32(clamping: days))
            return try interpreter.makeDateTime(year: y, month: m, day: day, hour: Int(rest / 3_600_000_000),
                                                minute: Int(rest / 60_000_000 % 60), second: Int(rest / 1_000_000 % 60),
                                                microsecond: Int(rest % 1_000_000))
        default: return nil
        }
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        guard case .host(let host)? = try pythonValue() else { return nil }
        return try host.pyGetAttribute(name)
    }

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        guard case .host(let host)? = try pythonValue() else { return nil }
        let operand = other.asHost(DateObject.self).flatMap { try? $0.pythonValue() } ?? other
        return try host.pyBinary(op, operand, reflected: reflected)
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard let o = other.asHost(DateObject.self) else {
            // Against a date made in Python (`d >= datetime.date(2024, 1, 1)`).
            guard other.asHost(PyDateValue.self) != nil, case .host(let host)? = try pythonValue() else { return nil }
            return try host.pyCompare(op, other)
        }
        let c = ValueOrdering.compare(value, o.value)
        return .bool(op.holds(forOrder: c))
    }

    var pyIsHashable: Bool { true }
    func pyHash() -> Int { value.hashValue }
    func pyKeyEquals(_ other: any PyHostObject) -> Bool { (other as? DateObject)?.value == value }
}
