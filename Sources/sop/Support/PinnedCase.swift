import SOPCore
import SOPEngine
import SOPModel

/// A stored case with the SOP text it is pinned to, read back into the model.
struct PinnedCase {
    let state: CaseState
    let sop: SOP

    static func load(_ id: CaseID, store: CaseStore, global: GlobalOptions) throws(CommandFailure) -> PinnedCase {
        let language = global.language
        let state: CaseState
        var revision: SOPRevision?
        do throws(StoreError) {
            state = CaseState(id: id, events: try store.events(of: id))
            if let hash = state.started?.revision { revision = try store.pinnedRevision(hash, of: id) }
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard let revision else {
            throw CommandFailure(Catalog.CLI.revisionMissing(state.started?.revision ?? "?"), language: language, exitCode: 1)
        }
        // The case follows the SOP exactly as it was when the case started, not today's file.
        let result = SOPLoader.load(bytes: revision.content, path: revision.path)
        guard let model = result.sop, !result.hasErrors else {
            global.checkAtDesk(result)
            throw CommandFailure.sopHasErrors(revision.path, errors: result.diagnostics.errorCount, language: language)
        }
        return PinnedCase(state: state, sop: model)
    }
}
