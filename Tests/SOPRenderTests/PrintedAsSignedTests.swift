import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// SOPs typed as signed (Tests/Fixtures/tester10): what the documents print from them — items typed
/// with their numbers, dashes kept, exits to `selesai`, headings broken where typed, a question for
/// the desk alone, a QR code without its image, page breaks.
@Suite struct PrintedAsSignedTests {
    private func load(_ name: String) throws -> SOP {
        let result = SOPLoader.load(path: Paths.fixture("tester10/" + name))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    private func loadText(_ text: String) throws -> SOP {
        let result = SOPLoader.load(text: text, path: "contoh.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    // MARK: F2

    @Test func identityItemsTypedWithTheirNumbersAreNotNumberedAgain() throws {
        let sop = try load("05-cuti-pegawai.yaml")
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains(#"<li style="list-style:none;margin-left:-18px">1. Undang-Undang Nomor 20 Tahun 2023"#))
        #expect(!html.contains("1. 1. "))
        // Keterkaitan, typed without numbers, keeps its numbered list.
        #expect(html.contains("<ol><li>SOP Pengawasan Kehadiran Pegawai</li><li>SOP Pengelolaan Arsip Kepegawaian</li></ol>"))
        let markdown = Renderer.render(sop, as: .markdown, language: .id)
        #expect(markdown.contains("| 1. Undang\\-Undang Nomor 20 Tahun 2023") || markdown.contains("| 1. Undang-Undang Nomor 20 Tahun 2023"))
        #expect(!markdown.contains("1. 1. "))
        #expect(markdown.contains("1. SOP Pengawasan Kehadiran Pegawai<br>2. SOP Pengelolaan Arsip Kepegawaian"))
    }

    @Test func aDashedPeringatanKeepsItsDash() throws {
        let sop = try load("314-gratifikasi.yaml")
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains(#"<li style="list-style:none;margin-left:-18px">- Jika prosedur tidak di ikuti"#))
        #expect(!html.contains("<li>- Jika"))
    }

    @Test func onlyItemsWithoutAMarkerAreCounted() {
        #expect(PrintedItem.numbers(["1. UU", "2. PP"]) == [nil, nil])
        #expect(PrintedItem.numbers(["UU", "- catatan", "PP"]) == [1, nil, 2])
        #expect(PrintedItem.numbers(["Undang-Undang 1/2009", "PP 96/2012"]) == [1, 2])
    }

    // MARK: F3

    @Test func aDecisionsExitToSelesaiAddsNoTableRow() throws {
        let sop = try load("12-sku-kecamatan.yaml")
        for style in [LayoutStyle.document, .flowchart] {
            let layout = DocumentLayout(sop: sop, language: .id, style: style)
            // The nine printed rows, and nothing under them.
            #expect(layout.rows.filter { if case .steps = $0.content { true } else { false } }.count == 9)
            #expect(!layout.rows.contains { if case .end = $0.content { true } else { false } })
            // The capsule stands in the decision's own row, in a column beside it, and the arrow
            // labelled "Bukan kewenangan" runs into it.
            let decision = try #require(sop.steps.firstIndex { $0.number == "2" })
            let page = try #require(layout.pages.first { page in page.flowchart.symbols.contains { $0.key == .step(decision) } })
            let box = try #require(page.flowchart.symbols.first { $0.key == .step(decision) })
            let end = try #require(page.flowchart.symbols.first { $0.key == .endBeside(decision) })
            #expect(end.band == box.band && end.actor != box.actor && end.shape == .terminator && end.text == "Selesai")
            let arrow = try #require(page.flowchart.edges.first { $0.to == .endBeside(decision) })
            #expect(arrow.from == .step(decision) && arrow.label?.lines.joined(separator: " ") == "Bukan kewenangan")
        }
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains("data-to=\"end:2\""))
    }

    @Test func aProcessFlowingToSelesaiStillEndsInItsOwnRow() throws {
        let sop = try loadText("""
            nomor: "01"
            judul: Uji
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: petugas, keputusan: {cabang: {Ya: 2, Tidak: selesai}}}
              - {no: 2, uraian: Memproses, pelaksana: petugas, simbol: proses, lanjut: selesai}

            """)
        let layout = DocumentLayout(sop: sop, language: .id)
        #expect(layout.rows.count == 3)
        guard case .end = try #require(layout.rows.last).content else { Issue.record("no end row"); return }
        // One column only: the decision's capsule shares its column, side by side.
        let symbols = layout.pages[0].flowchart.symbols
        let box = try #require(symbols.first { $0.key == .step(0) })
        let end = try #require(symbols.first { $0.key == .endBeside(0) })
        #expect(end.band == box.band && end.actor == box.actor && end.frame.minX >= box.frame.maxX)
    }

    // MARK: F8

    @Test func aTwoLineHeadingBreaksWhereItWasTyped() throws {
        // Two actors: each printed line fits its column in a slightly smaller size, so the head
        // breaks at the typed break and nowhere else.
        let sop = try loadText("""
            nomor: "01"
            judul: Uji
            pelaksana:
              - id: petugas
                nama: |-
                  Petugas Loket
                  Pelayanan Terpadu
                jenis: staf
              - {id: kepala, nama: Kepala, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: petugas}
              - {no: 2, uraian: Menandatangani, pelaksana: kepala}

            """)
        let layout = DocumentLayout(sop: sop, language: .id)
        #expect(layout.header.actorNames[0] == ["Petugas Loket", "Pelayanan Terpadu"])
        #expect(layout.header.actorFontSize < Metrics.standard.fontSize)
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(html.contains(#"<div class="l">Petugas Loket</div><div class="l">Pelayanan Terpadu</div>"#))
        // Six actors: "Kepala Sub Bagian" is wider than its column at any size allowed, so it
        // wraps inside too, but no line runs across the typed break.
        let cuti = try load("05-cuti-pegawai.yaml")
        let column = try #require(cuti.actors.firstIndex { $0.id.value == "kasubag" })
        let lines = DocumentLayout(sop: cuti, language: .id).header.actorNames[column]
        #expect(lines.joined(separator: " ") == "Kepala Sub Bagian Umum dan Kepegawaian")
        #expect(lines.contains { $0.hasSuffix("Bagian") } && lines.contains { $0.hasPrefix("Umum") })
    }

    // MARK: F13

    @Test func aQuestionForTheDeskAloneIsNotPrinted() throws {
        let sop = try load("12-sku-kecamatan.yaml")
        for format in [RenderFormat.html, .markdown, .svg] {
            #expect(!Renderer.render(sop, as: format, language: .id).contains("Berkas lengkap?"), "\(format)")
        }
        guard case .decision(let decision) = try #require(sop.steps.first { $0.number == "2" }).flow else {
            Issue.record("row 2 is not a decision"); return
        }
        #expect(decision.question?.value == "Berkas lengkap?" && decision.printedQuestion == nil)
    }

    // MARK: F14

    @Test func aQRCodeWithoutItsImageKeepsItsPlaceAndInventsNoText() throws {
        let sop = try load("314-gratifikasi.yaml")
        let html = Renderer.render(sop, as: .html, language: .id)
        #expect(!html.contains("Ditandatangani secara elektronik"))
        #expect(html.contains(#"Kepala BPS Provinsi Bengkulu<div class="qr" style="border:1px dashed #999;box-sizing:border-box"></div><div class="signed">Win Rizal</div>"#))
        // An electronic signature with nothing else typed: no wet-signature space, no sentence.
        let bare = try loadText("""
            nomor: "01"
            judul: Uji
            disahkan_oleh: {jabatan: Kepala, nama: NAMA, tanda_tangan: elektronik}
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan: [{uraian: Menerima, pelaksana: petugas}]

            """)
        let plain = Renderer.render(bare, as: .html, language: .id)
        #expect(plain.contains(#"Kepala<div class="signed">NAMA</div>"#) && !plain.contains("Ditandatangani"))
    }

    // MARK: F15

    @Test func aPrintedPageBreakIsKept() throws {
        let sku = DocumentLayout(sop: try load("12-sku-kecamatan.yaml"), language: .id)
        let fifth = try #require(sku.rows.firstIndex { $0.stepIndices.contains { sku.sop.steps[$0].number == "5" } })
        #expect(sku.pages.count == 2 && sku.pages[1].rows.lowerBound == fifth)
        let cuti = DocumentLayout(sop: try load("05-cuti-pegawai.yaml"), language: .id)
        let sixth = try #require(cuti.rows.firstIndex { $0.stepIndices.contains { cuti.sop.steps[$0].number == "6" } })
        #expect(cuti.pages.count == 2 && cuti.pages[1].rows.lowerBound == sixth)
    }

    @Test func aBreakOnAShortTableStartsASecondPageWithItsHeadings() throws {
        let sop = try loadText("""
            nomor: "01"
            judul: Uji
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: petugas}
              - {no: 2, uraian: Memeriksa, pelaksana: petugas, bagian: B. Pemeriksaan, halaman_baru: ya}
              - {no: 3, uraian: Menyerahkan, pelaksana: petugas}

            """)
        let layout = DocumentLayout(sop: sop, language: .id)
        #expect(layout.pages.map(\.rows) == [0..<1, 1..<4])
        let html = Renderer.render(sop, as: .html, language: .id)
        // Each table page prints the table's head.
        #expect(html.components(separatedBy: "<thead>").count - 1 == 2)
    }
}
