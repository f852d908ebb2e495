import Foundation
import PyLite
import SparkLite

/// PySpark's `portable_hash`, which places keys in partitions (`partitionBy`, `reduceByKey`, `groupByKey`,
/// `join`): CPython's `hash` as a Python worker computes it with `PYTHONHASHSEED=0` (SparkContext sets that
/// for its workers), and a fixed formula for tuples (and Rows, which are tuples) so they hash alike on
/// every worker. `None` hashes to 0.
enum PortableHash {
    static func portableHash(_ x: PyValue, _ interpreter: PyInterpreter) throws -> Int {
        if x.isNone { return 0 }
        if let items = tupleItems(x) {
            var h: UInt64 = 0x345678
            for item in items {
                h ^= UInt64(bitPattern: Int64(try portableHash(item, interpreter)))
                h = h &* 1_000_003
                h &= UInt64(Int64.max)
            }
            h ^= UInt64(items.count)
            let result = Int(Int64(bitPattern: h))
            return result == -1 ? -2 : result
        }
        return try pythonHash(x, interpreter)
    }

    /// The items of a tuple or a Row (a tuple subclass in PySpark).
    static func tupleItems(_ x: PyValue) -> [PyValue]? {
        if case .tuple(let items) = x { return items }
        if let row = x.asHost(RowObject.self) { return row.values }
        return nil
    }

    /// CPython 3.11's `hash(x)` with hash randomisation off.
    static func pythonHash(_ x: PyValue, _ interpreter: PyInterpreter) throws -> Int {
        switch x {
        case .none: return 0
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return intHash(i)
        case .float(let d): return doubleHash(d)
        case .str(let s): return stringHash(s)
        case .tuple: return try portableHash(x, interpreter)
        case .list: throw PyException.typeError("unhashable type: 'list'")
        case .dict: throw PyException.typeError("unhashable type: 'dict'")
        case .set: throw PyException.typeError("unhashable type: 'set'")
        default:
            if let date = x.asHost(DateObject.self) { return dateHash(date) }
            if let row = x.asHost(RowObject.self) { return try portableHash(.tuple(row.values), interpreter) }
            if case .host(let object) = x {
                guard object.pyIsHashable else { throw PyException.typeError("unhashable type: '\(object.pyTypeName)'") }
                return object.pyHash()
            }
            // Other values (frozensets, instances of user classes): the interpreter's own `hash`.
            guard let hash = interpreter.builtinFunction(named: "hash") else { return 0 }
            return try interpreter.call(hash, positional: [x]).asInt ?? 0
        }
    }

    static let modulus: UInt64 = (1 << 61) - 1

    /// `hash(int)`: the value modulo 2**61 - 1, keeping its sign; -1 becomes -2.
    static func intHash(_ i: Int) -> Int {
        let magnitude = UInt64(i.magnitude) % modulus
        var h = i < 0 ? -Int(magnitude) : Int(magnitude)
        if h == -1 { h = -2 }
        return h
    }

    /// `hash(float)`: CPython's `_Py_HashDouble` (integral floats hash as the int; infinities as ±314159).
    static func doubleHash(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314_159 : -314_159 }
        if v.isNaN { return 0 }
        // Foundation's frexp drops the sign on Linux: take it from the value.
        let sign: Int64 = v < 0 ? -1 : 1
        var (m, e) = frexp(abs(v))
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
        var result = Int64(bitPattern: x &* UInt64(bitPattern: sign))
        if result == -1 { result = -2 }
        return Int(result)
    }

    /// `hash(str)`: SipHash-1-3 with a zero key over the string's internal representation (one byte per
    /// character when all are below U+0100, else two, else four, little-endian).
    static func stringHash(_ s: String) -> Int {
        let scalars = Array(s.unicodeScalars)
        if scalars.isEmpty { return 0 }
        let maxValue = scalars.map(\.value).max() ?? 0
        let width = maxValue < 0x100 ? 1 : (maxValue < 0x10000 ? 2 : 4)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * width)
        for scalar in scalars {
            for k in 0..<width { bytes.append(UInt8(truncatingIfNeeded: scalar.value >> (8 * UInt32(k)))) }
        }
        return bytesHash(bytes)
    }

    /// `_Py_HashBytes`: 0 for no bytes, else SipHash-1-3 (-1 becomes -2).
    static func bytesHash(_ bytes: [UInt8]) -> Int {
        if bytes.isEmpty { return 0 }
        let h = Int(Int64(bitPattern: SipHash13.hash(bytes)))
        return h == -1 ? -2 : h
    }

    /// `hash(datetime.date)` and `hash(datetime.datetime)`: the hash of their packed bytes.
    static func dateHash(_ date: DateObject) -> Int {
        switch date.value {
        case .date(let days):
            let (y, m, d) = DateTimeUtils.civil(fromDays: days)
            return bytesHash([UInt8(y >> 8), UInt8(y & 0xff), UInt8(m), UInt8(d)])
        case .timestamp(let micros):
            let days = Int32((micros - ((micros % 86_400_000_000) + 86_400_000_000) % 86_400_000_000) / 86_400_000_000)
            let inDay = ((micros % 86_400_000_000) + 86_400_000_000) % 86_400_000_000
            let (y, m, d) = DateTimeUtils.civil(fromDays: days)
            let seconds = inDay / 1_000_000, us = inDay % 1_000_000
            return bytesHash([UInt8(y >> 8), UInt8(y & 0xff), UInt8(m), UInt8(d), UInt8(seconds / 3600), UInt8(seconds / 60 % 60),
                              UInt8(seconds % 60), UInt8(us >> 16), UInt8((us >> 8) & 0xff), UInt8(us & 0xff)])
        default:
            return date.pyHash()
        }
    }
}

/// SipHash-1-3 with a zero key, as CPython 3.11+ hashes strings and bytes when `PYTHONHASHSEED=0`.
enum SipHash13 {
    static func hash(_ data: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575
        var v1: UInt64 = 0x646f_7261_6e64_6f6d
        var v2: UInt64 = 0x6c79_6765_6e65_7261
        var v3: UInt64 = 0x7465_6462_7974_6573
        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 = v0 &+ v1; v2 = v2 &+ v3
            v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
            v0 = rotl(v0, 32)
            v2 = v2 &+ v1; v0 = v0 &+ v3
            v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
            v2 = rotl(v2, 32)
        }
        var b = UInt64(data.count) << 56
        var i = 0
        while data.count - i >= 8 {
            var m: UInt64 = 0
            for k in 0..<8 { m |= UInt64(data[i + k]) << (8 * UInt64(k)) }
            v3 ^= m
            round()
            v0 ^= m
            i += 8
        }
        var t: UInt64 = 0
        for k in 0..<(data.count - i) { t |= UInt64(data[i + k]) << (8 * UInt64(k)) }
        b |= t
        v3 ^= b
        round()
        v0 ^= b
        v2 ^= 0xff
        round(); round(); round()
        return (v0 ^ v1) ^ (v2 ^ v3)
    }
}
