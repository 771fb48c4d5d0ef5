/// The roster (who may act in which role), operator identity and PINs.
extension Catalog {
    public enum Roster {
        public static func refused(_ code: String, entry: (by: String, operatorName: String, role: String, sop: String?)) -> Localized {
            let scope = entry.sop.map { " (SOP \($0))" } ?? ""
            switch code {
            case "changed-meanwhile":
                return Localized(id: "daftar peran diubah di terminal lain sementara ini; tampilkan lagi (sop roster) lalu ulangi",
                                 en: "the roster was changed on another terminal meanwhile; show it again (sop roster) and retry")
            case "empty":
                return Localized(id: "nama operator dan peran tidak boleh kosong", en: "operator name and role must not be empty")
            case "admin-for-one-sop":
                return Localized(id: "peran '\(entry.role)' berlaku untuk seluruh unit, bukan untuk satu SOP; hapus --sop",
                                 en: "the role '\(entry.role)' is unit-wide, not for one SOP; drop --sop")
            case "first-must-be-admin":
                return Localized(
                    id: "daftar peran masih kosong: isian pertama harus memberi peran '\(Catalog.Roster.admin)' kepada diri sendiri "
                        + "(sop roster grant \(entry.by) \(Catalog.Roster.admin))",
                    en: "the roster is empty: its first entry must grant '\(Catalog.Roster.admin)' to yourself "
                        + "(sop roster grant \(entry.by) \(Catalog.Roster.admin))")
            case "not-admin":
                return Localized(
                    id: "hanya pemegang peran '\(Catalog.Roster.admin)' yang boleh memberi atau mencabut peran; '\(entry.by)' tidak memegangnya",
                    en: "only holders of the role '\(Catalog.Roster.admin)' may grant or revoke roles; '\(entry.by)' does not hold it")
            case "already-held":
                return Localized(id: "'\(entry.operatorName)' sudah memegang peran '\(entry.role)'\(scope)",
                                 en: "'\(entry.operatorName)' already holds the role '\(entry.role)'\(scope)")
            case "not-held":
                return Localized(id: "'\(entry.operatorName)' tidak memegang peran '\(entry.role)'\(scope); tidak ada yang dicabut",
                                 en: "'\(entry.operatorName)' does not hold the role '\(entry.role)'\(scope); nothing to revoke")
            case "last-admin":
                return Localized(
                    id: "'\(entry.operatorName)' adalah pemegang terakhir peran '\(entry.role)'; berikan peran itu kepada orang lain dulu",
                    en: "'\(entry.operatorName)' is the last holder of the role '\(entry.role)'; grant it to someone else first")
            case "not-session-user":
                return Localized(
                    id: "di PostgreSQL, pemberi peran adalah pengguna basis data yang tersambung ('\(entry.by)' bukan pengguna itu)",
                    en: "on PostgreSQL, whoever grants is the connected database user ('\(entry.by)' is not that user)")
            default:
                return Localized(id: "perubahan daftar peran ditolak (\(code))", en: "roster change refused (\(code))")
            }
        }

        public static let admin = "pengelola-peran"

        /// `otherHolders`: on a login with no `--operator`, how many other names hold the role
        /// (a shared desk login, tester 32 F5): the advice is then `--operator NAME`, not a grant
        /// to the shared login.
        public static func roleNotHeld(_ operatorName: String, role: String, sop: String?, held: [String],
                                       otherHolders: Int = 0) -> Localized {
            let scope = sop.map { " untuk SOP \($0)" } ?? ""
            let scopeEn = sop.map { " for SOP \($0)" } ?? ""
            let list = held.isEmpty ? "tidak ada" : held.joined(separator: ", ")
            let listEn = held.isEmpty ? "none" : held.joined(separator: ", ")
            let start = Localized(id: "operator '\(operatorName)' tidak memegang peran '\(role)'\(scope) (perannya: \(list))",
                                  en: "operator '\(operatorName)' does not hold the role '\(role)'\(scopeEn) (their roles: \(listEn))")
            guard otherHolders == 0 else { return sharedLogin(start, login: operatorName, holders: otherHolders) }
            return Localized(id: start.id + "; minta pengelola peran memberikannya (sop roster grant)",
                             en: start.en + "; ask a roster administrator to grant it (sop roster grant)")
        }

