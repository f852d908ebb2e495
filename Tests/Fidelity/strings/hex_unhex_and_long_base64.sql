SELECT hex('é') AS hex_utf8, hex(unhex('F')) AS odd_length, base64(repeat('abc', 30)) AS long_b64, length(base64(repeat('x', 100))) AS b64_len,
       CAST(unbase64('YWJj') AS STRING) AS decoded, unbase64('not base64!') IS NULL AS bad_is_null
