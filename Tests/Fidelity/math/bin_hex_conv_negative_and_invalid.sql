SELECT bin(-1) AS bin_neg, hex(-1) AS hex_neg, conv('-10', 10, 16) AS conv_neg, conv('-10', 10, -16) AS conv_signed,
       conv('zz', 36, 10) AS base36, conv('102', 2, 10) AS stops, conv('', 10, 2) AS empty, unhex('zz') AS bad_hex,
       hex(unhex('4a')) AS round_trip, conv('FFFFFFFFFFFFFFFF', 16, 10) AS max_unsigned, bin(0) AS zero, bin(5L) AS bin_long
