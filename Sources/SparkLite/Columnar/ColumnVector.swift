/// One column of a record batch: the values of one type in a typed array, and a validity bitmap.
/// Integral types, DATE and TIMESTAMP share `Int64` storage, FLOAT and DOUBLE share `Double`;
/// types without a flat representation (arrays, maps, structs, intervals, binary) stay boxed as `Value`s.
/// A null slot holds a zero in the typed array; only the bitmap says it is null.
public struct ColumnVector: Sendable {
    public enum Storage: Sendable {
        case longs([Int64])
        case doubles([Double])
        case booleans([Bool])
        case strings([String])
        case decimals([Int128])
        case values([Value])
    }

    public let dataType: DataType
    public internal(set) var storage: Storage
    /// nil when no slot is null.
    public internal(set) var validity: Validity?
    public let count: Int

    init(dataType: DataType, storage: Storage, validity: Validity?, count: Int) {
        self.dataType = dataType
        self.storage = storage
        self.validity = validity
        self.count = count
    }

    @inline(__always) public func isNull(_ i: Int) -> Bool {
        validity.map { !$0.isValid(i) } ?? false
    }

    public var hasNulls: Bool { validity != nil }

    /// The value of slot `i` as the row engine represents it.
    public func value(at i: Int) -> Value {
        if isNull(i) { return .null }
        switch storage {
        case .longs(let a): return Self.longValue(a[i], dataType)
        case .doubles(let a): return .double(a[i])
        case .booleans(let a): return .bool(a[i])
        case .strings(let a): return .string(a[i])
        case .decimals(let a):
            guard case .decimal(_, let scale) = dataType else { return .null }
            return .decimal(a[i], scale: scale)
        case .values(let a): return a[i]
        }
    }

    /// An `Int64` slot as a value of `type`: days for DATE, microseconds for TIMESTAMP, a packed short
    /// STRING (a key word), else an integer.
    static func longValue(_ x: Int64, _ type: DataType) -> Value {
        switch type {
        case .date: .date(Int32(truncatingIfNeeded: x))
        case .timestamp: .timestamp(x)
        case .string: .string(ShortStringWord.unpack(x))
        default: .int(x)
        }
    }

    /// The slots at `indices`, in that order (a filter's survivors, a join's matches).
    public func gather(_ indices: [Int]) -> ColumnVector {
        let storage: Storage = switch storage {
        case .longs(let a): .longs(indices.map { a[$0] })
        case .doubles(let a): .doubles(indices.map { a[$0] })
        case .booleans(let a): .booleans(indices.map { a[$0] })
        case .strings(let a): .strings(indices.map { a[$0] })
        case .decimals(let a): .decimals(indices.map { a[$0] })
        case .values(let a): .values(indices.map { a[$0] })
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: validity?.gather(indices), count: indices.count)
    }

    /// The slots in `range`.
    func slice(_ range: Range<Int>) -> ColumnVector {
        let storage: Storage = switch storage {
        case .longs(let a): .longs(Array(a[range]))
        case .doubles(let a): .doubles(Array(a[range]))
        case .booleans(let a): .booleans(Array(a[range]))
        case .strings(let a): .strings(Array(a[range]))
        case .decimals(let a): .decimals(Array(a[range]))
        case .values(let a): .values(Array(a[range]))
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: validity?.gather(range), count: range.count)
    }

    /// The slots at `indices`, with a null wherever the index is negative (an outer join's missing side).
    public func gather(orNull indices: [Int]) -> ColumnVector {
        guard indices.contains(where: { $0 < 0 }) else { return gather(indices) }
        var builder = ColumnVectorBuilder(dataType, capacity: indices.count)
        for i in indices {
            if i < 0 { builder.appendNull() } else { builder.append(value(at: i)) }
        }
        return builder.build()
    }

    /// The vectors one after the other; all have `dataType`.
    public static func concatenate(_ parts: [ColumnVector], dataType: DataType) -> ColumnVector {
        if parts.count == 1 { return parts[0] }
        var builder = ColumnVectorBuilder(dataType, capacity: parts.reduce(0) { $0 + $1.count })
        for part in parts { builder.append(contentsOf: part) }
        return builder.build()
    }

    /// A vector of `count` copies of `value`.
    public static func repeating(_ value: Value, dataType: DataType, count: Int) -> ColumnVector {
        var builder = ColumnVectorBuilder(dataType, capacity: 1)
        builder.append(value)
        let one = builder.build()
        let storage: Storage = switch one.storage {
        case .longs(let a): .longs(Array(repeating: a[0], count: count))
        case .doubles(let a): .doubles(Array(repeating: a[0], count: count))
        case .booleans(let a): .booleans(Array(repeating: a[0], count: count))
        case .strings(let a): .strings(Array(repeating: a[0], count: count))
        case .decimals(let a): .decimals(Array(repeating: a[0], count: count))
        case .values(let a): .values(Array(repeating: a[0], count: count))
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: value == .null ? Validity(null: count) : nil, count: count)
    }
}
