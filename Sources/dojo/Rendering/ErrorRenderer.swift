import Practice
import PySparkBridge

/// An error in the user's code: its class and message, and the line of the file with a caret.
enum ErrorRenderer {
    static func render(_ error: SolutionError, file: SolutionFile?, style: TextStyle) -> String {
        var lines: [String] = []
        let heading = error.errorClass.uppercased() == error.errorClass || error.errorClass.contains(".")
            ? "[\(error.errorClass)] \(error.message)" : "\(error.errorClass): \(error.message)"
        lines.append("  " + style.red(heading))
        if let line = error.line {
            let name = file?.path ?? "solution"
            lines.append("  --> \(name):\(line)" + (error.column.map { ":\($0)" } ?? ""))
            let sourceLine = error.sourceLine ?? file.flatMap { file in
                let all = file.source.split(separator: "\n", omittingEmptySubsequences: false)
                return line >= 1 && line <= all.count ? String(all[line - 1]) : nil
            }
            if let sourceLine {
                let number = String(line)
                lines.append("  " + String(repeating: " ", count: number.count) + " |")
                lines.append("  \(number) | \(sourceLine)")
                if let column = error.column, column >= 1 {
                    lines.append("  " + String(repeating: " ", count: number.count) + " | "
                        + String(repeating: " ", count: column - 1) + style.red("^"))
                }
            }
        }
        if !error.printed.isEmpty {
            lines.append(style.dim("  printed before the error:"))
            lines += error.printed.split(separator: "\n").prefix(20).map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