        public static func noRoleHeld(_ operatorName: String, sop: String?, otherHolders: Int = 0) -> Localized {
            let scope = sop.map { " untuk SOP \($0)" } ?? ""
            let scopeEn = sop.map { " for SOP \($0)" } ?? ""
            let start = Localized(id: "operator '\(operatorName)' tidak memegang peran apa pun\(scope)",
                                  en: "operator '\(operatorName)' holds no role\(scopeEn)")
            guard otherHolders == 0 else { return sharedLogin(start, login: operatorName, holders: otherHolders, roleNamed: false) }
            return Localized(id: start.id + "; minta pengelola peran memberikannya (sop roster grant)",
                             en: start.en + "; ask a roster administrator to grant one (sop roster grant)")
        }

        /// The refusal on a login others' names work under: give your own name, not a grant to the login.
        /// `roleNamed`: false when no role was named (`sop tasks` without `--as`): the count is of
        /// the names holding a role of the SOP, not "that role" (tester 33).
        private static func sharedLogin(_ start: Localized, login: String, holders: Int, roleNamed: Bool = true) -> Localized {
            let count = roleNamed
                ? (id: "Peran itu dipegang \(holders) nama lain di daftar peran", en: "\(holders) other names hold that role in the roster")
                : (id: "Peran-peran SOP dipegang \(holders) nama lain di daftar peran", en: "\(holders) other names hold the SOP's roles in the roster")
            return Localized(
                id: start.id + ". Bila login '\(login)' dipakai bersama, kerjakan dengan nama Anda sendiri: ulangi perintah dengan "
                    + "--operator NAMA (nama Anda di daftar peran; PIN Anda ditanyakan). " + count.id,
                en: start.en + ". If the login '\(login)' is shared, work under your own name: repeat the command with "
                    + "--operator NAME (your name in the roster; your PIN is asked). " + count.en)
        }

        /// What the store says when a write names a role its operator does not hold.
        public static func writeRefused(_ operatorName: String, role: String) -> Localized {
            Localized(
                id: "penyimpanan menolak: operator '\(operatorName)' tidak memegang peran '\(role)' untuk SOP kasus ini; tidak ada yang tersimpan",
                en: "the store refused: operator '\(operatorName)' does not hold the role '\(role)' for this case's SOP; nothing was saved")
        }

        public static func notStepRole(_ operatorName: String, role: String, step: String) -> Localized {
            Localized(
                id: "penyimpanan menolak: kegiatan \(step) bukan untuk peran '\(role)' yang dipakai operator '\(operatorName)'; tidak ada yang tersimpan",
                en: "the store refused: step \(step) is not for the role '\(role)' operator '\(operatorName)' acted in; nothing was saved")
        }

        public static func notDatabaseUser(_ operatorName: String, user: String) -> Localized {
            Localized(
                id: "di PostgreSQL operator adalah pengguna basis data yang tersambung ('\(user)'), bukan '\(operatorName)'; sambungkan sebagai pengguna Anda sendiri",
                en: "on PostgreSQL the operator is the connected database user ('\(user)'), not '\(operatorName)'; connect as your own user")
        }

        public static func unknownRole(_ role: String, known: [String]) -> Localized {
            Localized(
                id: "peran '\(role)' bukan pelaksana staf di SOP mana pun (yang ada: \(known.joined(separator: ", ")))",
                en: "the role '\(role)' is not a staff actor of any SOP (known: \(known.joined(separator: ", ")))")
        }

        public static func badName(_ name: String) -> Localized {
            Localized(id: "nama operator '\(name)' tidak sah: pakai huruf kecil, angka, '.', '_' atau '-'",
                      en: "operator name '\(name)' is not valid: use lower-case letters, digits, '.', '_' or '-'")
        }

        public static func granted(_ operatorName: String, role: String, sop: String?) -> Localized {
            let scope = sop.map { "SOP \($0)" } ?? "semua SOP"
            let scopeEn = sop.map { "SOP \($0)" } ?? "every SOP"
            return Localized(id: "Peran '\(role)' diberikan kepada \(operatorName) (\(scope)).",
                             en: "Role '\(role)' granted to \(operatorName) (\(scopeEn)).")
        }

