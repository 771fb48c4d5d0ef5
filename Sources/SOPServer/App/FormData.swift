import Foundation

/// The fields and files of a POST: `application/x-www-form-urlencoded` or
/// `multipart/form-data` (an uploaded output). Parsed here, without a dependency, strictly:
/// anything malformed is `nil`, which the middleware answers with 400.
public struct FormData: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        public var filename: String
        public var contentType: String
        public var bytes: [UInt8]
    }

    public private(set) var fields: [String: [String]] = [:]
    public private(set) var files: [String: File] = [:]

    public init() {}

    public init(fields: [String: [String]], files: [String: File] = [:]) {
        self.fields = fields
        self.files = files
    }

    /// The first value of a field, nil when absent.
    public subscript(_ name: String) -> String? { fields[name]?.first }

    /// The first value, trimmed; empty when absent.
    public func text(_ name: String) -> String { (self[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Parses a body by its Content-Type; nil when malformed or of another type.
    public static func parse(_ body: [UInt8], contentType: String?) -> FormData? {
        let type = (contentType ?? "").lowercased()
        if type.hasPrefix("application/x-www-form-urlencoded") || (type.isEmpty && body.isEmpty) {
            return urlEncoded(String(decoding: body, as: UTF8.self))
        }
        if type.hasPrefix("multipart/form-data"), let boundary = parameter("boundary", in: contentType ?? "") {
            return multipart(body, boundary: boundary)
        }
        return nil
    }

    /// `a=1&b=x+y%21`; nil on a broken percent escape.
    public static func urlEncoded(_ text: String) -> FormData? {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            form.fields[name, default: []].append(value)
        }
        return form
    }

    /// `+` as a space and `%XX` as its byte, on the UTF-8 bytes (no Foundation string search per
    /// field); nil on a broken escape or bytes that are not UTF-8, as `removingPercentEncoding`.
    static func decode(_ text: Substring) -> String? {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(text) }
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: "+"):
                out.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard index != bytes.endIndex, let high = hex(bytes[index]) else { return nil }
                index = bytes.index(after: index)
                guard index != bytes.endIndex, let low = hex(bytes[index]) else { return nil }
                index = bytes.index(after: index)
                out.append(high << 4 | low)
            default:
                out.append(byte)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// A `key=value` parameter of a header value (`boundary=…`, `name="…"`).
    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pieces[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// The complete parts of a multipart body cut at the size limit, and the name of the file
    /// part that was cut (nil when the cut was not inside a file): the form comes back with what
    /// was typed and the message next to the file that was too large.
    static func multipartPrefix(_ body: [UInt8], contentType: String?) -> (form: FormData, cutFile: String?)? {
        guard (contentType ?? "").lowercased().hasPrefix("multipart/form-data"),
            let boundary = parameter("boundary", in: contentType ?? "")
        else { return nil }
        var cut: String?
        guard let form = multipart(body, boundary: boundary, cutFile: &cut) else { return nil }
        return (form, cut)
    }

    static func multipart(_ body: [UInt8], boundary: String) -> FormData? {
        var cut: String?
        guard let form = multipart(body, boundary: boundary, cutFile: &cut, partial: false) else { return nil }
        return form
    }

    /// RFC 7578: parts separated by `--boundary`, each with headers, a blank line and content.
    /// `partial`: the body was cut; a last part without its end names `cutFile` (a file part).
    static func multipart(_ body: [UInt8], boundary: String, cutFile: inout String?, partial: Bool = true) -> FormData? {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var form = FormData()
        guard var position = find(delimiter, in: body, from: 0) else { return nil }
        position += delimiter.count
        while true {
            // "--" after a delimiter ends the body; otherwise CRLF starts a part.
            if body.count >= position + 2, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { return form }
            guard body.count >= position + 2, body[position] == 13, body[position + 1] == 10 else { return nil }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: position) else { return partial ? form : nil }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find([13, 10] + delimiter, in: body, from: contentStart) else {
                guard partial else { return nil }
                let disposition = headers.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") } ?? ""
                if parameter("filename", in: disposition) != nil { cutFile = parameter("name", in: disposition) }
                return form
            }
            let content = Array(body[contentStart..<next])
            var disposition = "", type = "text/plain"
            for line in headers.components(separatedBy: "\r\n") {
                let pieces = line.split(separator: ":", maxSplits: 1)
                guard pieces.count == 2 else { return nil }
                switch pieces[0].trimmingCharacters(in: .whitespaces).lowercased() {
                case "content-disposition": disposition = String(pieces[1])
                case "content-type": type = pieces[1].trimmingCharacters(in: .whitespaces).lowercased()
                default: break
                }
            }
            guard disposition.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("form-data"),
                let name = parameter("name", in: disposition)
            else { return nil }
            if let filename = parameter("filename", in: disposition) {
                // A file input left empty sends a part with an empty file name: no file.
                if !filename.isEmpty || !content.isEmpty {
                    form.files[name] = File(filename: (filename as NSString).lastPathComponent, contentType: type, bytes: content)
                }
            } else {
                form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
            }
            position = next + 2 + delimiter.count
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
