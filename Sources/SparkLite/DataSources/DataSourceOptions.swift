/// Options of `spark.read` / `df.write` (`option("header", True)`): keys are case-insensitive, values
/// are strings, as in Spark's `CaseInsensitiveMap`.
public struct DataSourceOptions: Sendable, Equatable {
    private var values: [String: String] = [:]

    public init(_ options: [String: String] = [:]) {
        for (k, v) in options { self[k] = v }
    }

    public subscript(key: String) -> String? {
        get { values[key.lowercased()] }
        set { values[key.lowercased()] = newValue }
    }

    public mutating func merge(_ other: DataSourceOptions) {
        values.merge(other.values) { $1 }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// `true`/`false` in any case; anything else is an error naming the option.
    func bool(_ key: String, default fallback: Bool) throws(SparkError) -> Bool {
        guard let raw = self[key] else { return fallback }
        switch raw.lowercased() {
        case "true": return true
        case "false": return false
        default: throw SparkError("INVALID_OPTION_VALUE", "The value of option '\(key)' must be true or false, got '\(raw)'.")
        }
    }

    /// A single-character option such as `sep` or `quote`; `\t` and `\u0001`-style escapes are accepted.
    func character(_ key: String, default fallback: Character?) throws(SparkError) -> Character? {
        guard let raw = self[key] else { return fallback }
        switch raw {
        case "": return nil
        case "\\t": return "\t"
        case "\\n": return "\n"
        case "\\\\": return "\\"
        default:
            if raw.count == 1 { return raw.first }
            if raw.hasPrefix("\\u"), raw.count == 6, let code = UInt32(raw.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                return Character(scalar)
            }
            throw SparkError("INVALID_OPTION_VALUE", "Option '\(key)' must be a single character, got '\(raw)'.")
        }
    }
}
