# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.types import IntegerType, StringType, StructField, StructType


def solve(employees):
    schema = StructType([StructField("name", StringType()), StructField("salary", IntegerType())])
    per_dept = employees.where("dept_id IS NOT NULL").groupBy("dept_id").agg(
        F.to_json(F.sort_array(F.collect_list(F.struct("name", "salary")))).alias("js")
    )
    parsed = per_dept.select("dept_id", "js", F.from_json("js", "ARRAY<STRUCT<name: STRING, salary: INT>>").alias("arr"))
    return parsed.select(
        "dept_id",
        "js",
        F.size("arr").alias("n"),
        F.from_json(F.to_json(F.element_at("arr", 1)), schema).alias("first"),
        F.get_json_object("js", "$[0].name").alias("first_name"),
    )
