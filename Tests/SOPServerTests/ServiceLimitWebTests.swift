import Foundation
import SOPCore
import SOPEngine
import Testing

/// The web case page's "Batas layanan" line (the receipt's promise), as `sop case` prints it and
/// from the same code (`CaseTimelineView.promise`): beside the SOP's service standard only, with
/// what it leaves to be added while a row outside the service limit may still come.
@Suite struct ServiceLimitWebTests {
    static let text = """
        nomor: "46"
        judul: Izin Contoh
        pelaksana:
          - {id: pemohon, nama: Pemohon, jenis: eksternal, dicatat_oleh: fo}
          - {id: fo, nama: Petugas Front Office, jenis: staf}
        kasus: {judul: [nama], batas_layanan: total}
        cetak: {total_waktu: 2 (dua) hari kerja}
        kegiatan:
          - no: 1
            uraian: Menerima berkas
            pelaksana: fo
            formulir: [{nama: nama, label: Nama pemohon, jenis: teks}]
            mutu_baku: {waktu: 1 jam}
          - no: 2
            uraian: Pemohon membayar retribusi melalui bank persepsi
            pelaksana: pemohon
            mutu_baku: {waktu: "-", waktu_baku: 30 hari, di_luar_batas_layanan: ya}
          - no: 3
            uraian: Menyerahkan izin
            pelaksana: fo
            mutu_baku: {waktu: 1 jam}

        """

    @Test func theCasePageSaysTheServiceLimitAndWhatItLeavesToBeAdded() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-batas-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.text.write(to: folder.appendingPathComponent("46-izin.yaml"), atomically: true, encoding: .utf8)
        let harness = try await Harness(grants: [("budi", "fo")], folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        try await budi.get("/sop/46/mulai")
        let started = try await budi.post("/sop/46/mulai", [])
        let location = try #require(started.location)
        let id = String(location.split(separator: "/")[1])
        let page = try await budi.get("/kasus/\(id)")
        #expect(page.status == .ok)
        #expect(page.body.contains(
            "<p id=\"batas-layanan\">Batas layanan: 02-12-2026 09.00 WIB (2 (dua) hari kerja sejak kasus dimulai, tidak termasuk waktu kegiatan 2), ditambah waktu Pemohon membayar retribusi</p>"),
                "\(page.body)")
        let english = try await budi.get("/kasus/\(id)?lang=en")
        #expect(english.body.contains("<p id=\"batas-layanan\">"), "\(english.body)")
        #expect(english.body.contains("Pemohon membayar retribusi"), "\(english.body)")
        // An SOP without a service standard (SOP 01 of the repository's folder): no such line.
        let plain = try await Harness()
        let other = plain.browser()
        try await other.login("budi")
        let (first, _) = try await CaseFlowTests.start(other)
        #expect(!(try await other.get("/kasus/\(first)").body.contains("batas-layanan")))
    }
}
