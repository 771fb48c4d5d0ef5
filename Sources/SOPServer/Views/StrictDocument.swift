import Foundation
import SOPCore

/// A self-contained page from one of the existing writers (`sop render`'s HTML, `sop report`'s
/// HTML, the receipt), made to work under a Content-Security-Policy that allows no inline style
/// it did not write itself: every `<style>` block and every `style="…"` attribute go into one
/// stylesheet (an attribute becomes a generated class whose declarations are `!important`, so it
/// still wins over the sheet's own rules as the attribute did), and the policy names that
/// stylesheet by its SHA-256. No script is allowed at all: the writers make none.
///
/// The writers escape every text they write (`HTML.escape` turns quotes and angle brackets into
/// entities), so `style="` and `<style>` can only be their own markup, never a case's data.
public struct StrictDocument: Sendable {
    /// The page, with one `<style>` block in its head and no style attributes.
    public let html: String
    /// The stylesheet the policy allows (the text inside the one `<style>` block).
    public let stylesheet: String

    public init(selfContained source: String) {
        var sheets: [String] = []
        var body = Self.extractStyleBlocks(source, into: &sheets)
        var classes: [String: String] = [:]  // declarations -> generated class
        var order: [String] = []
        body = Self.replaceStyleAttributes(body) { declarations in
            if let name = classes[declarations] { return name }
            let name = "sd-\(order.count + 1)"
            classes[declarations] = name
            order.append(declarations)
            return name
        }
        var sheet = sheets.joined(separator: "\n")
        for declarations in order {
            sheet += "\n.\(classes[declarations]!) { \(Self.important(declarations)) }"
        }
        stylesheet = sheet + "\n"
        let block = "<style>\(stylesheet)</style>\n"
        if let head = body.range(of: "</head>") {
            body.insert(contentsOf: block, at: head.lowerBound)
        } else {
            body = block + body
        }
        html = body
    }

    /// `'sha256-…'` of the stylesheet, as a CSP source expression.
    public var styleHash: String {
        let hex = SHA256.hex(Data(stylesheet.utf8))
        return "'sha256-\(Data(SHA256.bytes(hex: hex) ?? []).base64EncodedString())'"
    }

    /// The policy for this page: nothing but its own stylesheet, images inline or from the app,
    /// no script, no framing, no form posting anywhere but the app.
    public var contentSecurityPolicy: String {
        "default-src 'none'; style-src \(styleHash); img-src 'self' data:; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'"
    }

    /// Removes each `<style>…</style>` block, keeping its text.
    static func extractStyleBlocks(_ source: String, into sheets: inout [String]) -> String {
        var out = ""
        var rest = source[...]
        while let open = rest.range(of: "<style>") {
            guard let close = rest[open.upperBound...].range(of: "</style>") else { break }
            out += rest[..<open.lowerBound]
            sheets.append(String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .newlines))
            rest = rest[close.upperBound...]
            if rest.hasPrefix("\n") { rest = rest.dropFirst() }
        }
        out += rest
        return out
    }

    /// Rewrites every tag's ` style="X"` as a class named by `name(X)`, merged into the tag's
    /// own `class="…"` when it has one.
    static func replaceStyleAttributes(_ source: String, name: (String) -> String) -> String {
        var out = ""
        var rest = source[...]
        while let tagStart = rest.firstIndex(of: "<") {
            out += rest[..<tagStart]
            guard let tagEnd = rest[tagStart...].firstIndex(of: ">") else {
                out += rest[tagStart...]
                return out
            }
            var tag = String(rest[tagStart...tagEnd])
            if let style = tag.range(of: " style=\""), let valueEnd = tag[style.upperBound...].firstIndex(of: "\"") {
                let declarations = String(tag[style.upperBound..<valueEnd])
                tag.removeSubrange(style.lowerBound...valueEnd)
                let generated = name(declarations)
                if let klass = tag.range(of: " class=\""), let classEnd = tag[klass.upperBound...].firstIndex(of: "\"") {
                    tag.insert(contentsOf: " \(generated)", at: classEnd)
                } else {
                    let nameEnd = tag.firstIndex { $0 == " " || $0 == ">" || $0 == "/" } ?? tag.endIndex
                    tag.insert(contentsOf: " class=\"\(generated)\"", at: nameEnd)
                }
            }
            out += tag
            rest = rest[rest.index(after: tagEnd)...]
        }
        out += rest
        return out
    }

    /// `width:44%;height:3px` → `width:44% !important; height:3px !important;` (semicolons inside
    /// parentheses, as in a data: URL, are not separators).
    static func important(_ declarations: String) -> String {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in declarations {
            switch character {
            case "(": depth += 1; current.append(character)
            case ")": depth -= 1; current.append(character)
            case ";" where depth == 0: parts.append(current); current = ""
            default: current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.hasSuffix("!important") ? "\($0);" : "\($0) !important;" }.joined(separator: " ")
    }
}
