import Foundation
import Testing

/// `sop show` prints the SOP as the unit printed it (issue 10): the headings of `cetak: label`,
/// intro lines and paragraphs, as `sop render` does; Kelengkapan intro lines and items with
/// their own marker without an added bullet.
@Suite("sop show: headings and cells as printed")
struct ShowPrintedTests {
    @Test func hibahShowsItsPrintedHeadingsParagraphsAndIntroLines() throws {
        let output = try SOPBinary.run(["show", "Tests/Fixtures/examples/bps-hibah-bmn-keluar.yaml"], environment: ["COLUMNS": "200"])
        #expect(output.status == 0, "\(output.stderr)")
        for line in ["  NOMOR SOP        SOP-010/17000/2025", "  TGL. PEMBUATAN   02 Juni 2025", "  NAMA SOP         Proses Hibah BMN Keluar",
                     "DASAR HUKUM:", "PERINGATAN:", "PENCATATAN DAN PENDATAAN:"] {
            #expect(output.stdout.contains(line + "\n"), "\(line)\n\(output.stdout)")
        }
        #expect(!output.stdout.contains("Tanggal Pembuatan"))
        // PERINGATAN is printed as one paragraph, not "1. …".
        #expect(output.stdout.contains("PERINGATAN:\n  Jika SOP tersebut tidak dilaksanakan"), "\(output.stdout)")
        // The intro line and the lettered items keep their own form: no bullet added.
        #expect(output.stdout.contains("Penelitian data administratif :"))
        #expect(!output.stdout.contains("• Penelitian data administratif"))
        #expect(!output.stdout.contains("• a. data"))
    }

    @Test func layananShowsItsPrintedHeadings() throws {
        let show = try SOPBinary.run(["show", "Tests/Fixtures/examples/bps-layanan-pengaduan.yaml"], environment: ["COLUMNS": "200"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("  Disahkan Oleh "), "\(show.stdout)")
        #expect(show.stdout.contains("  Nama SOP "), "\(show.stdout)")
        // The intro line before Peringatan's numbered items.
        #expect(show.stdout.contains("Hambatan dapat saja terjadi :\n  1. "), "\(show.stdout)")
    }
}
