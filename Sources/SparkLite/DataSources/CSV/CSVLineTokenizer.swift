/// Splits one CSV line into fields, the way Spark's univocity settings do when `multiLine` is off:
/// a quoted field may hold delimiters and escaped quotes (`\"`); an unquoted empty field is
/// `nil` (null); whitespace is kept unless the ignore*WhiteSpace options say otherwise.
struct CSVLineTokenizer {
    let options: CSVOptions

    func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String?] {
        var fields: [String?] = []
        let delimiter = options.delimiter
        let count = line.count
        var i = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)

        func atDelimiter(_ at: Int) -> Bool {
            guard at + delimiter.count <= count else { return false }
            for k in 0..<delimiter.count where line[at + k] != delimiter[k] { return false }
            return true
        }

        while true {
            buffer.removeAll(keepingCapacity: true)
            if options.ignoreLeadingWhiteSpace {
                while i < count && (line[i] == 32 || line[i] == 9) && !atDelimiter(i) { i += 1 }
            }
            var quoted = false
            if let quote = options.quote, i < count && line[i] == quote {
                quoted = true
                let fieldStart = i
                i += 1
                while i < count {
                    let ch = line[i]
                    if let escape = options.escape, ch == escape, i + 1 < count,
                       line[i + 1] == quote || (escape != quote && line[i + 1] == escape) {
                        buffer.append(line[i + 1])
                        i += 2
                    } else if ch == quote {
                        i += 1
                        if i < count && !atDelimiter(i) {
                            // A quote inside a quoted value that is not escaped: univocity's
                            // STOP_AT_DELIMITER keeps the raw text of the whole field, quotes included.
                            while i < count && !atDelimiter(i) { i += 1 }
                            buffer = Array(line[fieldStart..<i])
                            quoted = false
                        }
                        break
                    } else {
                        buffer.append(ch)
                        i += 1
                    }
                }
            } else {
                while i < count && !atDelimiter(i) {
                    buffer.append(line[i])
                    i += 1
                }
                if options.ignoreTrailingWhiteSpace {
                    while let last = buffer.last, last == 32 || last == 9 { buffer.removeLast() }
                }
            }
            if !quoted && buffer.isEmpty {
                fields.append(nil)
            } else if quoted && buffer.isEmpty {
                fields.append(options.emptyValue ?? "")
            } else {
                fields.append(String(decoding: buffer, as: UTF8.self))
            }
            if i < count && atDelimiter(i) {
                i += delimiter.count
                continue
            }
            break
        }
        return fields
    }

    /// The fields of a line that needs no unescaping, as byte ranges (a quoted field's range excludes its
    /// quotes), or nil when a field holds an escape character, a quote anywhere but around the whole field, or
    /// nothing between its quotes; or when the delimiter is longer than a byte or whitespace is trimmed. Those
    /// lines go through `fields`. Most lines of machine-written files take this path, which makes no strings.
    /// With `maxFields`, it stops after that many fields (the rest of the line is not read).
    func spans(_ line: UnsafeBufferPointer<UInt8>, into spans: inout [Range<Int>], maxFields: Int = .max) -> Bool {
        guard options.delimiter.count == 1, !options.ignoreLeadingWhiteSpace, !options.ignoreTrailingWhiteSpace else { return false }
        let d = options.delimiter[0]
        // 256 never equals a byte: no quote or no escape character.
        let quote = options.quote.map(UInt16.init) ?? 256, escape = options.escape.map(UInt16.init) ?? 256
        spans.removeAll(keepingCapacity: true)
        var i = 0
        while true {
            if i < line.count && UInt16(line[i]) == quote {
                // A quoted field: its content runs to the next quote, which must end the field.
                let start = i + 1
                var end = start
                while end < line.count && UInt16(line[end]) != quote {
                    if UInt16(line[end]) == escape { return false }
                    end += 1
                }
                guard end < line.count, end > start else { return false }
                spans.append(start..<end)
                i = end + 1
                guard i == line.count || line[i] == d else { return false }
            } else {
                let start = i
                while i < line.count {
                    let b = line[i]
                    if b == d { break }
                    if UInt16(b) == quote || UInt16(b) == escape { return false }
                    i += 1
                }
                spans.append(start..<i)
            }
            if i == line.count || spans.count == maxFields { return true }
            i += 1  // past the delimiter
        }
    }
}
