/// Tamper evidence and who may act, as `sop db verify` reports it: events in a role other than
/// their step's, case numbers above their counter, lookup rows and attachments that do not match.
extension Catalog {
    public enum TamperEvidence {}
}

extension Catalog.TamperEvidence {
    /// An event sop never writes once its case ended (only a correction is), with a correct hash.
    public static func afterCaseEnded(_ type: String) -> Localized {
        Localized(id: "kejadian '\(type)' ditulis setelah kasus berakhir; sop tidak menulisnya pada kasus yang sudah selesai atau batal (hanya koreksi), jadi ditulis di luar sop",
                  en: "event '\(type)' written after the case ended; sop never writes it on a case already finished or cancelled (only corrections), so it was written around sop")
    }

    public static func stepNotInRevision(_ step: String) -> Localized {
        Localized(id: "langkah '\(step)' tidak ada di revisi SOP yang diikuti kasus",
                  en: "step '\(step)' is not in the SOP revision the case follows")
    }

    /// A step started in a role other than the one its SOP revision gives it.
    public static func stepStartedInRole(_ step: String, role: String, expected: String) -> Localized {
        Localized(id: "langkah \(step) dimulai untuk peran '\(role)', tetapi revisi SOP yang diikuti memberinya peran '\(expected)'",
                  en: "step \(step) was started for the role '\(role)', but the SOP revision followed gives it the role '\(expected)'")
    }

    /// A step started with joint roles (`bersama`) other than the revision's for it.
    public static func jointRolesDiffer(_ step: String, joint: [String], expected: [String]) -> Localized {
        let given = joint.isEmpty ? "-" : joint.joined(separator: ", "), revision = expected.isEmpty ? "-" : expected.joined(separator: ", ")
        return Localized(id: "langkah \(step) dimulai dengan peran bersama '\(given)', tetapi revisi SOP yang diikuti memberinya '\(revision)'",
                         en: "step \(step) was started with the joint roles '\(given)', but the SOP revision followed gives it '\(revision)'")
    }

    /// An event of a step written in a role other than the step's.
    public static func eventInOtherRole(_ type: String, step: String, role: String, expected: String) -> Localized {
        Localized(id: "kejadian '\(type)' langkah \(step) ditulis dalam peran '\(role)', tetapi langkah itu dijalankan peran '\(expected)'",
                  en: "event '\(type)' of step \(step) was written in the role '\(role)', but that step is run by the role '\(expected)'")
    }

    public static func stepNotStarted(_ type: String, step: String) -> Localized {
        Localized(id: "kejadian '\(type)' untuk langkah \(step) yang belum dimulai",
                  en: "event '\(type)' for step \(step), which had not been started")
    }

    /// A pause or cancellation written in a role that had no step waiting (sop run lets only
    /// the role of a waiting step pause or cancel).
    public static func stopInOtherRole(_ type: String, role: String, waiting: [String]) -> Localized {
        let list = waiting.isEmpty ? "-" : waiting.joined(separator: ", ")
        return Localized(id: "kejadian '\(type)' ditulis dalam peran '\(role)', padahal langkah yang menunggu milik peran: \(list)",
                         en: "event '\(type)' was written in the role '\(role)', while the waiting steps belong to: \(list)")
    }

    /// A pause, resume or cancellation in a role no waiting step had, under a seal: printed, not counted.
    public static func waitingRoleAcknowledged(_ finding: Localized, seal: Int) -> Localized {
        Localized(id: "diakui (tercakup segel #\(seal)): ", en: "acknowledged (covered by seal #\(seal)): ") + finding
    }

    /// Before verify's closing sentence, when such findings were acknowledged: they stand outside it.
    public static func waitingRoleAcknowledgedNote(_ count: Int) -> Localized {
        Localized(id: "\(count) jeda, lanjut atau batal dalam peran yang tidak dimiliki langkah yang menunggu diakui segel (⚠ di atas): tidak termasuk dalam pernyataan di bawah",
                  en: "\(count) pause\(count == 1 ? "" : "s"), resume\(count == 1 ? "" : "s") or cancellation\(count == 1 ? "" : "s") in a role no waiting step had acknowledged by a seal (⚠ above): not part of the statement below")
    }

