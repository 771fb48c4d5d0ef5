import SOPCore
import SOPModel

/// What must hold for an SOP to be drawn: every step's actor is declared (its symbol needs a
/// column) and every flow target exists (its arrow needs an end). The loader reads these as
/// names; they are checked here, located like the loader's diagnostics.
public enum RenderCheck {
    public static let unknownActor: DiagnosticCode = "render-unknown-actor"
    public static let unknownTarget: DiagnosticCode = "render-unknown-target"
    public static let noSteps: DiagnosticCode = "render-no-steps"
    public static let noActors: DiagnosticCode = "render-no-actors"

    public static func problems(_ sop: SOP) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func location(_ mark: Mark, _ length: Int) -> Location { Location(file: sop.file, mark: mark, length: length) }
        if sop.actors.isEmpty {
            problems.append(.error(noActors, Catalog.Render.noActors, at: location(.start, 1)))
        }
        if sop.steps.isEmpty {
            problems.append(.error(noSteps, Catalog.Render.noSteps, at: location(.start, 1)))
        }
        let actorIDs = sop.actors.map(\.id.value)
        for step in sop.steps where !actorIDs.contains(step.performer.value) {
            problems.append(.error(unknownActor, Catalog.Render.unknownActor(step.performer.value, known: actorIDs),
                                   at: location(step.performer.mark, step.performer.length)))
        }
        for step in sop.steps {
            var targets: [Located<Target>] = []
            switch step.flow {
            case .next(let target): targets = target.map { [$0] } ?? []
            case .decision(let decision): targets = decision.branches.map(\.target)
            case .parallel(let list): targets = list
            }
            for target in targets {
                guard case .step(let id) = target.value, sop.step(id) == nil else { continue }
                problems.append(.error(unknownTarget, Catalog.Render.unknownTarget(id),
                                       at: location(target.mark, target.length)))
            }
        }
        return problems
    }
}
