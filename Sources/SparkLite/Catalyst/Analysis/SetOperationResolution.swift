/// Column matching and type widening for UNION, INTERSECT and EXCEPT.
enum SetOperationResolution {
    static func union(_ children: [LogicalPlan], byName: Bool, allowMissing: Bool) throws -> LogicalPlan {
        guard let first = children.first else { return .union(children, byName: false, allowMissingColumns: false) }
        var inputs = children
        if byName {
            let names = first.output.map(\.name)
            inputs = try children.map { child in
                if child.output.map({ $0.name.lowercased() }) == names.map({ $0.lowercased() }) { return child }
                var list: [Expression] = []
                for (i, name) in names.enumerated() {
                    if let a = child.output.first(where: { $0.name.lowercased() == name.lowercased() }) {
                        list.append(.attribute(a))
                    } else if allowMissing {
                        list.append(.alias(.literal(.null, first.output[i].dataType), name: name, exprId: .next()))
                    } else {
                        throw SparkError("NUM_COLUMNS_MISMATCH", "UNION can only be performed on inputs with the same number of columns, but the first input has \(names.count) columns and the second input has \(child.output.count) columns.")
                    }
                }
                return .project(list, child)
            }
        }
        var result = inputs[0]
        for other in inputs.dropFirst() {
            guard other.output.count == result.output.count else {
                throw SparkError("NUM_COLUMNS_MISMATCH", "UNION can only be performed on inputs with the same number of columns, but the first input has \(result.output.count) columns and the second input has \(other.output.count) columns.")
            }
            result = try coerce(result, other, operation: "UNION").0
        }
        let widened = try inputs.map { try coerceTo(first: result, $0) }
        return .union(widened, byName: false, allowMissingColumns: false)
    }

    /// Widens both sides' columns to common types.
    static func coerce(_ l: LogicalPlan, _ r: LogicalPlan, operation: String) throws -> (LogicalPlan, LogicalPlan) {
        guard l.output.count == r.output.count else {
            throw SparkError("NUM_COLUMNS_MISMATCH", "\(operation) can only be performed on inputs with the same number of columns, but the first input has \(l.output.count) columns and the second input has \(r.output.count) columns.")
        }
        var types: [DataType] = []
        for (i, (a, b)) in zip(l.output, r.output).enumerated() {
            guard let t = TypeCoercion.widerType(a.dataType, b.dataType) else {
                throw SparkError("INCOMPATIBLE_COLUMN_TYPE", "\(operation) can only be performed on tables with compatible column types. The \(ordinal(i + 1)) column of the second table is \"\(b.dataType.sqlName)\" type which is not compatible with \"\(a.dataType.sqlName)\" at the same column of the first table.")
            }
            types.append(t)
        }
        return (castTo(l, types), castTo(r, types))
    }

    static func coerceTo(first: LogicalPlan, _ p: LogicalPlan) throws -> LogicalPlan {
        castTo(p, first.output.map(\.dataType))
    }

    static func castTo(_ p: LogicalPlan, _ types: [DataType]) -> LogicalPlan {
        if zip(p.output, types).allSatisfy({ $0.dataType == $1 }) { return p }
        let list: [Expression] = zip(p.output, types).map { a, t in
            a.dataType == t ? .attribute(a) : .alias(.cast(.attribute(a), t, .ansi), name: a.name, exprId: .next())
        }
        return .project(list, p)
    }

    static func ordinal(_ n: Int) -> String {
        switch n {
        case 1: "first"
        case 2: "second"
        case 3: "third"
        default: "\(n)th"
        }
    }
}
