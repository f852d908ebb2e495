/// Aggregate functions: `count`, `sum`, `avg`, ... with Spark's result types.
let aggregateFunctionBuilders: [FunctionBuilder] = {
    func make(_ name: String, _ kind: AggregateFunctionKind, arity: ClosedRange<Int> = 1...1,
              display: String? = nil, nullOnOverflow: Bool = false, resultType: @escaping @Sendable ([Expression]) throws(SparkError) -> DataType) -> FunctionBuilder {
        FunctionBuilder(name) { args, context throws(SparkError) in
            guard arity.contains(args.count) else { throw wrongArgumentCount(name, args.count, arity) }
            var arguments = args
            var ignoreNulls = false
            if (kind == .first || kind == .last || kind == .anyValue) && args.count == 2 {
                guard case .literal(.bool(let b), _) = args[1] else {
                    throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(name)(\(args.map(\.prettyName).joined(separator: ", ")))\" due to data type mismatch: the input `ignoreNulls` should be a foldable \"BOOLEAN\" expression.")
                }
                ignoreNulls = b
                arguments = [args[0]]
            }
            // sum, avg and the variance family read a string column as DOUBLE (a malformed value fails when
            // the query runs, with CAST_INVALID_INPUT).
            if AggregateFunctionKind.castsStringsToDouble.contains(kind), arguments[0].dataType == .string {
                let cast = Expression.cast(arguments[0], .double, context.ansi ? .ansi : .legacy)
                let type = try resultType([cast])
                if context.coerce { arguments[0] = cast }
                return .aggregate(AggregateExpression(kind: kind, arguments: arguments, isDistinct: context.isDistinct,
                                                      nullOnOverflow: nullOnOverflow, displayName: display ?? name, resultType: type))
            }
            let type = try resultType(arguments)
            // The variance family computes in DOUBLE: Spark casts any other number to it (explain shows the cast).
            if AggregateFunctionKind.computesInDouble.contains(kind), context.coerce {
                for i in arguments.indices where arguments[i].dataType.isNumeric && arguments[i].dataType != .double {
                    arguments[i] = .cast(arguments[i], .double, context.ansi ? .ansi : .legacy)
                }
            }
            return .aggregate(AggregateExpression(kind: kind, arguments: arguments, isDistinct: context.isDistinct,
                                                  ignoreNulls: ignoreNulls, nullOnOverflow: nullOnOverflow,
                                                  displayName: display ?? name, resultType: type))
        }
    }

    @Sendable func numeric(_ name: String, _ args: [Expression]) throws(SparkError) -> DataType {
        let t = args[0].dataType
        guard t.isNumeric || t == .null || t.isDayTimeInterval || t.isYearMonthInterval else {
            throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(name)(\(args[0].prettyName))\" due to data type mismatch: The first parameter requires the \"NUMERIC\" or \"ANSI INTERVAL\" type, however \"\(args[0].prettyName)\" has the type \"\(t.sqlName)\".")
        }
        return t
    }

    /// `percentile(x, p [, frequency])` and `percentile_approx(x, p [, accuracy])`: Spark prints the third
    /// argument's default in the column name (`percentile(salary, 0.5, 1)`).
    func percentile(_ name: String, _ kind: AggregateFunctionKind, defaultThird: Expression) -> FunctionBuilder {
        FunctionBuilder(name) { args, context throws(SparkError) in
            guard (2...3).contains(args.count) else { throw wrongArgumentCount(name, args.count, 2...3) }
            guard let p = PercentageLiteral.value(args[1]) else {
                throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(name)(\(args.map(\.prettyName).joined(separator: ", ")))\" due to data type mismatch: the input `percentage` should be a foldable \"DOUBLE\" expression.")
            }
            let isArray: Bool = if case .array = p { true } else { false }
            // Checked while resolving, as Spark does: a percentage outside [0, 1] has no rank to read.
            let fractions: [Value] = if case .array(let items) = p { items } else { [p] }
            for case .double(let fraction) in fractions where !(0...1).contains(fraction) {
                let third = args.count == 3 ? args[2] : defaultThird
                let shown = kind == .percentileApprox ? args.map(\.prettyName) : (args.prefix(2) + [third]).map(\.prettyName)
                throw SparkError("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", "Cannot resolve \"\(name)(\(shown.joined(separator: ", ")))\" due to data type mismatch: The percentage must be between [0.0, 1.0] (current value = \(fraction)D).", sqlState: "42K09")
            }
            let element: DataType = kind == .percentileApprox ? args[0].dataType : .double
            // An array of percentages stays as written (`array(0.25, 0.75)`) for the name; see PercentageLiteral.
            let percentage: Expression = isArray ? args[1] : .literal(p, .double)
            let arguments = [args[0], percentage, args.count == 3 ? args[2] : defaultThird]
            return .aggregate(AggregateExpression(kind: kind, arguments: arguments, isDistinct: context.isDistinct,
                                                  displayName: name, resultType: isArray ? .array(element: element, containsNull: false) : element))
        }
    }

    let sum: @Sendable ([Expression]) throws(SparkError) -> DataType = { args throws(SparkError) in
        Accumulator.sumType(try numeric("sum", args))
    }
    let avg: @Sendable ([Expression]) throws(SparkError) -> DataType = { args throws(SparkError) in
        switch try numeric("avg", args) {
        // Spark's DecimalType.bounded: each of precision and scale capped at 38 (avg of decimal(38,18) is decimal(38,22)).
        case .decimal(let p, let s): return .decimal(precision: min(p + 4, 38), scale: min(s + 4, 38))
        case .dayTimeInterval: return .dayToSecondInterval
        case .yearMonthInterval: return .yearToMonthInterval
        default: return .double
        }
    }
    let double: @Sendable ([Expression]) throws(SparkError) -> DataType = { args throws(SparkError) in
        _ = try numeric("stddev", args)
        return .double
    }
    let same: @Sendable ([Expression]) throws(SparkError) -> DataType = { $0[0].dataType }
    let long: @Sendable ([Expression]) throws(SparkError) -> DataType = { _ in .long }
    let array: @Sendable ([Expression]) throws(SparkError) -> DataType = { .array(element: $0[0].dataType, containsNull: false) }
    let bool: @Sendable ([Expression]) throws(SparkError) -> DataType = { _ in .boolean }
    /// The bitwise aggregates keep their integral input type.
    func integral(_ name: String) -> @Sendable ([Expression]) throws(SparkError) -> DataType {
        { args throws(SparkError) in
            let t = args[0].dataType
            guard t.isIntegral || t == .null else {
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(name)(\(args[0].prettyName))\" due to data type mismatch: The first parameter requires the \"INTEGRAL\" type, however \"\(args[0].prettyName)\" has the type \"\(t.sqlName)\".", sqlState: "42K09")
            }
            return t == .null ? .int : t
        }
    }

    /// `listagg(x [, delimiter])` and `string_agg`; the SQL parser passes a WITHIN GROUP ordering as trailing
    /// sort orders. A non-string value is cast to STRING; with DISTINCT the ordering must be the value itself.
    func listagg(_ name: String) -> FunctionBuilder {
        FunctionBuilder(name) { args, context throws(SparkError) in
            var plain: [Expression] = [], orders: [SortOrder] = []
            for a in args {
                if case .sortOrder(let o) = a { orders.append(o) } else { plain.append(a) }
            }
            guard (1...2).contains(plain.count) else { throw wrongArgumentCount(name, plain.count, 1...2) }
            let call = "\(name)(\(plain.map(\.prettyName).joined(separator: ", ")))"
            var value = plain[0]
            switch value.dataType {
            case .string, .binary: break
            case .array, .map, .struct:
                throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(call)\" due to data type mismatch: The first parameter requires the (\"STRING\" or \"BINARY\") type, however \"\(value.prettyName)\" has the type \"\(value.dataType.sqlName)\".", sqlState: "42K09")
            default:
                if context.coerce { value = .cast(value, .string, context.ansi ? .ansi : .legacy) }
            }
            let delimiter = plain.count == 2 ? plain[1] : .literal(.null, .null)
            guard FunctionCall.constant(delimiter) != nil, [.string, .null].contains(delimiter.dataType) else {
                throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(call)\" due to data type mismatch: the input `delimiter` should be a foldable \"STRING\" expression.", sqlState: "42K09")
            }
            if context.isDistinct, let order = orders.first(where: { $0.child.prettyName != plain[0].prettyName }) {
                throw SparkError("INVALID_WITHIN_GROUP_EXPRESSION.MISMATCH_WITH_DISTINCT_INPUT", "Invalid function `\(name)` with WITHIN GROUP. The function is invoked with DISTINCT and WITHIN GROUP but expressions \"\(plain[0].prettyName)\" and \"\(order.child.prettyName)\" do not match. The WITHIN GROUP ordering expression must be picked from the function inputs.", sqlState: "42K0K")
            }
            var aggregate = AggregateExpression(kind: .listagg, arguments: [value, delimiter] + orders.map(\.child),
                                                isDistinct: context.isDistinct, displayName: name, resultType: .string)
            aggregate.withinGroup = orders
            return .aggregate(aggregate)
        }
    }

    /// `covar_pop(x, y)`, `covar_samp(x, y)` and `corr(x, y)`: two numbers computed as doubles, skipping rows
    /// where either is null.
    func pairStatistic(_ name: String, _ kind: AggregateFunctionKind) -> FunctionBuilder {
        FunctionBuilder(name) { args, context throws(SparkError) in
            guard args.count == 2 else { throw wrongArgumentCount(name, args.count, 2...2) }
            var arguments = args
            for (i, a) in args.enumerated() {
                if a.dataType == .double { continue }
                guard a.dataType.isNumeric || a.dataType == .null || a.dataType == .string else {
                    let call = "\(name)(\(args.map(\.prettyName).joined(separator: ", ")))"
                    throw SparkError("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE", "Cannot resolve \"\(call)\" due to data type mismatch: The \(FunctionCall.ordinal(i)) parameter requires the \"DOUBLE\" type, however \"\(a.prettyName)\" has the type \"\(a.dataType.sqlName)\".", sqlState: "42K09")
                }
                if context.coerce { arguments[i] = .cast(a, .double, context.ansi ? .ansi : .legacy) }
            }
            return .aggregate(AggregateExpression(kind: kind, arguments: arguments, isDistinct: context.isDistinct,
                                                  displayName: name, resultType: .double))
        }
    }

    /// `percentile_cont(p) WITHIN GROUP (ORDER BY x [DESC])` and `percentile_disc(...)`, which the SQL parser
    /// passes as `(x, p, descending)`: one percentage between 0 and 1, a DOUBLE result.
    func withinGroupPercentile(_ name: String, _ kind: AggregateFunctionKind) -> FunctionBuilder {
        FunctionBuilder(name) { args, context throws(SparkError) in
            guard args.count == 3, case .literal(.bool(let descending), _) = args[2] else { throw wrongArgumentCount(name, args.count, 1...1) }
            guard let p = PercentageLiteral.value(args[1]), case .double(let fraction) = p else {
                throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"\(name)(\(args[1].prettyName))\" due to data type mismatch: the input `percentage` should be a foldable \"DOUBLE\" expression.")
            }
            guard (0...1).contains(fraction) else {
                throw SparkError("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", "Cannot resolve \"\(name)(\(args[0].prettyName), \(args[1].prettyName))\" due to data type mismatch: The percentage must be between [0.0, 1.0] (current value = \(fraction)D).", sqlState: "42K09")
            }
            _ = try numeric(name, args)
            var arguments = [args[0], Expression.literal(p, .double)]
            if kind == .percentile { arguments.append(.literal(.int(1), .int)) }
            var aggregate = AggregateExpression(kind: kind, arguments: arguments, isDistinct: context.isDistinct,
                                                displayName: name, resultType: .double)
            aggregate.reverse = descending
            return .aggregate(aggregate)
        }
    }

    return [
        make("count", .count, arity: 1...100, resultType: long),
        make("sum", .sum, resultType: sum),
        make("avg", .avg, resultType: avg),
        make("mean", .avg, display: "avg", resultType: avg),
        make("try_sum", .sum, nullOnOverflow: true, resultType: sum),
        make("try_avg", .avg, nullOnOverflow: true, resultType: avg),
        make("min", .min, resultType: same),
        make("max", .max, resultType: same),
        make("first", .first, arity: 1...2, resultType: same),
        make("first_value", .first, arity: 1...2, resultType: same),
        make("last", .last, arity: 1...2, resultType: same),
        make("last_value", .last, arity: 1...2, resultType: same),
        make("any_value", .anyValue, arity: 1...2, resultType: same),
        make("collect_list", .collectList, resultType: array),
        make("array_agg", .collectList, resultType: array),
        make("collect_set", .collectSet, resultType: array),
        make("stddev", .stddevSamp, display: "stddev", resultType: double),
        make("std", .stddevSamp, display: "std", resultType: double),
        make("stddev_samp", .stddevSamp, resultType: double),
        make("stddev_pop", .stddevPop, resultType: double),
        make("variance", .varianceSamp, display: "variance", resultType: double),
        make("var_samp", .varianceSamp, resultType: double),
        make("var_pop", .variancePop, resultType: double),
        pairStatistic("covar_pop", .covarPop),
        pairStatistic("covar_samp", .covarSamp),
        pairStatistic("corr", .corr),
        make("skewness", .skewness, resultType: double),
        make("kurtosis", .kurtosis, resultType: double),
        make("max_by", .maxBy, arity: 2...2, resultType: same),
        make("min_by", .minBy, arity: 2...2, resultType: same),
        make("count_if", .countIf, resultType: long),
        make("bool_and", .boolAnd, resultType: bool),
        make("every", .boolAnd, resultType: bool),
        make("bool_or", .boolOr, resultType: bool),
        make("some", .boolOr, resultType: bool),
        make("bit_and", .bitAnd, resultType: integral("bit_and")),
        make("bit_or", .bitOr, resultType: integral("bit_or")),
        make("bit_xor", .bitXor, resultType: integral("bit_xor")),
        make("approx_count_distinct", .approxCountDistinct, arity: 1...2, resultType: long),
        make("median", .median, resultType: double),
        FunctionBuilder("mode") { args, context throws(SparkError) in
            guard (1...2).contains(args.count) else { throw wrongArgumentCount("mode", args.count, 1...2) }
            var arguments = [args[0]]
            if args.count == 2 {
                guard case .bool(let deterministic)? = FunctionCall.constant(args[1]) else {
                    throw SparkError("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", "Cannot resolve \"mode(\(args.map(\.prettyName).joined(separator: ", ")))\" due to data type mismatch: the input `deterministic` should be a foldable \"BOOLEAN\" expression.")
                }
                // mode(x, true) breaks ties by the smallest value (see Accumulator).
                if deterministic { arguments.append(.literal(.bool(true), .boolean)) }
            }
            return .aggregate(AggregateExpression(kind: .mode, arguments: arguments, isDistinct: context.isDistinct,
                                                  resultType: args[0].dataType))
        },
        percentile("percentile", .percentile, defaultThird: .literal(.int(1), .int)),
        listagg("listagg"),
        listagg("string_agg"),
        withinGroupPercentile("percentile_cont", .percentile),
        withinGroupPercentile("percentile_disc", .percentileDisc),
        percentile("percentile_approx", .percentileApprox, defaultThird: .literal(.int(10000), .int)),
        percentile("approx_percentile", .percentileApprox, defaultThird: .literal(.int(10000), .int)),
    ]
}()

