import Foundation
import Hummingbird
import SOPCore
import SOPEngine

/// Reaching a case without its worklist row: after a hand-over the message links the case, and
/// the worklist has a box to find a case (POST /cari-kasus). What is typed travels only in the
/// POST body: a case number (`01-2026-000001`) leads to its timeline, which checks who may read
/// it; anything else (a NIK, a phone number, a name, words of the title) is searched as
/// `sop cases --cari` does and the matching cases the operator may read are listed on the page
/// of the answer, never in a URL or the log. The roster administrator, who acts in no step, is
/// told what the desk is for them.
enum FindCase {
    typealias Words = Catalog.Worklist

    /// At most this many cases are listed; the page says when there were more.
    static let shown = 50

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.post("/cari-kasus") { _, context -> Response in
            let raw = context.form.text("nomor")
            guard !raw.isEmpty, raw.count <= 64 else { throw PageError(.notFound, Words.findCaseBad) }
            if isCaseNumber(raw) { return HTMLPage.redirect("/kasus/\(segment(raw))") }
            let name = context.operatorName ?? ""
            let roster = try await desk.roster(for: context)
            let found = try await desk.gateway.run { store -> [CaseSummary] in
                do { return try store.cases(CaseFilter(search: raw)) } catch let error as StoreError { throw PageError.store(error) }
            }
            // Only cases the operator may read (a staff role of their SOP, as the timeline checks;
            // the administrator reads all).
            let readable = found.filter(mayRead(name, roster: roster, sops: desk.startable()))
                .sorted { ($0.projection.status.isFinished ? 1 : 0, $1.projection.startedAt)
                    < ($1.projection.status.isFinished ? 1 : 0, $0.projection.startedAt) }
            let listed = Array(readable.prefix(shown))
            let outcomes = try await outcomes(of: listed, desk: desk)
            return HTMLPage.response(CaseListPage.render(listed, outcomes: outcomes, more: readable.count > shown,
                                                         title: Catalog.CaseSearch.searchTitle, context: context,
                                                         time: desk.time(context.language), empty: Catalog.CaseSearch.searchNothing))
        }
    }

    /// What each completed case of a list ended with (`CaseOutcomes`: "selesai: Tidak memenuhi
    /// syarat", as `sop cases` says it), read for the rows shown only, in one read.
    static func outcomes(of cases: [CaseSummary], desk: Desk) async throws -> [CaseID: String] {
        guard cases.contains(where: { $0.projection.status == .completed }) else { return [:] }
        return try await desk.gateway.run { store in CaseOutcomes.of(cases, in: store) }
    }

    /// Whether `name` may read a listed case: a staff role of its SOP (as the timeline checks),
    /// or the roster administrator, who reads all.
    static func mayRead(_ name: String, roster: Roster, sops entries: [StartableSOP]) -> (CaseSummary) -> Bool {
        let sops = Dictionary(entries.compactMap { entry in entry.sop.map { (entry.nomor, $0) } }, uniquingKeysWith: { a, _ in a })
        return { summary in
            let nomor = summary.projection.nomor
            return roster.reads(name, sop: nomor) || (sops[nomor].map { !Desk.actor(name, in: $0, roster: roster).roles.isEmpty }
                ?? !roster.roles(of: name, sop: nomor).isEmpty)
        }
    }

    /// `01-2026-000001`: an SOP's prefix, a year of four digits and a counter of six, by dashes.
    /// A phone number written with dashes (`0812-3456-7890`) is not one.
    static func isCaseNumber(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let counter = parts.last, let year = parts.dropLast().last else { return false }
        let prefix = parts.dropLast(2)
        return counter.count == 6 && counter.allSatisfy { $0.isASCII && $0.isNumber } && year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
            && prefix.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// Above the worklist: the link to the case just handed over, the administrator's note, and
    /// the box to find a case.
    static func extras(context: DeskContext, handedOff: String?) -> String {
        let language = context.language
        var parts: [String] = []
        if let id = handedOff, id.count <= 64 {
            parts.append("<p id=\"serah-kasus\"><a href=\"/kasus/\(h(segment(id)))\">\(h(Words.seeCase(id).text(language)))</a></p>")
        }
        if let name = context.operatorName, context.roles.isEmpty, context.roster?.isAdmin(name) == true {
            parts.append("<p class=\"info\" id=\"hanya-baca\">\(h(Catalog.WebRoles.adminReadsOnly.text(language))) <a href=\"/laporan\">\(h(Words.navReport.text(language)))</a> · <a href=\"/kasus-unit\">\(h(Catalog.UnitCases.unitNav.text(language)))</a></p>")
        } else if let name = context.operatorName, context.roles.isEmpty, context.roster?.readsAnySOP(name) == true {
            parts.append("<p class=\"info\" id=\"hanya-baca\">\(h(Catalog.WebRoles.readerReadsOnly.text(language))) <a href=\"/kasus-unit\">\(h(Catalog.UnitCases.unitNav.text(language)))</a> · <a href=\"/laporan\">\(h(Words.navReport.text(language)))</a></p>")
        }
        parts.append("""
            <form id="cari-kasus" method="post" action="/cari-kasus">
              \(Layout.csrf(context))
              <label for="nomor-kasus">\(h(Catalog.CaseSearch.findCaseLabel.text(language)))</label>
              <input type="text" id="nomor-kasus" name="nomor" autocomplete="off" maxlength="64" required aria-describedby="nomor-kasus-petunjuk">
              <p class="kecil" id="nomor-kasus-petunjuk">\(h(Catalog.CaseSearch.findCaseHint.text(language)))</p>
              <button type="submit" class="kedua">\(h(Catalog.CaseSearch.searchButton.text(language)))</button>
            </form>
            """)
        return parts.joined(separator: "\n")
    }
}
