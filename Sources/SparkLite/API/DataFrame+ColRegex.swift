import Foundation

extension DataFrame {
    /// `df.colRegex("`(a|b)_id`")`: the columns whose whole name matches the regex between backticks
    /// (case-insensitively, as analysis is), or the named column when the text has no backticks.
    public func colRegex(_ text: String) throws -> Column {
        guard text.count >= 3, text.hasPrefix("`"), text.hasSuffix("`") else { return try column(text) }
        let pattern = String(text.dropFirst().dropLast())
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: "^(?:" + icuPattern(pattern) + ")$", options: [.caseInsensitive, .dotMatchesLineSeparators])
        } catch {
            throw SparkError("INVALID_PARAMETER_VALUE.PATTERN", "The value of parameter(s) `regexp` in `colRegex` is invalid: '\(pattern)'.")
        }
        let matching = plan.output.filter { a in
            let range = NSRange(a.name.startIndex..., in: a.name)
            return regex.firstMatch(in: a.name, range: range) != nil
        }
        return Column(.resolvedStar(matching))
    }
}
