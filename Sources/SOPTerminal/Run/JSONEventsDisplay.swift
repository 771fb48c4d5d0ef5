import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `--json`: every committed event as one JSON line. NIK and phone numbers are masked unless
/// personal data was asked for. Other messages go to a second display (the terminal's text on
/// stderr).
public final class JSONEventsDisplay: Prompter {
    private let sop: SOP
    private let showPersonal: Bool
    private let output: (String) -> Void
    private let other: Prompter
    private var caseID = ""

    public init(sop: SOP, showPersonal: Bool, output: @escaping (String) -> Void, other: Prompter) {
        self.sop = sop
        self.showPersonal = showPersonal
        self.output = output
        self.other = other
    }

    public func ask(_ question: Question) -> Reply { other.ask(question) }
    public func refused(_ question: Question, reason: Localized) -> Bool { other.refused(question, reason: reason) }

    public func show(_ message: SessionMessage) {
        switch message {
        case .caseOpened(let header):
            caseID = header.caseID.rawValue
            other.show(message)
        case .committed(let events):
            for event in events { output(line(event) + "\n") }
        default:
            other.show(message)
        }
    }

    /// Sets the case id before the first events are known (a new case's own start events).
    public func begin(caseID: CaseID) { self.caseID = caseID.rawValue }

    func line(_ event: CaseEvent) -> String {
        EventJSON.line(event, caseID: caseID, sop: sop, showPersonal: showPersonal)
    }
}

/// The JSON form of an event, shared by `--json` and `sop case --json`.
public enum EventJSON {
    /// `notHeld`: the event's operator did not hold its role at that time (`RosterAudit.unheld`,
    /// as `sop case` marks it): the line says so with `"roleNotHeld":true`, else has no such key.
    /// `stepRole`: the event was written in a role other than its step's (`RoleMarks.otherRole`),
    /// this one: `"stepRole":"…"` beside its `"role"`, else no such key.
    public static func line(_ event: CaseEvent, caseID: String, sop: SOP?, showPersonal: Bool, notHeld: Bool = false,
                            stepRole: String? = nil) -> String {
        // Every free text masked by the one function every view uses, unless personal data may be shown.
        let kind = showPersonal ? event.kind : event.kind.freeTextMasked(sop: sop)
        let payload = String(decoding: kind.payloadJSON(), as: UTF8.self)
        return "{\"at\":\"\(iso(event.at))\",\"case\":\(quote(caseID)),\"operator\":\(quote(event.operatorName)),"
            + "\"payload\":\(payload),\"role\":\(event.role.map(quote) ?? "null"),\(notHeld ? "\"roleNotHeld\":true," : "")"
            + "\"sequence\":\(event.sequence),\(stepRole.map { "\"stepRole\":\(quote($0))," } ?? "")"
            + "\"type\":\(quote(kind.type))}"
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // In WIB with its offset ("2026-12-06T16:22:46.797+07:00"), as every other view shows
        // times (tester 11's F7): the same instant, read without converting from UTC.
        formatter.timeZone = WorkCalendar.jakarta
        return formatter.string(from: date)
    }

    static func quote(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