        public static func revoked(_ operatorName: String, role: String, sop: String?) -> Localized {
            let scope = sop.map { "SOP \($0)" } ?? "semua SOP"
            let scopeEn = sop.map { "SOP \($0)" } ?? "every SOP"
            return Localized(id: "Peran '\(role)' dicabut dari \(operatorName) (\(scope)).",
                             en: "Role '\(role)' revoked from \(operatorName) (\(scopeEn)).")
        }

        public static let notInForce = Localized(
            id: "Daftar peran belum berlaku: setiap operator boleh bertindak dalam peran apa pun. Mulailah dengan: sop roster grant NAMA-ANDA \(admin)",
            en: "The roster is not in force yet: any operator may act in any role. Start with: sop roster grant YOUR-NAME \(admin)")
        public static let holdingsTitle = Localized(id: "Daftar peran", en: "Roster")
        public static let historyTitle = Localized(id: "Riwayat daftar peran", en: "Roster history")
        public static let columnOperator = Localized(id: "Operator", en: "Operator")
        public static let columnRole = Localized(id: "Peran", en: "Role")
        public static let columnSOP = Localized(id: "SOP", en: "SOP")
        public static let columnBy = Localized(id: "Oleh", en: "By")
        public static let columnSince = Localized(id: "Sejak", en: "Since")
        public static let columnAt = Localized(id: "Waktu", en: "Time")
        public static let columnAction = Localized(id: "Perubahan", en: "Change")
        public static let columnPIN = Localized(id: "PIN", en: "PIN")
        public static let allSOPs = Localized(id: "semua", en: "all")
        public static let actionGrant = Localized(id: "diberi", en: "granted")
        public static let actionRevoke = Localized(id: "dicabut", en: "revoked")
        public static let pinSet = Localized(id: "ada", en: "set")
        public static let pinLocked = Localized(id: "terkunci", en: "locked")
        /// Under the roster when a PIN or one-time-code cell is `?` (PostgreSQL, a user who is not
        /// a roster administrator): not "none".
        public static let unknownLegend = Localized(
            id: "? : server basis data tidak memberi tahu pengguna ini (hanya pengelola peran yang melihat PIN dan kode satu kali); bukan berarti tidak ada",
            en: "? : the database server does not tell this user (only a roster administrator sees PINs and one-time codes); it does not mean none")

        public static let columnEvent = Localized(id: "Kejadian", en: "Event")
        public static let columnStep = Localized(id: "Kegiatan", en: "Step")

        /// An event's stored type, as the event log names it.
        public static func eventType(_ type: String) -> Localized {
            switch type {
            case "case-started": Localized(id: "kasus dimulai", en: "case started")
            case "step-started": Localized(id: "kegiatan dimulai", en: "step started")
            case "kelengkapan-checked": Localized(id: "kelengkapan diperiksa", en: "requirement checked")
            case "field-answered": Localized(id: "isian dijawab", en: "field answered")
            case "output-recorded": Localized(id: "output dicatat", en: "output recorded")
            case "branch-chosen": Localized(id: "cabang dipilih", en: "branch chosen")
            case "join-arrived": Localized(id: "tiba di gabungan", en: "arrived at join")
            case "note-added": Localized(id: "catatan", en: "note")
            case "step-completed": Localized(id: "kegiatan selesai", en: "step completed")
            case "case-paused": Localized(id: "kasus dijeda", en: "case paused")
            case "case-resumed": Localized(id: "kasus dilanjutkan", en: "case resumed")
            case "case-cancelled": Localized(id: "kasus dibatalkan", en: "case cancelled")
            case "case-completed": Localized(id: "kasus selesai", en: "case completed")
            case "answer-corrected": Localized(id: "jawaban dikoreksi", en: "answer corrected")
            case "branch-corrected": Catalog.BranchCorrection.eventType
            default: Localized(verbatim: type)
            }
        }

        // MARK: sop db verify

        public static func located(_ sequence: Int, _ what: Localized) -> Localized {
            Localized(id: "daftar peran, urutan \(sequence): ", en: "roster, sequence \(sequence): ") + what
        }

        public static func verifyRule(_ rule: Localized) -> Localized {
            Localized(id: "perubahan yang tidak diizinkan aturan: ", en: "a change the rules do not allow: ") + rule
        }

