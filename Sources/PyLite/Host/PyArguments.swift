/// The arguments of a call to a native function, and the interpreter making the call (so host code can call
/// Python callables back with `interpreter.call(...)`).
public struct PyArguments {
    public var positional: [PyValue]
    public var keyword: [(name: String, value: PyValue)]
    public let interpreter: PyInterpreter

    public init(positional: [PyValue], keyword: [(name: String, value: PyValue)] = [], interpreter: PyInterpreter) {
        self.positional = positional
        self.keyword = keyword
        self.interpreter = interpreter
    }

    /// The value of a keyword argument, if given.
    public func keyword(_ name: String) -> PyValue? { keyword.first { $0.name == name }?.value }

    /// Binds the arguments to a Python-style signature, raising Python's TypeErrors on mismatch.
    ///
    /// Each entry of `signature` is `"name"` (required), `"name="` (optional), `"*name"` (extra positionals),
    /// `"*"` (the following are keyword-only), or `"**name"` (extra keywords). Example:
    /// `try args.bind("join", ["other", "on=", "how="])`, then `bound["on"]` (nil when not given).
    public func bind(_ function: String, _ signature: [String]) throws -> PyBoundArguments {
        try PyBoundArguments(function: function, signature: signature, arguments: self)
    }

    /// Fails with `TypeError: f() takes no arguments (1 given)` unless the call has no arguments.
    public func expectNone(_ function: String) throws {
        if !positional.isEmpty || !keyword.isEmpty {
            throw PyException.typeError("\(function)() takes no arguments (\(positional.count + keyword.count) given)")
        }
    }
}

/// Arguments bound to names by `PyArguments.bind`.
public struct PyBoundArguments {
    public private(set) var values: [String: PyValue] = [:]
    /// Extra positional arguments collected by a `*name` entry.
    public private(set) var extraPositional: [PyValue] = []
    /// Extra keyword arguments collected by a `**name` entry, in call order.
    public private(set) var extraKeyword: [(name: String, value: PyValue)] = []

    public subscript(_ name: String) -> PyValue? { values[name] }

    init(function: String, signature: [String], arguments: PyArguments) throws {
        var positionalNames: [String] = []
        var keywordOnlyNames: [String] = []
        var required: Set<String> = []
        var starName: String?
        var doubleStarName: String?
        var keywordOnly = false
        for entry in signature {
            if entry == "*" {
                keywordOnly = true
            } else if entry.hasPrefix("**") {
                doubleStarName = String(entry.dropFirst(2))
            } else if entry.hasPrefix("*") {
                starName = String(entry.dropFirst())
                keywordOnly = true
            } else {
                let optional = entry.hasSuffix("=")
                let name = optional ? String(entry.dropLast()) : entry
                if !optional { required.insert(name) }
                if keywordOnly { keywordOnlyNames.append(name) } else { positionalNames.append(name) }
            }
        }
        let positional = arguments.positional
        if positional.count > positionalNames.count {
            if starName != nil {
                extraPositional = Array(positional[positionalNames.count...])
            } else {
                let requiredCount = positionalNames.filter { required.contains($0) }.count
                let takes = requiredCount == positionalNames.count
                    ? "\(positionalNames.count)" : "from \(requiredCount) to \(positionalNames.count)"
                let plural = positionalNames.count == 1 && requiredCount == 1 ? "argument" : "arguments"
                let was = positional.count == 1 ? "was" : "were"
                throw PyException.typeError(
                    "\(function)() takes \(takes) positional \(plural) but \(positional.count) \(was) given")
            }
        }
        for (name, value) in zip(positionalNames, positional) { values[name] = value }
        for (name, value) in arguments.keyword {
            if positionalNames.contains(name) || keywordOnlyNames.contains(name) {
                if values[name] != nil {
                    throw PyException.typeError("\(function)() got multiple values for argument '\(name)'")
                }
                values[name] = value
            } else if doubleStarName != nil {
                extraKeyword.append((name, value))
            } else {
                throw PyException.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
        }
        let missingPositional = positionalNames.filter { required.contains($0) && values[$0] == nil }
        if !missingPositional.isEmpty {
            throw PyException.typeError(PyBoundArguments.missingMessage(function, missingPositional, "positional"))
        }
        let missingKeyword = keywordOnlyNames.filter { required.contains($0) && values[$0] == nil }
        if !missingKeyword.isEmpty {
            throw PyException.typeError(PyBoundArguments.missingMessage(function, missingKeyword, "keyword-only"))
        }
    }

    static func missingMessage(_ function: String, _ names: [String], _ kind: String) -> String {
        let quoted = names.map { "'\($0)'" }
        let list: String
        if quoted.count == 1 {
            list = quoted[0]
        } else if quoted.count == 2 {
            list = "\(quoted[0]) and \(quoted[1])"
        } else {
            list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return "\(function)() missing \(names.count) required \(kind) \(plural): \(list)"
    }
}
