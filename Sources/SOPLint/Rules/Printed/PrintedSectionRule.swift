import SOPCore
import SOPModel

/// `cetak.tidak_dicetak` (a section the unit does not print at all) and `cetak.kosong` (a
/// section printed with an empty cell) are for sections without items: items written there
/// would be dropped from the document, or contradict the empty cell.
struct PrintedSectionRule: SOPRule {
    let description = RuleDescription(
        id: "printed-section", severity: .error, category: .identity,
        summary: Catalog.PrintedSections.Summary.printedSection,
        triggering: [
            .sop(identity: "peralatan_perlengkapan: [Komputer]\ncetak: {tidak_dicetak: [↓peralatan_perlengkapan]}"),
            .sop(identity: "peringatan: [Layanan terhambat]\ncetak: {kosong: [↓peringatan]}"),
            .sop(identity: "cetak: {tidak_dicetak: [↓peringatan], kosong: [peringatan]}"),
        ],
        nonTriggering: [
            .sop(identity: "cetak: {tidak_dicetak: [peralatan_perlengkapan], kosong: [peringatan, pencatatan_pendataan]}"),
            .sop(identity: "peringatan: []\npencatatan_pendataan: [Arsip]"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let printing = file.sop.identity.printing
        for key in Printing.listKeys {
            let items = !(file.sop.identity.list(key) ?? []).isEmpty
            if printing.unprinted.contains(key), printing.blank.contains(key) {
                findings.add(description, Catalog.PrintedSections.sectionBothUnprintedAndBlank(key), at: file.printingItem("tidak_dicetak", key))
            } else if printing.unprinted.contains(key), items {
                findings.add(description, Catalog.PrintedSections.sectionUnprintedHasItems(key), at: file.printingItem("tidak_dicetak", key))
            } else if printing.blank.contains(key), items {
                findings.add(description, Catalog.PrintedSections.sectionBlankHasItems(key), at: file.printingItem("kosong", key))
            }
        }
    }
}
