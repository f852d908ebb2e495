-- data: strings.json
SELECT id, base64(CAST(name AS BINARY)) AS b64, sha2(email, 256) AS sha256,
       octet_length(name) AS bytes, char_length(name) AS chars, bit_length(email) AS bits,
       ascii(name) AS first_code, unbase64(base64(CAST(email AS BINARY))) IS NOT NULL AS round_trips
FROM people