extension AggregateFunctionKind {
    /// The aggregates whose NUMERIC input a string column is implicitly cast to DOUBLE for.
    static let castsStringsToDouble: Set<AggregateFunctionKind> = [.sum, .avg, .stddevSamp, .stddevPop, .varianceSamp, .variancePop]
    /// The aggregates whose input Spark casts to DOUBLE whatever its numeric type.
    static let computesInDouble: Set<AggregateFunctionKind> = [
        .stddevSamp, .stddevPop, .varianceSamp, .variancePop, .covarPop, .covarSamp, .corr, .skewness, .kurtosis,
    ]
}

/// Ranking and offset window functions.
let windowFunctionBuilders: [FunctionBuilder] = {
    func ranking(_ name: String, _ f: WindowFunction) -> FunctionBuilder {
        FunctionBuilder(name) { args, _ throws(SparkError) in
            guard args.isEmpty else { throw wrongArgumentCount(name, args.count, 0...0) }
            return .windowFunction(f, [])
        }
    }
    func offset(_ name: String, _ f: WindowFunction) -> FunctionBuilder {
        FunctionBuilder(name) { args, _ throws(SparkError) in
            guard (1...4).contains(args.count) else { throw wrongArgumentCount(name, args.count, 1...3) }
            var a = args
            if a.count == 1 { a.append(.literal(.int(1), .int)) }
            if a.count == 2 { a.append(.literal(.null, a[0].dataType)) }
            // `lag(x) IGNORE NULLS` arrives with a fourth argument, true; it counts only non-null rows.
            if a.count == 4, case .literal(.bool(true), _) = a[3], f == .lag || f == .lead { return .windowFunction(f, a) }
            return .windowFunction(f, Array(a.prefix(3)))
        }
    }
    return [
        ranking("row_number", .rowNumber),
        ranking("rank", .rank),
        ranking("dense_rank", .denseRank),
        ranking("percent_rank", .percentRank),
        ranking("cume_dist", .cumeDist),
        FunctionBuilder("ntile") { args, _ throws(SparkError) in
            guard args.count == 1 else { throw wrongArgumentCount("ntile", args.count, 1...1) }
            return .windowFunction(.ntile, args)
        },
        offset("lag", .lag),
        offset("lead", .lead),
        FunctionBuilder("nth_value") { args, _ throws(SparkError) in
            guard (2...3).contains(args.count) else { throw wrongArgumentCount("nth_value", args.count, 2...3) }
            return .windowFunction(.nthValue, args)
        },
    ]
}()

/// A percentage argument folded to a value: `0.5` or `array(0.25, 0.75)`.
enum PercentageLiteral {
    static func value(_ e: Expression) -> Value? {
        switch e {
        case .literal(.array(let items), _):
            let values = items.compactMap { $0.doubleValue.map(Value.double) }
            return values.count == items.count ? .array(values) : nil
        case .literal(let v, _): return v.doubleValue.map { .double($0) }
        case .cast(let c, _, _): return value(c)
        case .function(let f, let args) where f.name == "array":
            let items = args.compactMap(value)
            return items.count == args.count ? .array(items) : nil
        default: return nil
        }
    }
}

/// `[WRONG_NUM_ARGS.WITHOUT_SUGGESTION]` in Spark's words.
func wrongArgumentCount(_ name: String, _ actual: Int, _ expected: ClosedRange<Int>) -> SparkError {
    let want = expected.lowerBound == expected.upperBound ? "\(expected.lowerBound)" : "[\(expected.lowerBound), \(expected.upperBound)]"
    return SparkError("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "The `\(name)` requires \(want) parameters but the actual number is \(actual). Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.")
}
