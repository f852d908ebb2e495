extension PyInterpreter {
    /// `format(d, spec)` for a Decimal: no type gives `str(d)`, `f` and `%` fixed-point digits rounded with the
    /// context's rounding (`f"{Decimal('2.675'):.2f}"` is `2.68`); numbers align right by default.
    func formatDecimal(_ value: DecimalNumber, _ specIn: FormatSpec) throws -> String {
        var spec = applyZeroPad(specIn)
        if case .finite(let c, let e) = value.kind, spec.type == "f" || spec.type == "F" || spec.type == "%" {
            // Plain notation writes every zero of the exponent (or of the precision asked for).
            try checkLength(c.count + max(e, 0) + max(-e, spec.precision ?? 0) + 3)
        }
        var body: String
        let rounding = decimalContext.rounding
        switch spec.type {
        case nil where spec.precision == nil:
            body = value.withSign(false).scientificString
        case "f", "F":
            body = value.withSign(false).fixedPointString(places: spec.precision, rounding: rounding)
        case "%":
            var scaled = value.withSign(false)
            if case .finite(let c, let e) = scaled.kind { scaled = DecimalNumber(negative: false, c, exponent: e + 2) }
            body = scaled.fixedPointString(places: spec.precision, rounding: rounding) + "%"
        case let type?:
            guard "eEgGn".contains(type) else {
                throw PyException.valueError("Unknown format code '\(type)' for object of type 'decimal.Decimal'")
            }
            throw PyError.unsupported("the '\(type)' format of a Decimal is not supported by the embedded engine")
        case nil:
            throw PyError.unsupported("a Decimal format with a precision and no type is not supported by the embedded engine")
        }
        if value.isNaN || value.isInfinite, spec.type == "F" { body = body.uppercased() }
        if let separator = spec.grouping {
            let integerEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            body = PyInterpreter.group(String(body[..<integerEnd]), separator) + body[integerEnd...]
        }
        if spec.align == nil { spec.align = ">" }
        let sign = signPrefix(value.negative && !value.isNaN, spec)
        return pad(sign + body, spec, numeric: true, signLength: sign.count)
    }
}
