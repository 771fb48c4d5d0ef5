/// Roles at the web desk: a refusal names the role it needs (by the SOP's own name for it), and
/// the roles that read only (roster administrator, head of unit).
extension Catalog {
    public enum WebRoles {}
}

extension Catalog.WebRoles {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// 'A', 'A' atau 'B', 'A', 'B' atau 'C' (en: or).
    static func alternatives(_ names: [String], or: String) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "-" }
        return quoted.dropLast().joined(separator: ", ") + " \(or) " + quoted[quoted.count - 1]
    }

    /// The step page or its form, in a role not held (or no longer held).
    public static func stepNeedsRole(_ role: String, step: String) -> Localized {
        both("Kegiatan \(step) dikerjakan oleh peran '\(role)'. Anda tidak memegang peran itu.",
             "Step \(step) is done by the role '\(role)'. You do not hold that role.")
    }

    /// A step of the case waiting for a colleague's role (the operator holds another of the SOP).
    public static let colleaguesStepTitle = both("Kegiatan peran lain", "Another role's step")

    public static func colleaguesStep(_ role: String, step: String, case id: String) -> Localized {
        both("Kegiatan \(step) kasus \(id) adalah giliran peran '\(role)', bukan peran Anda. Anda dapat membaca kasusnya.",
             "Step \(step) of case \(id) is the turn of the role '\(role)', not yours. You may read the case.")
    }

    public static func readCase(_ id: String) -> Localized { both("Lihat kasus \(id)", "See case \(id)") }

    /// Starting a case of an SOP whose first step's role is not held.
    public static func startNeedsRole(_ role: String, nomor: String) -> Localized {
        both("Kasus SOP \(nomor) dimulai oleh peran '\(role)'. Anda tidak memegang peran itu.",
             "A case of SOP \(nomor) is started by the role '\(role)'. You do not hold that role.")
    }

    /// A case's pages, for someone who holds no staff role of its SOP.
    public static func caseNeedsRole(_ roles: [String], nomor: String) -> Localized {
        both("Kasus SOP \(nomor) dibuka oleh peran \(alternatives(roles, or: "atau")). Anda tidak memegang peran itu.",
             "Cases of SOP \(nomor) are opened by the role \(alternatives(roles, or: "or")). You do not hold that role.")
    }

    /// Pause, resume or cancel, by someone who holds no waiting step's role.
    public static func caseActionNeedsRole(_ roles: [String]) -> Localized {
        both("Menjeda, melanjutkan atau membatalkan kasus ini dilakukan oleh peran kegiatan yang sedang menunggu, "
                + "\(alternatives(roles, or: "atau")). Anda tidak memegang peran itu.",
             "Pausing, resuming or cancelling this case is done by the role of the step waiting, "
                + "\(alternatives(roles, or: "or")). You do not hold that role.")
    }

    /// A correction of a step whose role is not held.
    public static func correctionNeedsRole(_ role: String, step: String) -> Localized {
        both("Jawaban kegiatan \(step) dikoreksi oleh peran '\(role)'. Anda tidak memegang peran itu.",
             "The answers of step \(step) are corrected by the role '\(role)'. You do not hold that role.")
    }

    /// The header's name for the roster administrator's role (not an SOP's actor).
    public static let adminRoleName = both("Pengelola peran", "Roster administrator")

    /// On the worklist of a roster administrator who holds no role to act in.
    public static let adminReadsOnly = both(
        "Sebagai pengelola peran Anda dapat membaca laporan dan linimasa kasus; mengisi kegiatan hanya oleh pemegang peran kegiatan itu.",
        "As roster administrator you may read the report and case timelines; steps are filled in only by who holds their role.")

    public static let readerRoleName = both("Pimpinan unit (hanya membaca)", "Head of unit (read only)")

    public static let readerReadsOnly = both(
        "Peran pimpinan membaca kasus, linimasa dan laporan SOP-nya, tanpa mengerjakan kegiatan: daftar kasus unit ada di",
        "The head-of-unit role reads the cases, timelines and reports of its SOPs and acts in no step: the unit's cases are at")

    public static func tasksReaderOnly(_ name: String, role: String) -> Localized {
        both("operator '\(name)' memegang \(role), yang tidak mengerjakan kegiatan dan tidak punya daftar tugas; lihat kasus dengan: sop cases (di peramban: /kasus-unit)",
             "operator '\(name)' holds \(role), which acts in no step and has no worklist; see the cases with: sop cases (in the browser: /kasus-unit)")
    }
}
