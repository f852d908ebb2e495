extension Expression {
    /// Spark's `semanticEquals`: two deterministic expressions that compute the same thing, written the same
    /// way up to the order of the operands of commutative operators (`a = b` and `b = a`, `x AND y` and
    /// `y AND x`) and the direction of an ordering comparison (`a < b` and `b > a`). Subqueries never
    /// compare equal: their explain text does not show their plans.
    func semanticallyEquals(_ other: Expression) -> Bool {
        deterministic && other.deterministic && !containsSubquery && !other.containsSubquery
            && canonicalText == other.canonicalText
    }

    /// The explain text of Spark's canonical form: commutative operands in a fixed order, `>`/`>=` as
    /// `<`/`<=` with the operands swapped.
    private var canonicalText: String {
        func commutative(_ op: String, _ a: Expression, _ b: Expression) -> String {
            let (x, y) = (a.canonicalText, b.canonicalText)
            return x <= y ? "(\(x) \(op) \(y))" : "(\(y) \(op) \(x))"
        }
        switch self {
        case .and(let a, let b): return commutative("AND", a, b)
        case .or(let a, let b): return commutative("OR", a, b)
        case .not(let a): return "NOT \(a.canonicalText)"
        case .comparison(let op, let a, let b):
            switch op {
            case .equal, .equalNullSafe: return commutative(op.rawValue, a, b)
            case .greaterThan: return "(\(b.canonicalText) < \(a.canonicalText))"
            case .greaterThanOrEqual: return "(\(b.canonicalText) <= \(a.canonicalText))"
            default: return "(\(a.canonicalText) \(op.rawValue) \(b.canonicalText))"
            }
        case .arithmetic(let op, let a, let b, let mode) where op == .add || op == .multiply:
            return commutative("\(op.rawValue)\(mode)", a, b)
        case .isNull(let a): return "isnull(\(a.canonicalText))"
        case .isNotNull(let a): return "isnotnull(\(a.canonicalText))"
        default: return explainString
        }
    }
}
