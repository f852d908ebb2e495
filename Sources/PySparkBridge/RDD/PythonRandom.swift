import Foundation

/// CPython's `random.Random` (Mersenne Twister MT19937, seeded from an int as CPython seeds it), for
/// PySpark's samplers: `rdd.sample(False, 0.1, seed)` keeps exactly the elements real PySpark keeps.
struct PythonRandom {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// `random.Random(seed)`: the absolute value split into 32-bit words, least significant first.
    init(seed: Int) {
        var n = seed.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: n))
            n >>= 32
        } while n > 0
        initByArray(key)
    }

    private mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
        }
        mt[0] = 0x8000_0000
    }

    mutating func genrandUInt32() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % 624] & 0x7fff_ffff)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    mutating func random() -> Double {
        let a = Double(genrandUInt32() >> 5), b = Double(genrandUInt32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k <= 32.
    mutating func getrandbits(_ k: Int) -> UInt32 { genrandUInt32() >> UInt32(32 - k) }

    /// `randint(a, b)` for a small range: `_randbelow` by rejection sampling on `getrandbits`.
    mutating func randint(_ a: Int, _ b: Int) -> Int {
        let n = b - a + 1
        let k = Int.bitWidth - (n).leadingZeroBitCount
        var r = Int(getrandbits(k))
        while r >= n { r = Int(getrandbits(k)) }
        return a + r
    }

    /// `expovariate(lambd)`.
    mutating func expovariate(_ lambd: Double) -> Double { -log(1.0 - random()) / lambd }
}

/// PySpark's `RDDSampler`: per partition, a generator seeded with `seed ^ split` and warmed up with ten
/// `randint(0, 1)` calls; Bernoulli sampling without replacement, Poisson counts with replacement.
struct RDDSampler {
    let withReplacement: Bool
    let fraction: Double
    let seed: Int

    func sample<T>(_ split: Int, _ items: [T]) -> [T] {
        var random = PythonRandom(seed: seed ^ split)
        for _ in 0..<10 { _ = random.randint(0, 1) }
        guard withReplacement else { return items.filter { _ in random.random() < fraction } }
        var out: [T] = []
        for item in items {
            let count = poisson(&random, fraction)
            out += Array(repeating: item, count: count)
        }
        return out
    }

    /// `getPoissonSample(mean)`: Knuth's algorithm below 20, sums of exponentials above.
    func poisson(_ random: inout PythonRandom, _ mean: Double) -> Int {
        var k = 0
        if mean < 20.0 {
            let l = exp(-mean)
            var p = random.random()
            while p > l {
                k += 1
                p *= random.random()
            }
        } else {
            var p = random.expovariate(mean)
            while p < 1.0 {
                k += 1
                p += random.expovariate(mean)
            }
        }
        return k
    }
}
