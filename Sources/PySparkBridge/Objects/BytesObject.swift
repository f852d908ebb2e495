import PyLite
import SparkLite

/// Python's `bytes`: a BINARY value collected from Spark (`b'\x01\x02'`, a length, integer items), or the
/// text `rdd.toDebugString()` returns (`decode()` gives it back).
final class BytesObject: PyHostObject {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    convenience init(text: String) { self.init(Array(text.utf8)) }

    var pyTypeName: String { "bytes" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let text = String(decoding: bytes, as: UTF8.self)
        switch name {
        case "decode": return .native(PyNativeFunction(name: name) { _ in .str(text) })
        case "splitlines":
            return .native(PyNativeFunction(name: name) { _ in
                .newList(text.split(separator: "\n", omittingEmptySubsequences: false).map { .host(BytesObject(text: String($0))) })
            })
        default: return nil
        }
    }

    func pyRepr() -> String {
        // Python picks single quotes unless the bytes hold a single quote and no double quote.
        let quote: Character = bytes.contains(0x27) && !bytes.contains(0x22) ? "\"" : "'"
        var text = "b\(quote)"
        for b in bytes {
            switch b {
            case 0x5C: text += "\\\\"
            case 0x09: text += "\\t"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x27 where quote == "'": text += "\\'"
            case 0x20..<0x7F: text.append(Character(Unicode.Scalar(b)))
            default:
                let hex = String(b, radix: 16)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return text + String(quote)
    }

    func pyLength() throws -> Int? { bytes.count }

    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        guard case .int(let i) = key else { return nil }
        let index = i < 0 ? bytes.count + i : i
        guard index >= 0, index < bytes.count else { throw PyException.indexError("index out of range") }
        return .int(Int(bytes[index]))
    }

    func pyIterate() throws -> PyIterator? { PyIterator(typeName: "bytes_iterator", values: bytes.map { PyValue.int(Int($0)) }) }

    func pyTruth() throws -> Bool { !bytes.isEmpty }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        guard let o = other.asHost(BytesObject.self) else { return op == .equal ? .bool(false) : op == .notEqual ? .bool(true) : nil }
        let c = bytes.lexicographicallyPrecedes(o.bytes) ? -1 : bytes == o.bytes ? 0 : 1
        return .bool(op.holds(forOrder: c))
    }

    var pyIsHashable: Bool { true }
    func pyHash() -> Int { bytes.hashValue }
    func pyKeyEquals(_ other: any PyHostObject) -> Bool { (other as? BytesObject)?.bytes == bytes }
}
