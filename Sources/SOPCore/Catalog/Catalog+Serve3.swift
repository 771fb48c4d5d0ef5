/// What the web desk (`sop serve`) says in answer to the second outside tester's findings: a
/// refusal names the role it needs (by the SOP's own name for it), a stale page gets the web's
/// own words, and the shared rate limits.
extension Catalog {
    public enum Serve3 {}
}

extension Catalog.Serve3 {
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

    /// The 409 banner: another desk (or the terminal) wrote first.
    public static func staleChanged(_ names: String) -> Localized {
        both("Kasus ini baru saja diubah oleh orang lain (\(names)) sejak halaman ini Anda buka, jadi isian Anda belum disimpan. "
                + "Halaman ini sudah dimuat ulang dan menunjukkan keadaan kasus sekarang: periksa lalu kirim lagi bila masih perlu.",
             "Someone else (\(names)) changed this case since you opened this page, so what you entered was not saved. "
                + "The page has been reloaded and shows the case as it is now: check it and send again if still needed.")
    }

    /// The correction form when nothing of the case can be corrected by this operator.
    public static let nothingToCorrect = both(
        "Belum ada jawaban yang dapat Anda koreksi di kasus ini: koreksi hanya untuk jawaban yang sudah diberikan di kegiatan peran Anda.",
        "There is no answer in this case you can correct yet: a correction amends an answer already given in a step of your role.")
}
