import PyLite
import SparkLite
import Testing
@testable import PySparkBridge

/// A `decimal.Decimal` into a `DecimalType(precision, scale)` column and back out with `collect()`; the
/// expected reprs and error classes are real PySpark's.
struct DecimalConversionTests {
    struct Case: Sendable, CustomStringConvertible {
        let precision: Int, scale: Int, text: String
        /// The collected value's repr, or the error class.
        let expected: String
        var description: String { "Decimal('\(text)') as decimal(\(precision),\(scale))" }
    }

    static let cases: [Case] = [
        Case(precision: 8, scale: 2, text: "12.5", expected: "Decimal('12.50')"),
        Case(precision: 8, scale: 2, text: "5.555", expected: "Decimal('5.56')"),
        Case(precision: 8, scale: 2, text: "-5.555", expected: "Decimal('-5.56')"),
        Case(precision: 8, scale: 2, text: "NaN", expected: "None"),
        Case(precision: 20, scale: 10, text: "1E-7", expected: "Decimal('1.000E-7')"),
        Case(precision: 38, scale: 18, text: "0", expected: "Decimal('0E-18')"),
        Case(precision: 10, scale: 0, text: "100", expected: "Decimal('100')"),
        Case(precision: 5, scale: 2, text: "1E+2", expected: "Decimal('100.00')"),
        Case(precision: 5, scale: 2, text: "-0", expected: "Decimal('0.00')"),
        Case(precision: 10, scale: 0, text: "2.5", expected: "Decimal('3')"),
        Case(precision: 10, scale: 0, text: "-2.5", expected: "Decimal('-3')"),
        Case(precision: 3, scale: 3, text: "0.0005", expected: "Decimal('0.001')"),
        Case(precision: 38, scale: 0, text: String(repeating: "9", count: 38), expected: "Decimal('\(String(repeating: "9", count: 38))')"),
        Case(precision: 4, scale: 2, text: "99.995", expected: "NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION"),
    ]

    @Test(arguments: cases)
    func collectsAsPySparkDoes(_ c: Case) throws {
        let source = """
        from decimal import Decimal
        from pyspark.sql.types import DecimalType, StructField, StructType

        def solve(spark):
            schema = StructType([StructField("d", DecimalType(\(c.precision), \(c.scale)), True)])
            value = spark.createDataFrame([(Decimal("\(c.text)"),)], schema).collect()[0].d
            return spark.createDataFrame([(repr(value),)], ["r"])
        """
        do {
            let run = try runSolution(source)
            #expect(run.rows == [[.string(c.expected)]])
        } catch {
            #expect(error.errorClass == c.expected)
        }
    }

    @Test func literalTypesFollowTheDecimalsDigits() throws {
        let run = try runSolution("""
        from decimal import Decimal
        from pyspark.sql import functions as F

        def solve(spark):
            return spark.range(1).select(F.lit(Decimal("0.001")).alias("a"), F.lit(Decimal("1E+3")).alias("b"),
                                         F.lit(Decimal("-12.50")).alias("c"))
        """)
        #expect(run.columns.map(\.dataType.simpleString) == ["decimal(3,3)", "decimal(4,0)", "decimal(4,2)"])
        do {
            _ = try runSolution("""
            from decimal import Decimal
            from pyspark.sql import functions as F

            def solve(spark):
                return spark.range(1).select(F.lit(Decimal("1E+40")))
            """)
            Issue.record("a 41-digit literal should not be accepted")
        } catch {
            #expect(error.errorClass == "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION")
        }
    }
}
