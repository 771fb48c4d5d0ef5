/// The terminal's timeline of a case (`sop case`, `--events`): who cancelled, handed on or corrected.
extension Catalog {
    public enum CaseTimeline {}
}

extension Catalog.CaseTimeline {
    /// A visit a wrong branch started, closed by the branch's correction (tester 36, N2): not done,
    /// not timed against its standard.
    public static func closedByBranchCorrection(step: String, by name: String, role: String?) -> Localized {
        let who = ([name] + (role.map { [$0] } ?? [])).joined(separator: " · ")
        return Localized(id: "ditutup oleh koreksi cabang kegiatan \(step) (\(who)): tidak dikerjakan, tidak dihitung selesai",
                         en: "closed by the correction of the branch of step \(step) (\(who)): not worked on, not counted as done")
    }

    /// Before a step's note written outside every visit of that step (e.g. after the case ended).
    public static func noteOutsideVisit(_ step: String) -> Localized {
        Localized(id: "(kegiatan \(step), di luar kunjungannya) ", en: "(step \(step), outside its visits) ")
    }

    /// A cancelled case's line on `sop case`: who, in which role, when, why.
    public static func cancelledBy(_ name: String, role: String?, at: String, reason: String) -> Localized {
        let who = name + (role.map { " (\($0))" } ?? "")
        return Localized(id: "Dibatalkan oleh \(who), \(at): \(reason)", en: "Cancelled by \(who), \(at): \(reason)")
    }

    /// A step started for a role other than the writer's: the writer handed it on.
    public static func handedOff(step: String, to role: String) -> Localized {
        Localized(id: "kegiatan \(step) diserahkan kepada \(role)", en: "step \(step) handed to \(role)")
    }

    public static func corrected(_ name: String, reason: String) -> Localized {
        Localized(id: "jawaban dikoreksi: \(name) (alasan: \(reason))", en: "answer corrected: \(name) (reason: \(reason))")
    }
}
