-- data: salaries.json
SELECT id, monotonically_increasing_id(), spark_partition_id() AS p FROM salaries WHERE salary IS NOT NULL
