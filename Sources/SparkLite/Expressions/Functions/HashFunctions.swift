import Foundation

/// Hash functions: `hash` (Spark's Murmur3, seed 42, as used by hash partitioning), `xxhash64`, `crc32`, `md5`,
/// `sha1`, `sha2`.
let hashFunctionBuilders: [FunctionBuilder] =
    scalar("hash") { c, _ throws(SparkError) in
        try c.arity(atLeast: 1)
        for arg in c.args where containsMap(arg.dataType) {
            throw SparkError("DATATYPE_MISMATCH.HASH_MAP_TYPE", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Input to the function `hash` cannot contain elements of the \"MAP\" type. In Spark, same maps may have different hashcode, thus hash expressions are prohibited on \"MAP\" elements. To restore previous behavior set \"spark.sql.legacy.allowHashOnMapType\" to \"true\".")
        }
        let types = c.args.map(\.dataType)
        return c.make(c.args, .int, nullIntolerant: false) { v in
            .int(Int64(Murmur3.hash(v, types: types)))
        }
    }
    + scalar("xxhash64") { c, _ throws(SparkError) in
        try c.arity(atLeast: 1)
        for arg in c.args where containsMap(arg.dataType) {
            throw SparkError("DATATYPE_MISMATCH.HASH_MAP_TYPE", "Cannot resolve \"\(c.sqlExpr)\" due to data type mismatch: Input to the function `xxhash64` cannot contain elements of the \"MAP\" type. In Spark, same maps may have different hashcode, thus hash expressions are prohibited on \"MAP\" elements. To restore previous behavior set \"spark.sql.legacy.allowHashOnMapType\" to \"true\".")
        }
        let types = c.args.map(\.dataType)
        return c.make(c.args, .long, nullIntolerant: false) { v in
            var h: UInt64 = 42
            for (value, type) in zip(v, types) { h = XxHash64.hashValue(value, type, seed: h) }
            return .int(Int64(bitPattern: h))
        }
    }
    + scalar("crc32") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.coerce(0, to: .binary)], .long) { v in
            guard case .binary(let bytes) = v[0] else { return .null }
            return .int(Int64(Digest.crc32(bytes)))
        }
    }
    + scalar("md5", "sha1", "sha") { c, _ throws(SparkError) in
        try c.arity(1)
        let md5 = c.name == "md5"
        return c.make([try c.coerce(0, to: .binary)], .string) { v in
            guard case .binary(let bytes) = v[0] else { return .null }
            return .string(Digest.hex(md5 ? Digest.md5(bytes) : Digest.sha1(bytes)))
        }
    }
    + scalar("sha2") { c, _ throws(SparkError) in
        try c.arity(2)
        return c.make([try c.coerce(0, to: .binary), try c.int(1)], .string, nullable: true) { v in
            guard case .binary(let bytes) = v[0], case .int(let bits) = v[1] else { return .null }
            switch bits {
            case 0, 256: return .string(Digest.hex(Digest.sha256(bytes, truncatedTo224: false)))
            case 224: return .string(Digest.hex(Digest.sha256(bytes, truncatedTo224: true)))
            case 384: return .string(Digest.hex(Digest.sha512(bytes, truncatedTo384: true)))
            case 512: return .string(Digest.hex(Digest.sha512(bytes, truncatedTo384: false)))
            default: return .null
            }
        }
    }

/// Spark's `XxHash64` as the `xxhash64()` function uses it (seed 42), with the same per-type rules as Murmur3.
enum XxHash64 {
    static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    static func fmix(_ h: UInt64) -> UInt64 {
        var hash = h
        hash ^= hash >> 33
        hash = hash &* p2
        hash ^= hash >> 29
        hash = hash &* p3
        hash ^= hash >> 32
        return hash
    }

    static func hashInt(_ input: UInt32, seed: UInt64) -> UInt64 {
        var hash = seed &+ p5 &+ 4
        hash ^= UInt64(input) &* p1
        hash = rotl(hash, 23) &* p2 &+ p3
        return fmix(hash)
    }

    static func hashLong(_ input: UInt64, seed: UInt64) -> UInt64 {
        var hash = seed &+ p5 &+ 8
        hash ^= rotl(input &* p2, 31) &* p1
        hash = rotl(hash, 27) &* p1 &+ p4
        return fmix(hash)
    }

