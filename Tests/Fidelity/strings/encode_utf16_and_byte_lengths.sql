SELECT length(encode('ab', 'UTF-16')) AS utf16_bytes,
       octet_length('é') AS octets,
       char_length('é') AS chars,
       bit_length('ab') AS bits,
       hex(encode('é', 'ISO-8859-1')) AS latin1_hex,
       decode(X'C3A9', 'UTF-8') AS decoded
