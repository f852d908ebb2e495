-- data: dates.json
SELECT id, CAST(ts AS DATE) = d AS same_day, to_date(ts) = d AS same_again, date(ts) AS via_date_function, timestamp(d) AS via_timestamp_function
FROM dates