    static func hashBytes(_ b: [UInt8], seed: UInt64) -> UInt64 {
        func long(_ i: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) } }
        func int(_ i: Int) -> UInt64 { (0..<4).reduce(0) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) } }
        let length = b.count
        var offset = 0
        var hash: UInt64
        if length >= 32 {
            var v1 = seed &+ p1 &+ p2, v2 = seed &+ p2, v3 = seed, v4 = seed &- p1
            while offset <= length - 32 {
                v1 = rotl(v1 &+ long(offset) &* p2, 31) &* p1
                v2 = rotl(v2 &+ long(offset + 8) &* p2, 31) &* p1
                v3 = rotl(v3 &+ long(offset + 16) &* p2, 31) &* p1
                v4 = rotl(v4 &+ long(offset + 24) &* p2, 31) &* p1
                offset += 32
            }
            hash = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            for v in [v1, v2, v3, v4] {
                hash ^= rotl(v &* p2, 31) &* p1
                hash = hash &* p1 &+ p4
            }
        } else {
            hash = seed &+ p5
        }
        hash = hash &+ UInt64(length)
        while offset + 8 <= length {
            hash ^= rotl(long(offset) &* p2, 31) &* p1
            hash = rotl(hash, 27) &* p1 &+ p4
            offset += 8
        }
        if offset + 4 <= length {
            hash ^= int(offset) &* p1
            hash = rotl(hash, 23) &* p2 &+ p3
            offset += 4
        }
        while offset < length {
            hash ^= UInt64(b[offset]) &* p5
            hash = rotl(hash, 11) &* p1
            offset += 1
        }
        return fmix(hash)
    }

    static func hashValue(_ value: Value, _ type: DataType, seed: UInt64) -> UInt64 {
        switch value {
        case .null: return seed
        case .bool(let b): return hashInt(b ? 1 : 0, seed: seed)
        case .int(let v):
            if type == .long || type == .timestamp { return hashLong(UInt64(bitPattern: v), seed: seed) }
            return hashInt(UInt32(truncatingIfNeeded: v), seed: seed)
        case .double(let d):
            if type == .float {
                let f = Float(d)
                return hashInt(f == 0 ? 0 : (f.isNaN ? 0x7fc0_0000 : f.bitPattern), seed: seed)
            }
            return hashLong(d == 0 ? 0 : (d.isNaN ? 0x7ff8_0000_0000_0000 : d.bitPattern), seed: seed)
        case .decimal(let unscaled, let scale):
            var u = unscaled, precision = 38
            if case .decimal(let p, let s) = type {
                precision = p
                if s != scale, let r = Decimal128.rescale(unscaled, from: scale, to: s) { u = r }
            }
            if precision <= 18 { return hashLong(UInt64(bitPattern: Int64(truncatingIfNeeded: u)), seed: seed) }
            return hashBytes(Murmur3.bigIntegerBytes(u), seed: seed)
        case .string(let s): return hashBytes(Array(s.utf8), seed: seed)
        case .binary(let b): return hashBytes(b, seed: seed)
        case .date(let d): return hashInt(UInt32(bitPattern: d), seed: seed)
        case .timestamp(let t), .interval(let t): return hashLong(UInt64(bitPattern: t), seed: seed)
        case .array(let items):
            let e: DataType = if case .array(let et, _) = type { et } else { .null }
            return items.reduce(seed) { hashValue($1, e, seed: $0) }
        case .map(let entries):
            var kt = DataType.null, vt = DataType.null
            if case .map(let k, let v, _) = type { kt = k; vt = v }
            return entries.reduce(seed) { hashValue($1.value, vt, seed: hashValue($1.key, kt, seed: $0)) }
        case .struct(let fields):
            let types: [DataType] = if case .struct(let fs) = type { fs.map(\.dataType) } else { [] }
            var h = seed
            for (i, f) in fields.enumerated() { h = hashValue(f, i < types.count ? types[i] : .null, seed: h) }
            return h
        }
    }
}

func containsMap(_ t: DataType) -> Bool {
    switch t {
    case .map: true
    case .array(let e, _): containsMap(e)
    case .struct(let fs): fs.contains { containsMap($0.dataType) }
    default: false
    }
}

