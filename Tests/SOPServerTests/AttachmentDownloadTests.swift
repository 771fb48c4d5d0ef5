import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// Tester 11's F5: an uploaded output is evidence, and a reader allowed to read the case can
/// download it, checked against its SHA-256; nobody else can, and the URL holds nothing personal.
@Suite struct AttachmentDownloadTests {
    @Test func aReaderOfTheCaseDownloadsTheUploadedFileAndOthersCannot() async throws {
        // citra has a PIN but no role: she may not read the case.
        let harness = try await Harness(grants: [("budi", "resepsionis")])
        let budi = harness.browser(), ani = harness.browser(address: "192.0.2.12"), citra = harness.browser(address: "192.0.2.11")
        try await budi.login("budi")
        try await ani.login("ani")
        try await citra.login("citra")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let content = Array("Surat pengaduan asli\n".utf8)
        let done = try await budi.postMultipart(first, UploadFindingTests.typed(page.body), files: ["of.0": ("surat \"asli\".txt", content)])
        #expect(done.status == .seeOther, "\(done.body)")
        let sha = SHA256.hex(content)
        let sequence = try #require(RecordedAttachment.all(in: try harness.store().events(of: CaseID(id))).first?.sequence)
        let link = "/kasus/\(id)/lampiran/\(sequence)"
        for reader in [budi, ani] {
            let timeline = try await reader.get("/kasus/\(id)")
            #expect(timeline.body.contains("<a href=\"\(link)\" download>"), "\(timeline.body)")
            // The hash shortened, its whole under `SHA-256 lengkap` (it wraps at phone width).
            #expect(timeline.body.contains("SHA-256 \(sha.prefix(12))…"))
            #expect(timeline.body.contains("<summary>SHA-256 lengkap</summary><code>\(sha)</code>"))
            let file = try await reader.get(link)
            #expect(file.status == .ok)
            #expect(file.body == "Surat pengaduan asli\n")
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(sequence)-surat -asli-.txt\"; filename*=UTF-8''\(sequence)-surat%20-asli-.txt")
            #expect(file.headers[.contentType] == "application/octet-stream")
        }
        // No role of the SOP: refused on the server, the file not sent.
        let refused = try await citra.get(link)
        // (A login holding no role at all is sent away before any case page: 303.)
        #expect(refused.status == .forbidden || refused.status == .seeOther, "\(refused.status)")
        #expect(!refused.body.contains("Surat pengaduan asli"))
        // No such event, or an event that recorded no file.
        #expect(try await budi.get("/kasus/\(id)/lampiran/1").status == .notFound)
        #expect(try await budi.get("/kasus/\(id)/lampiran/x").status == .notFound)
        // A stored file changed behind sop's back is not sent.
        let shell = try ChildProcess.run("/usr/bin/sqlite3", arguments: [harness.path, "UPDATE attachment SET content = CAST('PALSU' AS BLOB);"],
                                         environment: ProcessInfo.processInfo.environment, deadline: 120)
        #expect(shell.status == 0)
        let forged = try await budi.get(link)
        #expect(forged.status == .conflict)
        #expect(forged.body.contains("tidak cocok dengan SHA-256 \(sha)"))
    }
}
