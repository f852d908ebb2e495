/// Which of Spark's three aggregate operators an aggregation phase is (Spark's `AggUtils.createAggregate`):
/// `HashAggregate` when every aggregate's buffer holds only fixed-width values an UnsafeRow updates in
/// place, else `ObjectHashAggregate` when some aggregate keeps a Java object as its state (a
/// `TypedImperativeAggregate`: collect_list, percentile, mode, ...), else `SortAggregate`, which needs
/// its input sorted by the grouping keys (`min` of strings, `first` of arrays, `max_by` of structs).
/// SparkLite runs all three the same way; the operator decides the explain text and the `Sort` below.
public enum AggregateOperator: Sendable, Equatable {
    case hash
    case objectHash
    case sort

    public var nodeName: String {
        switch self {
        case .hash: "HashAggregate"
        case .objectHash: "ObjectHashAggregate"
        case .sort: "SortAggregate"
        }
    }

    /// The operator Spark picks for a phase computing `aggregates`.
    public static func choose(_ aggregates: [AggregateExpression]) -> AggregateOperator {
        let buffers = aggregates.map(bufferTypes)
        if buffers.allSatisfy({ $0.map { $0.allSatisfy(isMutableInPlace) } ?? false }) { return .hash }
        if buffers.contains(where: { $0 == nil }) { return .objectHash }
        return .sort
    }

    /// The types of an aggregate's buffer in Spark; nil for an aggregate whose state is an object.
    static func bufferTypes(_ agg: AggregateExpression) -> [DataType]? {
        let input = agg.arguments.first?.dataType ?? .null
        switch agg.kind {
        case .collectList, .collectSet, .median, .percentile, .percentileDisc, .percentileApprox, .mode, .listagg:
            return nil
        case .count, .countIf, .approxCountDistinct:
            return [.long]
        case .sum:
            if case .decimal = agg.resultType { return [agg.resultType, .boolean] }
            return [agg.resultType]
        case .avg:
            return [Accumulator.averageSumType(input), .long]
        case .min, .max:
            return [agg.resultType]
        case .boolAnd, .boolOr:
            return [.boolean]
        case .bitAnd, .bitOr, .bitXor:
            return [agg.resultType]
        case .first, .last, .anyValue:
            return [input, .boolean]
        case .covarPop, .covarSamp, .corr, .skewness, .kurtosis:
            return StatisticalMoments.stateTypes
        case .stddevSamp, .stddevPop, .varianceSamp, .variancePop:
            return [.double, .double, .double]
        case .maxBy, .minBy:
            return [input, agg.arguments.count > 1 ? agg.arguments[1].dataType : .null]
        case .pivotFirst:
            // One buffer slot per pivot value, of the aggregated value's type.
            if case .array(let element, _) = agg.resultType { return [element] }
            return [agg.resultType]
        }
    }

    /// Spark's `UnsafeRow.isMutable`: the types a hash aggregation buffer can update in place.
    static func isMutableInPlace(_ type: DataType) -> Bool {
        switch type {
        case .null, .boolean, .byte, .short, .int, .long, .float, .double, .decimal, .date, .timestamp,
             .dayTimeInterval, .yearMonthInterval:
            return true
        case .string, .binary, .array, .map, .struct:
            return false
        }
    }
}
