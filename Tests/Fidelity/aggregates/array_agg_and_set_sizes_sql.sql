-- data: matches.json
SELECT player, sort_array(array_agg(result)) AS results, size(collect_set(result)) AS distinct_results,
       array_distinct(array_agg(points)) AS point_values
FROM games
GROUP BY player
