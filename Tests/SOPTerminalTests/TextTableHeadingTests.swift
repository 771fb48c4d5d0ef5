import SOPCore
import Testing

@testable import SOPTerminal

/// A printed heading longer than its column ("Persyaratan/ Kelengkapan", the unit's own label)
/// wraps like a cell instead of widening the column past the terminal; piped (no width) every
/// cell line stays whole.
@Suite struct TextTableHeadingTests {
    func table() -> TextTable {
        var table = TextTable(columns: [
            .init("No", weight: 0), .init("Kegiatan", weight: 5), .init("Persyaratan/ Kelengkapan", weight: 1),
            .init("Waktu", weight: 0),
        ])
        table.add([["1"], ["Petugas Front Office menerima berkas permohonan secara langsung dari pemohon"], ["KTP"], ["5 menit"]])
        return table
    }

    @Test func aLongHeadingWrapsAndTheTableKeepsItsWidth() {
        let lines = table().render(width: 60, colour: false).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count == 60 }, "\(lines.joined(separator: "\n"))")
        #expect(lines[1].contains("Persyaratan/") && lines[2].contains("Kelengkapan"), "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("Persyaratan/ Kelengkapan") })
    }

    @Test func withoutAWidthEveryCellLineStaysWhole() {
        let text = table().render(width: nil, colour: false)
        let lines = text.split(separator: "\n")
        #expect(text.contains("Petugas Front Office menerima berkas permohonan secara langsung dari pemohon"), "\(text)")
        #expect(Set(lines.map(\.count)).count == 1, "\(text)")
        // The heading wraps at its words when its cells are narrower than it.
        #expect(lines[1].contains("Persyaratan/") && lines[2].contains("Kelengkapan"), "\(text)")
    }
}
