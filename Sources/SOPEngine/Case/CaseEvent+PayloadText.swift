import Foundation
import SOPCore

extension CaseEvent.Kind {
    /// The stored payload as text: the same bytes as `payloadJSON()` (keys sorted, absent values
    /// left out, times in milliseconds), written straight into one string for the kinds every
    /// answer and step writes, without building the JSON tree, sorting its keys and copying it
    /// through `Data`. Each case below lists its keys in sorted order; `PayloadTextTests` checks
    /// every kind against `payloadJSON()`. The other kinds take the general path.
    public var payloadText: String {
        var out = PayloadWriter()
        switch self {
        case .fieldAnswered(let p):
            out.text("field", p.field)
            out.text("step", p.step)
            out.text("value", p.value)
            out.int("visit", p.visit)
        case .kelengkapanChecked(let p):
            out.text("item", p.item)
            out.bool("present", p.present)
            out.text("step", p.step)
            out.int("visit", p.visit)
        case .outputRecorded(let p) where p.attachment == nil:
            out.text("item", p.item)
            out.text("step", p.step)
            out.text("text", p.text)
            out.int("visit", p.visit)
        case .branchChosen(let p):
            out.text("label", p.label)
            out.text("step", p.step)
            out.text("target", p.target)
            out.int("visit", p.visit)
        case .stepStarted(let p):
            out.time("due", p.due)
            out.text("role", p.role)
            out.time("rowStarted", p.rowStarted)
            out.text("step", p.step)
            out.int("visit", p.visit)
        case .stepCompleted(let p):
            out.text("outcome", p.outcome)
            out.text("skipped", p.skipped)
            out.text("step", p.step)
            if let used = p.used { out.member("used", JSONValue.double(used).compact) }
            out.int("visit", p.visit)
        default:
            return String(decoding: payloadJSON(), as: UTF8.self)
        }
        return out.finish()
    }
}

/// A one-level JSON object written member by member, byte for byte as `JSONValue.compact`
/// writes it.
private struct PayloadWriter {
    private var out: [UInt8] = [UInt8(ascii: "{")]

    init() { out.reserveCapacity(128) }

    mutating func member(_ key: StaticString, _ literal: String) {
        open(key)
        out.append(contentsOf: literal.utf8)
    }

    mutating func text(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        open(key)
        // Most text needs no escape: its bytes as they are, between quotes.
        if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            var quoted = ""
            JSONValue.quote(value, into: &quoted)
            out.append(contentsOf: quoted.utf8)
        } else {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: value.utf8)
            out.append(UInt8(ascii: "\""))
        }
    }

    mutating func int(_ key: StaticString, _ value: Int) { member(key, String(value)) }

    mutating func bool(_ key: StaticString, _ value: Bool) { member(key, value ? "true" : "false") }

    mutating func time(_ key: StaticString, _ date: Date?) {
        guard let date else { return }
        member(key, String(Int(Int64((date.timeIntervalSince1970 * 1000).rounded()))))
    }

    private mutating func open(_ key: StaticString) {
        if out.count > 1 { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    mutating func finish() -> String {
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
