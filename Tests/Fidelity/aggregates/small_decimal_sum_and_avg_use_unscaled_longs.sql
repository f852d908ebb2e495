-- data: decimals.json

-- sum of a decimal(5,4) fits a long unscaled (5 + 10 <= 18) and avg of decimal(5,4) or (10,2) fits a
-- double (p + 4 <= 15): Spark aggregates UnscaledValue and converts back (the average through a double).
SELECT qty % 2 AS odd, sum(rate) AS rates, avg(rate) AS avg_rate, avg(price) AS avg_price,
       sum(cast(qty AS decimal(7,2))) AS small_total, avg(cast(rate / 3 AS decimal(11,7))) AS thirds
FROM amounts GROUP BY qty % 2
