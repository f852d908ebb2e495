import Foundation

/// The header comments of a fidelity case file (`# data: employees.json`, `# ordered: true`,
/// `# conf: key=value`), read from the leading comment lines of a `.py` or `.sql` case.
public struct CaseHeader: Equatable, Sendable {
    public var data: String?
    public var ordered = false
    public var conf: [String: String] = [:]

    public init(source: String) {
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let body: Substring
            if trimmed.hasPrefix("#") {
                body = trimmed.dropFirst()
            } else if trimmed.hasPrefix("--") {
                body = trimmed.dropFirst(2)
            } else if trimmed.isEmpty {
                continue
            } else {
                break
            }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "data": data = value
            case "ordered": ordered = value.lowercased() == "true"
            case "conf":
                if let eq = value.firstIndex(of: "=") {
                    conf[String(value[..<eq]).trimmingCharacters(in: .whitespaces)] =
                        String(value[value.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
                }
            default: continue
            }
        }
    }
}
