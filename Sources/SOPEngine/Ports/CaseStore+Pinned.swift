import SOPCore

extension CaseStore {
    /// The SOP revision a case follows, re-hashed by the store: nil when it is not stored; when
    /// its content does not match the hash the case pinned, the refusal names the case and hash.
    public func pinnedRevision(_ hash: String, of id: CaseID) throws(StoreError) -> SOPRevision? {
        do {
            return try revision(hash: hash)
        } catch .unavailable(let message) where message == Catalog.Chain.revisionContentMismatch(hash) {
            throw .unavailable(Catalog.Chain.revisionRefused(id.rawValue, hash: hash))
        }
    }
}
