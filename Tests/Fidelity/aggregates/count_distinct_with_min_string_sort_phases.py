# data: employees.json

# min of a string does not fit a hash aggregate's buffer: all four phases of the distinct
# aggregation are SortAggregate, and the third needs no Sort (the second emits its groups sorted).
from pyspark.sql import functions as F


def solve(employees):
    return employees.groupBy("dept_id").agg(F.countDistinct("manager_id").alias("managers"), F.min("name").alias("first_name"))
