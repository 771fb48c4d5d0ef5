import SOPCore
import SOPModel

/// `tata_letak.halaman` lists the rows each page of the table begins with, as signed: each must
/// be a row of the SOP (its printed number or a step id), and not its first row.
struct PageRowUnknownRule: SOPRule {
    let description = RuleDescription(
        id: "page-row-unknown", severity: .error, category: .flow,
        summary: Catalog.TablePages.Summary.pageRowUnknown,
        triggering: [
            .sop(identity: "tata_letak: {halaman: [↓12]}", steps: PageRowUnknownRule.twoRows),
            .sop(identity: "tata_letak: {halaman: [↓1]}", steps: PageRowUnknownRule.twoRows),
        ],
        nonTriggering: [
            .sop(identity: "tata_letak: {halaman: [2]}", steps: PageRowUnknownRule.twoRows),
        ])

    private static let twoRows = """
          - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
          - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let sop = file.sop
        for reference in sop.layout.pageStarts ?? [] {
            guard let step = sop.pageStart(reference.value) else {
                let known = sop.steps.compactMap { $0.number ?? $0.id.value }.reduce(into: [String]()) { names, name in
                    if !names.contains(name) { names.append(name) }
                }.joined(separator: ", ")
                findings.add(description, Catalog.TablePages.pageRowUnknown(reference.value, known: known), at: file.location(reference))
                continue
            }
            if step == 0 { findings.add(description, Catalog.TablePages.pageRowFirst, at: file.location(reference)) }
        }
    }
}
