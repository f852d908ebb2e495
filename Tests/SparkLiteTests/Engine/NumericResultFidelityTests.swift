import Testing
@testable import SparkLite

// Column names, types and values come from PySpark 4.3 (`spark.sql(...)`, ANSI on, local[2]).
struct NumericResultFidelityTests {
    typealias Query = SQLResultCase

    static let queries: [Query] = [
        // An integer literal beside a decimal is a decimal of just its digits: 3 is DECIMAL(1,0).
        Query("SELECT 1.0 / 3, 1.5 * 2, 12.34 + 100, 0.5 - 1000000L, CAST(1 AS DECIMAL(38,18)) * 2, 1.0 / -7",
              ["(1.0 / 3)", "(1.5 * 2)", "(12.34 + 100)", "(0.5 - 1000000)", "(CAST(1 AS DECIMAL(38,18)) * 2)", "(1.0 / -7)"],
              ["decimal(7,6)", "decimal(4,1)", "decimal(6,2)", "decimal(9,1)", "decimal(38,16)", "decimal(7,6)"],
              [.decimal(333_333, scale: 6), .decimal(30, scale: 1), .decimal(11_234, scale: 2), .decimal(-9_999_995, scale: 1),
               .decimal(20_000_000_000_000_000, scale: 16), .decimal(-142_857, scale: 6)]),
        // One value has no sample deviation: null, not NaN.
        Query("SELECT stddev(x), variance(x), stddev_pop(x), var_pop(x) FROM VALUES (5) AS t(x)",
              ["stddev(x)", "variance(x)", "stddev_pop(x)", "var_pop(x)"], ["double", "double", "double", "double"],
              [.null, .null, .double(0), .double(0)]),
        // The central-moment updates round like Spark's, to the last bit.
        Query("SELECT stddev(x), variance(x) FROM VALUES (0.1D), (0.2D), (0.3D), (1e10D), (7.7D) AS t(x)",
              ["stddev(x)", "variance(x)"], ["double", "double"], [.double(4472135954.071611), .double(1.9999999991700005e+19)]),
    ]

    @Test(arguments: queries)
    func matchesSpark(_ q: Query) throws {
        try q.check()
    }
}
