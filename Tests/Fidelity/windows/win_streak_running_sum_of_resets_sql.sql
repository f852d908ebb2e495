-- data: matches.json
-- ordered: true
WITH flagged AS (
  SELECT player, game_date, result,
         CASE WHEN result = LAG(result) OVER (PARTITION BY player ORDER BY game_date) THEN 0 ELSE 1 END AS is_new
  FROM games
),
numbered AS (
  SELECT *, SUM(is_new) OVER (PARTITION BY player ORDER BY game_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_id
  FROM flagged
)
SELECT player, run_id, result, COUNT(*) AS games, MIN(game_date) AS first_game, MAX(game_date) AS last_game
FROM numbered
GROUP BY player, run_id, result
HAVING COUNT(*) >= 2
ORDER BY player, run_id
