/// What `sop lint` says: its findings, its reports and the command's own words. The one-line
/// summaries of the rules are in `Catalog+LintRules.swift`.
extension Catalog {
    public enum Lint {
        // MARK: Reports

        public static func summary(files: Int, errors: Int, warnings: Int) -> Localized {
            Localized(id: "\(files) berkas, \(errors) galat, \(warnings) peringatan",
                      en: "\(files) \(plural(files, "file")), \(errors) \(plural(errors, "error")), \(warnings) \(plural(warnings, "warning"))")
        }

        private static func plural(_ count: Int, _ word: String) -> String {
            count == 1 ? word : word + "s"
        }

        public static func pathNotFound(_ path: String) -> Localized {
            Localized(id: "'\(path)' tidak ditemukan", en: "'\(path)' not found")
        }

        public static func folderUnreadable(_ path: String, reason: Localized) -> Localized {
            Localized(id: "folder '\(path)' tidak dapat dibaca: \(reason.id)", en: "folder '\(path)' cannot be read: \(reason.en)")
        }

        public static let triggeringExamples = Localized(id: "Contoh yang memicu aturan ini", en: "Examples that trigger this rule")
        public static let nonTriggeringExamples = Localized(id: "Contoh yang tidak memicunya", en: "Examples that do not trigger it")
        public static let missingFileExample = Localized(
            id: "berkas yang tidak ada atau tidak dapat dibuka", en: "a file that does not exist or cannot be opened")
        public static let rulesHeader = Localized(id: "aturan", en: "rule")
        public static let severityHeader = Localized(id: "tingkat", en: "severity")
        public static let summaryHeader = Localized(id: "ringkasan", en: "summary")
        public static let notSuppressible = Localized(id: "tidak dapat ditekan", en: "cannot be suppressed")

        // MARK: Identity

        public static func dateBefore(_ label: String, _ date: String, pembuatan: String) -> Localized {
            Localized(id: "tanggal \(label) '\(date)' lebih awal dari tanggal pembuatan '\(pembuatan)'",
                      en: "the \(label) date '\(date)' is before the pembuatan (creation) date '\(pembuatan)'")
        }

        public static let pembuatanHere = Localized(id: "tanggal pembuatan ditulis di sini", en: "pembuatan is written here")

        public static func nipNotDigits(_ nip: String, character: String) -> Localized {
            Localized(id: "NIP '\(nip)' memuat '\(character)'; NIP hanya berisi angka (boleh dipisah spasi)",
                      en: "NIP '\(nip)' contains '\(character)'; a NIP holds digits only (spaces allowed)")
        }

        public static func nipLength(_ nip: String, digits: Int) -> Localized {
            Localized(id: "NIP '\(nip)' berisi \(digits) angka; NIP terdiri atas 18 angka",
                      en: "NIP '\(nip)' has \(digits) digits; a NIP has 18")
        }

        public static func nipBirthDate(_ digits: String) -> Localized {
            Localized(id: "tanggal lahir '\(digits)' dalam NIP (tttt bb hh) tidak ada di kalender",
                      en: "birth date '\(digits)' in the NIP (yyyy mm dd) does not exist")
        }

        public static func nipAppointment(_ digits: String) -> Localized {
            Localized(id: "bulan pengangkatan '\(digits)' dalam NIP (tttt bb) tidak ada",
                      en: "appointment month '\(digits)' in the NIP (yyyy mm) does not exist")
        }

        public static func nipAppointmentBeforeBirth(_ digits: String, birth: String) -> Localized {
            Localized(id: "bulan pengangkatan '\(digits)' dalam NIP lebih awal dari tanggal lahir '\(birth)'",
                      en: "appointment month '\(digits)' in the NIP is before the birth date '\(birth)'")
        }

        public static func nipGender(_ digit: String) -> Localized {
            Localized(id: "kode jenis kelamin dalam NIP adalah '\(digit)'; seharusnya 1 (pria) atau 2 (wanita)",
                      en: "the NIP's gender digit is '\(digit)'; it must be 1 (male) or 2 (female)")
        }

