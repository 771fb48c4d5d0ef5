import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// An Output cell merged over several rows (`output_gabung_sampai`), what the desk says on the
/// rows of a merged cell it takes at another row, and page starts named as printed
/// (`Tests/Fixtures/lang16`: an uji air limbah SOP typed as signed, rows 5.1/5.2 under one
/// merged Kelengkapan, Waktu and Output cell).
@Suite struct MergedOutputCellTests {
    static let fixture = Paths.fixture("lang16/sop/31-uji-air.yaml")

    func sop() throws -> SOP {
        let result = SOPLoader.load(path: Self.fixture)
        return try #require(result.sop, "\(result.diagnostics.map(\.message.id))")
    }

    @Test func aMergedOutputIsProducedOnceAtItsLastRow() throws {
        let sop = try sop()
        let first = try #require(sop.stepIndex("5.1")), last = try #require(sop.stepIndex("5.2"))
        #expect(sop.mergedCell(containing: first, column: .output) == first...last)
        #expect(sop.mergedCell(containing: last, column: .output) == first...last)
        // Written on the first row, asked at the last: none at the first.
        #expect(sop.output(of: "5.1").isEmpty)
        #expect(sop.output(of: "5.2").map(\.value) == ["Data mentah hasil uji"])
        #expect(sop.askedOutput(of: "5.2").map(\.value) == ["Data mentah hasil uji"])
        // A row outside the cell keeps its own.
        #expect(sop.output(of: "6").map(\.value) == ["Data hasil uji terverifikasi"])
        // Plain tables print it once, on the first row, with the rows it covers.
        #expect(sop.outputCellLines(at: first, .id) { $0.value } == ["Data mentah hasil uji", "(baris 5.1–5.2)"])
        #expect(sop.outputCellLines(at: last, .en) { $0.value } == ["↑"])
    }

    @Test func aRowOfAMergedCellTakenElsewhereSaysWhere() throws {
        let sop = try sop()
        let first = try #require(sop.stepIndex("5.1")), last = try #require(sop.stepIndex("5.2"))
        // Kelengkapan: checked at 5.1, said on 5.2.
        #expect(sop.mergedCellElsewhere(.kelengkapan, of: first) == nil)
        let kelengkapan = try #require(sop.mergedCellElsewhere(.kelengkapan, of: last))
        #expect(kelengkapan.kelengkapan.map(\.text.value) == ["Reagen", "Peralatan gelas", "Instrumen uji"])
        #expect(sop.note(kelengkapan).id == "sel gabungan kegiatan 5.1–5.2, diperiksa di kegiatan 5.1")
        #expect(sop.note(kelengkapan).en == "merged cell of steps 5.1–5.2, checked at step 5.1")
        // Output and Waktu: taken at 5.2, said on 5.1.
        #expect(sop.mergedCellElsewhere(.output, of: last) == nil)
        let output = try #require(sop.mergedCellElsewhere(.output, of: first))
        #expect(output.output.map(\.value) == ["Data mentah hasil uji"])
        #expect(sop.note(output).id == "sel gabungan kegiatan 5.1–5.2, dihasilkan di kegiatan 5.2")
        let waktu = try #require(sop.mergedCellElsewhere(.waktu, of: first))
        #expect(sop.note(waktu).id == "sel gabungan kegiatan 5.1–5.2, dinilai di kegiatan 5.2")
        #expect(sop.mergedCellElsewhere(.waktu, of: last) == nil)
        // A row in no merged cell says nothing.
        #expect(MergedColumn.allCases.allSatisfy { sop.mergedCellElsewhere($0, of: 0) == nil })
    }

    @Test("A page start names its row as printed or written another way",
          arguments: ["5.2", "5 (2)", "5(2)", "5 2", "5-2"])
    func pageStartsMatchRowNumbers(reference: String) throws {
        let sop = try sop()
        #expect(sop.pageStart(reference) == sop.stepIndex("5.2"))
    }

    @Test func aPageStartNamingNoRowStaysUnknown() throws {
        let sop = try sop()
        #expect(sop.pageStart("52") == nil)
        #expect(sop.pageStart("5.3") == nil)
        // An id still names its step first.
        #expect(sop.pageStart("6") == sop.stepIndex("6"))
    }
}
