# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    return (employees.groupBy("dept_id")
            .agg(F.concat_ws(", ", F.array_sort(F.collect_list("name"))).alias("names"),
                 F.array_join(F.sort_array(F.collect_set("salary"), asc=False), "/").alias("salaries"),
                 F.size(F.collect_list("manager_id")).alias("with_manager")))
