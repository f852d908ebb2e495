/// `unbase64` decodes as Java's MIME Base64 decoder does (Spark's `JBase64.getMimeDecoder`): characters
/// outside the alphabet are skipped, decoding stops at padding, and a final group of a single character
/// (or a misplaced `=`) is an `IllegalArgumentException`.
enum MimeBase64 {
    private static let alphabet: [Int] = {
        var table = [Int](repeating: -1, count: 256)
        for (i, ch) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(ch)] = i
        }
        return table
    }()

    static func decode(_ text: String) throws -> [UInt8] {
        let src = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(src.count * 3 / 4)
        var bits = 0, shift = 18, position = 0
        while position < src.count {
            let byte = src[position]
            position += 1
            if byte == UInt8(ascii: "=") {
                // `=` alone, `x=` (dangling x) or `xx=` without its second `=` is a wrong ending unit.
                if shift == 18 || (shift == 6 && (position == src.count || src[position] != UInt8(ascii: "="))) {
                    throw SparkError("IllegalArgumentException", "Input byte array has wrong 4-byte ending unit")
                }
                if shift == 6 { position += 1 }
                break
            }
            let value = alphabet[Int(byte)]
            if value < 0 { continue }
            bits |= value << shift
            shift -= 6
            if shift < 0 {
                out += [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 8), UInt8(truncatingIfNeeded: bits)]
                shift = 18
                bits = 0
            }
        }
        switch shift {
        case 6: out.append(UInt8(truncatingIfNeeded: bits >> 16))
        case 0: out += [UInt8(truncatingIfNeeded: bits >> 16), UInt8(truncatingIfNeeded: bits >> 8)]
        case 12: throw SparkError("IllegalArgumentException", "Last unit does not have enough valid bits")
        default: break
        }
        // After the padding only characters outside the alphabet may follow.
        while position < src.count {
            position += 1
            if alphabet[Int(src[position - 1])] >= 0 {
                throw SparkError("IllegalArgumentException", "Input byte array has incorrect ending byte at \(position)")
            }
        }
        return out
    }
}
