SELECT CAST(unbase64('not base64!') AS STRING)
