-- conf: spark.sql.session.timeZone=Asia/Kolkata
SELECT unix_timestamp('2024-03-05 00:00:00') AS epoch, CAST(TIMESTAMP'2024-03-05 00:00:00' AS BIGINT) AS literal_epoch,
       from_unixtime(0) AS epoch_text, current_timezone() AS tz, CAST(CAST(0 AS TIMESTAMP) AS STRING) AS zero_text
