/// Reads typed fields out of one source file's `SourceNode` tree, collecting diagnostics with
/// positions instead of stopping at the first problem.
struct SourceFileReader {
    /// Relative path used in diagnostics.
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(path: path, at: location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(path: path, at: location, message, severity: .warning))
    }

    /// Reports keys of a mapping that are not in `known`, suggesting the closest known key.
    mutating func checkKeys(_ node: SourceNode, known: [String], what: String) {
        guard case .mapping(let pairs, _) = node else { return }
        for pair in pairs where !known.contains(pair.key) {
            error(pair.keyAt, "unknown \(what) '\(pair.key)'" + Self.suggestion(for: pair.key, among: known))
        }
    }

    /// Location of a key inside a mapping (for messages about the key itself).
    func keyLocation(_ node: SourceNode, _ key: String) -> SourceLocation {
        if case .mapping(let pairs, _) = node, let pair = pairs.first(where: { $0.key == key }) { return pair.keyAt }
        return node.location
    }

    mutating func mapping(_ node: SourceNode, what: String) -> [(key: String, keyAt: SourceLocation, value: SourceNode)]? {
        guard case .mapping(let pairs, _) = node else {
            error(node.location, "\(what) must be a mapping")
            return nil
        }
        return pairs
    }

    mutating func sequence(_ node: SourceNode, what: String) -> [SourceNode]? {
        guard case .sequence(let items, _) = node else {
            error(node.location, "\(what) must be a list")
            return nil
        }
        return items
    }

    mutating func requiredNode(_ parent: SourceNode, _ key: String) -> SourceNode? {
        if let node = parent[key] { return node }
        error(parent.location, "missing required key '\(key)'")
        return nil
    }

    /// A non-empty string (any scalar's text counts, so `title: 42` is the title "42").
    mutating func string(_ parent: SourceNode, _ key: String, required: Bool) -> String? {
        guard let node = required ? requiredNode(parent, key) : parent[key] else { return nil }
        guard case .scalar(let text, let plain, _) = node else {
            error(node.location, "'\(key)' must be text")
            return nil
        }
        if plain && SourceNode.resolvePlain(text) == .null || text.isEmpty {
            if required { error(node.location, "'\(key)' must not be empty") }
            return nil
        }
        return text
    }

    mutating func bool(_ parent: SourceNode, _ key: String) -> Bool? {
        guard let node = parent[key] else { return nil }
        guard case .bool(let value)? = node.scalarValue else {
            error(node.location, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    mutating func int(_ parent: SourceNode, _ key: String, required: Bool = false, minimum: Int64? = nil) -> Int64? {
        guard let node = required ? requiredNode(parent, key) : parent[key] else { return nil }
        guard case .int(let value)? = node.scalarValue else {
            error(node.location, "'\(key)' must be an integer")
            return nil
        }
        if let minimum, value < minimum {
            error(node.location, "'\(key)' must be at least \(minimum)")
            return nil
        }
        return value
    }

    mutating func number(_ parent: SourceNode, _ key: String, required: Bool = false) -> Double? {
        guard let node = required ? requiredNode(parent, key) : parent[key] else { return nil }
        guard let value = node.scalarValue?.numberValue, value.isFinite else {
            error(node.location, "'\(key)' must be a number")
            return nil
        }
        return value
    }

    mutating func stringList(_ parent: SourceNode, _ key: String, required: Bool) -> [String]? {
        guard let node = required ? requiredNode(parent, key) : parent[key] else { return nil }
        guard let items = sequence(node, what: "'\(key)'") else { return nil }
        var result: [String] = []
        for item in items {
            guard case .scalar(let text, _, _) = item, !text.isEmpty else {
                error(item.location, "every item of '\(key)' must be non-empty text")
                continue
            }
            result.append(text)
        }
        return result
    }

    static func suggestion(for word: String, among candidates: [String]) -> String {
        let best = candidates.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, word.count / 3) else { return " (expected one of: \(candidates.joined(separator: ", ")))" }
        return "; did you mean '\(best.0)'?"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