/// Message digests computed here, so the engine needs no crypto library.
enum Digest {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).leftPadded(2) }.joined()
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~crc
    }

    /// Pads a message to 64-byte blocks with its bit length (big- or little-endian).
    static func pad(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var m = bytes
        let bitLength = UInt64(bytes.count) * 8
        m.append(0x80)
        while m.count % 64 != 56 { m.append(0) }
        for i in 0..<8 {
            let shift = bigEndian ? 8 * (7 - i) : 8 * i
            m.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        return m
    }

    static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
    static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    static func md5(_ bytes: [UInt8]) -> [UInt8] {
        let s: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
        let k: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296)) }
        var a0: UInt32 = 0x6745_2301, b0: UInt32 = 0xefcd_ab89, c0: UInt32 = 0x98ba_dcfe, d0: UInt32 = 0x1032_5476
        let m = pad(bytes, bigEndian: false)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            let w = (0..<16).map { i in
                UInt32(m[chunk + 4 * i]) | UInt32(m[chunk + 4 * i + 1]) << 8 | UInt32(m[chunk + 4 * i + 2]) << 16 | UInt32(m[chunk + 4 * i + 3]) << 24
            }
            var a = a0, b = b0, c = c0, d = d0
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ k[i] &+ w[g]
                a = d; d = c; c = b
                b = b &+ rotl(f, s[i])
            }
            a0 = a0 &+ a; b0 = b0 &+ b; c0 = c0 &+ c; d0 = d0 &+ d
        }
        return [a0, b0, c0, d0].flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
    }

    static func bigEndianWords(_ m: [UInt8], _ chunk: Int) -> [UInt32] {
        (0..<16).map { i in
            UInt32(m[chunk + 4 * i]) << 24 | UInt32(m[chunk + 4 * i + 1]) << 16 | UInt32(m[chunk + 4 * i + 2]) << 8 | UInt32(m[chunk + 4 * i + 3])
        }
    }

    static func bytes(_ words: [UInt32]) -> [UInt8] {
        words.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * (3 - UInt32($0)))) } }
    }

    static func sha1(_ input: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let m = pad(input, bigEndian: true)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            var w = bigEndianWords(m, chunk)
            for i in 16..<80 { w.append(rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32) = switch i {
                case 0..<20: ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (b ^ c ^ d, 0xCA62_C1D6)
                }
                let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = rotl(b, 30); b = a; a = t
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
        }
        return bytes(h)
    }

    static let sha256K: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func sha256(_ input: [UInt8], truncatedTo224: Bool) -> [UInt8] {
        var h: [UInt32] = truncatedTo224
            ? [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
            : [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let m = pad(input, bigEndian: true)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            var w = bigEndianWords(m, chunk)
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w.append(w[i - 16] &+ s0 &+ w[i - 7] &+ s1)
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ sha256K[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            for (i, x) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ x }
        }
        return Array(bytes(h).prefix(truncatedTo224 ? 28 : 32))
    }

    static let sha512K: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
        0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
        0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
        0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
        0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
        0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
        0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
        0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
        0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
        0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
        0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    /// SHA-512, or SHA-384 (other initial values, the first 48 bytes of the result).
    static func sha512(_ input: [UInt8], truncatedTo384: Bool) -> [UInt8] {
        var h: [UInt64] = truncatedTo384 ? [
            0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
            0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
        ] : [
            0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
            0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
        ]
        var m = input
        m.append(0x80)
        while m.count % 128 != 112 { m.append(0) }
        m += [UInt8](repeating: 0, count: 8)
        let bitLength = UInt64(input.count) &* 8
        for i in 0..<8 { m.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * (7 - i)))) }
        func rotr64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
        for chunk in stride(from: 0, to: m.count, by: 128) {
            var w: [UInt64] = (0..<16).map { i in
                (0..<8).reduce(UInt64(0)) { acc, j in acc << 8 | UInt64(m[chunk + 8 * i + j]) }
            }
            for i in 16..<80 {
                let s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
                let s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
                w.append(w[i - 16] &+ s0 &+ w[i - 7] &+ s1)
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<80 {
                let s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ sha512K[i] &+ w[i]
                let s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            for (i, x) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ x }
        }
        let out = h.flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v >> UInt64(8 * (7 - $0))) } }
        return Array(out.prefix(truncatedTo384 ? 48 : 64))
    }
}
