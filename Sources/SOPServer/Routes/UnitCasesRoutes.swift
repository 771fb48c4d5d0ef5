import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel

/// /kasus-unit: the unit's cases for whoever reads them: `pimpinan` (its SOPs), the roster
/// administrator (every SOP) and staff (the SOPs they hold a role of, as the timeline checks). Late first, each with its
/// current steps, the role, who holds that role and the due time; `?tampil=terbuka` (default),
/// `terlambat` or `semua`, `?sop=01`, `?halaman=2`. Read only: every link leads to a timeline,
/// which checks who may read it again.
enum UnitCasesRoutes {
    /// Cases per page.
    static let perPage = 50

    enum Choice: String, CaseIterable, Sendable {
        case open = "terbuka"
        case late = "terlambat"
        case all = "semua"
    }

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/kasus-unit") { request, context -> Response in
            let query = request.uri.queryParameters
            guard let choice = Choice(rawValue: query.get("tampil") ?? Choice.open.rawValue),
                let page = Int(query.get("halaman") ?? "1"), page >= 1, page <= 100_000
            else { throw PageError(.badRequest, Catalog.Serve.malformed) }
            let only = query.get("sop").flatMap { $0.isEmpty || $0.count > 32 ? nil : $0 }
            let name = context.operatorName ?? ""
            let roster = try await desk.roster(for: context)
            guard roster.isAdmin(name) || roster.readsAnySOP(name) || !roster.roles(of: name, sop: nil).isEmpty else {
                throw PageError(.forbidden, Catalog.UnitCases.unitNeedsRole)
            }
            let statuses: [CaseState.Status] = choice == .all ? [] : [.open, .paused]
            let found = try await desk.gateway.run { store -> [CaseSummary] in
                do { return try store.cases(CaseFilter(nomor: only, statuses: statuses)) } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            let now = desk.clock.now()
            // Who may read a case here is who may open its timeline (`FindCase.mayRead`).
            let rows = order(found.filter(FindCase.mayRead(name, roster: roster, sops: desk.startable())), now: now)
                .filter { choice != .late || isLate($0, now: now) }
            let pages = max(1, (rows.count + perPage - 1) / perPage)
            let shown = Array(rows.dropFirst((min(page, pages) - 1) * perPage).prefix(perPage))
            let holders = { (role: String, nomor: String) -> [String] in
                var names: [String] = []
                for holding in roster.holdings where holding.role == role && (holding.sop == nil || holding.sop == nomor)
                    && !names.contains(holding.operatorName) {
                    names.append(holding.operatorName)
                }
                return names
            }
            let outcomes = try await FindCase.outcomes(of: shown, desk: desk)
            return HTMLPage.response(UnitCasesPage.render(shown, outcomes: outcomes, choice: choice, sop: only, page: min(page, pages), pages: pages,
                                                          total: rows.count, now: now, holders: holders,
                                                          time: desk.time(context.language), context: context,
                                                          uraian: WorklistPage.uraian(desk.startable())))
        }
    }

    /// Whether a case has a waiting step past its due time.
    static func isLate(_ summary: CaseSummary, now: Date) -> Bool {
        !summary.projection.status.isFinished && summary.projection.active.contains { ($0.due.map { $0 < now }) ?? false }
    }

    /// Late first (the longest overdue first), then open by due time (none last), then finished
    /// cases, the latest started first.
    static func order(_ cases: [CaseSummary], now: Date) -> [CaseSummary] {
        func due(_ summary: CaseSummary) -> Date? { summary.projection.active.compactMap(\.due).min() }
        func rank(_ summary: CaseSummary) -> Int {
            if summary.projection.status.isFinished { return 2 }
            return isLate(summary, now: now) ? 0 : 1
        }
        return cases.sorted { a, b in
            let (x, y) = (rank(a), rank(b))
            if x != y { return x < y }
            if x == 2 { return a.projection.startedAt > b.projection.startedAt }
            switch (due(a), due(b)) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id.rawValue < b.id.rawValue
            }
        }
    }
}
