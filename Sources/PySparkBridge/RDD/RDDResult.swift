import PyLite
import SparkLite

/// What the RDD scheduler measured in a run, for the judge's plan rules and `dojo run --format json`.
public struct RDDRunMetrics: Sendable, Equatable {
    /// Jobs the run submitted (each action runs at least one; `sortByKey` and `zipWithIndex` run theirs early).
    public var jobs: Int
    /// Shuffle map stages that ran (a later job over the same shuffle skips its stage).
    public var shuffleStagesRun: Int
    /// Records the executed shuffles wrote, as Spark counts them (PySpark writes pickled batches of pairs, so a
    /// record holds all pairs a map task buffered for one partition).
    public var shuffleRecordsWritten: Int
    /// Estimated bytes of those records (pickled size).
    public var shuffleBytesWritten: Int
    /// Elements (key-value pairs) per reduce partition of each executed shuffle, in execution order.
    public var shufflePartitionSizes: [[Int]]
    public var scansPerTable: [String: Int]
    /// Partitions of the result RDD.
    public var outputPartitions: Int
    /// Each RDD the program created, in creation order, with how many partitions were computed for it.
    public var computations: [RDDComputation]
}

/// How often one RDD of the program was computed: an uncached RDD is computed again by every action.
public struct RDDComputation: Sendable, Equatable {
    /// The call that created it: `map at solution.py:5`.
    public var rdd: String
    public var partitionsComputed: Int
}

/// A solution's RDD result as rows: columns `_1.._n` typed as Spark's schema inference types Python values,
/// one row per element (tuples and Rows spread over the columns, any other element in `_1`).
enum RDDResult {
    static func rows(_ elements: [PyValue]) -> (columns: [StructField], rows: [[Value]]) {
        let split = elements.map(fields)
        let width = split.map(\.count).max() ?? 0
        let columns = (0..<width).map { i in
            StructField("_\(i + 1)", split.reduce(DataType.null) { i < $1.count ? merge($0, infer($1[i])) : $0 })
        }
        let rows = split.map { values in
            (0..<width).map { i in i < values.count ? value(values[i]) : .null }
        }
        return (columns, rows)
    }

    static func fields(_ element: PyValue) -> [PyValue] {
        if case .tuple(let items) = element { return items }
        if let row = element.asHost(RowObject.self) { return row.values }
        return [element]
    }

    /// The type Spark infers for a Python value (`int` → bigint, tuple → struct<_1,...>, `None` → void).
    static func infer(_ v: PyValue) -> DataType {
        switch v {
        case .none: return .null
        case .bool: return .boolean
        case .int: return .long
        case .float: return .double
        case .str: return .string
        case .tuple(let items):
            return .struct(items.enumerated().map { StructField("_\($0 + 1)", infer($1)) })
        case .list(let list): return .array(element: items(list.items), containsNull: true)
        case .set(let set), .frozenset(let set): return .array(element: items(set.elements), containsNull: true)
        case .dict(let dict):
            return .map(key: items(dict.pairs.map(\.0)), value: items(dict.pairs.map(\.1)), valueContainsNull: true)
        default:
            if let row = v.asHost(RowObject.self) {
                if row.names.isEmpty { return infer(.tuple(row.values)) }
                return .struct(zip(row.names, row.values).map { StructField($0, infer($1)) })
            }
            if let date = v.asHost(DateObject.self) { return date.type }
            if v.asHost(PyDecimalValue.self) != nil { return .decimal(precision: 38, scale: 18) }
            return .string
        }
    }

    static func items(_ values: [PyValue]) -> DataType { values.reduce(DataType.null) { merge($0, infer($1)) } }

    /// Spark's `_merge_type` as far as results need it: `void` gives way, bigint and double make double,
    /// containers merge their parts, anything else keeps the first type.
    static func merge(_ a: DataType, _ b: DataType) -> DataType {
        if a == .null { return b }
        if b == .null || a == b { return a }
        switch (a, b) {
        case (.long, .double), (.double, .long): return .double
        case (.array(let x, _), .array(let y, _)): return .array(element: merge(x, y), containsNull: true)
        case (.map(let k1, let v1, _), .map(let k2, let v2, _)): return .map(key: merge(k1, k2), value: merge(v1, v2), valueContainsNull: true)
        case (.struct(let f1), .struct(let f2)) where f1.count == f2.count:
            return .struct(zip(f1, f2).map { StructField($0.name, merge($0.dataType, $1.dataType)) })
        default: return a
        }
    }

    /// A Python value as a Spark value; its encoding follows the value, not the column type, as the oracle's.
    static func value(_ v: PyValue) -> Value {
        switch v {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .double(d)
        case .str(let s): return .string(s)
        case .tuple(let items): return .struct(items.map(value))
        case .list(let list): return .array(list.items.map(value))
        case .set(let set), .frozenset(let set): return .array(set.elements.map(value))
        case .range(let r): return .array((0..<r.count).map { .int(Int64(r.element($0))) })
        case .dict(let dict): return .map(dict.pairs.map { MapEntry(value($0.0), value($0.1)) })
        default:
            if let row = v.asHost(RowObject.self) { return .struct(row.values.map(value)) }
            if let date = v.asHost(DateObject.self) { return date.value }
            // A Decimal keeps its own digits ("19.99"), as the oracle writes it in plain notation.
            if let d = v.asHost(PyDecimalValue.self), let (_, scale) = d.precisionAndScale, let unscaled = d.unscaled(scale: scale) {
                return .decimal(unscaled, scale: scale)
            }
            if case .host(let h) = v { return .string(h.pyStr()) }
            return .string("\(v)")
        }
    }
}

extension RDDBridgeState {
    /// The run's RDD metrics once the result RDD has been collected.
    func runMetrics(result: RDDObject) throws -> RDDRunMetrics {
        let metrics = sc.metrics
        let executed = metrics.executedShuffleStages
        return RDDRunMetrics(
            jobs: metrics.jobs.count, shuffleStagesRun: executed.count, shuffleRecordsWritten: metrics.shuffleRecordsWritten,
            shuffleBytesWritten: metrics.shuffleBytesWritten, shufflePartitionSizes: metrics.shufflePartitionSizes,
            scansPerTable: metrics.scansPerTable, outputPartitions: try result.getNumPartitions(),
            computations: rdds.compactMap { rdd in
                rdd.origin.isEmpty ? nil : RDDComputation(rdd: rdd.origin, partitionsComputed: rdd.computations)
            })
    }
}
