-- data: sales.json
SELECT region, sum(amount), grouping(region), grouping_id() FROM sales GROUP BY GROUPING SETS (region, ())
