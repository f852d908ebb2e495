/// `parse_url(url, part [, key])`: a part of a URL split as `java.net.URI` splits it, or a query parameter.
let urlFunctionBuilders: [FunctionBuilder] =
    scalar("parse_url", "try_parse_url") { c, context throws(SparkError) in
        try c.arity(2...3)
        let raises = context.ansi && c.name == "parse_url"
        let args = try (0..<c.count).map { i throws(SparkError) in try c.string(i) }
        return c.make(args, .string, nullable: true) { v in
            guard case .string(let url) = v[0], case .string(let part) = v[1] else { return .null }
            guard let parts = URLParts(url) else {
                if raises {
                    throw SparkError("INVALID_URL", "The url is invalid: \(url). Use `try_parse_url` to tolerate invalid URL and return NULL instead.", sqlState: "22P02")
                }
                return .null
            }
            if v.count == 3 {
                guard part == "QUERY", case .string(let key) = v[2] else { return .null }
                return parts.queryParameter(key).map(Value.string) ?? .null
            }
            return parts.part(part).map(Value.string) ?? .null
        }
    }

/// `url_encode` / `url_decode` / `try_url_decode`: Java's `URLEncoder` and `URLDecoder` in UTF-8
/// (`application/x-www-form-urlencoded`: a space is `+`).
let urlCodingFunctionBuilders: [FunctionBuilder] =
    scalar("url_encode") { c, _ throws(SparkError) in
        try c.arity(1)
        return c.make([try c.string(0)], .string) { v in
            let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_".utf8)
            var out = ""
            for byte in text(v[0]).utf8 {
                if unreserved.contains(byte) { out.append(Character(Unicode.Scalar(byte))) }
                else if byte == 0x20 { out.append("+") }
                else { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2) }
            }
            return .string(out)
        }
    }
    + scalar("url_decode", "try_url_decode") { c, _ throws(SparkError) in
        try c.arity(1)
        let tolerant = c.name == "try_url_decode"
        return c.make([try c.string(0)], .string, nullable: true) { v in
            let s = text(v[0])
            guard let decoded = urlDecoded(s) else {
                if tolerant { return .null }
                throw SparkError("CANNOT_DECODE_URL", "The provided URL cannot be decoded: \(s). Please ensure that the URL is properly formatted and try again.", sqlState: "22546")
            }
            return .string(decoded)
        }
    }

/// `+` as a space and `%XX` as a byte, the bytes read as UTF-8; nil for a bad escape.
func urlDecoded(_ s: String) -> String? {
    var bytes: [UInt8] = []
    var utf8 = Array(s.utf8)[...]
    while let b = utf8.popFirst() {
        if b == UInt8(ascii: "+") { bytes.append(0x20); continue }
        guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
        guard utf8.count >= 2, let hi = hexDigitValue(utf8.removeFirst()), let lo = hexDigitValue(utf8.removeFirst()) else { return nil }
        bytes.append(hi << 4 | lo)
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// A URL cut into the pieces `java.net.URI` reports (raw, still percent-encoded).
struct URLParts {
    var scheme: String?
    var authority: String?
    var path: String?
    var query: String?
    var fragment: String?

    /// Nil for text `java.net.URI` rejects: a character outside the URI alphabet, a bad escape, an empty scheme.
    init?(_ url: String) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%")
        guard url.allSatisfy({ allowed.contains($0) || !$0.isASCII }), !url.contains(where: { $0.isWhitespace }) else { return nil }
        var rest = Substring(url)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains(where: { "/?".contains($0) }) {
            let name = rest[..<colon]
            guard let first = name.first, first.isLetter,
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
            scheme = String(name)
            rest = rest[rest.index(after: colon)...]
        }
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    var userInfo: String? {
        guard let authority, let at = authority.lastIndex(of: "@") else { return nil }
        return String(authority[..<at])
    }

    var host: String? {
        guard let authority else { return nil }
        var hostPort = Substring(authority)
        if let at = hostPort.lastIndex(of: "@") { hostPort = hostPort[hostPort.index(after: at)...] }
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") { return String(hostPort[...close]) }
        if let colon = hostPort.lastIndex(of: ":") { hostPort = hostPort[..<colon] }
        return hostPort.isEmpty ? nil : String(hostPort)
    }

    func part(_ name: String) -> String? {
        switch name {
        case "HOST": host
        case "PATH": path
        case "QUERY": query
        case "REF": fragment
        case "PROTOCOL": scheme
        case "FILE": query.map { "\(path ?? "")?\($0)" } ?? path
        case "AUTHORITY": authority
        case "USERINFO": userInfo
        default: nil
        }
    }

    /// The value of the first `key=value` pair of the query, as Spark's `(&|^)key=([^&]*)` finds it.
    func queryParameter(_ key: String) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: false) where pair.hasPrefix(key + "=") {
            return String(pair.dropFirst(key.count + 1))
        }
        return nil
    }
}
