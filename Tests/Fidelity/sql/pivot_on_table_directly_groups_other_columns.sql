-- data: scores.json
SELECT * FROM scores PIVOT (max(score) FOR subject IN ('math', 'art'))
