-- data: bookings.json
SELECT room, SUM(datediff(check_out, check_in)) AS nights,
       RANK() OVER (ORDER BY SUM(datediff(check_out, check_in)) DESC) AS busiest
FROM bookings
GROUP BY room
