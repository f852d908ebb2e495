import Foundation
import ProblemBank
import SparkLite

/// Turns one dataset cell (a `JSONValue`) into the engine's `Value` of a declared Spark type:
/// integers for integral types, numbers or `"NaN"`/`"Infinity"`/`"-Infinity"` for float and double,
/// numbers or numeric strings for decimals, `"YYYY-MM-DD"` dates, `"YYYY-MM-DD HH:MM:SS[.ffffff]"`
/// timestamps, base64 for binary, lists for arrays and structs, objects for maps.
enum CellDecoder {
    /// The value, or a description of why the cell does not fit the type.
    static func decode(_ cell: JSONValue, as type: DataType) -> Result<Value, CellError> {
        if cell.isNull { return .success(.null) }
        switch type {
        case .null:
            return .failure(CellError("only null fits type void, not \(shown(cell))"))
        case .boolean:
            guard let bool = cell.boolValue else { return .failure(CellError("\(shown(cell)) is not a boolean")) }
            return .success(.bool(bool))
        case .byte, .short, .int, .long:
            guard let int = cell.intValue else { return .failure(CellError("\(shown(cell)) is not an integer")) }
            let range: ClosedRange<Int64> = switch type {
            case .byte: Int64(Int8.min)...Int64(Int8.max)
            case .short: Int64(Int16.min)...Int64(Int16.max)
            case .int: Int64(Int32.min)...Int64(Int32.max)
            default: Int64.min...Int64.max
            }
            guard range.contains(int) else { return .failure(CellError("\(int) is out of range for \(type.simpleString)")) }
            return .success(.int(int))
        case .float, .double:
            if let number = cell.numberValue {
                return .success(.double(type == .float ? Double(Float(number)) : number))
            }
            switch cell.stringValue {
            case "NaN": return .success(.double(.nan))
            case "Infinity": return .success(.double(.infinity))
            case "-Infinity": return .success(.double(-.infinity))
            default: return .failure(CellError("\(shown(cell)) is not a number"))
            }
        case .decimal(let precision, let scale):
            let unscaled: Int128?
            switch cell {
            case .int(let int): unscaled = Decimal128.rescale(Int128(int), from: 0, to: scale)
            case .double(let double): unscaled = double.isFinite ? Decimal128.fromDouble(double, scale: scale) : nil
            case .string(let text): unscaled = Decimal128.parse(text, scale: scale)
            default: unscaled = nil
            }
            guard let unscaled else { return .failure(CellError("\(shown(cell)) is not a decimal number")) }
            guard Decimal128.fits(unscaled, precision: precision) else {
                return .failure(CellError("\(shown(cell)) does not fit \(type.simpleString)"))
            }
            return .success(.decimal(unscaled, scale: scale))
        case .string:
            guard let text = cell.stringValue else { return .failure(CellError("\(shown(cell)) is not a string (quote it)")) }
            return .success(.string(text))
        case .binary:
            guard let text = cell.stringValue, let data = Data(base64Encoded: text) else {
                return .failure(CellError("\(shown(cell)) is not base64 text"))
            }
            return .success(.binary([UInt8](data)))
        case .date:
            guard let text = cell.stringValue, isCivilDate(text), let days = DateTimeUtils.parseDate(text) else {
                return .failure(CellError("\(shown(cell)) is not a date \"YYYY-MM-DD\""))
            }
            return .success(.date(days))
        case .timestamp:
            guard let text = cell.stringValue, text.count >= 10, isCivilDate(String(text.prefix(10))),
                  let micros = DateTimeUtils.parseTimestamp(text) else {
                return .failure(CellError("\(shown(cell)) is not a timestamp \"YYYY-MM-DD HH:MM:SS\""))
            }
            return .success(.timestamp(micros))
        case .dayTimeInterval, .yearMonthInterval:
            guard let micros = cell.intValue else {
                return .failure(CellError("\(shown(cell)) is not an interval in microseconds"))
            }
            return .success(.interval(micros))
        case .array(let element, _):
            guard let items = cell.arrayValue else { return .failure(CellError("\(shown(cell)) is not a list")) }
            var values: [Value] = []
            for (index, item) in items.enumerated() {
                switch decode(item, as: element) {
                case .success(let value): values.append(value)
                case .failure(let error): return .failure(error.inside("element \(index + 1)"))
                }
            }
            return .success(.array(values))
        case .map(let keyType, let valueType, _):
            var pairs: [(JSONValue, JSONValue)] = []
            if let object = cell.objectValue {
                // Keys are text in JSON; they are read as the key type.
                pairs = object.map { (keyCell(from: $0.key, as: keyType), $0.value) }
            } else if let list = cell.arrayValue {
                for entry in list {
                    guard let kv = entry.arrayValue, kv.count == 2 else {
                        return .failure(CellError("map entries must be an object or [key, value] pairs"))
                    }
                    pairs.append((kv[0], kv[1]))
                }
            } else {
                return .failure(CellError("\(shown(cell)) is not an object"))
            }
            var entries: [MapEntry] = []
            for (key, value) in pairs {
                let decodedKey: Value
                switch decode(key, as: keyType) {
                case .success(.null): return .failure(CellError("a map key cannot be null"))
                case .success(let k): decodedKey = k
                case .failure(let error): return .failure(error.inside("key \(shown(key))"))
                }
                switch decode(value, as: valueType) {
                case .success(let v): entries.append(MapEntry(decodedKey, v))
                case .failure(let error): return .failure(error.inside("value of \(shown(key))"))
                }
            }
            return .success(.map(entries))
        case .struct(let fields):
            var cells: [JSONValue]
            if let object = cell.objectValue {
                cells = fields.map { field in object.first { $0.key == field.name }?.value ?? .null }
                let unknown = object.map(\.key).filter { key in !fields.contains { $0.name == key } }
                if let first = unknown.first {
                    return .failure(CellError("struct has no field '\(first)'; fields: \(fields.map(\.name).joined(separator: ", "))"))
                }
            } else if let list = cell.arrayValue {
                guard list.count == fields.count else {
                    return .failure(CellError("\(list.count) values for \(fields.count) struct fields"))
                }
                cells = list
            } else {
                return .failure(CellError("\(shown(cell)) is not a list or object"))
            }
            var values: [Value] = []
            for (item, field) in zip(cells, fields) {
                switch decode(item, as: field.dataType) {
                case .success(let value): values.append(value)
                case .failure(let error): return .failure(error.inside("field '\(field.name)'"))
                }
            }
            return .success(.struct(values))
        }
    }

    /// A map key written as JSON object text, typed for decoding.
    private static func keyCell(from text: String, as type: DataType) -> JSONValue {
        switch type {
        case .byte, .short, .int, .long: Int64(text).map(JSONValue.int) ?? .string(text)
        case .float, .double: Double(text).map(JSONValue.double) ?? .string(text)
        case .boolean: text == "true" ? .bool(true) : text == "false" ? .bool(false) : .string(text)
        default: .string(text)
        }
    }

    /// `YYYY-MM-DD` with exactly those widths.
    private static func isCivilDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (48...57).contains(byte) }
    }

    static func shown(_ cell: JSONValue) -> String {
        let text = cell.jsonText
        return text.count > 40 ? String(text.prefix(37)) + "..." : text
    }
}

/// Why a cell does not fit its type; `inside` prefixes where in a nested value the problem is.
struct CellError: Error, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    func inside(_ place: String) -> CellError {
        CellError("\(place): \(message)")
    }
}
