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

    func pyStr() -> String { ValueFormatter.showString(value, type) }

    func pyRepr() -> String {
        switch value {
        case .date(let d):
            let (y, m, day) = DateTimeUtils.civil(fromDays: d)
            return "datetime.date(\(y), \(m), \(day))"
        default: return "datetime.datetime('\(pyStr())')"
        }
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard let o = other.asHost(DateObject.self) else { return nil }
        let c = ValueOrdering.compare(value, o.value)
        let holds: Bool = switch op {
        case .equal: c == 0
        case .notEqual: c != 0
        case .less: c < 0
        case .lessOrEqual: c <= 0
        case .greater: c > 0
        case .greaterOrEqual: c >= 0
        }
        return .bool(holds)
    }

    var pyIsHashable: Bool { true }
    func pyHash() -> Int { value.hashValue }
    func pyKeyEquals(_ other: any PyHostObject) -> Bool { (other as? DateObject)?.value == value }
}
