# data: strings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(spark, people):
    df = people.select(
        F.concat_ws("-", "name", "email").alias("cws"),
        F.upper("name").alias("up"),
        F.length("name").alias("len"),
        F.coalesce("name", "email").alias("co"),
        F.lit(None).alias("nothing"),
        F.to_date(F.lit("2024-01-01")).alias("d"),
        F.split("email", "@").alias("parts"),
        F.monotonically_increasing_id().alias("mid"),
        F.rand(1).alias("r"),
        F.row_number().over(Window.orderBy("id")).alias("rn"),
        F.isnull("email").alias("missing"),
        F.current_timestamp().alias("now"),
        F.regexp_replace("phone", "-", "").alias("digits"),
        F.format_string("%s", "name").alias("fmt"),
        F.hash("name").alias("h"),
        F.array_contains(F.split("email", "@"), "x").alias("has_x"),
        F.element_at(F.split("email", "@"), 1).alias("first"),
        F.nvl("email", F.lit("none")).alias("nv"),
        F.sha2("email", 256).alias("sha"),
        F.size(F.split("email", "@")).alias("sz"),
    )
    return spark.createDataFrame([(f.name, f.nullable) for f in df.schema.fields], "name STRING, nullable BOOLEAN")
