# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees):
    w = Window.orderBy(F.col("salary").desc()).rangeBetween(Window.currentRow, Window.unboundedFollowing)
    return employees.select("name", "salary", F.sum("salary").over(w).alias("at_or_below"), F.count("salary").over(w).alias("n"))
