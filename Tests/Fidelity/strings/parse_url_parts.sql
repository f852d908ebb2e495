SELECT parse_url('https://user@spark.apache.org:8080/docs/latest/index.html?lang=en&v=4#top', 'HOST') AS host,
       parse_url('https://spark.apache.org/docs?lang=en&v=4', 'QUERY') AS query,
       parse_url('https://spark.apache.org/docs?lang=en&v=4', 'QUERY', 'v') AS v,
       parse_url('https://spark.apache.org/docs?lang=en&v=4', 'PATH') AS path,
       parse_url('https://spark.apache.org/docs', 'PROTOCOL') AS protocol,
       parse_url('https://spark.apache.org/docs#frag', 'REF') AS ref,
       parse_url('https://spark.apache.org/docs', 'QUERY', 'x') AS missing
