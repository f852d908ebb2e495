/// `get_json_object`'s path language (Hive's): `$`, `.name`, `['name']`, `[index]` and the wildcard `[*]`,
/// evaluated the way Spark's `GetJsonObjectEvaluator` writes its matches.
///
/// A path without wildcards yields the one value it reaches, a string without its quotes. A wildcard
/// collects the matches of the rest of the path in each array element: one match is written alone, more
/// as a JSON array, and inside a wildcard strings keep their quotes (`$.a[*].b` gives `"x"`). An index
/// followed by a wildcard always writes an array (`$.a[1][*]` gives `[3]`), and two wildcards in a row
/// flatten nested arrays into one (`$.a[*][*]` of `[[1,2],[3]]` gives `[1,2,3]`). A key whose value is
/// JSON null does not match.
enum JSONPath {
    enum Step: Equatable {
        case key(String)
        case index(Int)
        case wildcard
    }

    /// How matched values are written: raw at the top (strings unquoted), quoted inside a wildcard,
    /// flattened (arrays spliced into the enclosing one) under a double wildcard.
    private enum Style { case raw, quoted, flatten }

    /// The text `get_json_object` returns, or nil when nothing matches or the path is not valid.
    static func evaluate(_ root: JSON, path: String) -> String? {
        guard let steps = parse(path) else { return nil }
        var out: [String] = []
        guard write(root, steps[...], .raw, into: &out) else { return nil }
        return out.joined(separator: " ")
    }

    static func parse(_ path: String) -> [Step]? {
        var p = Substring(path)
        guard p.first == "$" else { return nil }
        p = p.dropFirst()
        var steps: [Step] = []
        while !p.isEmpty {
            if p.first == "." {
                p = p.dropFirst()
                let name = p.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty else { return nil }
                p = p.dropFirst(name.count)
                steps.append(name == "*" ? .wildcard : .key(String(name)))
            } else if p.first == "[" {
                guard let close = p.firstIndex(of: "]") else { return nil }
                let inside = p[p.index(after: p.startIndex)..<close]
                p = p[p.index(after: close)...]
                if inside.hasPrefix("'") && inside.hasSuffix("'") && inside.count >= 2 {
                    steps.append(.key(String(inside.dropFirst().dropLast())))
                } else if inside == "*" {
                    steps.append(.wildcard)
                } else if let index = Int(inside), index >= 0 {
                    steps.append(.index(index))
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        return steps
    }

    /// Writes what `steps` match in `node` to `out`; true when something matched.
    private static func write(_ node: JSON, _ steps: ArraySlice<Step>, _ style: Style, into out: inout [String]) -> Bool {
        guard let step = steps.first else {
            switch (node, style) {
            case (.array(let items), .flatten):
                var matched = false
                for item in items { matched = write(item, [], .flatten, into: &out) || matched }
                return matched
            case (.string(let s), .raw):
                out.append(s)
            default:
                out.append(node.serialized)
            }
            return true
        }
        let rest = steps.dropFirst()
        switch (step, node) {
        case (.key(let name), .object(let members)):
            guard let value = members.first(where: { $0.0 == name })?.1, value != .null else { return false }
            return write(value, rest, style, into: &out)
        case (.index(let i), .array(let items)):
            guard i < items.count else { return false }
            return write(items[i], rest, rest.first == .wildcard ? .quoted : style, into: &out)
        case (.wildcard, .array(let items)):
            var buffer: [String] = []
            if rest.first == .wildcard {
                var matched = false
                for item in items { matched = write(item, rest.dropFirst(), .flatten, into: &buffer) || matched }
                out.append("[" + buffer.joined(separator: ",") + "]")
                return matched
            }
            if style == .quoted {
                var matched = false
                for item in items { matched = write(item, rest, .quoted, into: &buffer) || matched }
                out.append("[" + buffer.joined(separator: ",") + "]")
                return matched
            }
            var matches = 0
            for item in items where write(item, rest, style == .raw ? .quoted : .flatten, into: &buffer) { matches += 1 }
            if matches > 1 {
                out.append("[" + buffer.joined(separator: ",") + "]")
            } else if matches == 1 {
                out.append(buffer.joined(separator: ","))
            }
            return matches > 0
        default:
            return false
        }
    }
}
