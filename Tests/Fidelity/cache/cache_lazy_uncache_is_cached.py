# data: employees.json

def solve(spark, employees):
    spark.sql("CACHE LAZY TABLE employees")
    before = spark.catalog.isCached("employees")
    spark.sql("UNCACHE TABLE employees")
    after = spark.catalog.isCached("employees")
    spark.sql("UNCACHE TABLE IF EXISTS no_such_table")
    spark.catalog.cacheTable("departments")
    spark.catalog.clearCache()
    cleared = spark.catalog.isCached("departments")
    return spark.createDataFrame([(before, after, cleared)], "before boolean, after boolean, cleared boolean")
