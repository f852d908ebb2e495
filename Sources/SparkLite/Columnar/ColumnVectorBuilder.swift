/// Builds a column vector value by value. It starts with the typed storage of its data type; a value
/// that storage cannot hold exactly (a representation the type does not promise) switches the builder
/// to boxed values, so rows turned into a batch and back are always the same rows.
public struct ColumnVectorBuilder {
    private enum Kind { case int, date, timestamp, double, boolean, string, decimal(scale: Int), boxed }

    let dataType: DataType
    private var kind: Kind
    private var longs: [Int64] = []
    private var doubles: [Double] = []
    private var booleans: [Bool] = []
    private var strings: [String] = []
    private var decimals: [Int128] = []
    private var boxed: [Value] = []
    /// Made at the first null (all slots before it valid): a column without nulls never pays for one.
    private var validity: Validity?
    private(set) var count = 0

    public init(_ dataType: DataType, capacity: Int = 0) {
        self.dataType = dataType
        kind = switch dataType {
        case .byte, .short, .int, .long: .int
        case .date: .date
        case .timestamp: .timestamp
        case .float, .double: .double
        case .boolean: .boolean
        case .string: .string
        case .decimal(_, let s): .decimal(scale: s)
        default: .boxed
        }
        reserveCapacity(capacity)
    }

    /// Room for `capacity` slots in all, so appends up to it do not reallocate.
    mutating func reserveCapacity(_ capacity: Int) {
        switch kind {
        case .int, .date, .timestamp: longs.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .boolean: booleans.reserveCapacity(capacity)
        case .string: strings.reserveCapacity(capacity)
        case .decimal: decimals.reserveCapacity(capacity)
        case .boxed: boxed.reserveCapacity(capacity)
        }
    }

    public mutating func append(_ v: Value) {
        switch (kind, v) {
        case (_, .null): return appendNull()
        case (.int, .int(let x)), (.timestamp, .timestamp(let x)): longs.append(x)
        case (.date, .date(let x)): longs.append(Int64(x))
        case (.double, .double(let x)): doubles.append(x)
        case (.boolean, .bool(let x)): booleans.append(x)
        case (.string, .string(let x)): strings.append(x)
        case (.decimal(let scale), .decimal(let x, let s)) where s == scale: decimals.append(x)
        case (.boxed, _): boxed.append(v)
        default:
            box()
            boxed.append(v)
        }
        validity?.append(true)
        count += 1
    }

    /// Typed appends for readers that parse straight into storage: the storage word of an integral,
    /// date (days) or timestamp (microseconds) column, a double, an unscaled decimal of this column's
    /// scale, a string. A builder that has switched to boxed values takes them as values.
    mutating func append(word x: Int64) {
        switch kind {
        case .int, .date, .timestamp: appendValid { $0.longs.append(x) }
        default:
            append(dataType == .date ? .date(Int32(truncatingIfNeeded: x)) : dataType == .timestamp ? .timestamp(x) : .int(x))
        }
    }

    mutating func append(double x: Double) {
        if case .double = kind { appendValid { $0.doubles.append(x) } } else { append(.double(x)) }
    }

    mutating func append(unscaled x: Int128) {
        if case .decimal = kind { appendValid { $0.decimals.append(x) } } else { append(.decimal(x, scale: dataType.decimalScale ?? 0)) }
    }

    mutating func append(string x: String) {
        if case .string = kind { appendValid { $0.strings.append(x) } } else { append(.string(x)) }
    }

    private mutating func appendValid(_ store: (inout ColumnVectorBuilder) -> Void) {
        store(&self)
        validity?.append(true)
        count += 1
    }

    public mutating func appendNull() {
        switch kind {
        case .int, .date, .timestamp: longs.append(0)
        case .double: doubles.append(0)
        case .boolean: booleans.append(false)
        case .string: strings.append("")
        case .decimal: decimals.append(0)
        case .boxed: boxed.append(.null)
        }
        if validity == nil { validity = Validity(valid: count) }
        validity!.append(false)
        count += 1
    }

    /// Takes back the last slot appended (a reader dropping a row it has half read).
    mutating func removeLast() {
        guard count > 0 else { return }
        switch kind {
        case .int, .date, .timestamp: longs.removeLast()
        case .double: doubles.removeLast()
        case .boolean: booleans.removeLast()
        case .string: strings.removeLast()
        case .decimal: decimals.removeLast()
        case .boxed: boxed.removeLast()
        }
        validity?.removeLast()
        count -= 1
    }

    /// Appends slot `i` of `v`, without boxing it when its storage matches this builder's.
    mutating func append(_ v: ColumnVector, at i: Int) {
        if v.isNull(i) { return appendNull() }
        switch (kind, v.storage) {
        case (.int, .longs(let a)) where v.dataType.isIntegral, (.date, .longs(let a)) where v.dataType == .date,
             (.timestamp, .longs(let a)) where v.dataType == .timestamp:
            append(word: a[i])
        case (.double, .doubles(let a)): append(double: a[i])
        case (.string, .strings(let a)): append(string: a[i])
        case (.decimal(let scale), .decimals(let a)) where v.dataType.decimalScale == scale: append(unscaled: a[i])
        default: append(v.value(at: i))
        }
    }

    /// Appends every slot of `v`, copying typed storage in bulk when it matches this builder's.
    public mutating func append(contentsOf v: ColumnVector) {
        switch (kind, v.storage) {
        case (.int, .longs(let a)) where v.dataType.isIntegral, (.date, .longs(let a)) where v.dataType == .date,
             (.timestamp, .longs(let a)) where v.dataType == .timestamp:
            longs.append(contentsOf: a)
        case (.double, .doubles(let a)): doubles.append(contentsOf: a)
        case (.boolean, .booleans(let a)): booleans.append(contentsOf: a)
        case (.string, .strings(let a)): strings.append(contentsOf: a)
        case (.decimal(let scale), .decimals(let a)) where v.dataType.decimalScale == scale: decimals.append(contentsOf: a)
        default:
            for i in 0..<v.count { append(v.value(at: i)) }
            return
        }
        if v.hasNulls && validity == nil { validity = Validity(valid: count) }
        if validity != nil { for i in 0..<v.count { validity!.append(!v.isNull(i)) } }
        count += v.count
    }

    /// Switches to boxed storage, keeping the values appended so far.
    private mutating func box() {
        let current = build()
        boxed = (0..<count).map { current.value(at: $0) }
        kind = .boxed
        longs = []; doubles = []; booleans = []; strings = []; decimals = []
    }

    public func build() -> ColumnVector {
        let storage: ColumnVector.Storage = switch kind {
        case .int, .date, .timestamp: .longs(longs)
        case .double: .doubles(doubles)
        case .boolean: .booleans(booleans)
        case .string: .strings(strings)
        case .decimal: .decimals(decimals)
        case .boxed: .values(boxed)
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: validity, count: count)
    }
}
