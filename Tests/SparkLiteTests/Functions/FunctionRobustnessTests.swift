import Testing
@testable import SparkLite

/// Every built-in scalar function is called with awkward arguments (extremes, NaN, empty, malformed, nulls,
/// wrong types). Errors are expected; a trap would crash the test process, which is what this guards against.
struct FunctionRobustnessTests {
    static let samples: [Expression] = [
        .i(0), .i(-1), .i(Int64(Int32.max)), .i(Int64(Int32.min)), .l(Int64.min), .l(Int64.max),
        .d(.nan), .d(-0.0), .d(1e308), .d(-.infinity), .d(0.5),
        .s(""), .s("abc"), .s("2024-02-29"), .s("2024-02-29 23:59:59"), .s("-1"), .s("%_\\"), .s("[("), .s("yyyy-MM-dd"),
        .s("{\"a\": [1, {\"b\": null}]}"), .s("$.a[1].b"), .s("é👍"),
        .dec("-0.5"), .dec("99999999999999999999999999999999999.999"),
        .literal(.date(Int32.max), .date), .literal(.date(Int32.min), .date), .date("2024-02-29"),
        .literal(.timestamp(Int64.max), .timestamp), .literal(.timestamp(Int64.min / 2), .timestamp), .ts("2024-02-29 10:00:00"),
        .null, .nullOf(.int), .nullOf(.string),
        .arr([1, .null, 3], .int), .arr([], .int), .arr(["a", .null], .string),
        .literal(.map([MapEntry("k", 1)]), .map(key: .string, value: .int, valueContainsNull: false)),
        .literal(.struct([1, "x"]), .struct([StructField("a", .int), StructField("b", .string)])),
        .b(true), .literal(.binary([0, 255]), .binary),
    ]

    /// A small deterministic generator, so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test func noFunctionTrapsOnAwkwardArguments() {
        var random = Generator(state: 42)
        let skipped: Set<String> = ["uuid", "rand", "random", "randn"]
        var built = 0
        for name in FunctionRegistry.builtin.names where !skipped.contains(name) {
            for arity in 0...4 {
                for _ in 0..<30 {
                    let args = (0..<arity).map { _ in Self.samples[random.next(Self.samples.count)] }
                    guard let e = try? FunctionTestSupport.build(name, args) else { continue }
                    built += 1
                    _ = try? FunctionTestSupport.eval(e)
                }
            }
        }
        #expect(built > 1000)
    }

    @Test func noCastTrapsOnAwkwardValues() {
        let targets: [DataType] = [.boolean, .byte, .short, .int, .long, .float, .double, .decimal(precision: 5, scale: 2),
                                   .decimal(precision: 38, scale: 0), .decimal(precision: 38, scale: 37), .string, .binary,
                                   .date, .timestamp, .array(element: .string, containsNull: true),
                                   .map(key: .string, value: .long, valueContainsNull: true)]
        var casts = 0
        for sample in Self.samples {
            guard case .literal(let value, let from) = sample else { continue }
            for to in targets {
                for mode in [EvalMode.ansi, .try, .legacy] where Cast.canCast(from: from, to: to, mode: mode) {
                    casts += 1
                    _ = try? Cast.evaluate(value, from: from, to: to, mode: mode)
                }
            }
        }
        #expect(casts > 300)
    }
}
