SELECT shiftrightunsigned(-1, 28) AS unsigned_int,
       shiftrightunsigned(-1L, 60) AS unsigned_bigint,
       shiftleft(1, 33) AS int_shift_wraps,
       shiftleft(1L, 33) AS bigint_shift,
       shiftright(-8, 1) AS signed_right,
       1 << 31 AS op_left,
       -16 >> 2 AS op_right,
       -16 >>> 28 AS op_unsigned
