# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    # In the filter, NOT IN with a null is never true; in the select list it stays as written.
    return (employees.filter((~F.col("dept_id").isin(10, 20, None)) | (F.col("emp_id") == 1))
            .select("name", (~F.col("dept_id").isin(10, None)).alias("not_in"), (F.lit(True) & (F.col("age") > 30)).alias("older")))
