import Foundation
import Testing
@testable import PyLite

/// Bounded fuzzing: mutated case files and pathological inputs must never crash or hang the process; any
/// result or `PyError` is fine. Set `PYLITE_FUZZ_ITERATIONS` (and `PYLITE_FUZZ_SEED`) to run longer.
struct FuzzTests {
    /// SplitMix64: small, fast and deterministic for a given seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "\n    ", "\t", "\\", "\\\n", "'", "\"", "'''", "f'{", "}", "#", "=",
        "==", "lambda", "def ", "class ", "yield", "return", "import os", "while True:", "for x in y:", "*", "**",
        ",", ".", "@", "->", ":=", "not", "and", "or", "if", "else", "try:", "except:", "finally:", "raise", "global x",
        "nonlocal x", "del", "10**10", "'x' * 10**9", "\u{0}", "\u{FEFF}", "é", "\u{1F600}", "0x", "1e", "1_", "9" + String(repeating: "9", count: 30),
    ]

    static let pathological: [String] = [
        String(repeating: "(", count: 10_000),
        String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
        String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
        "x = " + String(repeating: "-", count: 10_000) + "1",
        "x = " + String(repeating: "not ", count: 10_000) + "1",
        "x = " + String(repeating: "lambda: ", count: 5_000) + "1",
        "x = 1" + String(repeating: " + 1", count: 10_000),
        "x = a" + String(repeating: "[0]", count: 10_000),
        "x = a" + String(repeating: ".b", count: 10_000),
        "x = f" + String(repeating: "()", count: 10_000),
        "x = " + String(repeating: "2 ** ", count: 5_000) + "2",
        "x = 1 if " + String(repeating: "1 if 1 else ", count: 5_000) + "1 else 1",
        "x = '" + String(repeating: "\\", count: 10_001),
        "x = '''unterminated\n" + String(repeating: "line\n", count: 1000),
        "x = f'" + String(repeating: "{", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "'",
        (0..<300).map { String(repeating: " ", count: $0) + "if x:" }.joined(separator: "\n"),
        "def f():\n" + String(repeating: "    ", count: 200) + "pass",
        "a = []\nfor i in range(100000):\n    a = [a]\nprint(len(str(a)))",
        "t = ()\nfor i in range(100000):\n    t = (t,)\nd = {t: 1}",
        "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(repr(t)[:10], t == t, t < t)",
        "a = []\na.append(a)\nprint(a, a == a)",
        "d = {}\nd['self'] = d\nprint(d)",
        "def f(): return f()\nf()",
        "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
        "class A:\n    def __eq__(self, o): return self == o\nA() == A()",
        "import itertools\nlist(itertools.count())",
        "x = [1]\nfor v in x:\n    x.append(v)",
        "s = 'a'\nwhile True:\n    s += s",
        "print(" + String(repeating: "1,", count: 10_000) + ")",
        "x = {" + String(repeating: "1: {", count: 150) + String(repeating: "}", count: 151),
        "\u{0}\u{1}\u{2}",
        "x = 9223372036854775807 + 1",
        "x = -9223372036854775807 - 2",
        "x = (-9223372036854775807 - 1) // -1",
        "x = abs(-9223372036854775807 - 1)",
        "x = 2 ** 63",
        "x = 1 << 64",
        "x = int('9' * 100)",
        "x = round(1e300)",
        "x = [0] * (2**62)",
        "x = 'ab' * (2**62)",
        "x = range(-2**63, 2**63 - 1)\nlen(x)",
        "x = '%.1000000f' % 1.5",
        "x = f'{1.5:.99999999f}'",
        "x = '{:99999999999999999999}'.format(1)",
        "import re\nre.compile('(' * 10000)",
        "x = chr(0x110000)",
        "x = [1, 2, 3][::0]",
        "x = 'abc'[-(2**63):]",
        "x = list(range(10))[2**62:2**63-1:2**62]",
        "import math\nmath.factorial(10**6)",
        "x = sorted([1, 'a', None])",
        "x = divmod(-9223372036854775807 - 1, -1)",
        "x = pow(2, 2**62, 7)",
        "x = hash(float('nan'))",
        "x = int(float('inf'))",
        "x = 1.0 // 0.0",
        "import datetime\ndatetime.date(1, 1, 1) - datetime.timedelta(days=1)",
        "import datetime\ndatetime.timedelta(days=10**12)",
    ]

    static func mutate(_ source: String, _ rng: inout Generator) -> String {
        var scalars = Array(source.unicodeScalars)
        let mutations = Int.random(in: 1...4, using: &rng)
        for _ in 0..<mutations {
            let count = scalars.count
            let a = count > 0 ? Int.random(in: 0..<count, using: &rng) : 0
            let length = count > 0 ? Int.random(in: 0...min(20, count - a), using: &rng) : 0
            switch Int.random(in: 0..<6, using: &rng) {
            case 0:
                scalars.removeSubrange(a..<(a + length))
            case 1:
                scalars.insert(contentsOf: scalars[a..<(a + length)], at: a)
            case 2:
                let b = count > 0 ? Int.random(in: 0..<count, using: &rng) : 0
                if a < count && b < count { scalars.swapAt(a, b) }
            case 3:
                let fragment = fragments[Int.random(in: 0..<fragments.count, using: &rng)]
                scalars.insert(contentsOf: fragment.unicodeScalars, at: min(a, scalars.count))
            case 4:
                let random = (0..<Int.random(in: 1...8, using: &rng)).compactMap { _ in
                    Unicode.Scalar(UInt32.random(in: 0...0x7F, using: &rng))
                }
                scalars.insert(contentsOf: random, at: min(a, scalars.count))
            default:
                // Duplicate a whole line somewhere else.
                let lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                guard !lines.isEmpty else { continue }
                var copy = lines.map(String.init)
                let line = copy[Int.random(in: 0..<copy.count, using: &rng)]
                copy.insert(line, at: Int.random(in: 0...copy.count, using: &rng))
                scalars = Array(copy.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static let fuzzLimits = Limits(
        maxSteps: 20_000, maxRecursionDepth: 60, maxCollectionLength: 20_000, wallClockSeconds: 0.1,
        maxMemoryGrowthBytes: 1 << 30)

    static func runQuietly(_ source: String) {
        let interpreter = PyInterpreter(limits: fuzzLimits)
        _ = try? interpreter.run(source: source, filename: "fuzz.py")
        if let main = interpreter.global("main") {
            _ = try? interpreter.call(main)
        }
    }

    @Test func pathologicalInputsDoNotCrash() {
        for source in Self.pathological {
            Self.runQuietly(source)
        }
    }

    @Test func mutatedCaseFilesDoNotCrash() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["PYLITE_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 600
        let seed = environment["PYLITE_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED
        let directory = try #require(CaseFileTests.caseDirectory)
        let sources = try CaseFileTests.caseNames.map {
            try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }
        try #require(!sources.isEmpty)
        var rng = Generator(state: seed)
        let start = Date()
        for iteration in 0..<iterations {
            let source = sources[iteration % sources.count]
            Self.runQuietly(Self.mutate(source, &rng))
        }
        // The budget keeps each run short; the whole loop must stay bounded too.
        #expect(Date().timeIntervalSince(start) < Double(iterations) * 0.3 + 5)
    }
}
