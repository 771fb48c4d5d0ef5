/// What the PostgreSQL store says when it cannot do its work, and what `sop db` prints.
/// Server addresses here never carry a password.
extension Catalog {
    public enum Postgres {
        public static func unreachable(_ server: String, detail: String, detailEnglish: String? = nil) -> Localized {
            Localized(
                id: "server PostgreSQL \(server) tidak dapat dihubungi (\(detail)); periksa apakah server berjalan dan alamatnya benar, lalu ulangi",
                en: "cannot reach the PostgreSQL server \(server) (\(detailEnglish ?? detail)); check that it is running and the address is right, then try again")
        }

        /// `passfile`: the password file libpq read (`PostgresAddress.passwordFile`): the URI's
        /// `passfile`, else PGPASSFILE's, else nil for ~/.pgpass.
        public static func wrongPassword(user: String, server: String, passfile: String? = nil) -> Localized {
            Localized(
                id: "kata sandi PostgreSQL untuk pengguna '\(user)' di \(server) ditolak; periksa PGPASSWORD atau \(passfile.map { "\($0) (PGPASSFILE)" } ?? "~/.pgpass")",
                en: "the PostgreSQL password for user '\(user)' at \(server) was refused; check PGPASSWORD or \(passfile.map { "\($0) (PGPASSFILE)" } ?? "~/.pgpass")")
        }

        /// With a password file named (PGPASSFILE, as a service sets it), which line it lacks:
        /// its fields are host:port:database:user, and a file written for another database
        /// (a restored copy, say) has none for this one.
        public static func noPassword(user: String, server: String, database: String = "", passfile: String? = nil) -> Localized {
            guard let passfile else {
                return Localized(
                    id: "server PostgreSQL \(server) meminta kata sandi untuk pengguna '\(user)'; berikan lewat PGPASSWORD atau ~/.pgpass",
                    en: "the PostgreSQL server \(server) asks for a password for user '\(user)'; give it through PGPASSWORD or ~/.pgpass")
            }
            return Localized(
                id: "server PostgreSQL \(server) meminta kata sandi untuk pengguna '\(user)', dan \(passfile) (PGPASSFILE) tidak memiliki baris untuknya; tambahkan baris \(server):\(database):\(user):KATA-SANDI (atau * sebagai basis data) ke \(passfile), atau berikan lewat PGPASSWORD",
                en: "the PostgreSQL server \(server) asks for a password for user '\(user)', and \(passfile) (PGPASSFILE) has no line for it; add the line \(server):\(database):\(user):PASSWORD (or * as the database) to \(passfile), or give it through PGPASSWORD")
        }

        public static func unknownDatabase(_ database: String, server: String) -> Localized {
            Localized(
                id: "basis data '\(database)' tidak ada di server PostgreSQL \(server); buat dulu (createdb \(database)) atau periksa namanya",
                en: "database '\(database)' does not exist on the PostgreSQL server \(server); create it (createdb \(database)) or check the name")
        }

        public static func unknownUser(_ user: String, server: String) -> Localized {
            Localized(id: "pengguna PostgreSQL '\(user)' tidak dikenal di \(server)",
                      en: "PostgreSQL user '\(user)' is not known at \(server)")
        }

        public static func refused(_ server: String, detail: String) -> Localized {
            Localized(id: "server PostgreSQL \(server) menolak sambungan ini (\(detail)); periksa pg_hba.conf atau sslmode",
                      en: "the PostgreSQL server \(server) refused this connection (\(detail)); check pg_hba.conf or sslmode")
        }

        public static func connectFailed(_ server: String, detail: String) -> Localized {
            Localized(id: "tidak dapat tersambung ke PostgreSQL \(server): \(detail)",
                      en: "cannot connect to PostgreSQL \(server): \(detail)")
        }

        /// `detail`: the server's or libpq's words, kept out of the sentence (English, raw): only
        /// whether the server was shut down is told from them.
        public static func connectionLost(_ detail: String) -> Localized {
            let why = detail.contains("administrator command") || detail.contains("shutting down")
                ? ("server PostgreSQL dihentikan", "the PostgreSQL server was shut down")
                : ("server tidak menjawab atau jaringan putus", "the server did not answer or the network failed")
            return Localized(
                id: "sambungan ke PostgreSQL terputus (\(why.0)) dan tidak pulih; perubahan terakhir belum dipastikan tersimpan. "
                    + "Setelah server dapat dihubungi lagi, yang belum tersimpan ditanyakan lagi",
                en: "the connection to PostgreSQL was lost (\(why.1)) and did not come back; the last change is not known to be saved. "
                    + "Once the server is reachable again, whatever was not saved is asked again")
        }

        public static let passwordOnCommandLine = Localized(
            id: "jangan menulis kata sandi di --db (terlihat di daftar proses dan riwayat shell); pakai PGPASSWORD atau ~/.pgpass",
            en: "do not put a password in --db (it shows in the process list and the shell history); use PGPASSWORD or ~/.pgpass")

        public static func badAddress(_ address: String, detail: String) -> Localized {
            Localized(id: "alamat PostgreSQL '\(address)' tidak terbaca: \(detail)",
                      en: "the PostgreSQL address '\(address)' cannot be read: \(detail)")
        }

        public static func noPrivilege(user: String, detail: String) -> Localized {
            Localized(
                id: "pengguna PostgreSQL '\(user)' tidak berhak melakukan ini (\(detail)); minta pemilik basis data menjalankan sop db migrate atau memberi hak",
                en: "PostgreSQL user '\(user)' is not allowed to do this (\(detail)); ask the database owner to run sop db migrate or grant the rights")
        }

