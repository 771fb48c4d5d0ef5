import SOPCore
import SOPModel
import SOPTerminal

/// What a report row says of its printed cells (finding 11 of the sixth outside test): a row of
/// several boxes names each box's actor, and every row under a merged Waktu cell shows the cell
/// ("½ hari (baris 5–6)"), judged once on its last row.
extension ReportBuilder {
    /// A per-item standard over many cases: "× Jumlah UTTP", the field each case counts by
    /// (each case's own count is on its `sop case` line: "2 jam/alat × 3 = 6 jam").
    static func perItemCount(_ waktu: Waktu, in sop: SOP?) -> String {
        guard let name = waktu.perItem?.field.value else { return "" }
        let label = sop?.steps.lazy.flatMap(\.form).first { $0.name.value == name }?.label ?? name
        return " × " + label
    }

    static func describeCells(_ stats: inout StepStats, step: Step, in sop: SOP, _ language: Language) {
        guard let index = sop.stepIndex(step.id.value) else { return }
        if sop.sharesItsRowAtDesk(index) {
            stats.box = sop.actor(step.performer.value)?.lineName ?? step.performer.value
        }
        if let cell = sop.mergedCell(containing: index), let waktu = sop.steps[cell.lowerBound].mutuBaku.waktu {
            let label = { (step: Step) in step.number ?? step.id.value }
            stats.waktu = WaktuWords.text(waktu, language: language) + " "
                + Catalog.Waktu.mergedRows(label(sop.steps[cell.lowerBound]), label(sop.steps[cell.upperBound])).text(language)
            if index != cell.upperBound { stats.judgedAt = label(sop.steps[cell.upperBound]) }
        }
    }
}
