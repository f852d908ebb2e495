-- data: matches.json
SELECT player,
       count_if(result = 'W') AS wins,
       count_if(result = 'L') AS losses,
       bool_and(points > 5) AS always_above_five,
       bool_or(result = 'D') AS any_draw,
       every(result <> 'L') AS never_lost,
       ROUND(AVG(CASE WHEN result = 'W' THEN 1.0 ELSE 0.0 END), 3) AS win_rate
FROM games
GROUP BY player
