import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPReport
import Testing

@testable import SOPServer

/// The pages made by the existing writers: the strict CSP rewrite, the SOP document, the report
/// and its period form.
@Suite struct DocumentPagesTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    @Test func styleBlocksAndAttributesBecomeOneHashedStylesheet() throws {
        let page = StrictDocument(selfContained: """
            <!DOCTYPE html><html><head><title>t</title>
            <style>
            th { width: 18%; }
            </style>
            </head><body><table class="activities" style="width:120px"><col style="width:44%"><tr style="height:3px">
            <td>a &quot;style=&quot; b</td></tr><tr style="height:3px"><td>x</td></tr></table>
            <img class="logo" alt="" src="data:image/png;base64,AA==" style="background:url(data:a;b)"></body></html>
            """)
        #expect(!page.html.contains("style=\""))
        #expect(page.html.components(separatedBy: "<style>").count == 2)
        #expect(page.html.contains("<table class=\"activities sd-1\">"))
        #expect(page.html.contains("<col class=\"sd-2\">"))
        #expect(page.html.contains("<tr class=\"sd-3\">\n<td>a &quot;style=&quot; b</td></tr><tr class=\"sd-3\">"))
        #expect(page.stylesheet.contains("th { width: 18%; }"))
        #expect(page.stylesheet.contains(".sd-1 { width:120px !important; }"))
        #expect(page.stylesheet.contains(".sd-4 { background:url(data:a;b) !important; }"))
        // The policy names exactly the stylesheet in the page.
        let inPage = try #require(page.html.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        #expect(inPage == page.stylesheet)
        let digest = Data(try #require(SHA256.bytes(hex: SHA256.hex(Data(inPage.utf8))))).base64EncodedString()
        #expect(page.contentSecurityPolicy.contains("style-src 'sha256-\(digest)';"))
        #expect(page.contentSecurityPolicy.hasPrefix("default-src 'none';"))
        #expect(!page.contentSecurityPolicy.contains("unsafe"))
        #expect(page.contentSecurityPolicy.contains("frame-ancestors 'none'"))
    }

    static func entry(_ path: String, sop: SOP?, hasErrors: Bool = false) -> StartableSOP {
        StartableSOP(nomor: sop?.nomor ?? path, judul: sop?.judul ?? "", path: path, bytes: [], sop: sop, hasErrors: hasErrors)
    }

    @Test func theSOPIsFoundByItsNumberOrShortCodeNeverByAPath() throws {
        let sop = CaseFlowTests.sop
        let entries = [Self.entry("sop/01-pengaduan-langsung.yaml", sop: sop), Self.entry("sop/07-rusak.yaml", sop: nil, hasErrors: true)]
        for kode in ["01"] {
            guard case .sop(let found) = DocumentPages.find(kode, among: entries) else {
                Issue.record("\(kode) not found")
                continue
            }
            #expect(found.judul == "Pelayanan Pengaduan Langsung")
        }
        for kode in ["99", "sop/01-pengaduan-langsung.yaml", "../sop/01-pengaduan-langsung.yaml", "/etc/passwd", ""] {
            guard case .unknown = DocumentPages.find(kode, among: entries) else {
                Issue.record("\(kode) should be unknown")
                continue
            }
        }
        guard case .errors = DocumentPages.find("07", among: entries) else {
            Issue.record("an SOP with errors must not be drawn")
            return
        }
    }

