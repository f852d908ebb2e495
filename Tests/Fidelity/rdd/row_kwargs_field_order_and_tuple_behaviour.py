from pyspark.sql import Row


def solve(spark):
    r = Row(zeta=1, alpha=2)
    p = Row("x", "y")(1, 2)
    return spark.createDataFrame(
        [(str(r), str(r.__fields__), r == (1, 2), str(tuple(p)), p.x + p[1], str(Row(a=1) == Row(b=1)))],
        "text STRING, fields STRING, eq_tuple BOOLEAN, as_tuple STRING, sum_xy BIGINT, eq_other STRING",
    )
