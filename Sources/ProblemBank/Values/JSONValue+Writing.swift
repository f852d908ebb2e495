import Foundation

extension JSONValue {
    /// Compact JSON text. Object keys keep their order; doubles are written so they read back as
    /// doubles (`1.0`), and NaN and the infinities as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`
    /// of the project's dataset format.
    public var jsonText: String {
        var out = ""
        write(to: &out, canonical: false)
        return out
    }

    /// The canonical JSON text hashed for staleness checks, identical to the oracle's
    /// `canonical_json` in Python: object keys sorted by code point, no spaces, non-ASCII kept as is,
    /// doubles as C's `%.17g`.
    public var canonicalText: String {
        var out = ""
        write(to: &out, canonical: true)
        return out
    }

    private func write(to out: inout String, canonical: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if canonical {
                out += "\"" + String(format: "%.17g", d) + "\""
            } else if d.isNaN {
                out += "\"NaN\""
            } else if d.isInfinite {
                out += d > 0 ? "\"Infinity\"" : "\"-Infinity\""
            } else {
                out += "\(d)"
            }
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out, canonical: canonical)
            }
            out += "]"
        case .object(let pairs):
            let ordered = canonical
                ? pairs.sorted { Array($0.key.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.key.unicodeScalars.map(\.value)) }
                : pairs
            out += "{"
            for (index, pair) in ordered.enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(pair.key, to: &out)
                out += ":"
                pair.value.write(to: &out, canonical: canonical)
            }
            out += "}"
        }
    }

    /// Escapes like Python's `json.dumps(..., ensure_ascii=False)`.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