    @Test func theDocumentPageNeedsALoginAndServesTheRenderUnderItsOwnPolicy() async throws {
        let harness = try await Harness()
        let visitor = harness.browser()
        let anonymous = try await visitor.get("/sop/01/dokumen")
        #expect(anonymous.status == .seeOther && anonymous.location?.hasPrefix("/masuk") == true)
        try await visitor.login("citra")
        let page = try await visitor.get("/sop/01/dokumen")
        #expect(page.status == .ok)
        #expect(page.body.contains("<table class=\"activities"))
        #expect(page.body.contains("<h1>SOP 01 — Pelayanan Pengaduan Langsung</h1>"))
        #expect(!page.body.contains("style=\""))
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy == DocumentPages.document(CaseFlowTests.sop, language: .id).contentSecurityPolicy)
        #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"))
        let english = try await visitor.get("/sop/01/dokumen?lang=en")
        // Under the desk's usual header (its navigation, who is logged in, Keluar), in English too.
        #expect(english.body.contains("<a href=\"/\">Worklist</a>") && english.body.contains("id=\"operator\""))
        for missing in ["/sop/99/dokumen", "/sop/..%2Fsop%2F01-pengaduan-langsung.yaml/dokumen"] {
            let reply = try await visitor.get(missing)
            #expect(reply.status == .notFound, "\(missing)")
        }
        let missing = try await visitor.get("/sop/99/dokumen").body
        #expect(missing.contains("There is no SOP numbered &#39;99&#39; in the SOP folder."), "\(missing)")  // ?lang=en stays chosen
    }

    @Test func theReportPageCountsTheCasesOfThePeriod() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        #expect(try await budi.get("/laporan").status == .seeOther)
        try await budi.login("budi")
        _ = try await CaseFlowTests.start(budi)
        let all = try await budi.get("/laporan")
        #expect(all.status == .ok)
        #expect(all.body.contains("<h2>SOP 01 · Pelayanan Pengaduan Langsung</h2>"))
        #expect(all.body.contains("<form id=\"periode\" method=\"get\" action=\"/laporan\""))
        #expect(all.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none';") == true)
        #expect(all.headers[.contentSecurityPolicy]?.contains("script-src") == false)
        let monday = try await budi.get("/laporan?dari=2026-11-30&sampai=2026-11-30")
        #expect(monday.body.contains("<h2>SOP 01"))
        // Shown back dd-mm-yyyy in a text field (not the browser's locale-ordered picker); typed so, the same period.
        #expect(monday.body.contains("<input type=\"text\" id=\"dari\" name=\"dari\" value=\"30-11-2026\" placeholder=\"hh-bb-tttt\""), "\(monday.body)")
        let typed = try await budi.get("/laporan?dari=30-11-2026&sampai=30%2F11%2F2026")
        #expect(typed.status == .ok && typed.body.contains("<h2>SOP 01") && typed.body.contains("value=\"30-11-2026\""))
        let later = try await budi.get("/laporan?dari=2026-12-01&sampai=2026-12-31")
        #expect(!later.body.contains("<h2>SOP 01"))
        #expect(later.body.contains(Catalog.Report.empty.text(.id)))
        let bad = try await budi.get("/laporan?dari=2026-02-30&sampai=x%3Cscript%3E")
        #expect(bad.status == .unprocessableContent)
        #expect(bad.body.contains("data-untuk=\"dari\">&#39;2026-02-30&#39; bukan tanggal yang ada"))
        #expect(bad.body.contains("data-untuk=\"sampai\">&#39;x&lt;script&gt;&#39; bukan tanggal yang ada"))
        #expect(!bad.body.contains("<h2>SOP 01"))
    }

    /// The page the head of the unit reads (tester 20's F11, F12): the Pelaksana of the signed
    /// document with the role that recorded it, operators by their roster names (the login beside,
    /// as the history records it), the times headed in words, and its basis without a command.
    @Test func theReportPageSpeaksToTheHeadOfTheUnit() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let step = try await budi.get(first)
        #expect(try await budi.postMultipart(first, try StaleFormsAndConfirmationsTests.fields("1") + [("versi", CaseFlowTests.versi(step.body))],
                                             files: [:]).status == .seeOther)
        try harness.store().saveOperatorProfile(OperatorProfile(operatorName: "budi", fullName: "Budi Santoso", nip: "",
                                                                setAt: Harness.monday, setBy: "ani"))
        let html = try await budi.get("/laporan").body
        #expect(html.contains("<th>Pelaksana</th>") && html.contains("<td data-kolom=\"Pelaksana\">Pelapor (dicatat oleh Resepsionis)</td>"), "\(html)")
        #expect(html.contains("<td data-kolom=\"Operator\">Budi Santoso (budi)</td>"))
        #expect(html.contains("<th>Separuh selesai dalam</th><th>90% selesai dalam</th>") && !html.contains("<th>Median</th>"))
        #expect(html.contains("Untuk pemeriksa, sidik (digest) kepala rantai riwayat"))
        #expect(!html.contains("sop db") && !html.contains("--periksa") && !html.contains("sop report"))
    }

    /// On a phone (390 px) the report keeps the desk's header, its tables read as one card per
    /// row ("Kolom: isi", `data-kolom`) instead of running off the screen, and the chart, whose
    /// words would be too small, gives way to a line saying where its figures are (tester 17's F8).
    /// All of it by the one hashed stylesheet: no style attribute, no script.
    @Test func theReportPageOnAPhoneKeepsTheHeaderAndReadsItsTablesAsCards() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        _ = try await CaseFlowTests.start(budi)
        let page = try await budi.get("/laporan")
        #expect(page.status == .ok)
        let html = page.body
        #expect(html.contains("<div class=\"sop-atas\"><nav class=\"utama\">"), "the desk's header")
        #expect(html.contains("<span id=\"operator\">Masuk sebagai budi"))
        #expect(html.contains("<form method=\"post\" action=\"/keluar\" class=\"keluar\">"))
        #expect(html.contains("<a href=\"/ganti-pin\" id=\"ganti-pin-tautan\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<table>\n<thead><tr><th>No</th><th>Kegiatan</th>"))
        #expect(html.contains("<td data-kolom=\"Kasus\">1</td>"))
        #expect(html.contains("<td data-kolom=\"Tepat waktu\">"))
        #expect(html.contains("<svg class=\"grafik\" xmlns="))
        #expect(html.contains("<p class=\"legend grafik-legenda\">Batang gelap: separuh kunjungan"), "the chart's legend, hidden with it")
        #expect(html.contains("<p class=\"grafik-sempit\">Grafik tampil pada layar yang lebih lebar; angkanya ada pada tabel di bawah.</p>"))
        #expect(!html.contains("Geser tabel ke samping"), "no sideways hint: the tables fit")
        // The phone's rules, in the one stylesheet the policy names.
        let sheet = try #require(html.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        let phone = try #require(sheet.components(separatedBy: "@media screen and (max-width: 40rem) {").dropFirst().first)
        for rule in ["svg.grafik, .grafik-legenda { display: none; }", ".grafik-sempit { display: block; color: #555; }",
                     ".meta { overflow-wrap: anywhere; }", "table, tbody, tr, td { display: block; }",
                     "td::before { content: attr(data-kolom) \": \"; font-weight: bold; }"] {
            #expect(phone.contains(rule), "\(rule)")
        }
        #expect(sheet.contains(".grafik-sempit { display: none; }"), "shown on a phone only")
        #expect(!html.contains("style=\""))
        #expect(!html.contains("<script"))
        let policy = try #require(page.headers[.contentSecurityPolicy])
        #expect(policy.hasPrefix("default-src 'none';") && !policy.contains("script-src") && !policy.contains("unsafe"))
        // The summary says the lead time in words, never "waktu tempuh median" (no case ended here yet).
        #expect(!html.contains("waktu tempuh median"))
    }

    @Test func theDocumentIsTheRenderersWithABarThePrinterLeavesOut() throws {
        let sop = CaseFlowTests.sop
        let page = DocumentPages.document(sop, language: .id)
        #expect(page.html.contains("<table class=\"activities"))
        #expect(page.html.contains("<nav class=\"sop-nav\" aria-label=\"Navigasi\"><a href=\"/\">← Daftar tugas</a>"))
        #expect(page.stylesheet.contains("@media print { .sop-nav { display: none; } }"))
        #expect(!page.html.contains("style=\""))
        #expect(!page.html.contains("<script"))
        #expect(page.html.contains("<meta name=\"viewport\""))
        #expect(DocumentPages.document(sop, language: .en).html.contains("← Worklist"))
    }

    @Test func thePeriodIsReadAndCheckedLikeTheCommandLine() {
        let calendar = WorkCalendar.standard
        let good = DocumentPages.period(from: "2026-11-01", to: "2026-11-30", calendar: calendar, language: .id)
        #expect(good.errors.isEmpty)
        #expect(good.query.from == VisitFilter.midnight(of: "2026-11-01", calendar: calendar))
        #expect(good.query.to == VisitFilter.midnight(of: "2026-12-01", calendar: calendar))
        let none = DocumentPages.period(from: nil, to: "", calendar: calendar, language: .id)
        #expect(none.errors.isEmpty && none.query.from == nil && none.query.to == nil)
        let bad = DocumentPages.period(from: "2026-02-30", to: "<b>x</b>", calendar: calendar, language: .id)
        #expect(bad.errors["dari"] == "'2026-02-30' bukan tanggal yang ada; tulis seperti 01-11-2026")
        #expect(bad.errors["sampai"] == "'<b>x</b>' bukan tanggal yang ada; tulis seperti 01-11-2026")
        let reversed = DocumentPages.period(from: "2026-11-30", to: "2026-11-01", calendar: calendar, language: .en)
        #expect(reversed.errors == ["sampai": "the last day is before the first"])
    }

    @Test func aBadPeriodShowsTheFormWithTheMessageNextToTheFieldAndNoReport() {
        let calendar = WorkCalendar.standard
        let bad = DocumentPages.period(from: "<script>", to: "2026-11-01", calendar: calendar, language: .id)
        let page = DocumentPages.report(nil, period: bad, calendar: calendar, language: .id)
        #expect(page.html.contains("<input type=\"text\" id=\"dari\" name=\"dari\" value=\"&lt;script&gt;\" placeholder=\"hh-bb-tttt\" size=\"10\" autocomplete=\"off\" aria-invalid=\"true\" aria-describedby=\"galat-dari\"><span class=\"galat\" id=\"galat-dari\" data-untuk=\"dari\">&#39;&lt;script&gt;&#39; bukan tanggal"))
        #expect(!page.html.contains("<script>"))
        #expect(page.html.contains("<h1>Laporan mutu baku</h1>"))
        #expect(!page.html.contains("<svg"))
    }

    @Test func theReportOfAnEmptyStoreSaysSo() throws {
        let calendar = WorkCalendar.standard
        let period = DocumentPages.period(from: "2026-11-01", to: "2026-11-30", calendar: calendar, language: .id)
        let report = try period.query.report(store: InMemoryCaseStore(), calendar: calendar, now: Date())
        let page = DocumentPages.report(report, period: period, calendar: calendar, language: .id)
        #expect(page.html.contains(Catalog.Report.empty.text(.id)))
        #expect(page.html.contains("<form id=\"periode\" method=\"get\" action=\"/laporan\""))
        #expect(page.html.contains("value=\"01-11-2026\""), "the period shown back dd-mm-yyyy")
        #expect(!page.html.contains("style=\""))
    }
}

/// The web's SOP page follows the printed document (issue 10): a section not printed
/// (`cetak.tidak_dicetak`) is absent, one printed empty (`cetak.kosong`) has an empty cell.
@Suite struct DocumentPagePrintedSectionsTests {
    @Test func unprintedSectionsAreAbsentAndBlankOnesEmpty() throws {
        let sop = try #require(SOPLoader.load(text: """
            nomor: "26"
            judul: Layanan Pengaduan
            cetak:
              tidak_dicetak: [peralatan_perlengkapan]
              kosong: [pencatatan_pendataan]
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima pengaduan, pelaksana: petugas, mutu_baku: {waktu: 30 menit}}
            """, path: "26.yaml").sop)
        let html = DocumentPages.document(sop, language: .id).html
        #expect(!html.contains("Peralatan / Perlengkapan"))
        #expect(html.contains("Pencatatan dan Pendataan"))
        // Four sections left empty without a setting print "-"; the blank one prints nothing.
        #expect(html.components(separatedBy: "<span class=\"empty\">-</span>").count - 1 == 4)
    }
}
