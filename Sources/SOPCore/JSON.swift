/// A JSON value whose objects keep their keys in the order written, so that every document the
/// tool prints (the JSON Schema, lint reports, SARIF) is byte-for-byte deterministic.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written without a fraction when whole ("420"), else as Swift prints it ("420.5").
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Equatable {
        public let key: String
        public let value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from key-value pairs in the order given.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member($0.key, $0.value) })
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// On one line, without spaces: one record per line in streamed reports.
    public var compact: String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// Indented by two spaces; arrays of a few short scalars stay on one line.
    public var pretty: String { pretty(level: 0) }

    /// Pretty, as if nested `level` deep (for documents written piece by piece).
    public func pretty(level: Int) -> String {
        var out = ""
        write(to: &out, indent: "  ", level: level)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            out += value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .string(let value): JSONValue.quote(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            if let indent, items.allSatisfy(\.isScalar) {
                let inline = JSONValue.array(items).compact.replacingCommas()
                if inline.count + indent.count * level <= 80 {
                    out += inline
                    return
                }
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSONValue.quote(member.key, into: &out)
                out += indent == nil ? ":" : ": "
                member.value.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    /// Whether a JSON string literal of the text escapes any of its bytes (a quote, a backslash,
    /// a control character): most text needs none, and is written as it is. Every answer's
    /// payload asks this of each of its texts: the bytes are scanned in place.
    public static func needsEscape(_ text: String) -> Bool {
        func escaped(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F }
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            for byte in bytes where escaped(byte) { return true }
            return false
        }) {
            return found
        }
        return text.utf8.contains(where: escaped)
    }

    /// The same literal appended as bytes (the payload and worklist writers build their JSON in a
    /// byte buffer): most text needs no escape and goes as its bytes, between quotes.
    public static func quote(_ text: String, into out: inout [UInt8]) {
        guard needsEscape(text) else {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var escaped = ""
        quote(text, into: &escaped)
        out.append(contentsOf: escaped.utf8)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; the rest as is.
    public static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: appended whole (the same bytes the loop below would write).
        if !needsEscape(text) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// `["a","b"]` → `["a", "b"]` outside string literals (for inline arrays in pretty output).
    fileprivate func replacingCommas() -> String {
        var out = ""
        var inString = false
        var escaped = false
        for character in self {
            out.append(character)
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else if character == "\"" {
                inString = true
            } else if character == "," {
                out.append(" ")
            }
        }
        return out
    }
}
