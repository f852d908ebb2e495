import Foundation

/// ANSI styling that is on only for a terminal and never with `NO_COLOR`.
public struct TextStyle: Sendable, Equatable {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    /// Colours when standard output is a terminal and `NO_COLOR` is unset or empty.
    public static func forStandardOutput(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TextStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colors: isatty(STDOUT_FILENO) == 1 && !noColor)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// Heatmap shade 0…4 in greens (256-colour palette).
    public func shade(_ text: String, level: Int) -> String {
        let codes = ["38;5;240", "38;5;22", "38;5;28", "38;5;34", "38;5;46"]
        return wrap(text, codes[min(max(level, 0), codes.count - 1)])
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
