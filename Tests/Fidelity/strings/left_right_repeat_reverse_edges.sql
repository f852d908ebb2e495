SELECT left('abc', 0) AS l0, left('abc', -1) AS lneg, left('abc', 5) AS lbig, right('abc', 2) AS r2,
       right('abc', 0) AS r0, repeat('ab', 0) AS rep0, repeat('ab', -1) AS repneg, reverse('héllo') AS rev_unicode,
       reverse(NULL) AS rev_null, space(3) AS sp, length(space(0)) AS sp0