        public static func serverError(_ detail: String) -> Localized {
            Localized(id: "PostgreSQL menolak perintah: \(detail)", en: "PostgreSQL refused the command: \(detail)")
        }
    }

    /// `sop db`: migrations, status and copying a desk's cases between stores.
    public enum DbAdmin {
        public static func store(_ name: String) -> Localized {
            Localized(id: "Basis data: \(name)", en: "Database: \(name)")
        }

        /// `unused`: version numbers below the newest that this kind of store never had (SQLite
        /// skips some numbers), so that the count does not read as migrations missing.
        public static func applied(_ count: Int, unused: [Int] = []) -> Localized {
            guard !unused.isEmpty else { return Localized(id: "Migrasi terpasang: \(count)", en: "Migrations applied: \(count)") }
            let list = unused.map { "v\($0)" }
            func joined(_ and: String) -> String {
                list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " \(and) " + list[list.count - 1]
            }
            return Localized(id: "Migrasi terpasang: \(count) (\(joined("dan")) tidak ada untuk basis data jenis ini)",
                             en: "Migrations applied: \(count) (\(joined("and")) do not exist for this kind of database)")
        }

        public static func pending(_ count: Int) -> Localized {
            count == 0
                ? Localized(id: "Migrasi tertunda: tidak ada", en: "Pending migrations: none")
                : Localized(id: "Migrasi tertunda: \(count) (jalankan sop db migrate)", en: "Pending migrations: \(count) (run sop db migrate)")
        }

        public static func migrated(_ names: [String]) -> Localized {
            names.isEmpty
                ? Localized(id: "Skema sudah mutakhir; tidak ada migrasi tertunda.", en: "The schema is up to date; no pending migrations.")
                : Localized(id: "Migrasi diterapkan: \(names.count)", en: "Migrations applied: \(names.count)")
        }

        public static let contents = Localized(id: "Isi", en: "Contents")
        public static let cases = Localized(id: "kasus", en: "cases")
        public static let events = Localized(id: "kejadian", en: "events")
        public static let tasks = Localized(id: "tugas menunggu", en: "waiting tasks")
        public static let revisions = Localized(id: "revisi SOP", en: "SOP revisions")
        public static let attachments = Localized(id: "lampiran", en: "attachments")
        public static let counters = Localized(id: "penghitung nomor kasus", en: "case counters")
        public static let source = Localized(id: "asal", en: "source")
        public static let destination = Localized(id: "tujuan", en: "destination")

        public static func from(_ name: String) -> Localized { Localized(id: "Dari: \(name)", en: "From: \(name)") }
        public static func to(_ name: String) -> Localized { Localized(id: "Ke:   \(name)", en: "To:   \(name)") }

        public static func copied(_ copied: Int, identical: Int) -> Localized {
            Localized(id: "Kasus disalin: \(copied); sudah ada dan sama: \(identical)",
                      en: "Cases copied: \(copied); already there and identical: \(identical)")
        }

        public static func copiedExtras(revisions: Int, attachments: Int, counters: Int) -> Localized {
            Localized(id: "Revisi SOP disalin: \(revisions) · lampiran: \(attachments) · penghitung dinaikkan: \(counters)",
                      en: "SOP revisions copied: \(revisions) · attachments: \(attachments) · counters raised: \(counters)")
        }

        public static func copiedEvidence(accesses: Int, profiles: Int) -> Localized {
            Localized(id: "Log akses data pribadi disalin: \(accesses) catatan · nama dan NIP petugas: \(profiles)",
                      en: "Personal data access log copied: \(accesses) entries · officers' names and NIPs: \(profiles)")
        }

        public static func verified(_ count: Int, of total: Int) -> Localized {
            Localized(id: "Pemeriksaan: \(count) dari \(total) kasus sama di kedua sisi (jumlah dan hash kejadian)",
                      en: "Check: \(count) of \(total) cases identical on both sides (event counts and hashes)")
        }

        public static func conflicts(_ lines: [String], advice: Localized) -> Localized {
            Localized(
                id: "\(lines.count) kasus sudah ada di tujuan dengan kejadian berbeda; tidak ada yang disalin:\n" + lines.joined(separator: "\n")
                    + "\n" + advice.id,
                en: "\(lines.count) cases already exist in the destination with other events; nothing was copied:\n"
                    + lines.joined(separator: "\n") + "\n" + advice.en)
        }

        /// The check after the copy, which has written the destination, found differences.
        public static func mismatches(_ items: [Localized]) -> Localized {
            Localized(
                id: "pemeriksaan setelah penyalinan gagal: tujuan SUDAH ditulis, tetapi berbeda dengan sumber:\n" + items.map { "  ✗ " + $0.id }.joined(separator: "\n")
                    + "\nperiksa sumber dan tujuan dengan sop db verify; jangan pakai tujuan sebagai cadangan sebelum perbedaannya dijelaskan",
                en: "the check after copying failed: the destination WAS written, but differs from the source:\n" + items.map { "  ✗ " + $0.en }.joined(separator: "\n")
                    + "\ncheck source and destination with sop db verify; do not use the destination as a backup until the difference is explained")
        }

        public static func caseAppeared(_ id: String) -> Localized {
            Localized(id: "kasus \(id) muncul di tujuan selama penyalinan; tidak ada yang disalin, ulangi sop db copy",
                      en: "case \(id) appeared in the destination during the copy; nothing was copied, run sop db copy again")
        }

        public static func sameStore(_ name: String) -> Localized {
            Localized(id: "asal dan tujuan sama (\(name))", en: "source and destination are the same (\(name))")
        }

        public static func noSQLiteFile(_ path: String) -> Localized {
            Localized(id: "tidak ada basis data SQLite di '\(path)'", en: "no SQLite database at '\(path)'")
        }
    }
}
