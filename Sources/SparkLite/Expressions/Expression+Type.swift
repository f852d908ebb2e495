/// Result types and nullability of resolved expressions, after the analyzer's type coercion.
extension Expression {
    public var dataType: DataType {
        switch self {
        case .literal(_, let t): return t
        case .attribute(let a), .outerReference(let a): return a.dataType
        case .boundReference(_, let t, _): return t
        case .alias(let c, _, _), .unaryMinus(let c, _): return c.dataType
        case .arithmetic(let op, let l, let r, _): return Self.arithmeticResultType(op, l.dataType, r.dataType)
        case .comparison, .and, .or, .not, .isNull, .isNotNull, .inList, .inSubquery, .exists: return .boolean
        case .caseWhen(let branches, let elseValue): return branches.first?.value.dataType ?? elseValue?.dataType ?? .null
        case .cast(_, let t, _): return t
        case .function(let f, let args): return f.isReplaceable ? (args.last?.dataType ?? .null) : f.dataType
        case .aggregate(let a): return a.resultType
        case .windowFunction(let f, let args):
            switch f {
            case .rowNumber, .rank, .denseRank, .ntile: return .int
            case .percentRank, .cumeDist: return .double
            case .lag, .lead, .nthValue: return args.first?.dataType ?? .null
            }
        case .window(let f, _): return f.dataType
        case .sortOrder(let o): return o.child.dataType
        case .pythonUDF(let u, _): return u.returnType
        case .lambdaVariable(let v): return v.dataType
        case .lambdaFunction(let body, _): return body.dataType
        case .higherOrderFunction(let f, let args): return f.resultType(args)
        case .scalarSubquery(let plan, _): return plan.output.first?.dataType ?? .null
        case .unresolvedAttribute, .star, .starExcept, .resolvedStar, .unresolvedFunction, .unresolvedExtractValue, .groupingSets, .multiAlias:
            return .null
        }
    }

    public var nullable: Bool {
        switch self {
        case .literal(let v, _): return v.isNull
        case .attribute(let a), .outerReference(let a): return a.nullable
        case .boundReference(_, _, let n): return n
        case .alias(let c, _, _), .not(let c): return c.nullable
        case .sortOrder(let o): return o.child.nullable
        case .isNull, .isNotNull, .exists: return false
        case .comparison(.equalNullSafe, _, _): return false
        case .arithmetic(let op, let l, let r, let mode):
            if op == .divide || op == .remainder || op == .integralDivide || op == .pmod || mode == .try { return true }
            return l.nullable || r.nullable
        case .cast(let c, _, let mode): return mode == .try || c.nullable || c.dataType == .string
        case .function(let f, let args):
            if f.isReplaceable { return args.last?.nullable ?? true }
            return f.nullable || (f.nullIntolerant && args.contains { $0.nullable })
        case .aggregate(let a):
            switch a.kind {
            case .count, .countIf, .approxCountDistinct, .collectList, .collectSet: return false
            default: return true
            }
        case .windowFunction(let f, _):
            switch f {
            case .rowNumber, .rank, .denseRank, .percentRank, .cumeDist, .ntile: return false
            default: return true
            }
        case .window(let f, _): return f.nullable
        case .lambdaVariable(let v): return v.nullable
        case .lambdaFunction(let body, _): return body.nullable
        case .higherOrderFunction(let f, let args): return f.resultNullable(args)
        // Spark's CaseWhen: nullable when a branch value is, or when there is no ELSE.
        case .caseWhen(let branches, let elseValue):
            guard let elseValue else { return true }
            return elseValue.nullable || branches.contains { $0.value.nullable }
        default: return children.contains { $0.nullable } || children.isEmpty
        }
    }

    public var isResolved: Bool {
        switch self {
        case .unresolvedAttribute, .star, .unresolvedFunction, .unresolvedExtractValue: return false
        case .groupingSets: return false
        case .lambdaVariable(let v): return v.isResolved
        case .lambdaFunction(let body, let parameters): return parameters.allSatisfy(\.isResolved) && body.isResolved
        default: return children.allSatisfy(\.isResolved)
        }
    }

    /// Spark's decimal result types for `+ - * / %`, bounded to 38 digits with precision loss allowed.
    static func arithmeticResultType(_ op: ArithmeticOperator, _ l: DataType, _ r: DataType) -> DataType {
        switch op {
        case .integralDivide: return .long
        case .divide:
            if case .decimal(let p1, let s1) = l, case .decimal(let p2, let s2) = r {
                let scale = max(6, s1 + p2 + 1)
                return boundedDecimal(precision: p1 - s1 + s2 + scale, scale: scale)
            }
            return .double
        default:
            if case .decimal(let p1, let s1) = l, case .decimal(let p2, let s2) = r {
                switch op {
                case .add, .subtract:
                    let scale = max(s1, s2)
                    return boundedDecimal(precision: max(p1 - s1, p2 - s2) + scale + 1, scale: scale)
                case .multiply:
                    return boundedDecimal(precision: p1 + p2 + 1, scale: s1 + s2)
                case .remainder, .pmod:
                    let scale = max(s1, s2)
                    return boundedDecimal(precision: min(p1 - s1, p2 - s2) + scale, scale: scale)
                default: return l
                }
            }
            if case .date = l, op == .subtract, case .date = r { return .dayTimeInterval(start: .day, end: .day) }
            if l == .timestamp || l == .date, op == .subtract, r == .timestamp || r == .date { return .dayToSecondInterval }
            // Intervals of one kind add up to the type spanning both: DAY + HOUR is DAY TO HOUR.
            switch (l, r) {
            case (.dayTimeInterval(let s1, let e1), .dayTimeInterval(let s2, let e2)):
                return .dayTimeInterval(start: min(s1, s2), end: max(e1, e2))
            case (.yearMonthInterval(let s1, let e1), .yearMonthInterval(let s2, let e2)):
                return .yearMonthInterval(start: min(s1, s2), end: max(e1, e2))
            default:
                return l == .null ? r : l
            }
        }
    }

    /// Spark's `DecimalType.adjustPrecisionScale` (allowPrecisionLoss = true).
    static func boundedDecimal(precision: Int, scale: Int) -> DataType {
        if precision <= DataType.maxDecimalPrecision { return .decimal(precision: precision, scale: scale) }
        let intDigits = precision - scale
        let minScale = min(scale, 6)
        let adjusted = max(DataType.maxDecimalPrecision - intDigits, minScale)
        return .decimal(precision: DataType.maxDecimalPrecision, scale: adjusted)
    }
}
