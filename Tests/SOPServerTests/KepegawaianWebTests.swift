import Foundation
import SOPCore
import SOPEngine
import SOPServer
import SOPStore
import Testing

/// A kepegawaian SOP on the web desk: a `nip` field refused next to itself in the terminal's
/// words, shown whole and found by the search; a step of an outside party named with the role
/// recording it in the worklist, and a joint row with its other actor in the timeline.
@Suite struct KepegawaianWebTests {
    static let text = """
        nomor: "07"
        judul: Usul Kenaikan Pangkat
        pelaksana:
          - {id: resepsionis, nama: Analis Kepegawaian BKPSDM, jenis: staf}
          - {id: kabid, nama: Kepala Bidang Mutasi dan Promosi, jenis: staf}
          - {id: bkn, nama: BKN Kantor Regional I, jenis: instansi, dicatat_oleh: resepsionis}
        kasus: {judul: [nama]}
        kegiatan:
          - no: 1
            uraian: Menerima berkas usul
            pelaksana: resepsionis
            bersama: [kabid]
            formulir:
              - {nama: nama, label: Nama PNS, jenis: teks}
              - {nama: nip, label: NIP, jenis: nip}
          - no: 2
            uraian: BKN memproses usul
            pelaksana: bkn
            mutu_baku: {waktu: Sesuai jadwal BKN}
            lanjut: selesai

        """

    @Test func aNIPIsCheckedShownWholeAndFoundAndAnOutsidePartysStepIsNamed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-serve-kp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.text.write(to: folder.appendingPathComponent("07-usul-kp.yaml"), atomically: true, encoding: .utf8)
        let harness = try await Harness(grants: [("budi", "resepsionis")], folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        try await budi.get("/sop/07/mulai")
        let started = try await budi.post("/sop/07/mulai", [])
        let url = try #require(started.location)
        let id = String(url.split(separator: "/")[1])
        let page = try await budi.get(url)
        #expect(page.body.contains("NIP: 18 angka (spasi boleh), mis. 19880512 201101 1 003."))
        #expect(page.body.contains("name=\"f.nip\" value=\"\" inputmode=\"numeric\""))
        let bad = try await budi.post(url, [("f.nama", "Budi Hartono"), ("f.nip", "19880512 201101 3 003"),
                                            ("versi", CaseFlowTests.versi(page.body))])
        #expect(bad.status == .unprocessableContent)
        #expect(bad.body.contains("<div class=\"galat\" id=\"galat-f.nip\" data-untuk=\"f.nip\" role=\"alert\">"
            + "NIP 198805122011013003 tidak sah: angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis &#39;3&#39;</div>"), "\(bad.body)")
        let good = try await budi.post(url, [("f.nama", "Budi Hartono"), ("f.nip", "19880512 201101 1 003"),
                                             ("versi", CaseFlowTests.versi(page.body))])
        #expect(good.status == .seeOther, "\(good.body)")
        // The worklist names step 2 by BKN, recorded by budi's role.
        let worklist = try await budi.get("/")
        #expect(worklist.body.contains(">BKN Kantor Regional I (dicatat oleh Analis Kepegawaian BKPSDM)</td>"), "\(worklist.body)")
        // The timeline: the NIP whole, the joint row's other actor named.
        let timeline = try await budi.get("/kasus/\(id)")
        #expect(timeline.body.contains("NIP = 198805122011011003"), "\(timeline.body)")
        #expect(timeline.body.contains("Analis Kepegawaian BKPSDM bersama Kepala Bidang Mutasi dan Promosi · budi"))
        // The search finds the case by its NIP, typed as printed.
        let found = try await budi.post("/cari-kasus", [("nomor", "19880512 201101 1 003")])
        #expect(found.status == .ok)
        #expect(found.body.contains(id), "\(found.body)")
    }
}
