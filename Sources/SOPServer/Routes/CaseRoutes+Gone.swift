import Foundation
import Hummingbird
import SOPCore
import SOPEngine

extension CaseRoutes {
    /// The step in the path no longer waits (finished, or its case paused or cancelled, by
    /// another desk or the terminal): 409 with who did what and when, what was typed, and the
    /// case now (`GoneStepPage`). Nil when it still waits (or is no step of the SOP: 404 later).
    static func gone(_ pinned: PinnedCase, context: DeskContext, desk: Desk, form: FormData = FormData()) -> Response? {
        let stepID = context.parameters.get("step") ?? ""
        guard GoneStepPage.isGone(pinned, stepID: stepID) else { return nil }
        return HTMLPage.response(GoneStepPage.render(pinned, stepID: stepID, seen: Int(form["versi"] ?? ""), form: form, context: context,
                                                     time: desk.time(context.language), now: desk.clock.now()),
                                 status: .conflict)
    }

    /// The case for reading its timeline: as `load`, and also for the roster administrator, who
    /// acts in no SOP's role but may read every case, and for `pimpinan`, who reads the cases of
    /// its SOPs (never write: every write goes through `load`).
    static func loadForReading(_ context: DeskContext, desk: Desk) async throws -> PinnedCase {
        let name = context.operatorName ?? ""
        if let roster = context.roster, roster.isAdmin(name) || roster.readsAnySOP(name) {
            let raw = context.parameters.get("id") ?? ""
            guard !raw.isEmpty, raw.count <= 64 else { throw PageError.notFound }
            let pinned: PinnedCase
            if let kept = context.caseAtHead, kept.pinned.state.id.rawValue == raw { pinned = kept.pinned } else { pinned = try await desk.pinned(CaseID(raw)) }
            if roster.reads(name, sop: pinned.sop.nomor) { return pinned }
        }
        return try await load(context, desk: desk).0
    }
}
