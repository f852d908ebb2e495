/// One frame of a Python traceback: the function's name (`<module>` for top-level code) and the line.
public struct PyTracebackEntry: Sendable, Equatable {
    public var function: String
    public var line: Int
    public init(function: String, line: Int) {
        self.function = function
        self.line = line
    }
}

/// Why a run of Python code ended without a result.
///
/// Everything the interpreter throws from `run` and `call` is a `PyError`. A Swift error thrown by host code is
/// carried through unchanged in `hostError`, with the position of the innermost user expression being evaluated.
/// Host code may also throw a `PyError` itself (for example `PyError.timeLimit(...)` when its own work runs out of
/// time); such limit errors cannot be caught by Python `try`/`except` and end the run.
public struct PyError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// `SyntaxError` or `IndentationError` found before anything ran.
        case syntaxError
        /// An uncaught Python exception (`NameError`, `TypeError`, an exception raised by the user or by host code
        /// with `PyException`).
        case exception
        /// A non-Python Swift error thrown by host code; see `hostError`.
        case hostError
        /// The wall-clock or step budget ran out (`TIME_LIMIT`).
        case timeLimit
        /// A string, collection or output grew past its cap (`MEMORY_LIMIT`).
        case memoryLimit
        /// The program tried to reach the machine or to introspect the interpreter (`SANDBOX`).
        case sandbox
        /// A real Python feature the embedded engine does not have (`UNSUPPORTED`).
        case unsupported
    }

    public var kind: Kind
    /// The Python exception class name for `.syntaxError` and `.exception`; the host error's Swift type name for
    /// `.hostError`; `TIME_LIMIT`, `MEMORY_LIMIT`, `SANDBOX` or `UNSUPPORTED` otherwise.
    public var typeName: String
    public var message: String
    public var filename: String
    /// Line and column (1-based) in the user's file of the innermost expression or statement involved.
    public var position: SourcePosition?
    /// The text of the line at `position`, when known.
    public var sourceLine: String?
    /// Outermost call first, innermost last.
    public var traceback: [PyTracebackEntry]
    /// The Swift error thrown by host code, unchanged.
    public var hostError: (any Error)?
    /// The Python exception object, kept so a host callback can re-raise it into Python unchanged.
    var raised: PyRaised?

    public init(
        kind: Kind, typeName: String, message: String, filename: String = "", position: SourcePosition? = nil,
        sourceLine: String? = nil, traceback: [PyTracebackEntry] = [], hostError: (any Error)? = nil
    ) {
        self.kind = kind
        self.typeName = typeName
        self.message = message
        self.filename = filename
        self.position = position
        self.sourceLine = sourceLine
        self.traceback = traceback
        self.hostError = hostError
    }

    /// A time-limit error host code can throw from its own work; it propagates like the interpreter's own.
    public static func timeLimit(_ message: String) -> PyError {
        PyError(kind: .timeLimit, typeName: "TIME_LIMIT", message: message)
    }

    /// A memory-limit error host code can throw from its own work; it propagates like the interpreter's own.
    public static func memoryLimit(_ message: String) -> PyError {
        PyError(kind: .memoryLimit, typeName: "MEMORY_LIMIT", message: message)
    }

    /// A sandbox refusal host code can throw (for example a file reader refused during judging).
    public static func sandbox(_ message: String) -> PyError {
        PyError(kind: .sandbox, typeName: "SANDBOX", message: message)
    }

    /// A refusal of a construct the engine does not support.
    public static func unsupported(_ message: String) -> PyError {
        PyError(kind: .unsupported, typeName: "UNSUPPORTED", message: message)
    }

    /// The error's class as the command line reports it: the Python exception name, or `TIME_LIMIT`,
    /// `MEMORY_LIMIT`, `SANDBOX`, `UNSUPPORTED`.
    public var errorClass: String { typeName }

    /// True for errors that end a run regardless of Python `try`/`except` (limits, sandbox, unsupported).
    public var isUncatchable: Bool {
        switch kind {
        case .timeLimit, .memoryLimit, .sandbox, .unsupported: return true
        case .syntaxError, .exception, .hostError: return false
        }
    }

    /// The final line Python prints for an uncaught exception, e.g. `NameError: name 'x' is not defined`.
    public var summary: String { message.isEmpty ? typeName : "\(typeName): \(message)" }

    /// A Python-style report: a traceback or a SyntaxError with a caret under the offending column.
    public var description: String {
        var text = ""
        switch kind {
        case .syntaxError:
            text += "  File \"\(filename)\", line \(position?.line ?? 0)\n"
            if let sourceLine, let position {
                let trimmed = sourceLine.drop(while: { $0 == " " || $0 == "\t" })
                let removed = sourceLine.count - trimmed.count
                text += "    \(trimmed)\n"
                let caretColumn = max(1, position.column - removed)
                text += "    " + String(repeating: " ", count: caretColumn - 1) + "^\n"
            }
            text += summary
            return text
        default:
            if !traceback.isEmpty {
                text += "Traceback (most recent call last):\n"
                for entry in traceback {
                    text += "  File \"\(filename)\", line \(entry.line), in \(entry.function)\n"
                }
            } else if let position {
                text += "  File \"\(filename)\", line \(position.line)\n"
            }
            text += summary
            if let position, kind != .exception {
                text += " (line \(position.line), column \(position.column))"
            }
            return text
        }
    }
}
