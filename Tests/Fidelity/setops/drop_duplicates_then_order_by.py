# data: salaries.json
# ordered: true

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.select("dept", "salary").dropDuplicates().orderBy(F.col("dept").asc_nulls_first(), F.desc("salary"))
