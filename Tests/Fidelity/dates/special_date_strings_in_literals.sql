SELECT CAST('epoch' AS DATE) AS epoch_date, CAST('epoch' AS TIMESTAMP) AS epoch_ts, DATE'epoch' AS typed,
       CAST('today' AS DATE) = current_date() AS today_is_current, CAST(' Yesterday ' AS DATE) = date_sub(current_date(), 1) AS yesterday,
       DATE'2024-03-05' < 'tomorrow' AS before_tomorrow, CAST('tomorrow' AS TIMESTAMP) = CAST(date_add(current_date(), 1) AS TIMESTAMP) AS tomorrow_midnight
