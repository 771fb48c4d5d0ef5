import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `sop case ID --lampiran DIR`: every file recorded as a step's output (or a corrected output)
/// written to DIR as `<event>-<name>`, each checked against the SHA-256 its event recorded. A file
/// whose stored content does not match, or is gone, is not written (exit 1); an existing file is
/// never overwritten.
enum AttachmentExport {
    static func export(_ id: CaseID, events: [CaseEvent], store: CaseStore, to folder: String,
                       language: Language) throws(CommandFailure) {
        let items = RecordedAttachment.all(in: events)
        guard !items.isEmpty else {
            Console.write(Catalog.Attachments.attachmentsNone(id.rawValue).text(language) + "\n")
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(Catalog.Attachments.attachmentNotWritten(folder), language: language, exitCode: 1)
        }
        var failures: [Localized] = []
        for item in items {
            let path = (folder as NSString).appendingPathComponent(item.fileName)
            let bytes: [UInt8]
            do {
                switch try store.checkedAttachment(sha256: item.attachment.sha256) {
                case .content(let content): bytes = content
                case .missing:
                    failures.append(Catalog.Attachments.attachmentNotStored(item.attachment.name, sha256: item.attachment.sha256))
                    continue
                case .changed:
                    failures.append(Catalog.Attachments.attachmentMismatch(item.attachment.name, sha256: item.attachment.sha256))
                    continue
                }
            } catch { throw CommandFailure(error, language: language) }
            guard !FileManager.default.fileExists(atPath: path) else {
                failures.append(Catalog.Attachments.attachmentFileExists(path))
                continue
            }
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            } catch {
                failures.append(Catalog.Attachments.attachmentNotWritten(path))
                continue
            }
            Console.write(Catalog.Attachments.attachmentSaved(path, step: item.step, size: bytes.count,
                                                          sha256: item.attachment.sha256).text(language) + "\n")
        }
        guard let last = failures.popLast() else { return }
        for failure in failures { Console.error(failure.text(language)) }
        throw CommandFailure(last, language: language, exitCode: 1)
    }
}
