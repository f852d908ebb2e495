/// Finds lines in JSON text for error messages, without a position-keeping parser: the dataset
/// parser gives values, this scanner gives where a key or a table's row starts.
enum SourcePosition {
    static func line(ofByteOffset offset: Int, in text: String) -> Int {
        1 + text.utf8.prefix(max(0, offset)).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// The line of the first `"key":` in the text.
    static func line(ofKey key: String, in text: String) -> Int? {
        keyOffset(key, in: Array(text.utf8), from: 0).map { line(ofByteOffset: $0, in: text) }
    }

    /// The line where row `index` (0-based) of table `table` begins, when the text is laid out as
    /// `"table": {… "rows": [ [..], [..] ]}`. Nil when the layout is not found.
    static func line(ofRow index: Int, table: String, in text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard index >= 0, let tableKey = keyOffset(table, in: bytes, from: 0),
              let rowsKey = keyOffset("rows", in: bytes, from: tableKey),
              var position = bytes[rowsKey...].firstIndex(of: UInt8(ascii: "[")) else { return nil }
        position += 1
        var depth = 0, element = 0, inString = false, escaped = false
        var atElementStart = true
        while position < bytes.count {
            let byte = bytes[position]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if depth == 0 && atElementStart && !isSpace(byte) {
                if element == index { return line(ofByteOffset: position, in: text) }
                atElementStart = false
                continue
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if depth == 0 { return nil }
                    depth -= 1
                case UInt8(ascii: ","):
                    if depth == 0 { element += 1; atElementStart = true }
                default: break
                }
            }
            position += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func keyOffset(_ key: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array("\"\(key)\"".utf8)
        var position = start
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], Array(bytes[position..<position + needle.count]) == needle {
                var after = position + needle.count
                while after < bytes.count, isSpace(bytes[after]) { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: ":") { return position }
            }
            position += 1
        }
        return nil
    }
}
