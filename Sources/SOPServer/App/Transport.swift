import HTTPTypes
import Hummingbird

/// How a request reached the desk. `Secure` cookies come back only over HTTPS, or over plain
/// HTTP to the browser's own machine (127.0.0.1, localhost): a desk PC that opens
/// http://192.168.1.20:8080 never sends them back, so its login cannot work and it must be told
/// why, not that the form expired.
enum Transport {
    /// Plain HTTP from another machine: neither TLS nor a proxy saying `X-Forwarded-Proto: https`,
    /// to a host name that is not loopback.
    static func isPlainHTTPOffLoopback(_ request: Request) -> Bool {
        if let proto = request.headers[HTTPField.Name("X-Forwarded-Proto")!],
            proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
        {
            return false
        }
        if request.head.scheme?.lowercased() == "https" { return false }
        guard let authority = request.head.authority, !authority.isEmpty else { return false }
        return !ServerConfiguration.isLoopback(host(of: authority))
    }

    /// "192.168.1.20:8080" → "192.168.1.20", "[::1]:8080" → "::1".
    static func host(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        if authority.filter({ $0 == ":" }).count == 1, let colon = authority.firstIndex(of: ":") {
            return String(authority[..<colon])
        }
        return authority
    }
}
