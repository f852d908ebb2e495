-- data: matches.json
SELECT player,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY points) AS med_cont,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY points) AS med_disc,
       median(points) AS med
FROM games
GROUP BY player
