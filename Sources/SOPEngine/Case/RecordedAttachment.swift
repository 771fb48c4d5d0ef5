import Foundation

/// A file a case's events recorded (a step's output, or a corrected output), with the event that
/// recorded it: what `sop case --lampiran` exports and the web timeline links to (tester 11's F5).
public struct RecordedAttachment: Sendable, Equatable {
    /// The recording event's sequence: the file's stable number within its case.
    public var sequence: Int
    public var step: String
    public var attachment: CaseEvent.Attachment

    /// Every attachment the events name, in the order recorded.
    public static func all(in events: [CaseEvent]) -> [RecordedAttachment] {
        events.compactMap { event -> RecordedAttachment? in
            switch event.kind {
            case .outputRecorded(let output):
                output.attachment.map { RecordedAttachment(sequence: event.sequence, step: output.step, attachment: $0) }
            case .answerCorrected(let correction):
                correction.attachment.map { RecordedAttachment(sequence: event.sequence, step: correction.step, attachment: $0) }
            default:
                nil
            }
        }
    }

    /// A file name safe in a folder and in a Content-Disposition header: `<sequence>-<name>`, the
    /// name's last path component, without a leading dot, quotes, backslashes or control characters.
    public var fileName: String {
        var name = String((attachment.name as NSString).lastPathComponent.unicodeScalars.map { scalar -> Character in
            scalar.value < 0x20 || scalar == "/" || scalar == "\\" || scalar == "\"" || scalar.value == 0x7F ? "-" : Character(scalar)
        })
        while name.hasPrefix(".") { name.removeFirst() }
        if name.isEmpty { name = "lampiran" }
        return "\(sequence)-\(name)"
    }
}
