import Testing
@testable import SparkLite

// Expected common types come from PySpark 4.3 (ANSI on): `typeof(coalesce(a, b, ...))`, `typeof(a + b)`.
struct TypeCoercionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let types: [DataType]
        let expected: DataType?
        var testDescription: String { types.map(\.simpleString).joined(separator: ", ") }
        init(_ types: [DataType], _ expected: DataType?) {
            self.types = types
            self.expected = expected
        }
    }

    static func dec(_ p: Int, _ s: Int) -> DataType { .decimal(precision: p, scale: s) }

    static let cases: [Case] = [
        Case([.int, .long], .long),
        Case([.byte, .short], .short),
        Case([.int, .double], .double),
        Case([.long, .float], .double),
        Case([.float, .float], .float),
        Case([.int, dec(5, 2)], dec(12, 2)),
        Case([.int, dec(3, 2)], dec(12, 2)),
        Case([.long, dec(3, 2)], dec(22, 2)),
        Case([.byte, dec(3, 2)], dec(5, 2)),
        Case([dec(38, 10), .long], dec(38, 10)),
        Case([dec(38, 2), dec(38, 20)], dec(38, 2)),
        Case([.double, dec(3, 2)], .double),
        Case([.float, dec(3, 2)], .double),
        Case([.int, .long, dec(2, 1)], dec(21, 1)),
        Case([.string, .int], .long),
        Case([.int, .string], .long),
        Case([.double, .string], .double),
        Case([.string, .int, dec(2, 1)], dec(21, 1)),
        Case([.int, dec(2, 1), .string], .double),
        Case([.date, .string], .date),
        Case([.string, .boolean], .boolean),
        Case([.string, .timestamp], .timestamp),
        Case([.string, .binary], .binary),
        Case([.date, .timestamp], .timestamp),
        Case([.null, .int], .int),
        Case([.int, .boolean], nil),
        Case([.int, .date], nil),
        Case([.int, .string, .date], nil),
        Case([.array(element: .int, containsNull: false), .array(element: .long, containsNull: false)], .array(element: .long, containsNull: false)),
        Case([.array(element: .int, containsNull: false), .array(element: .string, containsNull: false)], .array(element: .long, containsNull: false)),
        Case([.struct([StructField("a", .int)]), .struct([StructField("a", .long)])], .struct([StructField("a", .long)])),
        Case([.struct([StructField("a", .int)]), .struct([StructField("b", .int)])], nil),
        Case([.map(key: .string, value: .int, valueContainsNull: false), .map(key: .string, value: dec(2, 1), valueContainsNull: false)],
             .map(key: .string, value: dec(11, 1), valueContainsNull: false)),
    ]

    @Test(arguments: cases)
    func widerCommonType(_ c: Case) {
        #expect(TypeCoercion.widerType(c.types) == c.expected)
    }

    struct CastCase: Sendable {
        let from: DataType
        let to: DataType
        let allowed: Bool
    }

    // upper(1), length(date), date_add('2024-01-31', 1), substring(s, 2L), substring(s, 1.5) coerce; upper(array) does not.
    static let implicitCases: [CastCase] = [
        CastCase(from: .int, to: .string, allowed: true),
        CastCase(from: .date, to: .string, allowed: true),
        CastCase(from: .string, to: .date, allowed: true),
        CastCase(from: .string, to: .int, allowed: true),
        CastCase(from: .long, to: .int, allowed: true),
        CastCase(from: .int, to: .long, allowed: true),
        CastCase(from: .int, to: .double, allowed: true),
        CastCase(from: dec(2, 1), to: .int, allowed: true),
        CastCase(from: .int, to: dec(10, 0), allowed: true),
        CastCase(from: .int, to: dec(5, 0), allowed: true),
        CastCase(from: .date, to: .timestamp, allowed: true),
        CastCase(from: .timestamp, to: .date, allowed: false),
        CastCase(from: .array(element: .string, containsNull: false), to: .string, allowed: false),
        CastCase(from: .boolean, to: .int, allowed: false),
        CastCase(from: .null, to: .date, allowed: true),
    ]

    @Test(arguments: implicitCases)
    func implicitCast(_ c: CastCase) {
        let e = Expression.attribute(AttributeReference(name: "x", dataType: c.from))
        let result = TypeCoercion.implicitCast(e, to: c.to)
        #expect((result != nil) == c.allowed)
        if let result { #expect(result.dataType == c.to) }
    }
}
