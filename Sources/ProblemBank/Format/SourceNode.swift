import Foundation
import Yams

/// A position in a source file: 1-based line and column.
public struct SourceLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A YAML node of a bank source with its position, decoupled from Yams so it can cross threads.
///
/// Plain scalars are resolved with the YAML 1.2 core schema (the oracle's Python loader does the
/// same): `null`/`~`/empty, `true`/`false`, decimal integers, decimal floats and `.inf`/`.nan`;
/// everything else, and every quoted or block scalar, is a string. So `NO`, `yes` and `2025-01-01`
/// stay strings.
indirect enum SourceNode: Sendable {
    case scalar(text: String, plain: Bool, at: SourceLocation)
    case sequence([SourceNode], at: SourceLocation)
    case mapping([(key: String, keyAt: SourceLocation, value: SourceNode)], at: SourceLocation)

    var location: SourceLocation {
        switch self {
        case .scalar(_, _, let at), .sequence(_, let at), .mapping(_, let at): at
        }
    }

    /// The value of `key` when this node is a mapping.
    subscript(key: String) -> SourceNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    var keys: [String] {
        guard case .mapping(let pairs, _) = self else { return [] }
        return pairs.map(\.key)
    }

    /// The resolved scalar value, or `nil` for collections.
    var scalarValue: JSONValue? {
        guard case .scalar(let text, let plain, _) = self else { return nil }
        return plain ? SourceNode.resolvePlain(text) : .string(text)
    }

    /// The node as a JSON value: mappings become objects, sequences arrays.
    var jsonValue: JSONValue {
        switch self {
        case .scalar(let text, let plain, _): plain ? SourceNode.resolvePlain(text) : .string(text)
        case .sequence(let items, _): .array(items.map(\.jsonValue))
        case .mapping(let pairs, _): .object(pairs.map { ($0.key, $0.value.jsonValue) })
        }
    }

    static func resolvePlain(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if isDecimalInteger(text) {
            if let value = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(value) }
            return .string(text)
        }
        if isDecimalFloat(text), let value = Double(text) { return .double(value) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`
    static func isDecimalInteger(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isDecimalFloat(_ text: String) -> Bool {
        var chars = Array(text.unicodeScalars)
        if let first = chars.first, first == "-" || first == "+" { chars.removeFirst() }
        var index = 0
        func digits() -> Int {
            let start = index
            while index < chars.count, ("0"..."9").contains(chars[index]) { index += 1 }
            return index - start
        }
        let whole = digits()
        var fraction = 0
        if index < chars.count, chars[index] == "." {
            index += 1
            fraction = digits()
        } else if whole == 0 {
            return false
        }
        if whole == 0 && fraction == 0 { return false }
        if index < chars.count, chars[index] == "e" || chars[index] == "E" {
            index += 1
            if index < chars.count, chars[index] == "-" || chars[index] == "+" { index += 1 }
            if digits() == 0 { return false }
        }
        return index == chars.count
    }
}

/// A YAML file that could not be parsed at all.
struct SourceSyntaxError: Error {
    let message: String
    let location: SourceLocation
}

extension SourceNode {
    /// Parses a YAML document into a `SourceNode` tree. An empty document is an empty mapping.
    static func parse(yaml: String) throws(SourceSyntaxError) -> SourceNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw SourceNode.syntaxError(from: error)
        } catch {
            throw SourceSyntaxError(message: "\(error)", location: SourceLocation(line: 1, column: 1))
        }
        guard let root else { return .mapping([], at: SourceLocation(line: 1, column: 1)) }
        return try convert(root)
    }

    private static func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node) throws(SourceSyntaxError) -> SourceNode {
        switch node {
        case .scalar(let scalar):
            return .scalar(text: scalar.string, plain: scalar.style == .plain || scalar.style == .any,
                           at: location(scalar.mark))
        case .sequence(let sequence):
            var items: [SourceNode] = []
            for item in sequence { items.append(try convert(item)) }
            return .sequence(items, at: location(sequence.mark))
        case .mapping(let mapping):
            var pairs: [(key: String, keyAt: SourceLocation, value: SourceNode)] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw SourceSyntaxError(message: "mapping keys must be plain text", location: location(key.mark))
                }
                let keyAt = location(keyScalar.mark)
                if pairs.contains(where: { $0.key == keyScalar.string }) {
                    throw SourceSyntaxError(message: "duplicate key '\(keyScalar.string)'", location: keyAt)
                }
                pairs.append((keyScalar.string, keyAt, try convert(value)))
            }
            return .mapping(pairs, at: location(mapping.mark))
        case .alias(let alias):
            throw SourceSyntaxError(message: "YAML aliases are not supported in bank sources",
                                    location: location(alias.mark))
        }
    }

    private static func syntaxError(from error: YamlError) -> SourceSyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return SourceSyntaxError(message: "YAML syntax error: \(text)", location: location(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return SourceSyntaxError(message: "duplicate key '\(duplicates.joined(separator: "', '"))'",
                                     location: location(context.mark))
        default:
            return SourceSyntaxError(message: "YAML error: \(error)", location: SourceLocation(line: 1, column: 1))
        }
    }
}
