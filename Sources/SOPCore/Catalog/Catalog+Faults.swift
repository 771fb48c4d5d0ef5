#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What users read when a file, a store or a connection fails: every message says what
/// happened and what to do, never the C library's, SQLite's or libpq's own words.
extension Catalog {
    public enum Faults {
        /// What kind of file was named where a regular file is needed.
        public enum FileKind: Sendable, Equatable {
            case directory, fifo, device, socket, other

            public var words: Localized {
                switch self {
                case .directory: Localized(id: "sebuah folder", en: "a folder")
                case .fifo: Localized(id: "sebuah pipa bernama (FIFO)", en: "a named pipe (FIFO)")
                case .device: Localized(id: "sebuah perangkat", en: "a device")
                case .socket: Localized(id: "sebuah soket", en: "a socket")
                case .other: Localized(id: "bukan berkas biasa", en: "not a regular file")
                }
            }
        }

        /// The kind of a file from its stat mode; nil for a regular file.
        public static func kind(mode: mode_t) -> FileKind? {
            switch mode & S_IFMT {
            case S_IFREG: nil
            case S_IFDIR: .directory
            case S_IFIFO: .fifo
            case S_IFCHR, S_IFBLK: .device
            case S_IFSOCK: .socket
            default: .other
            }
        }

        public static func notRegularFile(_ path: String, kind: FileKind) -> Localized {
            Localized(
                id: "tidak dapat membaca '\(path)': ini \(kind.words.id), bukan berkas biasa; sebutkan berkas biasa",
                en: "cannot read '\(path)': this is \(kind.words.en), not a regular file; name a regular file")
        }

        /// Why open(2) or read(2) failed, in the user's language.
        public static func reason(errno code: Int32) -> Localized {
            switch code {
            case ENOENT: Localized(id: "berkas tidak ada", en: "no such file")
            case EACCES, EPERM: Localized(id: "izin ditolak", en: "permission denied")
            case ELOOP: Localized(id: "tautan simbolik berputar (loop)", en: "the symbolic links loop")
            case ENOTDIR: Localized(id: "salah satu bagian jalurnya bukan folder", en: "a part of the path is not a folder")
            case ENAMETOOLONG: Localized(id: "nama terlalu panjang", en: "the name is too long")
            case EISDIR: Localized(id: "ini sebuah folder", en: "this is a folder")
            case EIO: Localized(id: "kesalahan masukan/keluaran pada disk", en: "input/output error on the disk")
            case EROFS: Localized(id: "sistem berkas hanya-baca", en: "read-only file system")
            case ENOSPC: Localized(id: "disk penuh", en: "the disk is full")
            case EMFILE, ENFILE: Localized(id: "terlalu banyak berkas terbuka", en: "too many open files")
            default: Localized(id: "kesalahan sistem \(code)", en: "system error \(code)")
            }
        }

        /// "this is a folder, not a regular file", as the reason inside another message.
        public static func notRegularReason(_ kind: FileKind) -> Localized {
            Localized(id: "ini \(kind.words.id), bukan berkas biasa", en: "this is \(kind.words.en), not a regular file")
        }

        public static func unreadable(_ path: String, reason: Localized) -> Localized {
            Localized(id: "tidak dapat membaca '\(path)': \(reason.id)", en: "cannot read '\(path)': \(reason.en)")
        }

        /// The files whose size is limited, named in the size message.
        public enum LimitedFile: Sendable {
            case answers, attachment

            public var words: Localized {
                switch self {
                case .answers: Localized(id: "berkas jawaban", en: "answers file")
                case .attachment: Localized(id: "lampiran", en: "attachment")
                }
            }
        }

        public static func fileTooLarge(_ path: String, what: LimitedFile, bytes: Int, limit: Int) -> Localized {
            Localized(
                id: "'\(path)' berukuran \(bytes) byte, melebihi batas \(limit) byte untuk sebuah \(what.words.id); gunakan berkas yang lebih kecil",
                en: "'\(path)' is \(bytes) bytes, above the limit of \(limit) bytes for an \(what.words.en); use a smaller file")
        }

        /// A value quoted in a message: at most 60 characters, the rest said in a count, so that a
        /// 900 KB value gives a one-line message.
        public static func shortened(_ value: String, limit: Int = 60) -> String {
            guard value.unicodeScalars.count > limit else { return value }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: value.unicodeScalars.prefix(limit))
            return String(scalars) + "… (+\(value.unicodeScalars.count - limit))"
        }
    
        public static func reconnecting(attempt: Int, pause: Double) -> Localized {
            let seconds = String(Int((pause * 1000).rounded())) + " ms"
            return Localized(
                id: "koneksi ke PostgreSQL terputus; menyambung ulang dalam \(seconds) (percobaan \(attempt)); yang belum tersimpan dikirim lagi setelah tersambung…",
                en: "the connection to PostgreSQL was lost; reconnecting in \(seconds) (attempt \(attempt)); what is not saved yet is sent again once connected…")
        }

        public static func reconnected(after attempts: Int) -> Localized {
            Localized(id: "tersambung kembali ke PostgreSQL setelah \(attempts) percobaan; pekerjaan dilanjutkan",
                      en: "reconnected to PostgreSQL after \(attempts) attempts; work continues")
        }

        public static let unexpected = Localized(
            id: "kesalahan tak terduga pada basis data; ulangi, dan laporkan bila terulang",
            en: "unexpected database failure; try again, and report it if it happens again")
    
        public static func unknownEventType(_ type: String) -> Localized {
            let type = TerminalText.visible(shortened(type))
            return Localized(
                id: "basis data memuat peristiwa berjenis '\(type)' yang tidak dikenal versi sop ini (ditulis versi yang lebih baru?); gunakan versi sop yang lebih baru",
                en: "the database holds an event of type '\(type)' this version of sop does not know (written by a newer version?); use a newer version of sop")
        }

        public static func badEventPayload(_ type: String) -> Localized {
            let type = TerminalText.visible(shortened(type))
            return Localized(
                id: "isi sebuah peristiwa '\(type)' di basis data tidak dapat dibaca; periksa basis data dengan 'sop db status'",
                en: "the content of an '\(type)' event in the database cannot be read; check the database with 'sop db status'")
        }

        /// `-o FILE` that cannot be written.
        public static func cannotWrite(_ path: String, reason: Localized) -> Localized {
            Localized(id: "tidak dapat menulis '\(path)': \(reason.id); sebutkan berkas di folder yang dapat ditulis",
                      en: "cannot write '\(path)': \(reason.en); name a file in a folder you can write to")
        }
    
        public static func badPort(_ address: String, port: String) -> Localized {
            Localized(id: "alamat PostgreSQL '\(address)': port '\(port)' tidak sah; tulis angka 1 sampai 65535 (bawaan 5432)",
                      en: "PostgreSQL address '\(address)': port '\(port)' is not valid; write a number from 1 to 65535 (default 5432)")
        }

        /// Why a PostgreSQL server cannot be reached, from libpq's (lower-cased) English message.
        public static func unreachableReason(_ libpq: String) -> Localized {
            if libpq.contains("connection refused") { return Localized(id: "sambungan ditolak", en: "connection refused") }
            if libpq.contains("timeout") || libpq.contains("timed out") { return Localized(id: "waktu tunggu habis", en: "timed out") }
            if libpq.contains("translate host name") { return Localized(id: "nama host tidak dikenal", en: "unknown host name") }
            if libpq.contains("no such file") { return Localized(id: "soket lokal tidak ada", en: "no local socket") }
            return Localized(id: "jaringan tidak terjangkau", en: "network unreachable")
        }
    }
}
