# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.orderBy("id").rowsBetween(Window.unboundedPreceding, Window.currentRow)
    back = Window.orderBy("id").rowsBetween(Window.currentRow, Window.unboundedFollowing)
    return salaries.select(
        "id", "salary",
        F.last("salary", ignorenulls=True).over(w).alias("ffill"),
        F.first("salary", ignorenulls=True).over(back).alias("bfill"),
        F.last("dept", ignorenulls=True).over(w).alias("dept_ffill"),
    )
