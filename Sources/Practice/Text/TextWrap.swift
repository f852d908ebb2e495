import Foundation

/// Word wrapping for an 80-column terminal.
public enum TextWrap {
    /// Reflows and wraps `text` to `width` columns, prefixing every line with `indent`.
    ///
    /// Lines of a paragraph are joined (Markdown sources break lines anywhere); blank lines,
    /// list items (`-`, `*`, `1.`, `a)`), table rows and indented lines (code) start a new line, and
    /// indented lines and fenced code are kept as they are.
    public static func wrap(_ text: String, width: Int = 80, indent: String = "") -> String {
        var output: [String] = []
        var paragraph = ""
        var inFence = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            output.append(contentsOf: wrapParagraph(paragraph, width: width, indent: indent))
            paragraph = ""
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                flush()
                inFence.toggle()
                output.append(indent + line)
                continue
            }
            if inFence || line.hasPrefix(" ") || line.hasPrefix("\t") {
                flush()
                output.append(indent + line)
                continue
            }
            if trimmed.isEmpty {
                flush()
                output.append("")
                continue
            }
            if startsBlock(trimmed) { flush() }
            paragraph += paragraph.isEmpty ? trimmed : " " + trimmed
        }
        flush()
        while output.last == "" { output.removeLast() }
        return output.joined(separator: "\n")
    }

    static func startsBlock(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("|") || line.hasPrefix("#") { return true }
        let head = line.prefix(while: { $0.isNumber || $0.isLetter })
        guard !head.isEmpty, head.count <= 3 else { return false }
        let rest = line.dropFirst(head.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    static func wrapParagraph(_ paragraph: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in paragraph.split(separator: " ") {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines
    }

    /// `text` cut or padded to exactly `width` characters.
    public static func pad(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(max(0, width - 1))) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }
}
