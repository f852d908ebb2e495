/// Column matching and type widening for UNION, INTERSECT and EXCEPT.
enum SetOperationResolution {
    static func union(_ children: [LogicalPlan], byName: Bool, allowMissing: Bool) throws -> LogicalPlan {
        guard let first = children.first else { return .union(children, byName: false, allowMissingColumns: false) }
        if byName {
            // Spark resolves UNION BY NAME two inputs at a time, left to right.
            var left = first
            for right in children.dropFirst() {
                let (l, r) = try byNamePair(left, right, allowMissing: allowMissing)
                left = try union([l, r], byName: false, allowMissing: false)
            }
            return left
        }
        let inputs = children
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

    /// The right input's columns reordered to the left's names; with `allowMissing`, a column only one side
    /// has is null on the other, and the right's extra columns come last. Without it, a left column the right
    /// lacks is an error (Spark's `ResolveUnion`).
    static func byNamePair(_ left: LogicalPlan, _ right: LogicalPlan, allowMissing: Bool) throws -> (LogicalPlan, LogicalPlan) {
        func find(_ name: String, in p: LogicalPlan) -> AttributeReference? {
            p.output.first { $0.name.lowercased() == name.lowercased() }
        }
        var rightList: [Expression] = []
        for a in left.output {
            if let match = find(a.name, in: right) {
                rightList.append(try reorderedStruct(match, like: a.dataType) ?? .attribute(match))
            } else if allowMissing {
                rightList.append(.alias(.literal(.null, a.dataType), name: a.name, exprId: .next()))
            } else {
                throw SparkError("UNRESOLVED_COLUMN_AMONG_FIELD_NAMES",
                                 "Cannot resolve column name \"\(a.name)\" among (\(right.output.map(\.name).joined(separator: ", "))).",
                                 sqlState: "42703")
            }
        }
        let used = Set(rightList.flatMap(\.references).map(\.exprId))
        let rightOnly = right.output.filter { !used.contains($0.exprId) }
        let projectedRight = LogicalPlan.project(rightList + rightOnly.map { .attribute($0) }, right)
        guard allowMissing, !rightOnly.isEmpty else { return (left, projectedRight) }
        let leftList = left.output.map { Expression.attribute($0) }
            + rightOnly.map { .alias(.literal(.null, $0.dataType), name: $0.name, exprId: .next()) }
        return (.project(leftList, left), projectedRight)
    }

    /// A struct column whose fields are the left side's in another order, rebuilt in the left's order
    /// (`named_struct(c, st.c, s, st.s)`), as Spark's ResolveUnion matches struct fields by name too.
    static func reorderedStruct(_ attr: AttributeReference, like target: DataType) throws -> Expression? {
        guard case .struct(let source) = attr.dataType, case .struct(let wanted) = target, source.count == wanted.count,
              source.map({ $0.name.lowercased() }) != wanted.map({ $0.name.lowercased() }),
              Set(source.map { $0.name.lowercased() }) == Set(wanted.map { $0.name.lowercased() }),
              let builder = FunctionRegistry.builtin.lookup("named_struct") else { return nil }
        var args: [Expression] = []
        for field in wanted {
            let name = Expression.literal(.string(field.name), .string)
            args.append(name)
            args.append(try ExtractValue.extractValue(.attribute(attr), name))
        }
        return .alias(try builder.build(args, FunctionContext()), name: attr.name, exprId: .next())
    }

    /// Widens both sides' columns to common types.
    static func coerce(_ l: LogicalPlan, _ r: LogicalPlan, operation: String) throws -> (LogicalPlan, LogicalPlan) {
        guard l.output.count == r.output.count else {
            throw SparkError("NUM_COLUMNS_MISMATCH", "\(operation) can only be performed on inputs with the same number of columns, but the first input has \(l.output.count) columns and the second input has \(r.output.count) columns.")
        }
        var types: [DataType] = []
        for (i, (a, b)) in zip(l.output, r.output).enumerated() {
            // Spark accepts types equal but for their struct field names (the first input names them).
            if structurallyEqual(a.dataType, b.dataType) {
                types.append(a.dataType)
                continue
            }
            guard let t = TypeCoercion.widerType(a.dataType, b.dataType) else {
                throw SparkError("INCOMPATIBLE_COLUMN_TYPE", "\(operation) can only be performed on tables with compatible column types. The \(ordinal(i + 1)) column of the second table is \"\(b.dataType.sqlName)\" type which is not compatible with \"\(a.dataType.sqlName)\" at the same column of the first table..")
            }
            types.append(t)
        }
        return (castTo(l, types), castTo(r, types))
    }

    static func coerceTo(first: LogicalPlan, _ p: LogicalPlan) throws -> LogicalPlan {
        castTo(p, first.output.map(\.dataType))
    }

    static func castTo(_ p: LogicalPlan, _ types: [DataType]) -> LogicalPlan {
        if zip(p.output, types).allSatisfy({ structurallyEqual($0.dataType, $1) }) { return p }
        let list: [Expression] = zip(p.output, types).map { a, t in
            structurallyEqual(a.dataType, t) ? .attribute(a) : .alias(.cast(.attribute(a), t, .ansi), name: a.name, exprId: .next())
        }
        return .project(list, p)
    }

    /// Spark's `equalsStructurally`: the same types, struct field names aside.
    static func structurallyEqual(_ a: DataType, _ b: DataType) -> Bool {
        switch (a, b) {
        case (.struct(let x), .struct(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { structurallyEqual($0.dataType, $1.dataType) }
        case (.array(let x, _), .array(let y, _)):
            return structurallyEqual(x, y)
        case (.map(let k1, let v1, _), .map(let k2, let v2, _)):
            return structurallyEqual(k1, k2) && structurallyEqual(v1, v2)
        default:
            return a == b
        }
    }

    /// INTERSECT, EXCEPT and DISTINCT compare whole rows, and a map (even nested) has no equality in Spark.
    static func checkNoMapColumn(_ p: LogicalPlan) throws {
        func hasMap(_ t: DataType) -> Bool {
            switch t {
            case .map: true
            case .array(let e, _): hasMap(e)
            case .struct(let fields): fields.contains { hasMap($0.dataType) }
            default: false
            }
        }
        guard let a = p.output.first(where: { hasMap($0.dataType) }) else { return }
        throw SparkError("UNSUPPORTED_FEATURE.SET_OPERATION_ON_MAP_TYPE", "The feature is not supported: Cannot have MAP type columns in a set operation (INTERSECT, EXCEPT, etc.), but the type of column `\(a.name)` is \"\(a.dataType.sqlName)\".", sqlState: "0A000")
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