        public static func fileNameNomor(_ name: String, prefix: String, nomor: String) -> Localized {
            Localized(id: "nama berkas '\(name)' berawalan '\(prefix)', tetapi nomor SOP-nya '\(nomor)'",
                      en: "file name '\(name)' starts with '\(prefix)', but the SOP's nomor is '\(nomor)'")
        }

        public static func renameTo(_ name: String) -> Localized {
            Localized(id: "samakan nomornya, atau ganti nama berkas menjadi '\(name)'",
                      en: "make them agree, or rename the file to '\(name)'")
        }

        public static func nomorDuplicate(_ nomor: String) -> Localized {
            Localized(id: "nomor SOP '\(nomor)' sudah dipakai SOP lain di folder yang sama",
                      en: "SOP nomor '\(nomor)' is already used by another SOP in the same folder")
        }

        public static let firstUsedHere = Localized(id: "pertama dipakai di sini", en: "first used here")

        // MARK: Actors

        public static let noActors = Localized(
            id: "SOP tidak punya pelaksana; tulis setiap pelaksana (satu kolom tabel) di 'pelaksana'",
            en: "the SOP has no actors; write each actor (one column of the table) under 'pelaksana'")

        public static func actorUnknown(_ id: String) -> Localized {
            Localized(id: "pelaksana '\(id)' tidak dideklarasikan di 'pelaksana'",
                      en: "actor '\(id)' is not declared under 'pelaksana'")
        }

        public static func involvedUnknown(_ id: String) -> Localized {
            Localized(id: "pelaksana terlibat '\(id)' tidak dideklarasikan di 'pelaksana'",
                      en: "involved actor '\(id)' is not declared under 'pelaksana'")
        }

        public static func declaredActors(_ ids: [String]) -> Localized {
            let list = ids.isEmpty ? "-" : ids.joined(separator: ", ")
            return Localized(id: "pelaksana yang ada: \(list)", en: "declared actors: \(list)")
        }

        public static func actorUnused(_ id: String) -> Localized {
            Localized(id: "pelaksana '\(id)' tidak pernah melakukan atau terlibat dalam kegiatan apa pun",
                      en: "actor '\(id)' never performs nor takes part in any step")
        }

        public static func actorDuplicate(_ id: String) -> Localized {
            Localized(id: "id pelaksana '\(id)' ditulis dua kali", en: "actor id '\(id)' is declared twice")
        }

        public static let firstDeclaredHere = Localized(id: "pertama dideklarasikan di sini", en: "first declared here")

        // MARK: Flow

        public static let noSteps = Localized(
            id: "SOP tidak punya kegiatan, jadi alurnya tidak punya awal; tulis baris-baris tabel di 'kegiatan'",
            en: "the SOP has no steps, so its flow has no start; write the rows of the table under 'kegiatan'")

        public static func stepDuplicate(_ id: String) -> Localized {
            Localized(id: "dua kegiatan ber-id '\(id)'; id kegiatan harus unik",
                      en: "two steps have the id '\(id)'; step ids must be unique")
        }

        public static let sharedNumberNeedsIDs = Localized(
            id: "kegiatan tanpa 'id' memakai nomornya sebagai id: kegiatan yang sama nomornya (dikerjakan paralel) perlu 'id' masing-masing",
            en: "a step without 'id' takes its number as id: steps sharing a number (parallel work) each need an 'id'")

        public static func unknownTarget(_ key: String, _ id: String) -> Localized {
            Localized(id: "'\(key)' menuju '\(id)', tetapi tidak ada kegiatan ber-id '\(id)'",
                      en: "'\(key)' leads to '\(id)', but no step has the id '\(id)'")
        }

        public static func unknownAwaited(_ id: String) -> Localized {
            Localized(id: "'menunggu' menyebut '\(id)', tetapi tidak ada kegiatan ber-id '\(id)'",
                      en: "'menunggu' names '\(id)', but no step has the id '\(id)'")
        }

        public static func stepIDs(_ ids: [String]) -> Localized {
            let list = ids.joined(separator: ", ")
            return Localized(id: "id kegiatan yang ada: \(list), atau 'selesai'", en: "step ids: \(list), or 'selesai'")
        }

        public static func unreachable(_ id: String) -> Localized {
            Localized(id: "kegiatan '\(id)' tidak pernah tercapai dari awal alur (kegiatan pertama)",
                      en: "step '\(id)' is never reached from the start of the flow (the first step)")
        }

