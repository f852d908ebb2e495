SELECT city, percentile(minutes, 0.5) AS median_minutes
FROM deliveries
WHERE city IS NOT NULL
GROUP BY city
