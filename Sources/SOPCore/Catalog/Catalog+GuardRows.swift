/// What `sop db verify` says of the rows PostgreSQL's roster check decides the next event by
/// (`sop_case_guard`, `sop_step_guard`) and of the derived columns it compares since: located by
/// case, and by the event the row follows from when there is one.
extension Catalog {
    public enum GuardRows {
        public static func caseGuardMissing(nomor: String) -> Localized {
            Localized(id: "baris penjaga kasus (sop_case_guard) tidak tersimpan; menurut kejadian SOP-nya '\(nomor)'",
                      en: "the case's guard row (sop_case_guard) is not stored; the events say its SOP is '\(nomor)'")
        }

        public static func caseGuardExtra(nomor: String) -> Localized {
            Localized(id: "baris penjaga kasus (sop_case_guard) tersimpan dengan SOP '\(nomor)', tetapi tidak ada menurut kejadian",
                      en: "the case's guard row (sop_case_guard) is stored with the SOP '\(nomor)', but does not follow from the events")
        }

        public static let caseGuardSOP = Localized(id: "SOP di baris penjaga kasus (sop_case_guard)",
                                                   en: "SOP in the case's guard row (sop_case_guard)")

        public static func stepGuardMissing(step: String, role: String) -> Localized {
            Localized(id: "baris penjaga langkah \(step) (sop_step_guard) tidak tersimpan; menurut kejadian langkah itu terbuka untuk peran '\(role)'",
                      en: "the guard row of step \(step) (sop_step_guard) is not stored; the events say the step is open for the role '\(role)'")
        }

        /// A guard row of a step the events completed (`completed`), or never started.
        public static func stepGuardExtra(step: String, role: String, completed: Bool) -> Localized {
            completed
                ? Localized(id: "baris penjaga langkah \(step) (sop_step_guard) tersimpan dengan peran '\(role)', tetapi langkah itu sudah selesai menurut kejadian",
                            en: "the guard row of step \(step) (sop_step_guard) is stored with the role '\(role)', but the events say the step is completed")
                : Localized(id: "baris penjaga langkah \(step) (sop_step_guard) tersimpan dengan peran '\(role)', tetapi langkah itu tidak pernah dimulai menurut kejadian",
                            en: "the guard row of step \(step) (sop_step_guard) is stored with the role '\(role)', but the events never started the step")
        }

        public static func stepGuardRole(_ step: String) -> Localized {
            Localized(id: "peran langkah \(step) di baris penjaga (sop_step_guard)", en: "role of step \(step) in its guard row (sop_step_guard)")
        }

        /// The joint roles (`bersama`, v27) of an open step in its guard row, as a compared value.
        public static func stepGuardJoint(_ step: String) -> Localized {
            Localized(id: "peran bersama langkah \(step) di baris penjaga (sop_step_guard)",
                      en: "joint roles of step \(step) in its guard row (sop_step_guard)")
        }

        /// Verify run by a user who may not read the guard rows (a desk): said, never skipped silently.
        public static let unreadable = Localized(
            id: "catatan: baris penjaga pemeriksaan peran (sop_case_guard, sop_step_guard) tidak diperiksa: pengguna basis data ini tidak boleh membacanya (jalankan sop db verify sebagai pemilik skema)",
            en: "note: the role check's guard rows (sop_case_guard, sop_step_guard) were not checked: this database user may not read them (run sop db verify as the schema's owner)")

        // MARK: Derived columns verify did not compare before

        public static let judul = Localized(id: "judul SOP kasus", en: "case SOP title")

        public static func visitSOP(_ key: String) -> Localized {
            Localized(id: "nomor dan revisi SOP kunjungan langkah \(key)", en: "SOP number and revision of step visit \(key)")
        }
    }
}
