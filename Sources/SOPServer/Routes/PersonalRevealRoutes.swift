import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel

/// POST /kasus/{id}/data-pribadi: one personal answer of the case shown in clear, to a holder of
/// a role of its SOP (or the role administrator), as `sop case --show-personal` allows it and
/// through the same rule and store call (`PersonalAccessGate`): recorded in the access log before
/// it is shown, never in a URL, never cached. The head of unit and anyone else is refused, and
/// the refused attempt recorded, as the terminal does.
enum PersonalRevealRoutes {
    typealias Words = Catalog.PersonalReveal

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.post("/kasus/{id}/data-pribadi") { _, context -> Response in
            try await reveal(context, desk: desk)
        }
    }

    static func reveal(_ context: DeskContext, desk: Desk) async throws -> Response {
        // Readers (pimpinan) may read the case masked; whether they may see it unmasked is the gate's.
        let pinned = try await CaseRoutes.loadForReading(context, desk: desk)
        let roster = try await desk.roster(for: context)
        let name = context.operatorName ?? ""
        let id = pinned.state.id.rawValue, nomor = pinned.sop.nomor
        let chosen = context.form.text("isian")
        let fields = PersonalRevealPage.answered(pinned)
        guard let field = fields.first(where: { $0.field.name.value == chosen }) else {
            throw PageError(.unprocessableContent, Words.unknownField)
        }
        let command = Words.command(field: field.field.name.value)
        let at = desk.clock.now()
        let denial = try await desk.gateway.run(writing: true) { store -> PersonalAccessGate.Denial? in
            do throws(PersonalAccessGate.Denial) {
                try PersonalAccessGate.record(case: id, sop: nomor, command: command, operatorName: name, roster: roster,
                                              store: store, at: at)
                return nil
            } catch {
                return error
            }
        }
        switch denial {
        case nil:
            var response = HTMLPage.response(PersonalRevealPage.render(pinned, field: field.field, value: field.value, context: context))
            response.headers[.cacheControl] = "no-store"
            return response
        case .noRole?: throw PageError(.forbidden, Words.refused(id, sop: nomor))
        case .noLog?, .notRecorded?: throw PageError(.serviceUnavailable, Words.notRecorded(id))
        case .store(let error)?: throw PageError.store(error)
        }
    }
}
