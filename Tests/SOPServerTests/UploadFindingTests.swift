import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPServer
import Testing

/// Upload refusals say what is wrong with the file, next to the upload, with the form kept.
@Suite struct UploadFindingTests {
    static func typed(_ page: String) -> [(String, String)] {
        [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"), ("f.telepon", "0812-3456-7890"),
         ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Menanyakan syarat"), ("versi", CaseFlowTests.versi(page))]
    }

    @Test func aFileThatOnlyClaimsToBeAPDFIsCalledSo() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        let reply = try await budi.postMultipart(first, Self.typed(page.body), files: ["of.0": ("laporan.pdf", elf)])
        #expect(reply.status == .unsupportedMediaType)
        #expect(reply.body.contains("Isi berkas &#39;laporan.pdf&#39; bukan PDF yang sebenarnya")
                || reply.body.contains("Isi berkas 'laporan.pdf' bukan PDF yang sebenarnya"))
        #expect(!reply.body.contains("tidak diterima (PDF"))
        let exe = try await budi.postMultipart(first, Self.typed(page.body), files: ["of.0": ("alat.exe", [0x4D, 0x5A, 0x90, 0x00])])
        #expect(exe.body.contains("tidak diterima: hanya PDF, gambar JPEG/PNG, atau teks."))
    }

    @Test func aFileOverTheLimitComesBackWithTheFormAndTheMessageAtTheUpload() async throws {
        let harness = try await Harness(configure: { $0.maxUpload = 4096 })
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let before = try harness.store().events(of: CaseID(id)).count
        let big = try await budi.postMultipart(first, Self.typed(page.body),
                                               files: ["of.0": ("besar.pdf", Array("%PDF-".utf8) + [UInt8](repeating: 65, count: 200_000))])
        #expect(big.status == .contentTooLarge)
        #expect(big.body.contains("form id=\"langkah\""))
        #expect(big.body.contains("data-untuk=\"o.0\" role=\"alert\">Berkas lebih besar dari batas 4 KB.</div>"))
        #expect(big.body.contains("value=\"Siti Aminah\""))
        #expect(big.body.contains("name=\"f.maksud\" value=\"Menanyakan syarat\""))
        #expect(try harness.store().events(of: CaseID(id)).count == before)
        // Anywhere else, a body past the limit is refused as before.
        let other = try await budi.postMultipart("/kasus/\(id)/koreksi", [("alasan", "x")],
                                                 files: ["berkas": ("besar.pdf", [UInt8](repeating: 65, count: 200_000))])
        #expect(other.status == .contentTooLarge)
    }
}
