import CLibPQ
import Foundation
import SOPCore

/// A PostgreSQL connection URI (`postgres://user@host:port/dbname?sslmode=require`), read by
/// libpq itself. Whatever is shown of it is redacted: a password never reaches the output.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    public let uri: String
    /// The parameters written in the URI, as libpq reads them (user, host, port, dbname, …).
    let parameters: [String: String]

    /// `postgres://` or `postgresql://`, in any case.
    public static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    public init(_ written: String) throws(StoreAddressProblem) {
        // libpq knows the scheme in lower case only.
        var uri = written
        if let scheme = uri.range(of: "://"), Self.isPostgres(uri) {
            uri.replaceSubrange(uri.startIndex..<scheme.lowerBound, with: uri[..<scheme.lowerBound].lowercased())
        }
        self.uri = uri
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(uri, &error) else {
            let detail = error.map { String(cString: $0) } ?? "?"
            if let error { PQfreemem(error) }
            throw StoreAddressProblem(Catalog.Postgres.badAddress(Self.redact(uri, password: nil),
                                                                  detail: detail.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { PQconninfoFree(options) }
        var parameters: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { parameters[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        // A port libpq would refuse only when connecting ("invalid port number"): a usage error here.
        if let port = parameters["port"], !port.split(separator: ",").allSatisfy({ UInt16($0).map { $0 > 0 } ?? false }) {
            throw StoreAddressProblem(Catalog.Faults.badPort(Self.redact(uri, password: parameters["password"]), port: port))
        }
        self.parameters = parameters
    }

    /// The password written in the URI, if any (libpq otherwise reads PGPASSWORD or ~/.pgpass).
    public var password: String? { parameters["password"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The password file libpq reads when it is not ~/.pgpass: the URI's `passfile`, else the
    /// environment's PGPASSFILE (a service's, which has no home); nil for ~/.pgpass. Said in a
    /// refused connection's message, so that it names the file actually read.
    public func passwordFile(environment: [String: String]) -> String? {
        if let file = parameters["passfile"], !file.isEmpty { return file }
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        return nil
    }

    /// The URI as written, with any password replaced by `***`.
    public var redacted: String { Self.redact(uri, password: password) }

    public var description: String { redacted }

    /// Replaces the password of a URI's user info and of a `password=` query parameter, and any
    /// other occurrence of `password`, with `***`.
    static func redact(_ text: String, password: String?) -> String {
        var out = text
        if let scheme = out.range(of: "://") {
            let rest = out[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                out.replaceSubrange(out.index(after: colon)..<at, with: "***")
            }
        }
        if let query = out.firstIndex(of: "?") {
            let pairs = out[out.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
                pair.lowercased().hasPrefix("password=") ? "password=***" : String(pair)
            }
            out = String(out[...query]) + pairs.joined(separator: "&")
        }
        return redactingSecret(out, password: password)
    }

    /// Any occurrence of the password (as written or percent-encoded) in a message becomes `***`.
    static func redactingSecret(_ text: String, password: String?) -> String {
        guard let password, !password.isEmpty else { return text }
        var out = text.replacingOccurrences(of: password, with: "***")
        if let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != password {
            out = out.replacingOccurrences(of: encoded, with: "***")
        }
        return out
    }

    /// Redacts the URI's password and PGPASSWORD from a message of libpq or the server.
    func redact(_ message: String) -> String {
        Self.redactingSecret(Self.redactingSecret(message, password: password),
                             password: ProcessInfo.processInfo.environment["PGPASSWORD"])
    }
}

/// An address that cannot be used as given (exit code 2).
public struct StoreAddressProblem: Error, Sendable, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}
