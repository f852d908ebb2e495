# data: numbers.json

from pyspark.sql import functions as F


def solve(nums):
    return nums.select(
        "id",
        F.expr("CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END").alias("sign"),
        F.expr("nvl(s, 'missing')"),
        F.expr("b * 2 + 1"),
        F.expr("try_cast(s AS INT)"),
    )
