extension Decimal128 {
    /// The product of two decimals as Spark prints it when the product does not fit its type: the exact
    /// product cut (toward zero) to 39 significant digits, Java's `MathContext(39, DOWN)`, in plain form.
    /// The operands may be any Int128s; the product is computed on decimal digits, so it never overflows.
    static func formatProduct(_ x: Int128, scale sx: Int, _ y: Int128, scale sy: Int) -> String {
        let a = String(x.magnitude).utf8.map { Int($0) - 48 }, b = String(y.magnitude).utf8.map { Int($0) - 48 }
        // Schoolbook multiplication, least significant digit first.
        var product = [Int](repeating: 0, count: a.count + b.count)
        for (i, da) in a.reversed().enumerated() {
            var carry = 0
            for (j, db) in b.reversed().enumerated() {
                let t = product[i + j] + da * db + carry
                product[i + j] = t % 10
                carry = t / 10
            }
            product[i + b.count] += carry
        }
        var digits = Array(product.reversed().drop { $0 == 0 })
        if digits.isEmpty { digits = [0] }
        var scale = sx + sy
        if digits.count > 39 {
            scale -= digits.count - 39
            digits.removeLast(digits.count - 39)
        }
        var text = String(digits.map { Character(String($0)) })
        if scale < 0 {
            text += String(repeating: "0", count: -scale)
        } else if scale > 0 {
            if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        }
        return (x < 0) != (y < 0) && digits != [0] ? "-" + text : text
    }
}
