SELECT hex(255), unhex('4A'), bin(10), conv('ff', 16, 10), conv('1010', 2, 16), hex('Spark')
