SELECT hex(to_binary('abc', 'utf-8')) AS utf8,
       hex(to_binary('616263', 'hex')) AS from_hex,
       hex(to_binary('YWJj', 'base64')) AS from_b64,
       try_to_binary('zz', 'hex') AS bad_hex,
       hex(to_binary('ABC')) AS default_hex
