/// One problem found in a bank source, rendered as `path:line:column: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// The file, relative to the directory that holds `Problems/` (e.g. `Problems/x/tests.yaml`).
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(path: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    init(path: String, at location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.init(path: path, line: location.line, column: location.column, message: message, severity: severity)
    }

    public var description: String {
        severity == .error ? "\(path):\(line):\(column): \(message)" : "\(path):\(line):\(column): warning: \(message)"
    }
}
