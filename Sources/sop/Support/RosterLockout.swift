import SOPCore
import SOPEngine

/// The roster must keep, for good, someone who can change it: a holder of `pengelola-peran` who
/// can prove who they are at a desk on this store. On SQLite that is the login running the
/// command, or a name with a PIN (`--operator`, the web desk). A holder with neither can never
/// act again, and only a holder may enrol a first PIN, so a roster whose every holder is like
/// that is locked for good: nobody may grant, revoke or enrol a PIN, and the store must be
/// started afresh. The commands that could bring that about (the roster's first grant, revoking
/// `pengelola-peran`, removing a holder's PIN) refuse it here, before anything is written.
/// PostgreSQL names its connected database users, who always prove who they are: nothing to check.
enum RosterLockout {
    /// The refusal of the roster's first grant (`entry`, already a valid first entry) when its
    /// author is neither the login nor a name with a PIN.
    static func firstGrant(_ entry: RosterEntry, login: String, store: RosterStore) throws(StoreError) -> Localized? {
        guard store.authenticatedUser == nil, entry.by != login, try store.pin(of: entry.by) == nil else { return nil }
        return Catalog.Roster.firstAdminUnprovable(entry.by, login: login)
    }

    /// The refusal when, of `holders` (who hold `pengelola-peran` after the change), none could
    /// prove who they are here: none is the login, none keeps a PIN (`losingPIN`'s is being
    /// removed). Nil when one can, or on PostgreSQL.
    static func afterChange(holders: [String], losingPIN: String? = nil, login: String,
                            store: RosterStore) throws(StoreError) -> Localized? {
        guard store.authenticatedUser == nil else { return nil }
        var unprovable: [String] = []
        for holder in holders where !unprovable.contains(holder) {
            if holder == login { return nil }
            if holder != losingPIN, try store.pin(of: holder) != nil { return nil }
            if holder != losingPIN { unprovable.append(holder) }
        }
        return Catalog.Roster.lastProvableAdmin(login: login, others: unprovable)
    }

    /// The holders of `pengelola-peran`, in grant order.
    static func holders(_ roster: Roster, except name: String? = nil) -> [String] {
        roster.holdings.filter { $0.role == Roster.adminRole && $0.operatorName != name }.map(\.operatorName)
    }
}
