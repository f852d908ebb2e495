# data: orders.json

def solve(spark):
    spark.sql("CACHE TABLE big AS SELECT order_id, amount FROM orders WHERE amount > 100")
    cached = spark.catalog.isCached("big")
    n = spark.sql("SELECT count(*) AS n FROM big").first().n
    spark.sql("DROP VIEW big")
    return spark.createDataFrame([(cached, n, spark.catalog.tableExists("big"))], "cached boolean, n long, still_there boolean")
