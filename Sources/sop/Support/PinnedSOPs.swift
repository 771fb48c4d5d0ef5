import SOPEngine
import SOPModel

/// The SOP revisions the listed cases follow, each read from the store (re-hashed there) and
/// parsed once, whatever the SOP folder holds now: `sop tasks` names a case's step as the
/// revision the case was started on says, and does not parse the folder for it.
final class PinnedSOPs {
    let store: CaseStore
    private var parsed: [String: SOP?] = [:]
    /// Revisions read and parsed so far (a test counts them).
    private(set) var parses = 0

    init(store: CaseStore) { self.store = store }

    /// The SOP of `revision`, as `case` pins it; nil when it is not stored, does not hash to its
    /// name (the store refuses it), or does not parse.
    func sop(_ revision: String, case id: CaseID) -> SOP? {
        if let known = parsed[revision] { return known }
        parses += 1
        let sop = (try? store.pinnedRevision(revision, of: id)).flatMap { $0 }.flatMap {
            SOPLoader.load(bytes: $0.content, path: $0.path).sop
        }
        parsed[revision] = .some(sop)
        return sop
    }
}
