SELECT typeof(current_date()), typeof(current_timestamp()), typeof(now()), current_timezone()