        public static func verifyHoldings(stored: String, history: String) -> Localized {
            Localized(id: "tabel pemegang peran tidak sesuai riwayatnya: tersimpan [\(stored)], menurut riwayat [\(history)]",
                      en: "the holdings table does not match the roster history: stored [\(stored)], per the history [\(history)]")
        }

        public static func verifyNotHeld(_ operatorName: String, role: String) -> Localized {
            Localized(id: "ditulis oleh '\(operatorName)' dalam peran '\(role)' yang tidak dipegangnya saat itu",
                      en: "written by '\(operatorName)' in the role '\(role)', which they did not hold at that time")
        }

        // MARK: Identity and PINs

        public static func pinPrompt(_ operatorName: String) -> Localized {
            Localized(id: "PIN \(operatorName)", en: "PIN of \(operatorName)")
        }

        public static func newPINPrompt(_ operatorName: String) -> Localized {
            Localized(id: "PIN baru untuk \(operatorName) (paling sedikit 6 karakter)",
                      en: "New PIN for \(operatorName) (at least 6 characters)")
        }

        public static let repeatPINPrompt = Localized(id: "Ulangi PIN baru", en: "Repeat the new PIN")
        public static let pinMismatch = Localized(id: "kedua PIN tidak sama; tidak ada yang diubah",
                                                  en: "the two PINs differ; nothing was changed")
        public static let pinTooShort = Localized(id: "PIN terlalu pendek: paling sedikit 6 karakter",
                                                  en: "PIN too short: at least 6 characters")
        public static let pinMissingInput = Localized(id: "PIN tidak diberikan", en: "no PIN given")

        public static func pinWrong(_ operatorName: String, left: Int) -> Localized {
            Localized(id: "PIN \(operatorName) salah; \(left) kali lagi sebelum nama ini dikunci 15 menit",
                      en: "wrong PIN for \(operatorName); \(left) more tries before this name is locked for 15 minutes")
        }

        public static func pinLockedUntil(_ operatorName: String, until: String) -> Localized {
            Localized(
                id: "nama \(operatorName) dikunci sampai \(until) setelah \(PINLimits.maxFailures) PIN salah berturut-turut; coba lagi nanti atau minta pengelola peran mengatur ulang PIN",
                en: "the name \(operatorName) is locked until \(until) after \(PINLimits.maxFailures) wrong PINs in a row; try later or ask a roster administrator to reset the PIN")
        }

        public static func noPIN(_ operatorName: String, login: String) -> Localized {
            Localized(
                id: "'\(operatorName)' bukan login ini ('\(login)') dan belum punya PIN; minta pengelola peran mendaftarkan PIN (sop roster pin \(operatorName))",
                en: "'\(operatorName)' is not this login ('\(login)') and has no PIN; ask a roster administrator to enrol one (sop roster pin \(operatorName))")
        }

        /// The roster's first grant to a name that could never prove itself again: not the login,
        /// no PIN. Once the roster is in force only an administrator may enrol that PIN.
        public static func firstAdminUnprovable(_ operatorName: String, login: String) -> Localized {
            Localized(
                id: "'\(operatorName)' bukan login ini ('\(login)') dan belum punya PIN: sebagai pengelola peran pertama ia tidak akan "
                    + "dapat membuktikan dirinya lagi, dan tidak ada orang lain yang boleh memberinya PIN, sehingga daftar peran terkunci "
                    + "untuk selamanya. Daftarkan PIN-nya dulu (sop roster pin \(operatorName)) lalu ulangi perintah ini dengan --operator "
                    + "\(operatorName), atau jadikan login ini pengelola peran (sop roster grant \(login) \(admin))",
                en: "'\(operatorName)' is not this login ('\(login)') and has no PIN: as the first roster administrator they could never "
                    + "prove who they are again, and nobody else may give them a PIN, so the roster would be locked for good. Enrol "
                    + "their PIN first (sop roster pin \(operatorName)) and repeat this command with --operator \(operatorName), or make "
                    + "this login the administrator (sop roster grant \(login) \(admin))")
        }

