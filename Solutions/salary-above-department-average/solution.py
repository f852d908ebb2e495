from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(employees: DataFrame) -> DataFrame:
    by_dept = Window.partitionBy("dept")
    return (
        employees.where(F.col("dept").isNotNull())
        .withColumn("dept_avg_salary", F.avg("salary").over(by_dept))
        .where(F.col("salary") > F.col("dept_avg_salary"))
    )
