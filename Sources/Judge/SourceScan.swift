/// Finds method calls in a Python solution's text (outside comments and strings), for rules a
/// plan cannot show, such as collecting rows to the driver.
enum SourceScan {
    /// `line N: <the line>` for each call of one of the methods (`.collect(`).
    static func calls(_ methods: [String], in source: String) -> [String] {
        var found: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = codePart(of: String(line))
            for method in methods where containsCall(code, method) {
                found.append("line \(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
                break
            }
        }
        return found
    }

    private static func containsCall(_ code: String, _ method: String) -> Bool {
        var rest = Substring(code)
        while let range = rest.range(of: "." + method) {
            let after = rest[range.upperBound...].drop { $0 == " " }
            if after.first == "(" { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// The line with string literals blanked and any comment removed.
    private static func codePart(of line: String) -> String {
        var result = ""
        var quote: Character?
        var escaped = false
        for character in line {
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == open { quote = nil }
                result.append(" ")
                continue
            }
            if character == "#" { break }
            if character == "\"" || character == "'" { quote = character }
            result.append(character)
        }
        return result
    }
}
