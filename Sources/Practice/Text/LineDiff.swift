/// A line diff of two files, for `dojo history PROBLEM --diff N M`.
public enum LineDiff {
    public enum Line: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The longest-common-subsequence diff of the lines of `old` and `new`.
    public static func lines(_ old: String, _ new: String) -> [Line] {
        let left = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let right = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in stride(from: left.count - 1, through: 0, by: -1) {
            for j in stride(from: right.count - 1, through: 0, by: -1) {
                table[i][j] = left[i] == right[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if i < left.count, j < right.count, left[i] == right[j] {
                result.append(.same(left[i]))
                i += 1
                j += 1
            } else if i < left.count, j == right.count || table[i + 1][j] >= table[i][j + 1] {
                result.append(.removed(left[i]))
                i += 1
            } else {
                result.append(.added(right[j]))
                j += 1
            }
        }
        return result
    }

    /// `-`/`+`/` ` prefixed lines with a header, coloured when `style` allows.
    public static func render(_ old: String, _ new: String, oldName: String, newName: String, style: TextStyle) -> String {
        var output = [style.red("--- \(oldName)"), style.green("+++ \(newName)")]
        for line in lines(old, new) {
            switch line {
            case .same(let text): output.append("  " + text)
            case .removed(let text): output.append(style.red("- " + text))
            case .added(let text): output.append(style.green("+ " + text))
            }
        }
        return output.joined(separator: "\n")
    }
}
