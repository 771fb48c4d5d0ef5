import Foundation
import SOPCore
import SOPEngine

/// An uploaded file read as `AttachmentSource` reads a file named at the terminal: the web's
/// collective form keeps an output's upload the way `sop kolektif` keeps an `@file`
/// (`AttachmentSource.attach`: stored under its file name, named by its SHA-256).
struct UploadedFile: AttachmentSource {
    let bytes: [UInt8]

    init(_ file: FormData.File) { bytes = file.bytes }

    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> { .success(bytes) }
}

/// A file uploaded on the collective form and already stored, carried to the next post of the
/// same form (the confirmation, `Ubah pilihan`) in hidden fields, as the answers typed are: a
/// browser cannot send a file again by itself. The reference (`ob.<index>`: SHA-256, size, name)
/// is signed (`obm.<index>`, HMAC-SHA256) with the session's CSRF token and bound to the form's
/// address and the output's index, so a post can name only a file this session uploaded on this
/// form, never another case's attachment by its hash.
enum StagedUpload {
    static func reference(_ attachment: CaseEvent.Attachment) -> String {
        "\(attachment.sha256):\(attachment.size):\(attachment.name)"
    }

    static func signature(_ reference: String, index: Int, action: String, session: String) -> String {
        SHA256.hmacHex(key: Array(session.utf8), Array("sop-kolektif-berkas\n\(action)\n\(index)\n\(reference)".utf8))
    }

    /// The hidden fields that carry `attachment` as output `index` of the form at `action`.
    static func fields(_ attachment: CaseEvent.Attachment, index: Int, action: String, session: String) -> String {
        let reference = reference(attachment)
        return "<input type=\"hidden\" name=\"ob.\(index)\" value=\"\(h(reference))\">"
            + "<input type=\"hidden\" name=\"obm.\(index)\" value=\"\(signature(reference, index: index, action: action, session: session))\">"
    }

    /// The stored file output `index` of the post names, when its signature holds; nil otherwise
    /// (none named, a session without a token, a reference altered or copied from another form).
    static func read(_ form: FormData, index: Int, action: String, session: String) -> CaseEvent.Attachment? {
        guard !session.isEmpty, let reference = form["ob.\(index)"], let mac = form["obm.\(index)"], reference.count <= 400,
              SHA256.hmacMatches(key: Array(session.utf8), Array("sop-kolektif-berkas\n\(action)\n\(index)\n\(reference)".utf8), hex: mac)
        else { return nil }
        let parts = reference.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 64, let size = Int(parts[1]), size >= 0, !parts[2].isEmpty else { return nil }
        return CaseEvent.Attachment(sha256: String(parts[0]), name: String(parts[2]), size: size)
    }
}
