from pyspark.sql import Row


def solve(spark):
    Person = Row("name", "age")
    return spark.createDataFrame([Person("a", 30), Person("b", None)])
