import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPStore

/// /kasus-saya: the cases the logged-in operator started or acted in (an event in their name),
/// each linked to its timeline, those still running first (nearest due time on top), then the
/// finished ones, latest first. Only cases the operator may read now (a staff role of the case's
/// SOP, as the timeline checks): a case of a role since revoked is not listed.
enum MyCasesRoutes {
    /// At most this many cases are listed; the page says when there were more.
    static let shown = 50

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/kasus-saya") { _, context -> Response in
            let name = context.operatorName ?? ""
            let roster = try await desk.roster(for: context)
            let found = try await desk.gateway.run { store -> [CaseSummary] in
                guard let mine = store as? OperatorCaseStore else { return [] }
                do {
                    let ids = try mine.cases(actedInBy: name)
                    guard !ids.isEmpty else { return [] }
                    return try store.cases(CaseFilter()).filter { ids.contains($0.id) }
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            let now = desk.clock.now()
            let listed = ordered(found.filter(FindCase.mayRead(name, roster: roster, sops: desk.startable())))
            let page = Array(listed.prefix(shown))
            let outcomes = try await FindCase.outcomes(of: page, desk: desk)
            return HTMLPage.response(MyCasesPage.render(page, outcomes: outcomes, more: listed.count > shown, now: now,
                                                        context: context, time: desk.time(context.language)))
        }
    }

    /// Running cases (open or paused) first, by their nearest due time (none last), then the
    /// finished ones, the latest ended first; the case number settles ties.
    static func ordered(_ cases: [CaseSummary]) -> [CaseSummary] {
        func key(_ summary: CaseSummary) -> (Int, Double, String) {
            let projection = summary.projection
            if projection.status.isFinished {
                return (1, -(projection.endedAt ?? projection.updatedAt).timeIntervalSince1970, summary.id.rawValue)
            }
            let due = MyCasesPage.due(projection)
            return (0, due?.timeIntervalSince1970 ?? .greatestFiniteMagnitude, summary.id.rawValue)
        }
        return cases.map { (key($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
