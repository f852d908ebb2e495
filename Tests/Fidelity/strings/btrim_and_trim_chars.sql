SELECT trim(BOTH 'x' FROM 'xxabcxx'), trim(LEADING 'x' FROM 'xxabc'), btrim('  ab  '), rtrim('ab   '), ltrim('xyab', 'xy')
