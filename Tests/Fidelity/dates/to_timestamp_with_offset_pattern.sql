SELECT to_timestamp('2024-03-05T14:07:09+05:30', 'yyyy-MM-dd''T''HH:mm:ssXXX') AS with_offset,
       to_timestamp('2024-03-05T14:07:09Z', 'yyyy-MM-dd''T''HH:mm:ssX') AS zulu,
       to_timestamp('2024-03-05 14:07:09 UTC', 'yyyy-MM-dd HH:mm:ss z') AS zone_name
