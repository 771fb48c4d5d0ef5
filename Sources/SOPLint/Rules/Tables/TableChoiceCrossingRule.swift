import SOPCore
import SOPModel

/// Where the tables are alternative procedures (`alur_tabel: pilihan`), each runs on its own:
/// a `lanjut`, branch, `paralel` or `menunggu` naming a step of another table joins two
/// procedures the document keeps apart.
struct TableChoiceCrossingRule: SOPRule {
    let description = RuleDescription(
        id: "table-choice-crossing", severity: .error, category: .flow,
        summary: Catalog.AlternativeTables.Summary.tableChoiceCrossing,
        triggering: [RuleExample(TableChoiceSingleRule.twoTables(alur: "alur_tabel: pilihan\n", firstRow: ", lanjut: ↓t2-1"))],
        nonTriggering: [RuleExample(TableChoiceSingleRule.twoTables(alur: "", firstRow: ", lanjut: t2-1"))])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let sop = file.sop
        guard !sop.alternativeTableRanges.isEmpty else { return }
        let titles = TableChoice.titles(of: sop)
        let graph = file.graph
        for index in sop.steps.indices {
            let own = sop.table(of: index)
            for edge in graph.successors(of: index) {
                guard case .step(let next)? = edge.node, let written = edge.written, let other = sop.table(of: next),
                    other != own
                else { continue }
                findings.add(description, Catalog.AlternativeTables.tableChoiceCrossing(written.value.text, table: titles[other]),
                             at: file.location(written))
            }
            for (id, target) in graph.awaited(by: index) {
                guard let target, let other = sop.table(of: target), other != own else { continue }
                findings.add(description, Catalog.AlternativeTables.tableChoiceCrossing(id.value, table: titles[other]), at: file.location(id))
            }
        }
    }
}
