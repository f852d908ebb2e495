SELECT md5('spark'), sha1('spark'), sha2('spark', 256), crc32('spark'), hash('spark'), xxhash64('spark')
