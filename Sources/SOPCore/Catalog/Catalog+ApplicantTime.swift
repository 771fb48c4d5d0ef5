/// A row's time left out of the case's service limit (`di_luar_batas_layanan`: "Waktu tidak
/// termasuk waktu pembayaran retribusi oleh pemohon", tester 29, F1): the loader's hint, lint's
/// rule, and what the receipt, `sop status`, `sop case` and the web say about the promise.
extension Catalog {
    public enum ApplicantTime {}
}

extension Catalog.ApplicantTime {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// Where the key goes when written on the row or in `mutu_baku` under another name.
    public static func keyPlace(_ key: String, in shape: String) -> Localized? {
        switch (key, shape) {
        case ("di_luar_batas_layanan", "kegiatan"), ("batas_layanan", "kegiatan"), ("batas_layanan", "mutu_baku"):
            return both("waktu baris yang tidak dihitung dalam batas layanan kasus ditulis 'mutu_baku: {di_luar_batas_layanan: ya}' (atau 'kasus: {di_luar_batas_layanan: [nomor baris]}')",
                        "a row whose time is not counted in the case's service limit is written 'mutu_baku: {di_luar_batas_layanan: ya}' (or 'kasus: {di_luar_batas_layanan: [row number]}')")
        default:
            return nil
        }
    }

    // MARK: Lint

    public static let ruleSummary = both("di_luar_batas_layanan tanpa batas_layanan kasus",
                                         "di_luar_batas_layanan without a case service limit")

    public static let withoutServiceLimit = both(
        "di_luar_batas_layanan tidak berpengaruh: kasus tidak mempunyai batas layanan (kasus: batas_layanan)",
        "di_luar_batas_layanan has no effect: cases have no service limit (kasus: batas_layanan)")

    public static let withoutServiceLimitFix = both(
        "bila Total waktu tercetak adalah janji layanan, tulis 'kasus: {batas_layanan: total}'; batas kasus lalu tidak menghitung waktu baris ini",
        "when the printed Total waktu is the service promise, write 'kasus: {batas_layanan: total}'; the case's limit then leaves this row's time out")

    public static func namedTwice(_ row: String) -> Localized {
        both("kegiatan \(row) sudah ditulis 'di_luar_batas_layanan: ya' di barisnya; cukup salah satu",
             "step \(row) already says 'di_luar_batas_layanan: ya' on its row; one of the two is enough")
    }

    // MARK: The promise

    /// After the due date: the time the case spends in a row outside the limit, still to come or
    /// running ("ditambah waktu Pemohon membayar retribusi oleh Pemohon").
    /// An activity that names its actor first ("Pemohon membayar retribusi") is not followed by "oleh Pemohon".
    public static func plusTime(_ activity: String, by actor: String) -> Localized {
        activity.lowercased().hasPrefix(actor.lowercased() + " ")
            ? both("ditambah waktu \(activity)", "plus the time taken: \(activity)")
            : both("ditambah waktu \(activity) oleh \(actor)", "plus the time \(actor) takes: \(activity)")
    }

    /// `sop case`'s Batas layanan line when rows are left out of it.
    public static func serviceDueLine(_ due: String, standard: String, rows: String) -> Localized {
        both("Batas layanan: \(due) (\(standard) sejak kasus dimulai, tidak termasuk waktu kegiatan \(rows))",
             "Service standard: \(due) (\(standard) from the case's start, not counting the time of step \(rows))")
    }

    /// `sop status` while the case waits on a row the applicant performs or a row outside the limit.
    public static func waitingFor(_ actor: String, activity: String, position: String, of total: String, due: String?) -> Localized {
        let byWhen = due.map { ", paling lambat \($0)" } ?? ""
        let byWhenEn = due.map { ", by \($0)" } ?? ""
        return both("Tahap \(position) dari \(total): menunggu \(actor): \(activity)\(byWhen).",
                    "Stage \(position) of \(total): waiting for \(actor): \(activity)\(byWhenEn).")
    }

    /// The step's deadline passed while waiting on the applicant.
    public static func waitingLate(_ due: String) -> Localized {
        both("Batas \(due) sudah lewat; hubungi kantor layanan.", "The deadline \(due) has passed; please contact the service office.")
    }

    /// The receipt's Status of a file returned as incomplete (tester 31, F9), not "sedang diproses".
    public static let returnedStatus = both("berkas dikembalikan kepada pemohon untuk dilengkapi",
                                            "file returned to the applicant to be completed")

    /// On a receipt of a file returned as incomplete (F5): no completion promise.
    public static let returnedNoPromise = both(
        "Berkas dikembalikan untuk dilengkapi; batas penyelesaian dihitung setelah berkas lengkap diterima.",
        "The file was returned to be completed; the completion date is counted once the complete file is received.")
}
