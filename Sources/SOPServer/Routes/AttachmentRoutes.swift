import Foundation
import Hummingbird
import SOPCore
import SOPEngine

/// GET /kasus/{id}/lampiran/{n}: the file the case's event n recorded, for a reader allowed to read
/// the case (the role administrator, or a holder of a role of its SOP: `loadForReading`, checked on
/// the server). The URL names the case and the event only, nothing personal; the file is sent as a
/// download (`Content-Disposition: attachment`, never rendered by the browser), after its content
/// is checked against the SHA-256 the event recorded (tester 11's F5).
enum AttachmentRoutes {
    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/kasus/{id}/lampiran/{nomor}") { _, context -> Response in
            let pinned = try await CaseRoutes.loadForReading(context, desk: desk)
            guard let number = Int(context.parameters.get("nomor") ?? ""),
                let item = RecordedAttachment.all(in: pinned.events).first(where: { $0.sequence == number })
            else { throw PageError.notFound }
            let sha256 = item.attachment.sha256
            let stored = try await desk.gateway.run { store in try store.checkedAttachment(sha256: sha256) }
            guard case .content(let bytes) = stored else {
                throw PageError(.conflict, Catalog.Attachments.attachmentUnavailable(sha256))
            }
            return Response(status: .ok, headers: [
                .contentType: "application/octet-stream",
                .contentDisposition: disposition(item.fileName),
                .cacheControl: "no-store",
            ], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// `attachment; filename="…"` with an ASCII fallback, and the UTF-8 name (RFC 6266).
    static func disposition(_ name: String) -> String {
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "_" })
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