    /// After the breaks, when some are pauses, resumes or cancellations in a role no waiting step
    /// had: what an old store may hold legitimately, and what the auditor does about it.
    public static let waitingRoleHint = Localized(
        id: "jeda, lanjut atau batal di atas ditulis dalam peran yang tidak dimiliki langkah mana pun yang menunggu saat itu, yang ditolak sop dan server PostgreSQL; sop sebelum 07-12-2026 (dan server PostgreSQL sebelum migrasi v25) membiarkan pemegang peran mana pun untuk SOP itu melanjutkan kasus yang dijeda: bila kejadian itu ditulis sebelum pembaruan tersebut, periksa siapa yang melakukannya, catat dalam berita acara, lalu akui dengan sop db seal --kunci FILE --akui-peran-jeda",
        en: "the pauses, resumes or cancellations above were written in a role no waiting step had at that moment, which sop and the PostgreSQL server refuse; sop before 7-12-2026 (and the PostgreSQL server before migration v25) let any holder of a role for the SOP resume a paused case: if those events were written before that upgrade, check who wrote them, record it in the minutes, then acknowledge them with sop db seal --kunci FILE --akui-peran-jeda")

    /// `sop db seal --akui-peran-jeda`: those findings signed over.
    public static func sealAcknowledgesWaitingRoles(_ count: Int) -> Localized {
        Localized(id: "segel ini mengakui \(count) jeda, lanjut atau batal dalam peran yang tidak dimiliki langkah yang menunggu (kejadiannya tidak dapat dihapus); catat dalam berita acara",
                  en: "this seal acknowledges \(count) pause\(count == 1 ? "" : "s"), resume\(count == 1 ? "" : "s") or cancellation\(count == 1 ? "" : "s") in a role no waiting step had (the events cannot be removed); record them in the minutes")
    }

    public static let lookupMissing = Localized(
        id: "baris pencarian kasus (judul, kode lacak) tidak tersimpan", en: "the case's lookup row (title, tracking code) is not stored")

    public static let title = Localized(id: "judul kasus", en: "case title")

    public static let tracking = Localized(id: "kode lacak kasus", en: "case tracking code")

    public static let searchKeys = Localized(id: "kunci pencarian kasus (NIK, telepon)", en: "case search keys (NIK, phone)")

    public static func searchKeysDiffer(stored: Int, events: Int) -> Localized {
        Localized(id: "kunci pencarian kasus (NIK, telepon) tersimpan \(stored), menurut kejadian \(events) yang lain",
                  en: "case search keys (NIK, phone): \(stored) stored, the events give \(events) others")
    }

    public static func attachmentMissing(_ name: String, sha256: String) -> Localized {
        Localized(id: "lampiran '\(name)' (SHA-256 \(sha256.prefix(12))…) disebut kejadian tetapi tidak tersimpan (dihapus)",
                  en: "attachment '\(name)' (SHA-256 \(sha256.prefix(12))…) is named by the event but not stored (deleted)")
    }

    public static func attachmentChanged(_ name: String, sha256: String) -> Localized {
        Localized(id: "isi lampiran '\(name)' tidak cocok dengan SHA-256 \(sha256.prefix(12))… yang dicatat kejadian (diubah)",
                  en: "the content of attachment '\(name)' does not match the SHA-256 \(sha256.prefix(12))… the event recorded (changed)")
    }

    /// A case whose number is above its counter: the counter was lowered, or the case inserted.
    public static func numberNotIssued(last: Int) -> Localized {
        Localized(id: "nomor kasus ini belum pernah diberikan (penghitung nomor berhenti di \(last)): penghitung diturunkan, atau kasus disisipkan",
                  en: "this case number was never given (the number counter stops at \(last)): the counter was lowered, or the case inserted")
    }

    /// A new case's number is taken: the counter was lowered below the stored cases.
    public static func numberTaken(_ id: String) -> Localized {
        Localized(id: "nomor kasus baru \(id) sudah dipakai kasus yang tersimpan: penghitung nomor kasus (case_counter) diturunkan di bawah kasus yang ada; tidak ada yang disimpan; periksa dengan sop db verify",
                  en: "the new case number \(id) is taken by a stored case: the case number counter (case_counter) was lowered below the cases there are; nothing was saved; check with sop db verify")
    }

    public static func numberTaken(prefix: String, year: Int) -> Localized {
        Localized(id: "nomor kasus baru \(prefix)-\(year) sudah dipakai kasus yang tersimpan: penghitung nomor kasus (case_counter) diturunkan di bawah kasus yang ada; tidak ada yang disimpan; periksa dengan sop db verify",
                  en: "the new case number \(prefix)-\(year) is taken by a stored case: the case number counter (case_counter) was lowered below the cases there are; nothing was saved; check with sop db verify")
    }

