import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPStore

/// /ganti-pin: an operator changes their own PIN in the browser (one who works only at the web
/// desk has no terminal and no database user to run `sop roster pin` with). The current PIN and
/// the new one twice, in a form with the session's CSRF token as every form; the rules of
/// `sop roster pin` (at least 6 characters, the same twice; at most 200 as at login). A wrong
/// current PIN counts toward the lock as a wrong PIN at login does (5 in a row lock the name for
/// 15 minutes, and a locked name is refused the same way), so an open session left behind does
/// not let anyone guess it. The PIN travels only in the POST body, never in a URL or the log.
enum PINRoutes {
    typealias Words = Catalog.PINs

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/ganti-pin") { _, context -> Response in
            HTMLPage.response(PINPage.render(context: context))
        }
        router.post("/ganti-pin") { _, context -> Response in
            let name = context.operatorName ?? ""
            let current = context.form["pin_lama"] ?? "", new = context.form["pin_baru"] ?? "", again = context.form["pin_ulang"] ?? ""
            func refused(_ message: Localized, field: String, _ status: HTTPResponse.Status = .unprocessableContent) -> Response {
                HTMLPage.response(PINPage.render(context: context, message: message, field: field), status: status)
            }
            guard new.count >= 6 else { return refused(Catalog.PINs.pinTooShort, field: "pin_baru") }
            guard new.count <= 200 else { return refused(Catalog.PINs.pinTooLong, field: "pin_baru") }
            guard new == again else { return refused(Catalog.PINs.pinMismatch, field: "pin_ulang") }
            let clock = desk.clock, kept = context.session?.idHash ?? ""
            let outcome = try await desk.gateway.run { store -> Outcome in
                guard let rosterStore = store as? RosterStore, let access = store as? OperatorAccessStore else {
                    throw PageError(.serviceUnavailable, Catalog.Serve.noSessionStore)
                }
                do {
                    let now = clock.now()
                    guard let record = try rosterStore.pin(of: name) else { return .noPIN }
                    guard current.count <= 200, try PINCheck.passes(current, record: record, store: rosterStore, at: now) else {
                        return .wrongCurrent
                    }
                    // The operator's other sessions end with it (a stolen one does not survive); this one stays.
                    return .changed(ended: try access.changeOwnPIN(try PINHash.make(new, operatorName: name, at: now, by: name), keeping: kept))
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            switch outcome {
            case .changed(let ended):
                return HTMLPage.response(PINPage.render(context: context, message: Catalog.PINs.pinChanged(otherSessionsEnded: ended),
                                                        field: nil))
            case .wrongCurrent: return refused(Words.wrongCurrentPIN, field: "pin_lama", .forbidden)
            case .noPIN: return refused(Words.noPINToChange, field: "pin_lama", .conflict)
            }
        }
    }

    enum Outcome: Sendable {
        case changed(ended: Int), wrongCurrent, noPIN
    }
}
