SELECT ascii('') AS empty, ascii('é') AS accented, ascii('abc') AS first, chr(321) AS wraps, chr(-1) AS negative,
       chr(0) = '' AS nul_char, char(97) AS a, ascii(NULL) AS nul, chr(256) AS exact256
