import Testing
@testable import SparkLite

/// EXISTS that is not a conjunct of the WHERE clause (inside OR, in the select list) plans as an
/// `ExistenceJoin`, as in Spark; rows and shuffle counts from PySpark 4.3 on the corpus's orders data.
enum OrdersFixture {
    static func session() throws -> SparkSession {
        let spark = SparkSession()
        let customers: [[Value]] = [[1, "Ann", "Pune"], [2, "Bob", "Delhi"], [3, "Cid", "Pune"], [4, "Dee", nil], [5, "Eve", "Mumbai"],
                                    [6, "Fox", "Delhi"]].map(values)
        try spark.createDataFrame(customers, schema: "customer_id INT, name STRING, city STRING", tableName: "customers")
            .createOrReplaceTempView("customers")
        let orders: [[Value]] = [[101, 1, 250, "shipped"], [102, 1, 75, "shipped"], [103, 2, 120, "cancelled"], [104, 3, 300, "shipped"],
                                 [105, 3, 19, "pending"], [106, nil, 42, "shipped"], [107, 2, 88, "shipped"], [108, 7, 10, "pending"],
                                 [109, 1, 250, "shipped"]].map(values)
        try spark.createDataFrame(orders, schema: "order_id INT, customer_id INT, amount INT, status STRING", tableName: "orders")
            .createOrReplaceTempView("orders")
        return spark
    }
}

@Test(arguments: [
    SalariesQueryCase(sql: "SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'pending') OR city = 'Mumbai'",
                      rows: [["Cid"], ["Eve"]].map(values), shuffles: 2),
    SalariesQueryCase(sql: "SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) OR city = 'Mumbai'",
                      rows: [["Dee"], ["Eve"], ["Fox"]].map(values), shuffles: 2),
    SalariesQueryCase(sql: "SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.amount > 100) OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'cancelled')",
                      rows: [["Ann"], ["Bob"], ["Cid"]].map(values), shuffles: 3),
    SalariesQueryCase(sql: "SELECT name, EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id) AS has_orders FROM customers c",
                      rows: [["Ann", true], ["Bob", true], ["Cid", true], ["Dee", false], ["Eve", false], ["Fox", false]].map(values), shuffles: 2),
])
func existenceJoinMatchesSpark(_ c: SalariesQueryCase) throws {
    let spark = try OrdersFixture.session()
    let df = try DataFrame(session: spark, unresolved: parseSQLQuery(c.sql))
    let rows = try df.collect()
    #expect(rows.count == c.rows.count)
    #expect(Set(rows.map { "\($0)" }) == Set(c.rows.map { "\($0)" }))
    let plan = try df.queryExecution.physicalPlan()
    #expect(plan.collectNodes().filter { $0 is ShuffleExchangeExec }.count == c.shuffles)
    #expect(plan.collectNodes().contains { $0.argumentString.contains("ExistenceJoin(exists#") })
}
