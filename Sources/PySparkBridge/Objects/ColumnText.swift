import SparkLite

/// How PySpark 4 prints a Column (`repr(col)`, `str(col)`): the text of Spark's column node, operators
/// written as functions of their operands (`+(salary, 1)`, `and(>(a, 1), <(b, 2))`), string literals quoted.
enum ColumnText {
    static func text(_ e: Expression) -> String {
        func list(_ items: [Expression]) -> String { items.map(text).joined(separator: ", ") }
        switch e {
        case .unresolvedAttribute(let parts): return parts.joined(separator: ".")
        case .attribute(let a): return a.name
        case .star(let qualifier): return (qualifier.map { $0.joined(separator: ".") + "." } ?? "") + "*"
        case .literal(.null, _): return "NULL"
        case .literal(.string(let s), _): return "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'"
        case .alias(let child, let name, _): return "\(text(child)) AS \(name)"
        case .arithmetic(let op, let l, let r, _): return "\(op.rawValue)(\(text(l)), \(text(r)))"
        case .comparison(let op, let l, let r): return "\(op.rawValue)(\(text(l)), \(text(r)))"
        case .and(let l, let r): return "and(\(text(l)), \(text(r)))"
        case .or(let l, let r): return "or(\(text(l)), \(text(r)))"
        case .not(let c): return "!(\(text(c)))"
        case .isNull(let c): return "isNull(\(text(c)))"
        case .isNotNull(let c): return "isNotNull(\(text(c)))"
        case .inList(let v, let values): return "in(\(list([v] + values)))"
        case .caseWhen(let branches, let elseValue):
            let whens = branches.map { " WHEN \(text($0.condition)) THEN \(text($0.value))" }.joined()
            return "CASE" + whens + (elseValue.map { " ELSE \(text($0))" } ?? "") + " END"
        case .cast(let c, let type, _): return "CAST(\(text(c)) AS \(type.sqlName))"
        case .sortOrder(let o):
            return "\(text(o.child)) \(o.ascending ? "ASC" : "DESC") NULLS \(o.nullsFirst ? "FIRST" : "LAST")"
        case .unresolvedFunction(let name, let args, let distinct):
            return "\(name)(\(distinct ? "DISTINCT " : "")\(list(args)))"
        case .unresolvedExtractValue(let c, let key): return "\(text(c))[\(text(key))]"
        default: return e.prettyName
        }
    }
}
