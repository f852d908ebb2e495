import SparkLite

/// Whether a dataset value fits a Spark type, in the project's dataset format: integers for
/// integral types, numbers (or `"NaN"`, `"Infinity"`, `"-Infinity"`) for float and double, numbers or
/// numeric strings for decimals, `"YYYY-MM-DD"` dates, `"YYYY-MM-DD HH:MM:SS[.ffffff]"` timestamps,
/// lists for arrays and structs, objects for maps.
enum CellTypeCheck {
    /// A description of what is wrong, or nil when the value fits.
    static func problem(_ value: JSONValue, _ type: DataType) -> String? {
        if value.isNull { return nil }
        switch type {
        case .null:
            return "only null fits type void"
        case .boolean:
            return value.boolValue == nil ? "\(shown(value)) is not a boolean" : nil
        case .byte, .short, .int, .long:
            guard let int = value.intValue else { return "\(shown(value)) is not an integer" }
            let range: ClosedRange<Int64> = switch type {
            case .byte: Int64(Int8.min)...Int64(Int8.max)
            case .short: Int64(Int16.min)...Int64(Int16.max)
            case .int: Int64(Int32.min)...Int64(Int32.max)
            default: Int64.min...Int64.max
            }
            return range.contains(int) ? nil : "\(int) is out of range for \(type.simpleString)"
        case .float, .double:
            if value.numberValue != nil { return nil }
            if let text = value.stringValue, ["NaN", "Infinity", "-Infinity"].contains(text) { return nil }
            return "\(shown(value)) is not a number"
        case .decimal:
            if value.numberValue != nil { return nil }
            if let text = value.stringValue, Double(text) != nil { return nil }
            return "\(shown(value)) is not a decimal number"
        case .string:
            return value.stringValue == nil ? "\(shown(value)) is not a string (quote it)" : nil
        case .binary:
            return value.stringValue == nil ? "\(shown(value)) is not base64 text" : nil
        case .date:
            guard let text = value.stringValue, CivilDate.days(from: text) != nil else {
                return "\(shown(value)) is not a date \"YYYY-MM-DD\""
            }
            return nil
        case .timestamp:
            guard let text = value.stringValue, isTimestamp(text) else {
                return "\(shown(value)) is not a timestamp \"YYYY-MM-DD HH:MM:SS\""
            }
            return nil
        case .dayTimeInterval, .yearMonthInterval:
            return value.stringValue == nil && value.intValue == nil ? "\(shown(value)) is not an interval" : nil
        case .array(let element, _):
            guard let items = value.arrayValue else { return "\(shown(value)) is not a list" }
            for (index, item) in items.enumerated() {
                if let problem = problem(item, element) { return "element \(index + 1): \(problem)" }
            }
            return nil
        case .map(let keyType, let valueType, _):
            if let pairs = value.objectValue {
                for pair in pairs {
                    if let problem = problem(pair.value, valueType) { return "value of '\(pair.key)': \(problem)" }
                }
                return nil
            }
            guard let pairs = value.arrayValue else { return "\(shown(value)) is not an object" }
            for pair in pairs {
                guard let kv = pair.arrayValue, kv.count == 2 else { return "map entries must be [key, value] pairs" }
                if let problem = problem(kv[0], keyType) ?? problem(kv[1], valueType) { return problem }
            }
            return nil
        case .struct(let fields):
            if let pairs = value.objectValue {
                for field in fields {
                    if let item = pairs.first(where: { $0.key == field.name })?.value,
                       let problem = problem(item, field.dataType) {
                        return "field '\(field.name)': \(problem)"
                    }
                }
                return nil
            }
            guard let items = value.arrayValue else { return "\(shown(value)) is not a list or object" }
            guard items.count == fields.count else { return "\(items.count) values for \(fields.count) struct fields" }
            for (item, field) in zip(items, fields) {
                if let problem = problem(item, field.dataType) { return "field '\(field.name)': \(problem)" }
            }
            return nil
        }
    }

    static func isTimestamp(_ text: String) -> Bool {
        var base = text.replacingOccurrences(of: "T", with: " ")
        if let dot = base.firstIndex(of: ".") {
            let fraction = base[base.index(after: dot)...]
            guard (1...6).contains(fraction.count), fraction.allSatisfy(\.isASCII), fraction.allSatisfy(\.isNumber) else {
                return false
            }
            base = String(base[..<dot])
        }
        return CivilDate.seconds(from: base) != nil
    }

    static func shown(_ value: JSONValue) -> String {
        let text = value.jsonText
        return text.count > 40 ? String(text.prefix(37)) + "..." : text
    }
}
