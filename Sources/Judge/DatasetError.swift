/// A dataset file or a test's data that cannot be turned into tables, with where the problem is.
public struct DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or `bank`) the data came from.
    public var path: String
    /// 1-based line in the file, when known.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, as compilers print it.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
