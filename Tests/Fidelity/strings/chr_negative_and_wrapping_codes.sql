SELECT chr(-1) AS negative,
       chr(0) AS nul_char_length,
       chr(321) AS wraps_321,
       chr(256) AS wraps_256,
       char(97) AS char_alias,
       ascii('') AS ascii_empty,
       ascii('€') AS ascii_euro