    /// The roster's history does not hold: nothing is granted from it.
    public static func rosterRefused(_ located: Localized) -> Localized {
        Localized(id: "riwayat daftar peran tidak utuh, peran tidak dipakai: ", en: "the roster's history does not hold, no role is taken from it: ")
            + located + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
    }

    public static func tableMissing(_ table: String) -> Localized {
        Localized(id: "tabel '\(table)' tidak ada di basis data (dihapus atau diganti nama); tidak ada yang dapat diperiksa sebelum tabel itu dipulihkan dari cadangan",
                  en: "the table '\(table)' is not in the database (dropped or renamed); nothing can be checked until it is restored from a backup")
    }

    public static func noWaitingStep(_ operatorName: String, role: String) -> Localized {
        Localized(id: "server basis data menolak: '\(operatorName)' tidak boleh menjeda atau membatalkan kasus dalam peran '\(role)' karena tidak ada langkah peran itu yang menunggu",
                  en: "the database server refused: '\(operatorName)' may not pause or cancel the case in the role '\(role)': no step of that role is waiting")
    }

    public static func badHash(_ caseID: String, sequence: String) -> Localized {
        Localized(id: "server basis data menolak: hash kejadian kasus \(caseID) urutan \(sequence) tidak menyambung ke kejadian sebelumnya; tidak ada yang disimpan",
                  en: "the database server refused: the hash of case \(caseID)'s event \(sequence) does not link it to the event before it; nothing was saved")
    }

    /// `sop db verify --perbaiki` refused: the history itself has breaks.
    public static func repairRefused(_ findings: Int) -> Localized {
        Localized(id: "baris turunan tidak diperbaiki: riwayat kejadian itu sendiri rusak (\(findings) temuan di atas); baris tidak pernah diturunkan dari kejadian yang tidak utuh",
                  en: "derived rows not repaired: the event history itself is broken (\(findings) findings above); rows are never derived from events that do not hold")
    }

    /// A case whose derived rows `--perbaiki` rewrote; the lines that follow are what it changed.
    public static func repairedCase(_ caseID: String) -> Localized {
        Localized(id: "Diperbaiki dari kejadiannya: kasus \(caseID) (tersimpan sebelumnya → menurut kejadian):",
                  en: "Repaired from its events: case \(caseID) (stored before → as the events say):")
    }

    /// What `--perbaiki` did, before verify's own report.
    public static func repairedSummary(_ cases: Int, checked: Int) -> Localized {
        cases == 0
            ? Localized(id: "Baris turunan \(checked) kasus sesuai kejadiannya; tidak ada yang ditulis ulang.",
                        en: "The derived rows of \(checked) cases match their events; nothing was rewritten.")
            : Localized(id: "Baris turunan \(cases) kasus ditulis ulang dari kejadiannya; setiap perubahan tercatat, dengan siapa dan kapan, di tabel derived_repair. Pemeriksaan sesudahnya:",
                        en: "The derived rows of \(cases) cases were rewritten from their events; each change is logged, with who and when, in the table derived_repair. The check after it:")
    }

    /// `sop db verify --perbaiki` refused by the PostgreSQL server (`refusal`): only the schema's
    /// owner rewrites derived rows; plain verify shows what is wrong.
    public static func repairNeedsOwner(_ refusal: Localized) -> Localized {
        Localized(id: "baris turunan tidak diperbaiki (\(refusal.id)): di PostgreSQL hanya pemilik skema, pengguna basis data yang menjalankan sop db migrate, yang dapat menulis ulang baris turunan; minta pengelola basis data menjalankan sop db verify --perbaiki. Yang rusak ditunjukkan sop db verify (tanpa --perbaiki)",
                  en: "the derived rows were not repaired (\(refusal.en)): on PostgreSQL only the schema's owner, the database user who runs sop db migrate, may rewrite derived rows; ask the database administrator to run sop db verify --perbaiki. What is wrong is shown by sop db verify (without --perbaiki)")
    }

    /// The server's refusal of a derived row (the case row, the worklist, a step visit, the title
    /// and search keys) written without an event of its case in the same transaction (v28).
    public static func derivedWithoutEvent(_ table: String, case caseID: String) -> Localized {
        Localized(id: "server basis data menolak: baris \(table) kasus \(caseID) hanya berubah bersama kejadian kasus itu yang ditulis dalam transaksi yang sama; tidak ada yang disimpan",
                  en: "the database server refused: the \(table) row of case \(caseID) changes only with an event of that case written in the same transaction; nothing was saved")
    }
}
