SELECT shiftrightunsigned(-1, 60) AS sru, shiftleft(1, 33) AS wraps_int, shiftleft(1L, 33) AS long_shift, shiftright(-8, 1) AS sr_neg,
       bit_count(255) AS bc, bit_count(-1) AS bc_neg, getbit(5, 0) AS b0, bit_get(5, 1) AS b1, 1 << 3 AS op_shl, -16 >> 2 AS op_shr,
       -16 >>> 60 AS op_ushr
