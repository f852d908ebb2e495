SELECT conv('zz', 36, 10) AS from_36, conv('255', 10, 36) AS to_36, conv('12x', 10, 16) AS stops_at_invalid, conv('', 10, 2) AS empty, conv('-1', 10, 16) AS neg_unsigned
