import SOPCore
import SOPModel

/// `sop show`'s lines for the flow as drawn (issue 10).
extension SOPDocumentView {
    /// Marks under a step's activity: its row kind, optional, outcome, a labelled arrow, a
    /// condition not drawn.
    func drawnLines(_ step: Step, index: Int) -> [String] {
        var lines: [String] = []
        if let row = sop.steps.rowRanges.first(where: { $0.lowerBound == index }), row.count > 1 {
            lines.append("▤ " + Catalog.Flow.rowKind(sop.steps.rowKind(of: row).rawValue).text(language))
        }
        if step.drawn.isOptional { lines.append("○ " + Catalog.Flow.optionalStep.text(language)) }
        if let label = step.drawn.arrowLabel { lines.append("→ " + Catalog.Flow.arrowLabel(label.value).text(language)) }
        if case .decision(let decision) = step.flow, !decision.isDrawn {
            lines.append("│ " + Catalog.Flow.notDrawn.text(language))
        }
        if let outcome = step.drawn.outcome { lines.append("■ " + Catalog.Flow.outcome(outcome.value).text(language)) }
        if step.drawn.stops?.value == true { lines.append("╳ " + Catalog.JointBoxes.pathStops.text(language)) }
        return lines
    }

    /// The staff role recording a non-staff actor's step, as `sop run` will.
    func recorderLine(_ index: Int) -> [String] {
        guard sop.actor(sop.steps[index].performer.value)?.kind.operatesSystem == false,
            let recorder = sop.recorder(of: index)
        else { return [] }
        return ["(" + Catalog.Desk.recordedBy(sop.actor(recorder)?.lineName ?? recorder).text(language) + ")"]
    }

    func branchLabel(_ branch: Branch) -> String {
        branch.isUnlabelled ? Catalog.Flow.noLabel.text(language) : branch.label.value
    }
}
