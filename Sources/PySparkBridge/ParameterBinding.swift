/// What a parameter of `solve` receives: parameters bind by name, as DESIGN.md's "Users' files" says.
public enum ParameterBinding: Equatable, Sendable {
    case session
    case sparkContext
    case table(String)
}

/// An error binding `solve`'s parameters to the problem's tables.
public struct ParameterBindingError: Error, Equatable, Sendable, CustomStringConvertible {
    public let parameter: String
    public let tables: [String]

    public var description: String {
        let known = (["spark", "sc"] + tables).map { "'\($0)'" }.joined(separator: ", ")
        return "solve() has a parameter '\(parameter)' that names no table; parameters bind by name to one of: \(known)"
    }
}

/// Binds `solve`'s parameter names: `spark` → the session, `sc` → the SparkContext, any other name → the table
/// with that name (case-sensitive first, then case-insensitive, as table names are in Spark).
public func bindParameters(_ names: [String], tables: [String]) throws(ParameterBindingError) -> [ParameterBinding] {
    try names.map { name throws(ParameterBindingError) in
        switch name {
        case "spark": return .session
        case "sc": return .sparkContext
        default:
            if tables.contains(name) { return .table(name) }
            if let match = tables.first(where: { $0.lowercased() == name.lowercased() }) { return .table(match) }
            throw ParameterBindingError(parameter: name, tables: tables)
        }
    }
}
