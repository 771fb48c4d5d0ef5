import Foundation
import SOPCore

extension CaseEvent.Kind {
    /// The stored payload as text, the one encoder of every kind (the chain hashes these bytes;
    /// `--json` prints them): a JSON object, keys in sorted order, absent values left out, times
    /// in milliseconds. Written straight into one buffer, without building a JSON tree, sorting
    /// keys or copying through `Data`: it runs for every answer. Each case lists its keys in
    /// sorted order; `PayloadTextTests` checks that every field of every kind survives the round
    /// trip through `decode(type:payload:)`, and pins the bytes.
    public var payloadText: String {
        var out = PayloadWriter()
        switch self {
        case .caseStarted(let p):
            out.time("due", p.due)
            out.text("file", p.file)
            out.text("judul", p.judul)
            out.text("nomor", p.nomor)
            out.text("revision", p.revision)
            out.text("revisionDate", p.revisionDate)
            if let table = p.table { out.int("table", table) }
            out.text("tableTitle", p.tableTitle)
            out.text("tracking", p.tracking)
        case .stepStarted(let p):
            out.time("due", p.due)
            out.texts("joint", p.joint)
            out.text("role", p.role)
            out.time("rowStarted", p.rowStarted)
            out.text("step", p.step)
            out.int("visit", p.visit)
        case .kelengkapanChecked(let p):
            out.text("item", p.item)
            if p.notApplicable == true { out.bool("notApplicable", true) }
            out.bool("present", p.present)
            out.text("step", p.step)
            out.int("visit", p.visit)
        case .fieldAnswered(let p):
            out.text("field", p.field)
            out.text("step", p.step)
            out.text("value", p.value)
            out.int("visit", p.visit)
        case .outputRecorded(let p):
            out.attachment(p.attachment)
            out.text("item", p.item)
            out.text("step", p.step)
            out.text("text", p.text)
            out.int("visit", p.visit)
        case .branchChosen(let p):
            out.text("label", p.label)
            out.text("step", p.step)
            out.text("target", p.target)
            out.int("visit", p.visit)
        case .joinArrived(let p):
            out.text("from", p.from)
            out.text("step", p.step)
        case .noteAdded(let p):
            out.text("step", p.step)
            out.text("text", p.text)
        case .stepCompleted(let p):
            out.text("branchOutcome", p.branchOutcome)
            if let cases = p.collective { out.int("collective", cases) }
            out.text("outcome", p.outcome)
            if p.rowOpen == true { out.bool("rowOpen", true) }
            out.text("skipped", p.skipped)
            out.text("step", p.step)
            if let used = p.used { out.member("used", JSONValue.double(used).compact) }
            out.int("visit", p.visit)
        case .caseCancelled(let p):
            out.text("reason", p.reason)
        case .answerCorrected(let p):
            out.attachment(p.attachment)
            out.text("name", p.name)
            out.text("reason", p.reason)
            out.text("step", p.step)
            out.text("target", p.target.rawValue)
            out.text("value", p.value)
            out.int("visit", p.visit)
        case .branchCorrected(let p):
            out.texts("closed", p.closed)
            out.text("label", p.label)
            out.text("previousLabel", p.previousLabel)
            out.text("previousTarget", p.previousTarget)
            out.text("reason", p.reason)
            out.text("step", p.step)
            out.text("target", p.target)
            out.int("visit", p.visit)
        case .casePaused, .caseResumed, .caseCompleted:
            break
        }
        return out.finish()
    }

    /// The payload as JSON bytes (the stored form, and what `--json` prints): `payloadText`.
    public func payloadJSON() -> Data { Data(payloadText.utf8) }
}

/// A JSON object written member by member, in the order given, with `JSONValue.compact`'s
/// number and string forms.
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
        JSONValue.quote(value, into: &out)
    }

    mutating func int(_ key: StaticString, _ value: Int) { member(key, String(value)) }

    /// An array of texts, in the order given (nothing when nil).
    mutating func texts(_ key: StaticString, _ values: [String]?) {
        guard let values else { return }
        open(key)
        out.append(UInt8(ascii: "["))
        for (offset, value) in values.enumerated() {
            if offset > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.quote(value, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    mutating func bool(_ key: StaticString, _ value: Bool) { member(key, value ? "true" : "false") }

    mutating func time(_ key: StaticString, _ date: Date?) {
        guard let date else { return }
        member(key, String(Int(Int64((date.timeIntervalSince1970 * 1000).rounded()))))
    }

    /// An attached file, as a nested object (name, sha256, size).
    mutating func attachment(_ attachment: CaseEvent.Attachment?) {
        guard let attachment else { return }
        var nested = PayloadWriter()
        nested.text("name", attachment.name)
        nested.text("sha256", attachment.sha256)
        nested.int("size", attachment.size)
        member("attachment", nested.finish())
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
