SELECT is_valid_utf8('abc') AS ascii_ok,
       is_valid_utf8(CAST(X'61FF62' AS STRING)) AS invalid_bytes,
       make_valid_utf8(CAST(X'61FF62' AS STRING)) AS repaired,
       try_validate_utf8(CAST(X'61FF62' AS STRING)) AS try_validated
