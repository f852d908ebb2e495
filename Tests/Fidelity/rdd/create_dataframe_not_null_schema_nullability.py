def solve(spark):
    df = spark.createDataFrame([(1, "a")], "id INT NOT NULL, name STRING")
    return spark.createDataFrame([(f.name, f.nullable) for f in df.schema.fields] + [("count", df.groupBy("id").count().schema["count"].nullable)], "name STRING, nullable BOOLEAN")
