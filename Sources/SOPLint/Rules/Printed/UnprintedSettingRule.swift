import SOPCore
import SOPModel

/// A printing setting for something the document does not print has no effect, and usually
/// means the official meant the other: a heading, intro line, paragraph form or empty cell for
/// a section in `tidak_dicetak`, or a printed "Pelaksana" label with `judul_pelaksana: tidak`.
struct UnprintedSettingRule: SOPRule {
    let description = RuleDescription(
        id: "unprinted-setting", severity: .warning, category: .identity,
        summary: Catalog.PrintedSections.Summary.unprintedSetting,
        triggering: [
            .sop(identity: "cetak: {tidak_dicetak: [peralatan_perlengkapan], label: {↓peralatan_perlengkapan: PERALATAN}}"),
            .sop(identity: "cetak: {tidak_dicetak: [peringatan], paragraf: [↓peringatan]}"),
            .sop(identity: "cetak: {tidak_dicetak: [pencatatan_pendataan], kolom: {↓pencatatan_pendataan: [No, Catatan]}}"),
            .sop(identity: "tata_letak: {judul_pelaksana: tidak}\ncetak: {label: {↓pelaksana: PELAKSANA}}"),
        ],
        nonTriggering: [
            .sop(identity: "cetak: {tidak_dicetak: [peralatan_perlengkapan], label: {peringatan: PERINGATAN}}"),
            .sop(identity: "tata_letak: {judul_pelaksana: tidak}\ncetak: {label: {kegiatan: Aktivitas/Kegiatan}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let printing = file.sop.identity.printing
        for key in Printing.listKeys where printing.unprinted.contains(key) {
            if printing.labels[key] != nil {
                findings.add(description, Catalog.PrintedSections.settingForUnprintedSection("label", key), at: file.printingKey("label", key))
            }
            if printing.intros[key] != nil {
                findings.add(description, Catalog.PrintedSections.settingForUnprintedSection("pengantar", key), at: file.printingKey("pengantar", key))
            }
            if printing.paragraphs.contains(key) {
                findings.add(description, Catalog.PrintedSections.settingForUnprintedSection("paragraf", key), at: file.printingItem("paragraf", key))
            }
            if printing.columns[key] != nil {
                findings.add(description, Catalog.PrintedSections.settingForUnprintedSection("kolom", key), at: file.printingKey("kolom", key))
            }
        }
        if !file.sop.layout.actorHeading, printing.labels["pelaksana"] != nil {
            findings.add(description, Catalog.PrintedSections.labelForUnprintedHeading, at: file.printingKey("label", "pelaksana"))
        }
    }
}
