import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPServer
import Testing

/// The receipt page links its other sizes and the case from every size, the receipt printer's
/// rolls included, none of it printed (tester 20, finding 9); the 58/80 mm page is the roll's
/// text, its plain text still at `format=teks`.
@Suite struct ReceiptSizesTests {
    @Test func everySizeLinksTheOthersTheCaseAndPrint() async throws {
        let harness = try await Harness(folder: try LayoutFindingTests.receiptAtKegiatan1())
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, _) = try await CaseFlowTests.start(budi)
        let base = "/kasus/\(id)/tanda-terima"
        let names = ["a4": "A4", "a5": "A5", "80": "Struk 80 mm", "58": "Struk 58 mm"]
        for size in ["a4", "a5", "80", "58"] {
            let page = try await budi.get("\(base)?ukuran=\(size)")
            #expect(page.status == .ok, "\(size)")
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true, "\(size)")
            #expect(page.body.contains("<a href=\"/kasus/\(id)\">Kembali ke kasus</a>"), "\(size)")
            #expect(page.body.contains("<button type=\"button\" id=\"cetak\">Cetak</button>"), "\(size)")
            #expect(page.body.contains("<script src=\"/static/cetak.js\" defer></script>"), "\(size)")
            #expect(page.body.contains("<li><span aria-current=\"page\">\(names[size]!)</span></li>"), "\(size)")
            for other in names.keys where other != size {
                #expect(page.body.contains("<li><a href=\"\(base)?ukuran=\(other)\">\(names[other]!)</a></li>"), "\(size) → \(other)")
            }
            #expect(!page.body.contains("onclick") && !page.body.contains("<script>"), "\(size)")
            let policy = try #require(page.headers[.contentSecurityPolicy])
            #expect(policy.contains("style-src 'self' 'sha256-") && !policy.contains("unsafe-inline"), "\(size)")
        }
        // The roll: its text as the printer prints it, 32 characters a line, with both signature places.
        let roll = try await budi.get("\(base)?ukuran=58")
        let start = try #require(roll.body.range(of: "<pre class=\"struk\" id=\"struk-58\">"))
        let end = try #require(roll.body.range(of: "</pre>", range: start.upperBound..<roll.body.endIndex))
        let lines = roll.body[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 32 }, "\(lines)")
        #expect(lines.contains("Pelapor / penerima layanan") && lines.contains("Petugas") && lines.contains("budi"))
        let text = try await budi.get("\(base)?ukuran=58&format=teks")
        #expect(text.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(text.body.contains("Pelapor / penerima layanan\n") && !text.body.contains("<"))
        // Hidden on paper, sizes included.
        let style = try await budi.get("/static/tanda-terima.css")
        #expect(style.body.contains("@media print { .kontrol-tanda-terima { display: none; } }"))
        // English pages name them in English.
        let english = try await budi.get("\(base)?ukuran=a4&lang=en")
        #expect(english.body.contains("Paper size:") && english.body.contains(">Slip 58 mm</a>"))
    }
}
