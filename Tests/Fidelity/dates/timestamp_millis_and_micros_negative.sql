SELECT timestamp_millis(-1) AS before_epoch, timestamp_micros(-1) AS micro_before, unix_micros(TIMESTAMP'1969-12-31 23:59:59.999999') AS back,
       date_from_unix_date(-719162) AS year_one
