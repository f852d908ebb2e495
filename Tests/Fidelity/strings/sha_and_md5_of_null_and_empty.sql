SELECT md5('') AS md5_empty, sha1('') AS sha1_empty, sha2('', 256) AS sha256_empty, md5(CAST(NULL AS STRING)) AS md5_null, crc32('') AS crc_empty
