-- data: numbers.json
SELECT round(x), round(x, 2), ceiling(x), ceil(x, 1), floor(x, -1), power(b, 3), mod(a, b), a div b, pmod(a, b), sign(x),
       ln(b), log(10, b), e(), pi(), rand(1) IS NOT NULL, bin(b), conv(s, 10, 2), try_divide(a, b), try_add(a, 1), abs(-b),
       negative(a), positive(a), width_bucket(x, 0, 10, 5), nanvl(x, 0D)
FROM nums WHERE id IN (1, 2, 6)
