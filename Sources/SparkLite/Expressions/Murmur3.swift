/// Spark's `Murmur3_x86_32` as used by the `hash()` function (seed 42) and by `HashPartitioning`
/// (`pmod(hash(keys), numPartitions)`), so rows land in the partitions real Spark would put them in.
public enum Murmur3 {
    private static let c1: UInt32 = 0xcc9e_2d51
    private static let c2: UInt32 = 0x1b87_3593

    /// Hashes several columns, chaining each column's hash as the next one's seed; nulls leave the hash unchanged.
    public static func hash(_ values: [Value], types: [DataType], seed: Int32 = 42) -> Int32 {
        var result = UInt32(bitPattern: seed)
        for (index, value) in values.enumerated() {
            let type = index < types.count ? types[index] : .null
            result = hashValue(value, type, seed: result)
        }
        return Int32(bitPattern: result)
    }

    /// Spark's `HashExpression.computeHash` for one value of the given type.
    static func hashValue(_ value: Value, _ type: DataType, seed: UInt32) -> UInt32 {
        switch value {
        case .null:
            return seed
        case .bool(let b):
            return hashInt(b ? 1 : 0, seed: seed)
        case .int(let v):
            if type == .long || type == .timestamp { return hashLong(UInt64(bitPattern: v), seed: seed) }
            return hashInt(UInt32(truncatingIfNeeded: v), seed: seed)
        case .double(let d):
            if type == .float {
                let f = Float(d)
                if f == 0 { return hashInt(0, seed: seed) }
                return hashInt(f.isNaN ? 0x7fc0_0000 : f.bitPattern, seed: seed)
            }
            if d == 0 { return hashLong(0, seed: seed) }
            return hashLong(d.isNaN ? 0x7ff8_0000_0000_0000 : d.bitPattern, seed: seed)
        case .decimal(let unscaled, let scale):
            var u = unscaled
            var precision = 38
            if case .decimal(let p, let s) = type {
                precision = p
                if s != scale, let r = Decimal128.rescale(unscaled, from: scale, to: s) { u = r }
            }
            if precision <= 18 { return hashLong(UInt64(bitPattern: Int64(truncatingIfNeeded: u)), seed: seed) }
            return hashBytes(bigIntegerBytes(u), seed: seed)
        case .string(let s):
            return hashBytes(Array(s.utf8), seed: seed)
        case .binary(let b):
            return hashBytes(b, seed: seed)
        case .date(let d):
            return hashInt(UInt32(bitPattern: d), seed: seed)
        case .timestamp(let t):
            return hashLong(UInt64(bitPattern: t), seed: seed)
        case .interval(let micros):
            // CalendarInterval: months, days, microseconds; a day-time interval value hashes as a long.
            return hashLong(UInt64(bitPattern: micros), seed: seed)
        case .array(let items):
            let elementType: DataType = if case .array(let e, _) = type { e } else { .null }
            var h = seed
            for item in items { h = hashValue(item, elementType, seed: h) }
            return h
        case .map(let entries):
            var keyType = DataType.null, valueType = DataType.null
            if case .map(let k, let v, _) = type { keyType = k; valueType = v }
            var h = seed
            for entry in entries {
                h = hashValue(entry.key, keyType, seed: h)
                h = hashValue(entry.value, valueType, seed: h)
            }
            return h
        case .struct(let fields):
            let fieldTypes: [DataType] = if case .struct(let fs) = type { fs.map(\.dataType) } else { [] }
            var h = seed
            for (i, field) in fields.enumerated() {
                h = hashValue(field, i < fieldTypes.count ? fieldTypes[i] : .null, seed: h)
            }
            return h
        }
    }

    static func hashInt(_ input: UInt32, seed: UInt32) -> UInt32 {
        fmix(mixH1(seed, mixK1(input)), length: 4)
    }

    static func hashLong(_ input: UInt64, seed: UInt32) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: input)
        let high = UInt32(truncatingIfNeeded: input >> 32)
        var h1 = mixH1(seed, mixK1(low))
        h1 = mixH1(h1, mixK1(high))
        return fmix(h1, length: 8)
    }

    /// `hashUnsafeBytes`: whole little-endian words first, then every trailing byte mixed on its own
    /// as a sign-extended int (Spark's historical variant, kept for compatibility).
    static func hashBytes(_ bytes: [UInt8], seed: UInt32) -> UInt32 {
        let aligned = bytes.count - bytes.count % 4
        var h1 = seed
        var i = 0
        while i < aligned {
            let word = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            h1 = mixH1(h1, mixK1(word))
            i += 4
        }
        while i < bytes.count {
            let halfWord = UInt32(bitPattern: Int32(Int8(bitPattern: bytes[i])))
            h1 = mixH1(h1, mixK1(halfWord))
            i += 1
        }
        return fmix(h1, length: UInt32(truncatingIfNeeded: bytes.count))
    }

    /// Java's `BigInteger.toByteArray`: minimal big-endian two's complement.
    static func bigIntegerBytes(_ value: Int128) -> [UInt8] {
        var bytes: [UInt8] = []
        var v = value
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        } while !(v == 0 && bytes.last.map { $0 & 0x80 == 0 } == true) && !(v == -1 && bytes.last.map { $0 & 0x80 != 0 } == true)
        return bytes.reversed()
    }

    private static func mixK1(_ k: UInt32) -> UInt32 {
        var k1 = k &* c1
        k1 = (k1 << 15) | (k1 >> 17)
        return k1 &* c2
    }

    private static func mixH1(_ h: UInt32, _ k1: UInt32) -> UInt32 {
        var h1 = h ^ k1
        h1 = (h1 << 13) | (h1 >> 19)
        return h1 &* 5 &+ 0xe654_6b64
    }

    private static func fmix(_ h: UInt32, length: UInt32) -> UInt32 {
        var h1 = h ^ length
        h1 ^= h1 >> 16
        h1 = h1 &* 0x85eb_ca6b
        h1 ^= h1 >> 13
        h1 = h1 &* 0xc2b2_ae35
        h1 ^= h1 >> 16
        return h1
    }
}
