SELECT from_utc_timestamp(TIMESTAMP'2024-03-10 06:59:59', 'America/New_York') AS before_dst,
       from_utc_timestamp(TIMESTAMP'2024-03-10 07:00:00', 'America/New_York') AS after_dst,
       to_utc_timestamp(TIMESTAMP'2024-11-03 01:30:00', 'America/New_York') AS ambiguous,
       from_utc_timestamp(TIMESTAMP'2024-06-01 12:00:00', '+05:30') AS offset_zone,
       to_utc_timestamp(TIMESTAMP'2024-03-10 02:30:00', 'America/New_York') AS in_gap,
       from_utc_timestamp(DATE'2024-01-15', 'Asia/Tokyo') AS from_date
