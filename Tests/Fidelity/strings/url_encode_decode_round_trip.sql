SELECT url_encode('a b&c=d/é') AS encoded,
       url_decode('a+b%26c%3Dd') AS decoded,
       url_decode(url_encode('100% sure?')) AS round_trip,
       try_url_decode('%zz') AS bad_decode