        /// A revocation or PIN removal after which no holder of pengelola-peran could prove who
        /// they are at this desk (this login, or a name with a PIN): nobody could change the
        /// roster or enrol a PIN again.
        public static func lastProvableAdmin(login: String, others: [String]) -> Localized {
            guard let first = others.first else {
                return Localized(
                    id: "sesudah ini tidak ada pemegang peran '\(admin)' yang dapat membuktikan dirinya di sini (login ini '\(login)', "
                        + "atau nama yang punya PIN): daftar peran akan terkunci untuk selamanya. Berikan dulu peran itu kepada operator "
                        + "lain yang punya PIN, atau kepada login ini (sop roster grant \(login) \(admin))",
                    en: "after this no holder of the role '\(admin)' could prove who they are here (this login '\(login)', or a name "
                        + "with a PIN): the roster would be locked for good. First grant the role to another operator who has a PIN, "
                        + "or to this login (sop roster grant \(login) \(admin))")
            }
            let named = others.joined(separator: ", ")
            return Localized(
                id: "sesudah ini tidak ada pemegang peran '\(admin)' yang dapat membuktikan dirinya di sini (\(named): bukan login ini "
                    + "'\(login)' dan belum punya PIN): daftar peran akan terkunci untuk selamanya. Daftarkan dulu PIN-nya "
                    + "(sop roster pin \(first)), atau berikan peran itu kepada login ini (sop roster grant \(login) \(admin))",
                en: "after this no holder of the role '\(admin)' could prove who they are here (\(named): not this login "
                    + "'\(login)', no PIN): the roster would be locked for good. First enrol a PIN (sop roster pin \(first)), "
                    + "or grant the role to this login (sop roster grant \(login) \(admin))")
        }

        public static func pinNeedsAdmin(_ operatorName: String) -> Localized {
            Localized(
                id: "PIN pertama \(operatorName) didaftarkan oleh pemegang peran '\(admin)' (atau oleh \(operatorName) dari loginnya sendiri)",
                en: "the first PIN of \(operatorName) is enrolled by a holder of '\(admin)' (or by \(operatorName) from their own login)")
        }

        /// After a hand-off to roles the operator does not hold (instead of "Lanjutkan dengan"):
        /// every waiting role, since each does its own box (tester 31, F13).
        public static func continuedByHolder(_ roles: [String]) -> Localized {
            let quoted = roles.map { "'\($0)'" }
            func joined(_ and: String) -> String {
                quoted.count < 2 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " \(and) " + quoted[quoted.count - 1]
            }
            return quoted.count > 1
                ? Localized(id: "  Dilanjutkan oleh pemegang peran \(joined("dan")), masing-masing (sop tasks di mejanya).",
                            en: "  To be continued by holders of the roles \(joined("and")), each their own (sop tasks at their desk).")
                : Localized(id: "  Dilanjutkan oleh pemegang peran \(joined("dan")) (sop tasks di mejanya).",
                            en: "  To be continued by a holder of the role \(joined("and")) (sop tasks at their desk).")
        }

        public static let pinOnPostgres = Localized(
            id: "di PostgreSQL identitas adalah pengguna basis data dan kata sandinya; PIN hanya untuk berkas SQLite",
            en: "on PostgreSQL the identity is the database user and its password; PINs are for SQLite files only")
    }

    public enum PINLimits {
        public static let maxFailures = 5
    }
}

extension Catalog.Roster {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static func notTogether(_ a: String, _ b: String) -> Localized {
        both("\(a) dan \(b) tidak dapat dipakai bersama", "\(a) and \(b) cannot be used together")
    }

    /// `sop roster keluar`, `pin --hapus`, `totp --hapus` on a name the roster has never seen
    /// (no role ever, no PIN, no one-time code, no session).
    public static func unknownOperator(_ name: String, suggestion: String?) -> Localized {
        let hint = suggestion.map { (id: "; mungkin maksudnya '\($0)'?", en: "; did you mean '\($0)'?") }
        return both("'\(name)' tidak dikenal daftar peran: nama itu tidak pernah memegang peran dan tidak memiliki PIN, kode satu kali maupun sesi meja web; tidak ada yang diubah\(hint?.id ?? "")",
                    "'\(name)' is unknown to the roster: that name never held a role and has no PIN, one-time code or web desk session; nothing was changed\(hint?.en ?? "")")
    }
}
