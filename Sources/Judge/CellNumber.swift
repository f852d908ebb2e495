import Foundation
import ProblemBank

/// A number read from a result cell: an exact integer or decimal, or a floating-point value.
/// Exact numbers compare exactly by value (`5`, `5.0` as a decimal and `"5.00"` are equal);
/// a comparison involving a floating-point value uses the relative tolerance.
enum CellNumber {
    case exact(Decimal)
    case floating(Double)

    init?(_ cell: JSONValue, numericStrings: Bool) {
        switch cell {
        case .int(let int): self = .exact(Decimal(int))
        case .double(let double): self = .floating(double)
        case .string(let text) where numericStrings:
            switch text {
            case "NaN": self = .floating(.nan)
            case "Infinity": self = .floating(.infinity)
            case "-Infinity": self = .floating(-.infinity)
            default:
                guard !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" }),
                      let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
                self = .exact(decimal)
            }
        default: return nil
        }
    }

    var double: Double {
        switch self {
        case .exact(let decimal): NSDecimalNumber(decimal: decimal).doubleValue
        case .floating(let double): double
        }
    }

    /// Equal exact values share a key; floating values are keyed by their exact bits.
    var key: String {
        switch self {
        case .exact(var decimal):
            var normalized = Decimal()
            NSDecimalRound(&normalized, &decimal, 38, .plain)
            return "\(normalized)"
        case .floating(let double):
            if double.isNaN { return "NaN" }
            if double == double.rounded(), abs(double) < 1e15 { return "\(Decimal(Int64(double)))" }
            return "\(double)"
        }
    }

    /// Nil when equal, else the difference named.
    func difference(from actual: CellNumber, tolerance: Double) -> String? {
        if case .exact(let want) = self, case .exact(let got) = actual {
            return want == got ? nil : "different value"
        }
        let want = double, got = actual.double
        if want.isNaN || got.isNaN {
            return want.isNaN && got.isNaN ? nil : (got.isNaN ? "NaN instead of a number" : "a number instead of NaN")
        }
        if want == got { return nil }
        if want.isInfinite || got.isInfinite { return "different value" }
        let relative = abs(want - got) / max(abs(want), abs(got))
        if relative <= tolerance { return nil }
        if relative < 1e-2 {
            return "relative difference \(String(format: "%.1e", relative)) exceeds the tolerance \(String(format: "%g", tolerance)) (precision)"
        }
        return "different value"
    }
}