        public static func noExit(_ ids: [String]) -> Localized {
            let list = ids.map { "'\($0)'" }.joined(separator: " → ")
            return Localized(
                id: "perulangan tanpa jalan keluar: dari kegiatan \(list) akhir alur tidak pernah tercapai",
                en: "a loop with no way out: from steps \(list) the end of the flow is never reached")
        }

        public static let noExitHint = Localized(
            id: "beri salah satunya cabang atau 'lanjut' ke kegiatan sesudahnya atau ke 'selesai'",
            en: "give one of them a branch or a 'lanjut' to a later step or to 'selesai'")

        public static let noEnd = Localized(
            id: "alur tidak pernah berakhir: tidak ada kegiatan yang menuju 'selesai', dan baris terakhir tidak berakhir di sana",
            en: "the flow never ends: no step leads to 'selesai', and the last row does not end there")

        public static func decisionBranchCount(_ count: Int) -> Localized {
            Localized(id: "keputusan hanya punya \(count) cabang; keputusan perlu dua cabang atau lebih (pakai 'lanjut' bila hanya satu arah)",
                      en: "the decision has \(count) branches; a decision needs two or more (use 'lanjut' for one way)")
        }

        public static func decisionDuplicateLabel(_ label: String) -> Localized {
            Localized(id: "label cabang '\(label)' ditulis dua kali (huruf besar dan kecil dianggap sama)",
                      en: "branch label '\(label)' is written twice (case does not matter)")
        }

        public static func parallelBranchCount(_ count: Int) -> Localized {
            Localized(id: "paralel hanya ke \(count) tujuan; pekerjaan paralel perlu dua tujuan atau lebih (pakai 'lanjut' bila hanya satu)",
                      en: "'paralel' has \(count) targets; parallel work needs two or more (use 'lanjut' for one)")
        }

        public static func parallelNoJoin(_ id: String) -> Localized {
            Localized(id: "pekerjaan paralel dari kegiatan '\(id)' tidak pernah digabung: tidak ada kegiatan yang 'menunggu' semua cabangnya",
                      en: "the parallel work of step '\(id)' is never joined: no step 'menunggu' (waits for) all its branches")
        }

        public static let waitsForItself = Localized(
            id: "kegiatan menunggu dirinya sendiri, jadi tidak pernah dapat dimulai",
            en: "the step waits for itself, so it can never start")

        public static func awaitedUnreachable(_ id: String) -> Localized {
            Localized(id: "menunggu '\(id)', yang tidak pernah tercapai dari awal alur, jadi gabungan ini tidak pernah lengkap",
                      en: "waits for '\(id)', which is never reached from the start, so this join never completes")
        }

        public static func awaitedNotLeadingHere(_ id: String) -> Localized {
            Localized(id: "menunggu '\(id)', tetapi alur dari '\(id)' tidak pernah sampai ke kegiatan ini, jadi gabungan ini tidak pernah lengkap",
                      en: "waits for '\(id)', but the flow from '\(id)' never comes to this step, so this join never completes")
        }

        public static func awaitedExclusive(_ first: String, _ second: String) -> Localized {
            Localized(id: "menunggu '\(first)' dan '\(second)', padahal keduanya tidak pernah terjadi bersama (cabang keputusan yang berbeda, bukan paralel)",
                      en: "waits for '\(first)' and '\(second)', which never both happen (different branches of a decision, not parallel work)")
        }

        // MARK: Mutu baku

        public static func waktuZero(_ text: String) -> Localized {
            Localized(id: "waktu '\(text)' bernilai nol; tulis waktu yang sebenarnya, atau hapus 'waktu'",
                      en: "waktu '\(text)' is zero; write the real time, or remove 'waktu'")
        }

        public static func waktuAbsurd(_ text: String, limit: Localized) -> Localized {
            Localized(id: "waktu '\(text)' lebih dari \(limit.id); periksa angka dan satuannya",
                      en: "waktu '\(text)' is more than \(limit.en); check the number and the unit")
        }

        public enum Span: Sendable { case hours, days, weeks, months }

