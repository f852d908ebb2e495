import SparkLite

/// The benchmark queries written with SparkLite's Swift API, call for call as the PySpark files in
/// `Benchmarks/queries/` write them.
enum Queries {
    typealias F = functions

    static let users = "user_id INT, name STRING, country STRING, age INT, salary INT"
    static let transactions = "txn_id BIGINT, user_id INT, amount DOUBLE, txn_date DATE"
    static let customer = """
        c_custkey BIGINT, c_name STRING, c_address STRING, c_nationkey INT, c_phone STRING, \
        c_acctbal DECIMAL(15,2), c_mktsegment STRING, c_comment STRING
        """
    static let orders = """
        o_orderkey BIGINT, o_custkey BIGINT, o_orderstatus STRING, o_totalprice DECIMAL(15,2), \
        o_orderdate DATE, o_orderpriority STRING, o_clerk STRING, o_shippriority INT, o_comment STRING
        """
    static let lineitem = """
        l_orderkey BIGINT, l_partkey BIGINT, l_suppkey BIGINT, l_linenumber INT, l_quantity DECIMAL(15,2), \
        l_extendedprice DECIMAL(15,2), l_discount DECIMAL(15,2), l_tax DECIMAL(15,2), l_returnflag STRING, \
        l_linestatus STRING, l_shipdate DATE, l_commitdate DATE, l_receiptdate DATE, l_shipinstruct STRING, \
        l_shipmode STRING, l_comment STRING
        """

    static let all: [String: @Sendable (SparkSession) throws -> DataFrame] = [
        "join_groupby_country": joinGroupByCountry,
        "top3_per_user": top3PerUser,
        "second_highest_salary": secondHighestSalary,
        "distinct_users_per_date": distinctUsersPerDate,
        "filtered_join_agg_order": filteredJoinAggOrder,
        "order_limit": orderLimit,
        "tpch_q1": tpchQ1,
        "tpch_q3": tpchQ3,
        "tpch_q6": tpchQ6,
    ]

    static func csv(_ spark: SparkSession, _ file: String, _ schema: String) throws -> DataFrame {
        try spark.read.option("header", "true").schema(schema).csv(file)
    }

    static func date(_ text: String) -> Column { F.call("to_date", F.lit(.string(text))) }

    static func joinGroupByCountry(_ spark: SparkSession) throws -> DataFrame {
        let users = try csv(spark, "users.csv", Self.users)
        let transactions = try csv(spark, "transactions.csv", Self.transactions)
        return try transactions.join(users, using: ["user_id"])
            .groupBy(F.col("country"))
            .agg(F.count(F.lit(.int(1))).alias("txn_count"), F.sum(F.col("amount")).alias("total_amount"),
                 F.avg(F.col("amount")).alias("avg_amount"))
    }

    static func top3PerUser(_ spark: SparkSession) throws -> DataFrame {
        let transactions = try csv(spark, "transactions.csv", Self.transactions)
        let byAmount = WindowSpec.partitionBy(F.col("user_id")).orderBy(F.col("amount").desc(), F.col("txn_id"))
        return try transactions.withColumn("rn", F.row_number().over(byAmount))
            .where(F.col("rn") <= F.lit(.int(3)))
            .select(F.col("user_id"), F.col("rn"), F.col("txn_id"), F.col("amount"))
    }

    static func secondHighestSalary(_ spark: SparkSession) throws -> DataFrame {
        let users = try csv(spark, "users.csv", Self.users)
        let bySalary = WindowSpec.partitionBy(F.col("country")).orderBy(F.col("salary").desc())
        return try users.withColumn("salary_rank", F.dense_rank().over(bySalary))
            .where(F.col("salary_rank") == F.lit(.int(2)))
            .select(F.col("country"), F.col("salary").alias("second_highest_salary"))
            .distinct()
    }

    static func distinctUsersPerDate(_ spark: SparkSession) throws -> DataFrame {
        let transactions = try csv(spark, "transactions.csv", Self.transactions)
        return try transactions.groupBy(F.col("txn_date")).agg(F.countDistinct(F.col("user_id")).alias("distinct_users"))
    }

