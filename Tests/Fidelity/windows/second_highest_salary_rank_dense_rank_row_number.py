# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    w = Window.partitionBy("dept_id").orderBy(F.col("salary").desc())
    ranked = employees.select(
        "dept_id", "name", "salary",
        F.rank().over(w).alias("rnk"),
        F.dense_rank().over(w).alias("drnk"),
        F.row_number().over(w).alias("rn"),
    )
    return ranked.filter((F.col("rnk") == 2) | (F.col("drnk") == 2) | (F.col("rn") == 2))