        public static func waktuLimit(_ amount: Int, _ span: Span) -> Localized {
            switch span {
            case .hours: Localized(id: "\(amount) jam", en: "\(amount) hours")
            case .days: Localized(id: "\(amount) hari", en: "\(amount) days")
            case .weeks: Localized(id: "\(amount) minggu", en: "\(amount) weeks")
            case .months: Localized(id: "\(amount) bulan", en: "\(amount) months")
            }
        }

        public static func waktuRangeReversed(_ text: String, low: String, high: String) -> Localized {
            Localized(id: "rentang waktu '\(text)' terbalik: batas bawah \(low) lebih besar dari batas atas \(high)",
                      en: "waktu range '\(text)' is reversed: its low end \(low) is above its high end \(high)")
        }

        public static func emptyItem(_ text: String, key: String) -> Localized {
            Localized(id: "butir '\(text)' di '\(key)' tidak berisi apa-apa; tulis [] atau hapus butirnya",
                      en: "item '\(text)' of '\(key)' holds nothing; write [] or remove the item")
        }

        // MARK: Forms

        public static func formDuplicateField(_ name: String) -> Localized {
            Localized(id: "isian '\(name)' ditulis dua kali dalam formulir yang sama",
                      en: "field '\(name)' appears twice in the same form")
        }

        public static func formLaterPassUnreachable(_ name: String, step: String) -> Localized {
            Localized(id: "isian '\(name)' ditulis 'hanya_kunjungan_ulang: ya', tetapi tidak ada panah yang membawa kasus kembali ke kegiatan \(step), jadi isian ini tidak pernah ditanyakan; tulis isian itu di kegiatan tujuan panah kembali, atau hapus 'hanya_kunjungan_ulang'",
                      en: "field '\(name)' is written 'hanya_kunjungan_ulang: ya', but no arrow brings the case back to step \(step), so it is never asked; write it on the step a loop goes back to, or remove 'hanya_kunjungan_ulang'")
        }

        public static func formChoiceWithoutOptions(_ name: String) -> Localized {
            Localized(id: "isian '\(name)' berjenis pilihan tetapi tidak punya 'pilihan'",
                      en: "field '\(name)' is of type pilihan but has no 'pilihan' (options)")
        }

        public static func formOptionsUnused(_ name: String, type: String) -> Localized {
            Localized(id: "isian '\(name)' berjenis '\(type)'; 'pilihan' hanya dipakai oleh jenis pilihan",
                      en: "field '\(name)' is of type '\(type)'; 'pilihan' (options) apply to type pilihan only")
        }

        // MARK: Suppressions

        public static func suppressionUnknownDirective(_ word: String) -> Localized {
            Localized(id: "perintah sop-lint '\(word)' tidak dikenal; tulis '# sop-lint: disable-next-line ATURAN -- alasan'",
                      en: "unknown sop-lint directive '\(word)'; write '# sop-lint: disable-next-line RULE -- reason'")
        }

        public static let suppressionNamesNoRule = Localized(
            id: "penekanan tidak menyebut aturan; tulis '# sop-lint: disable-next-line ATURAN -- alasan'",
            en: "the suppression names no rule; write '# sop-lint: disable-next-line RULE -- reason'")

        public static let suppressionNoReason = Localized(
            id: "penekanan tanpa alasan tidak berlaku; tambahkan '-- alasan' di belakangnya",
            en: "a suppression without a reason does not apply; add '-- reason' after it")

        public static func suppressionUnknownRule(_ id: String) -> Localized {
            Localized(id: "aturan '\(id)' tidak ada; 'sop lint --rules' mendaftar semuanya",
                      en: "there is no rule '\(id)'; 'sop lint --rules' lists them all")
        }

        public static func suppressionNotAllowed(_ id: String) -> Localized {
            Localized(id: "'\(id)' tidak dapat ditekan: berkas tidak terbaca sebagaimana ditulis sebelum masalah ini diperbaiki",
                      en: "'\(id)' cannot be suppressed: the file is not read as written until the problem is fixed")
        }

        public static func suppressionUnused(_ id: String) -> Localized {
            Localized(id: "penekanan '\(id)' tidak menekan apa pun di baris berikutnya; hapus penekanannya",
                      en: "suppression of '\(id)' silences nothing on the next line; remove it")
        }
    }
}
