import Foundation
import SOPCore

/// A file a case's events recorded (a step's output, or a corrected output), with the event that
/// recorded it: what `sop case --lampiran` exports and the web timeline links to (tester 11's F5).
public struct RecordedAttachment: Sendable, Equatable {
    /// The recording event's sequence: the file's stable number within its case.
    public var sequence: Int
    public var step: String
    public var attachment: CaseEvent.Attachment

    /// Every attachment the events name, in the order recorded.
    public static func all(in events: [CaseEvent]) -> [RecordedAttachment] {
        events.compactMap { event in
            event.kind.recordedAttachment.map { RecordedAttachment(sequence: event.sequence, step: $0.step, attachment: $0.attachment) }
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

extension CaseEvent.Kind {
    /// The file this event recorded, with its step: a step's output or a corrected output.
    public var recordedAttachment: (step: String, attachment: CaseEvent.Attachment)? {
        switch self {
        case .outputRecorded(let output): output.attachment.map { (output.step, $0) }
        case .answerCorrected(let correction): correction.attachment.map { (correction.step, $0) }
        default: nil
        }
    }
}

/// A recorded file as the store holds it, checked against the SHA-256 its event recorded.
public enum StoredAttachment: Sendable, Equatable {
    case content([UInt8])
    /// Not stored (deleted).
    case missing
    /// Stored, but its content does not match the recorded SHA-256.
    case changed
}

extension CaseStore {
    /// The file recorded with `sha256`, checked: what `sop db verify`, `sop case --lampiran` and
    /// the web desk's download all read.
    public func checkedAttachment(sha256: String) throws(StoreError) -> StoredAttachment {
        guard let bytes = try attachment(sha256: sha256) else { return .missing }
        return SHA256.hex(bytes) == sha256 ? .content(bytes) : .changed
    }
}
