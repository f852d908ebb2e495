import Testing
@testable import SparkLite

// Expected hashes come from PySpark 4.3: `spark.sql("SELECT hash(...)")`.
struct Murmur3Tests {
    struct Case: CustomTestStringConvertible, Sendable {
        let values: [Value]
        let types: [DataType]
        let expected: Int32
        var testDescription: String { "hash(\(values)) : \(types)" }
        init(_ values: [Value], _ types: [DataType], _ expected: Int32) {
            self.values = values
            self.types = types
            self.expected = expected
        }
        init(_ value: Value, _ type: DataType, _ expected: Int32) { self.init([value], [type], expected) }
    }

    static let cases: [Case] = [
        Case(.int(1), .int, -559_580_957),
        Case(.int(0), .int, 933_211_791),
        Case(.int(-1), .int, -1_604_776_387),
        Case(.int(2_147_483_647), .int, 133_916_647),
        Case(.int(1), .long, -1_712_319_331),
        Case(.int(-1), .long, -939_490_007),
        Case(.int(1), .byte, -559_580_957),
        Case(.int(1), .short, -559_580_957),
        Case(.string("abc"), .string, 1_322_437_556),
        Case(.string(""), .string, 142_593_372),
        Case(.string("a"), .string, 1_485_273_170),
        Case(.string("ab"), .string, -97_053_317),
        Case(.string("abcd"), .string, -396_302_900),
        Case(.string("abcde"), .string, 814_637_928),
        Case(.string("héllo"), .string, 1_212_979_866),
        Case(.string("日本語"), .string, -1_143_049_834),
        Case(.double(1.5), .double, 1_290_763_749),
        Case(.double(0.0), .double, -1_670_924_195),
        Case(.double(-0.0), .double, -1_670_924_195),
        Case(.double(.nan), .double, -1_281_358_385),
        Case(.double(-2.5e10), .double, 1_753_668_035),
        Case(.double(.infinity), .double, 833_680_482),
        Case(.double(1.5), .float, -221_251_528),
        Case(.double(-0.0), .float, 933_211_791),
        Case(.double(.nan), .float, -349_261_430),
        Case(.bool(true), .boolean, -559_580_957),
        Case(.bool(false), .boolean, 933_211_791),
        Case(.null, .null, 42),
        Case(.null, .int, 42),
        Case(.date(19753), .date, 1_648_657_082),
        Case(.timestamp(1_706_704_496_000_000), .timestamp, 343_719_916),
        Case(.decimal(150, scale: 2), .decimal(precision: 3, scale: 2), -2_056_712_946),
        Case(.decimal(12345, scale: 2), .decimal(precision: 20, scale: 2), 589_679_666),
        Case(.decimal(-1_234_500_000_000, scale: 10), .decimal(precision: 38, scale: 10), 1_976_400_524),
        Case(.decimal(100_000_000_000_000_000_000, scale: 0), .decimal(precision: 38, scale: 0), 707_288_794),
        Case(.decimal(-1, scale: 0), .decimal(precision: 20, scale: 0), 1_398_487_324),
        Case(.decimal(0, scale: 0), .decimal(precision: 20, scale: 0), -783_713_497),
        Case(.decimal(255, scale: 0), .decimal(precision: 20, scale: 0), 1_246_198_977),
        Case(.decimal(128, scale: 0), .decimal(precision: 25, scale: 0), -544_401_882),
        Case(.decimal(12_345_678_901_234_567_890, scale: 0), .decimal(precision: 20, scale: 0), -493_604_283),
        Case(.binary([1, 2]), .binary, 1_964_783_052),
        Case(.array([1, 2, 3]), .array(element: .int, containsNull: false), -912_918_097),
        Case(.array(["a", .null]), .array(element: .string, containsNull: true), 1_485_273_170),
        Case(.array([]), .array(element: .int, containsNull: false), 42),
        Case(.array([.array([1]), .array([2, 3])]), .array(element: .array(element: .int, containsNull: false), containsNull: false), -912_918_097),
        Case(.struct([1, "x"]), .struct([StructField("a", .int), StructField("b", .string)]), -1_305_545_736),
        Case([1, "abc"], [.int, .string], -1_267_584_506),
        Case([1, .null, 2], [.int, .null, .int], -222_940_379),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: Case) {
        #expect(Murmur3.hash(c.values, types: c.types) == c.expected)
    }

    @Test func partitionOfKeyMatchesSparkPmod() {
        // pmod(hash(1), 200) = 43 and pmod(hash('abc'), 200) = 156 in Spark.
        func pmod(_ h: Int32, _ n: Int32) -> Int32 { ((h % n) + n) % n }
        #expect(pmod(Murmur3.hash([1], types: [.int]), 200) == 43)
        #expect(pmod(Murmur3.hash(["abc"], types: [.string]), 200) == 156)
    }
}
