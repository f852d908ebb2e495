/// The character sets `encode` and `decode` accept, as Spark 4 limits them, with Java's byte layouts.
enum Charset: String, CaseIterable {
    case usASCII = "US-ASCII"
    case iso88591 = "ISO-8859-1"
    case utf8 = "UTF-8"
    case utf16BE = "UTF-16BE"
    case utf16LE = "UTF-16LE"
    case utf16 = "UTF-16"
    case utf32 = "UTF-32"

    /// A charset named case-insensitively; `function` names the call in the error for any other name.
    static func named(_ name: String, function: String) throws(SparkError) -> Charset {
        guard let charset = Charset(rawValue: name.uppercased()) else {
            let valid = allCases.map { $0.rawValue.lowercased() }.sorted().joined(separator: ", ")
            throw invalidParameter("CHARSET", parameter: "charset", function: function, "expects one of the \(valid), but got \(name).")
        }
        return charset
    }

    /// The text's bytes. A character the charset cannot hold raises, as Spark does unless the legacy coding
    /// error action is on. `UTF-16` writes a big-endian byte order mark first, as Java does.
    func encode(_ s: String, function: String) throws(SparkError) -> [UInt8] {
        switch self {
        case .utf8: return Array(s.utf8)
        case .usASCII, .iso88591:
            let limit: UInt32 = self == .usASCII ? 0x7F : 0xFF
            var bytes: [UInt8] = []
            for u in s.unicodeScalars {
                guard u.value <= limit else { throw Charset.malformed(rawValue, function: function) }
                bytes.append(UInt8(u.value))
            }
            return bytes
        case .utf16BE, .utf16LE, .utf16:
            let units = Array(s.utf16)
            let bigEndian = self != .utf16LE
            var bytes: [UInt8] = self == .utf16 && !units.isEmpty ? [0xFE, 0xFF] : []
            for unit in units {
                let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
                bytes += bigEndian ? [hi, lo] : [lo, hi]
            }
            return bytes
        case .utf32:
            return s.unicodeScalars.flatMap { u in (0..<4).map { UInt8(truncatingIfNeeded: u.value >> UInt32(8 * (3 - $0))) } }
        }
    }

    /// The bytes read as text; bytes the charset cannot read raise.
    func decode(_ bytes: [UInt8], function: String) throws(SparkError) -> String {
        switch self {
        case .utf8:
            guard let s = String(validating: bytes, as: UTF8.self) else { throw Charset.malformed(rawValue, function: function) }
            return s
        case .usASCII, .iso88591:
            var scalars = String.UnicodeScalarView()
            for b in bytes {
                guard self == .iso88591 || b <= 0x7F else { throw Charset.malformed(rawValue, function: function) }
                scalars.append(Unicode.Scalar(b))
            }
            return String(scalars)
        case .utf16BE, .utf16LE, .utf16:
            guard bytes.count % 2 == 0 else { throw Charset.malformed(rawValue, function: function) }
            var bigEndian = self != .utf16LE
            var body = bytes[...]
            if self == .utf16, bytes.count >= 2 {
                if bytes[0] == 0xFE && bytes[1] == 0xFF { body = bytes.dropFirst(2) }
                else if bytes[0] == 0xFF && bytes[1] == 0xFE { body = bytes.dropFirst(2); bigEndian = false }
            }
            var units: [UInt16] = []
            for i in stride(from: body.startIndex, to: body.endIndex, by: 2) {
                let first = UInt16(body[i]), second = UInt16(body[i + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
            }
            guard let s = String(validating: units, as: UTF16.self) else { throw Charset.malformed(rawValue, function: function) }
            return s
        case .utf32:
            guard bytes.count % 4 == 0 else { throw Charset.malformed(rawValue, function: function) }
            var scalars = String.UnicodeScalarView()
            for i in stride(from: 0, to: bytes.count, by: 4) {
                let value = (0..<4).reduce(UInt32(0)) { acc, j in acc << 8 | UInt32(bytes[i + j]) }
                guard let u = Unicode.Scalar(value) else { throw Charset.malformed(rawValue, function: function) }
                scalars.append(u)
            }
            return String(scalars)
        }
    }

    static func malformed(_ charset: String, function: String) -> SparkError {
        SparkError("MALFORMED_CHARACTER_CODING", "Invalid value found when performing `\(function)` with \(charset)", sqlState: "22000")
    }
}
