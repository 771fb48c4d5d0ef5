import SOPCore
import Testing

@testable import SOPTerminal

/// Tester 14, F8: at 80 columns `sop tasks`, `sop cases` and the picker broke a 14-character case
/// id (`25-2026-000004`) beside a 24-character regional nomor; the README promises that an id or a
/// nomor up to 20 characters stays whole, and only a longer one breaks after `/` or `-`.
@Suite struct WorklistColumnsTests {
    static let header = ["Batas", "Kasus", "SOP", "Kegiatan", "Peran", "Menunggu", "Perihal"]
    static let row = ["07-12-2026 22.50 WIB", "25-2026-000004", "503/025/SOP-DPMPTSP/2025", "4", "Petugas BO",
                      "kurang dari 1 menit", "Sri Lestari · Simpang Empat Sokaraja"]

    @Test func aCaseIdStaysWholeBesideALongNomorAt80Columns() {
        let lines = Columns.render(header: Self.header, rows: [Self.row, Self.row], colour: false, width: 80) { _ in nil }
            .split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.joined(separator: "\n"))")
        #expect(lines.filter { $0.contains("25-2026-000004") }.count == 2, "\(lines.joined(separator: "\n"))")
        // The long nomor breaks after a '/' or '-', not inside a part.
        let text = lines.joined(separator: "\n")
        #expect(text.contains("503/025/") && text.contains("DPMPTSP/"), "\(text)")
    }

    @Test func aWordUpToTwentyCharactersNeedsItsWholeLengthALongerOneItsLongestPiece() {
        #expect(Columns.unbroken("25-2026-000004") == 14)
        #expect(Columns.unbroken("SOP-050-17000-2025-2026-000001") == 6)
        #expect(Columns.unbroken("503/025/SOP-DPMPTSP/2025") == 8)
        #expect(Columns.unbroken("abcdefghijklmnopqrstuvwxy") == 25)
    }
}
