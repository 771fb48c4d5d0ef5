import SOPEngine
import SOPModel

/// Every lookup accepts what `sop run` accepts: case ids and SOP references in any case and
/// spacing, SOPs by nomor or by the short code of their file.
enum Lookup {
    /// The stored id of a typed case id: as typed (spaces dropped, sequence padded) when the
    /// store has it, else the one case whose id matches it ignoring case.
    static func caseID(_ typed: String, store: CaseStore) -> CaseID {
        let id = CaseID.typed(typed)
        if (try? store.summary(of: id)) != nil { return id }
        let all = (try? store.cases(CaseFilter())) ?? []
        return all.first { $0.id.matches(typed: typed) }?.id ?? id
    }

    /// The nomor the store files an SOP's cases under: the SOP the folder resolves the
    /// reference to, else a stored nomor that matches it ignoring case and spacing, else the
    /// reference itself.
    static func nomor(_ reference: String, folder: SOPFolder, store: CaseStore) -> String {
        if let nomor = (try? folder.resolve(reference))?.sop?.nomor { return nomor }
        let stored = ((try? store.cases(CaseFilter())) ?? []).map(\.projection.nomor)
        return stored.first { ShortCode.matches($0, reference) } ?? reference
    }
}
