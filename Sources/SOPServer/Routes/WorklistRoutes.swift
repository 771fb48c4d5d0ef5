import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// / (the worklist of my roles) and /sop (start a case).
enum WorklistRoutes {
    typealias Words = Catalog.Serve

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/") { request, context -> Response in
            let name = context.operatorName ?? "", roles = context.roles
            let memory = desk.memory
            let (tasks, roster) = try await desk.gateway.run { store -> ([TaskEntry], Roster) in
                do {
                    let roster = try memory.roster(store)
                    guard !roles.isEmpty else { return ([], roster) }
                    return (try store.tasks(roles: roles), roster)
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            let now = desk.clock.now()
            let mine = WorklistPage.ordered(tasks.filter { roster.holds(name, $0.entry.role, sop: $0.nomor) }, now: now)
            var notice: String?, pauseEnded = ""
            if let handed = request.uri.queryParameters.get("serah"), handed.count <= 64 {
                notice = try? await handOffNotice(CaseID(handed), desk: desk, name: name, roster: roster, language: context.language)
                // Resumed by this operator, with no step of theirs waiting: the pause's end is told here.
                if let ended = request.uri.queryParameters.get("jeda"), let pinned = try? await desk.pinned(CaseID(handed)) {
                    pauseEnded = PausedCase.endedNotice(pinned, query: ended, context: context)
                }
            }
            // An SOP this operator would start but for its lint errors: not offered (no `Mulai kasus`), said why.
            let sops = desk.startable()
            let blocked = Desk.blocked(sops, name, roster: roster).map { entry in
                Layout.notice(Catalog.Worklist.sopNotOffered(entry.nomor, judul: entry.judul).text(context.language), error: true)
            }.joined()
            let handed = notice == nil ? nil : request.uri.queryParameters.get("serah")
            // A row marked `kolektif: ya` waiting in several of these cases: its collective page.
            let collective = CollectivePage.offers(CollectiveWaiting.of(mine, sops: sops.compactMap(\.sop)), language: context.language)
            return HTMLPage.response(WorklistPage.render(mine, now: now, time: desk.time(context.language), context: context, notice: notice,
                                                         warnings: pauseEnded + FindCase.extras(context: context, handedOff: handed) + blocked
                                                            + collective,
                                                         uraian: WorklistPage.uraian(sops),
                                                         performer: WorklistPage.performers(sops, language: context.language)))
        }
        router.get("/sop") { _, context -> Response in
            let name = context.operatorName ?? ""
            let roster = try await desk.roster(for: context)
            // What the operator may start, and, with why, what they would start but for its errors
            // (an SOP that does not even parse names no role: shown to all).
            let entries = desk.startable().compactMap { entry -> (code: String, entry: StartableSOP)? in
                guard entry.sop == nil || Desk.mayStart(entry, name, roster: roster) || !Desk.blocked([entry], name, roster: roster).isEmpty
                else { return nil }
                return (ShortCode.of(path: entry.path) ?? entry.nomor, entry)
            }
            return HTMLPage.response(StartPages.list(entries, context: context))
        }
        router.get("/sop/{kode}/mulai") { _, context -> Response in
            let (code, _, sop) = try startable(context, desk: desk)
            return HTMLPage.response(StartPages.confirm(code: code, sop: sop, context: context))
        }
        router.post("/sop/{kode}/mulai") { _, context -> Response in
            let (_, entry, sop) = try startable(context, desk: desk)
            let name = context.operatorName ?? ""
            let roster = try await desk.roster(for: context)
            guard let first = entry.firstRole, roster.holds(name, first, sop: sop.nomor) else {
                throw RoleNeeded.toStart(sop, role: entry.firstRole)
            }
            var actor = Desk.actor(name, in: sop, roster: roster)
            actor.roles = [first] + actor.roles.filter { $0 != first }
            let state = try await desk.start(entry, sop: sop, actor: actor)
            return HTMLPage.redirect(next(after: state, actor: actor))
        }
    }

    /// The SOP named in the path, if it exists and may start a case (no `sop lint` errors).
    private static func startable(_ context: DeskContext, desk: Desk) throws -> (String, StartableSOP, SOP) {
        let code = context.parameters.get("kode") ?? ""
        let entry = try named(code, desk: desk)
        guard let sop = entry.sop, !entry.hasErrors else { throw PageError(.conflict, Words.sopHasErrors(entry.nomor)) }
        return (code, entry, sop)
    }

    /// The folder's SOP a path names (its nomor, its file's short code, or its file), else 404.
    static func named(_ code: String, desk: Desk) throws -> StartableSOP {
        let all = desk.startable()
        let path: String
        if code.contains("/") || code.hasSuffix(".yaml") || code.hasSuffix(".yml") {
            do { path = try desk.folder.resolve(code).source.path } catch { throw PageError.notFound }
        } else {
            // As SOPFolder.resolve finds it (by nomor or by the file's short code, one match), on
            // the folder's SOPs as just read, without parsing them again.
            let byNomor = all.filter { $0.sop.map { ShortCode.matches($0.nomor, code) } ?? false }
            let byName = all.filter { ShortCode.of(path: $0.path).map { ShortCode.matches($0, code) } ?? false }
            let matches = Set((byNomor + byName).map(\.path))
            guard matches.count == 1, let only = matches.first else { throw PageError.notFound }
            path = only
        }
        guard let entry = all.first(where: { $0.path == path }) else { throw PageError.notFound }
        return entry
    }

    /// Where to go after a write: the next step of the case the operator holds, else the
    /// worklist with a note of where the case went.
    static func next(after state: CaseState, actor: Operator) -> String {
        // A joint row (`bersama`) waiting in another role of the operator's is left in their
        // worklist, as `sop run` leaves it: it is opened from there.
        if state.status == .open, let mine = state.active.first(where: { actor.plays($0.role) }) {
            return "/kasus/\(segment(state.id.rawValue))/langkah/\(segment(mine.step))"
        }
        return "/?serah=\(segment(state.id.rawValue))"
    }

    private static func handOffNotice(_ id: CaseID, desk: Desk, name: String, roster: Roster, language: Language) async throws -> String? {
        let pinned = try await desk.pinned(id)
        let state = pinned.state, sop = pinned.sop
        switch state.status {
        case .completed: return Words.caseEnded(id.rawValue).text(language)
        case .cancelled, .paused: return Words.caseStateChanged(id.rawValue, Catalog.Listing.status(state.status.rawValue)).text(language)
        case .open:
            let others = state.active.filter { !roster.holds(name, $0.role, sop: sop.nomor) }
            guard !others.isEmpty else { return nil }
            return others.map { visit -> String in
                Words.handedOff(sop.step(visit.step).map { $0.number ?? $0.id.value } ?? visit.step, caseID: id.rawValue,
                                to: sop.actor(visit.role)?.lineName ?? visit.role).text(language)
            }.joined(separator: " ")
        }
    }
}

extension Desk {
    func time(_ language: Language) -> TimeText { TimeText(language: language, timeZone: calendar.timeZone) }
}
