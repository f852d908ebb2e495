import Testing
@testable import SparkLite

// Values, types and error classes come from PySpark 4.3 (`spark.sql(...)`, ANSI on, local[2]).
struct HigherOrderFunctionTests {
    struct Query: CustomTestStringConvertible, Sendable {
        let sql: String
        let value: Value
        let type: DataType
        var testDescription: String { sql }
        init(_ sql: String, _ value: Value, _ type: DataType) {
            self.sql = sql
            self.value = value
            self.type = type
        }
    }

    static let ints = DataType.array(element: .int, containsNull: false)

    static let queries: [Query] = [
        // The shorter array is padded with nulls.
        Query("zip_with(array(1, 2, 3), array(10), (a, b) -> coalesce(a, 0) + coalesce(b, 0))", .array([11, 2, 3]), ints),
        // An inner lambda reads the outer lambda's parameter.
        Query("transform(array(1, 2), x -> transform(array(10, 20), y -> x + y))", .array([.array([11, 21]), .array([12, 22])]),
              .array(element: ints, containsNull: false)),
        // An inner parameter of the same name hides the outer one.
        Query("transform(array(1), x -> transform(array(5), x -> x * 2))", .array([.array([10])]), .array(element: ints, containsNull: false)),
        Query("filter(array(5, 6, 7), (x, i) -> i > 0)", .array([6, 7]), ints),
        Query("transform(array(1, 2), (x, i) -> x + i)", .array([1, 3]), ints),
        Query("exists(array(), x -> x > 1)", false, .boolean),
        Query("forall(array(), x -> x > 1)", true, .boolean),
        // Three-valued logic: no deciding element and a null comparison give null.
        Query("exists(array(1, NULL), x -> x > 1)", .null, .boolean),
        Query("forall(array(1, NULL), x -> x > 0)", .null, .boolean),
        Query("transform(array(named_struct('a', 1)), s -> s.a + 1)", .array([2]), ints),
        Query("aggregate(array(1, 2), 0L, (acc, x) -> acc + x)", 3, .long),
        Query("aggregate(array(1, 2, 3), 0, (acc, x) -> acc + x, acc -> acc * 10)", 60, .int),
        Query("reduce(array(1, 2, 3), 0, (acc, x) -> acc + x)", 6, .int),
        Query("transform_values(map('a', 1), (k, v) -> concat(k, cast(v AS STRING)))", .map([MapEntry("a", "a1")]),
              .map(key: .string, value: .string, valueContainsNull: false)),
        Query("map_filter(map('a', 1, 'b', NULL), (k, v) -> v IS NULL)", .map([MapEntry("b", .null)]),
              .map(key: .string, value: .int, valueContainsNull: true)),
        Query("array_sort(array('bb', 'a', 'ccc'), (l, r) -> length(l) - length(r))", .array(["a", "bb", "ccc"]),
              .array(element: .string, containsNull: false)),
        // Equal elements keep their order.
        Query("array_sort(array('b1', 'a1', 'b2', 'a2'), (l, r) -> 0)", .array(["b1", "a1", "b2", "a2"]),
              .array(element: .string, containsNull: false)),
        Query("array_sort(array(2, 1, 3), (l, r) -> r - l)", .array([3, 2, 1]), ints),
    ]

    static let failures: [(sql: String, errorClass: String)] = [
        ("transform_keys(map(1, 'a', 2, 'b'), (k, v) -> 0)", "DUPLICATED_MAP_KEY"),
        ("transform(array(1), (x, y, z) -> x)", "INVALID_LAMBDA_FUNCTION_CALL.NUM_ARGS_MISMATCH"),
        ("exists(array(1, 2), (x, y) -> x > 1)", "INVALID_LAMBDA_FUNCTION_CALL.NUM_ARGS_MISMATCH"),
        ("filter(array(1, 2), x -> x)", "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE"),
        ("transform(NULL, x -> x)", "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE"),
        // The merge lambda must return the accumulator's type.
        ("aggregate(array(1L, 2L), 0, (acc, x) -> acc + x)", "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE"),
        ("upper(x -> x)", "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION"),
        ("array_sort(array(3, 1, 2), (l, r) -> CAST(NULL AS INT))", "COMPARATOR_RETURNS_NULL"),
        ("array_sort(array(1, 2), (l, r) -> l > r)", "DATATYPE_MISMATCH.UNEXPECTED_RETURN_TYPE"),
    ]

    @Test(arguments: queries)
    func matchesSpark(_ q: Query) throws {
        let df = try SparkSession().sql("SELECT \(q.sql) AS r")
        #expect(df.schema.first?.dataType == q.type)
        #expect(try df.execute().rows == [[q.value]])
    }

    @Test(arguments: failures)
    func failsLikeSpark(_ f: (sql: String, errorClass: String)) {
        do {
            let rows = try SparkSession().sql("SELECT \(f.sql) AS r").execute().rows
            Issue.record("\(f.sql) returned \(rows)")
        } catch let error as SparkError {
            #expect(error.errorClass == f.errorClass, "\(f.sql): \(error)")
        } catch {
            Issue.record("\(f.sql): unexpected \(error)")
        }
    }

    /// Spark names every lambda parameter `namedlambdavariable()` in a column name; explain shows ids.
    @Test func namesAndExplain() throws {
        let df = try SparkSession().sql("SELECT transform(array(1, 2, 3), x -> x + 1), filter(array(1, 2, NULL), x -> x IS NOT NULL)")
        #expect(df.columns == ["transform(array(1, 2, 3), lambdafunction((namedlambdavariable() + 1), namedlambdavariable()))",
                               "filter(array(1, 2, NULL), lambdafunction((namedlambdavariable() IS NOT NULL), namedlambdavariable()))"])
        let plan = try df.explain().replacing(/#[0-9]+/, with: "#x")
        #expect(plan.contains("transform([1,2,3], lambdafunction((lambda x#x + 1), lambda x#x, false))"), "\(plan)")
    }

    /// A lambda parameter hides a column of the same name; other columns stay visible in the body.
    @Test func parametersHideColumns() throws {
        let df = try SparkSession().sql("SELECT id, transform(array(id, id + 1), x -> x * id) AS t, transform(array(1), id -> id + 100) AS shadow FROM range(2)")
        #expect(try df.execute().rows == [[0, .array([0, 0]), .array([101])], [1, .array([1, 2]), .array([101])]])
    }
}