    static func filteredJoinAggOrder(_ spark: SparkSession) throws -> DataFrame {
        let users = try csv(spark, "users.csv", Self.users)
        let transactions = try csv(spark, "transactions.csv", Self.transactions)
        let large = try transactions.where(F.col("amount") >= F.lit(.int(50)) && F.col("txn_date") >= date("2024-07-01"))
        let adults = try users.where(F.col("age").between(F.lit(.int(25)), F.lit(.int(40))))
        return try large.join(adults, using: ["user_id"])
            .groupBy(F.col("country"))
            .agg(F.count(F.lit(.int(1))).alias("txn_count"), F.sum(F.col("amount")).alias("total_amount"))
            .orderBy(F.col("total_amount").desc(), F.col("country"))
    }

    static func orderLimit(_ spark: SparkSession) throws -> DataFrame {
        let transactions = try csv(spark, "transactions.csv", Self.transactions)
        return try transactions.orderBy(F.col("amount").desc(), F.col("txn_id")).limit(100)
    }

    static func tpchQ1(_ spark: SparkSession) throws -> DataFrame {
        let lineitem = try csv(spark, "lineitem.csv", Self.lineitem)
        let discPrice = F.col("l_extendedprice") * (F.lit(.int(1)) - F.col("l_discount"))
        return try lineitem.where(F.col("l_shipdate") <= F.call("date_sub", date("1998-12-01"), F.lit(.int(90))))
            .groupBy(F.col("l_returnflag"), F.col("l_linestatus"))
            .agg(F.sum(F.col("l_quantity")).alias("sum_qty"),
                 F.sum(F.col("l_extendedprice")).alias("sum_base_price"),
                 F.sum(discPrice).alias("sum_disc_price"),
                 F.sum(discPrice * (F.lit(.int(1)) + F.col("l_tax"))).alias("sum_charge"),
                 F.avg(F.col("l_quantity")).alias("avg_qty"),
                 F.avg(F.col("l_extendedprice")).alias("avg_price"),
                 F.avg(F.col("l_discount")).alias("avg_disc"),
                 F.count(F.lit(.int(1))).alias("count_order"))
            .orderBy(F.col("l_returnflag"), F.col("l_linestatus"))
    }

    static func tpchQ3(_ spark: SparkSession) throws -> DataFrame {
        let customer = try csv(spark, "customer.csv", Self.customer)
        let orders = try csv(spark, "orders.csv", Self.orders)
        let lineitem = try csv(spark, "lineitem.csv", Self.lineitem)
        let cutoff = date("1995-03-15")
        let building = try customer.where(F.col("c_mktsegment") == F.lit(.string("BUILDING")))
        let openOrders = try orders.where(F.col("o_orderdate") < cutoff)
        let unshipped = try lineitem.where(F.col("l_shipdate") > cutoff)
        return try building.join(openOrders, on: F.col("c_custkey") == F.col("o_custkey"))
            .join(unshipped, on: F.col("l_orderkey") == F.col("o_orderkey"))
            .groupBy(F.col("l_orderkey"), F.col("o_orderdate"), F.col("o_shippriority"))
            .agg(F.sum(F.col("l_extendedprice") * (F.lit(.int(1)) - F.col("l_discount"))).alias("revenue"))
            .orderBy(F.col("revenue").desc(), F.col("o_orderdate"))
            .limit(10)
            .select(F.col("l_orderkey"), F.col("revenue"), F.col("o_orderdate"), F.col("o_shippriority"))
    }

    static func tpchQ6(_ spark: SparkSession) throws -> DataFrame {
        let lineitem = try csv(spark, "lineitem.csv", Self.lineitem)
        return try lineitem.where(
            F.col("l_shipdate") >= date("1994-01-01") && F.col("l_shipdate") < date("1995-01-01")
                && F.col("l_discount").between(F.lit(.double(0.05)), F.lit(.double(0.07)))
                && F.col("l_quantity") < F.lit(.int(24))
        ).agg(F.sum(F.col("l_extendedprice") * F.col("l_discount")).alias("revenue"))
    }
}
