/// What the tool says of standards the case completes (tester 22, findings 2 and 5): a standard
/// per item (`waktu_baku: {per, tiap}`), a due date the case recorded (`waktu_baku: {sampai}`),
/// and a printed waktu whose words after the duration change what it means ("2 jam/alat").
extension Catalog {
    public enum WaktuFromCase {
        public enum Summary {
            public static let perItemText = Localized(
                id: "teks sesudah durasi waktu mengubah artinya ('2 jam/alat', 'per dokumen', 'setiap …') tetapi diabaikan",
                en: "text after the waktu's duration changes its meaning ('2 jam/alat', 'per dokumen', 'setiap …') but is dropped")
            public static let perItemField = Localized(
                id: "waktu_baku per butir merujuk isian yang tidak ada, bukan angka, atau diisi sesudah kegiatan ini",
                en: "a per-item waktu_baku names a field that does not exist, is not a number, or is answered after this step")
            public static let dueDateField = Localized(
                id: "waktu_baku sampai tanggal merujuk isian yang tidak ada, bukan tanggal, atau diisi sesudah kegiatan ini",
                en: "a waktu_baku due on a date names a field that does not exist, is not a date, or is answered after this step")
        }

        /// "2 jam/alat" read as "2 jam" for the whole step, "/alat" dropped.
        public static func perItemDropped(_ text: String, read: String, dropped: String) -> Localized {
            Localized(id: "waktu '\(text)' dibaca '\(read)' untuk seluruh kegiatan: bagian '\(dropped)' diabaikan, jadi berapa pun jumlah butirnya batasnya tetap \(read)",
                      en: "waktu '\(text)' is read as '\(read)' for the whole step: the part '\(dropped)' is dropped, so the limit stays \(read) whatever the number of items")
        }

        public static func perItemHint(_ read: String) -> Localized {
            Localized(id: "bila waktunya untuk setiap butir, catat jumlahnya dalam isian formulir berjenis angka (di kegiatan ini atau sebelumnya) dan tulis di samping 'waktu': 'waktu_baku: {per: <nama isian>, tiap: \(read)}'; bila memang untuk seluruh kegiatan: 'waktu_baku: \(read)'",
                      en: "if the time is for each item, record their number in a form field of kind angka (at this step or an earlier one) and write beside 'waktu': 'waktu_baku: {per: <field name>, tiap: \(read)}'; if it is for the whole step: 'waktu_baku: \(read)'")
        }

        /// A date a standard is due by, answered when its day has passed (the desk warns, then keeps it).
        public static func pastDate(_ date: String, today: String, steps: [String]) -> Localized {
            let rows = steps.joined(separator: ", ")
            return Localized(id: "tanggal \(date) sudah lewat (hari ini \(today)): kegiatan \(rows) dinilai sampai tanggal itu, jadi langsung terlambat",
                             en: "the date \(date) has passed (today is \(today)): step \(rows) is due by that date, so it is late at once")
        }

        /// At the terminal, after `pastDate`: how to keep it.
        public static let pastDateKeepEnter = Localized(
            id: "Tekan Enter untuk tetap memakai tanggal itu (pendaftaran terlambat memang bisa terjadi), atau ketik tanggal lain.",
            en: "Press Enter to keep that date (a late registration can be real), or type another date.")

        /// On the web step page, after `pastDate`: how to keep it.
        public static let pastDateKeepResend = Localized(
            id: "Kirim lagi untuk tetap memakai tanggal itu (pendaftaran terlambat memang bisa terjadi), atau ubah tanggalnya.",
            en: "Send again to keep that date (a late registration can be real), or change it.")

        public static func unknownField(_ key: String, _ name: String) -> Localized {
            Localized(id: "'\(key): \(name)' bukan nama isian formulir di SOP ini",
                      en: "'\(key): \(name)' is not the name of a form field in this SOP")
        }

        public static func wrongKind(_ key: String, _ name: String, kind: String, expected: String) -> Localized {
            Localized(id: "'\(key): \(name)' merujuk isian berjenis \(kind); yang dapat dipakai hanya isian berjenis \(expected)",
                      en: "'\(key): \(name)' names a field of kind \(kind); only a field of kind \(expected) can be used")
        }

        public static func answeredLater(_ key: String, _ name: String, at row: String, isDate: Bool) -> Localized {
            isDate
                ? Localized(id: "'\(key): \(name)' diisi di kegiatan \(row), sesudah kegiatan ini: tanggalnya belum diketahui saat kegiatan ini dikerjakan; catat di kegiatan ini atau sebelumnya",
                            en: "'\(key): \(name)' is answered at step \(row), after this step: the date is not known while this step is worked; record it at this step or an earlier one")
                : Localized(id: "'\(key): \(name)' diisi di kegiatan \(row), sesudah kegiatan ini: jumlahnya belum diketahui saat kegiatan ini dinilai",
                            en: "'\(key): \(name)' is answered at step \(row), after this step: the number is not known when this step is judged")
        }

        /// The schedule note's hint for "sesuai jadwal": a date the case records.
        public static let scheduleDateHint = Localized(
            id: "bila jadwalnya dicatat dalam kasus, catat tanggalnya dalam isian berjenis tanggal di kegiatan ini atau sebelumnya dan tulis 'waktu_baku: {sampai: <nama isian>}': batasnya akhir hari kerja tanggal itu",
            en: "if the schedule is recorded in the case, record its date in a field of kind tanggal at this step or an earlier one and write 'waktu_baku: {sampai: <field name>}': the limit is the end of that date's working day")

        /// "Paling lambat 2 (dua) bulan sebelum periode …" (tester 26, finding 1): a date, not a span.
        public static func beforeEvent(_ text: String, read: String) -> Localized {
            Localized(id: "waktu '\(text)' adalah batas sebelum suatu tanggal, bukan lama kegiatan: '\(read)' tidak dihitung dari awal kegiatan, jadi kegiatan ini tanpa batas waktu",
                      en: "waktu '\(text)' is a limit before a date, not a duration: '\(read)' is not counted from the step's start, so this step has no deadline")
        }

        public static func beforeEventHint(_ read: String) -> Localized {
            Localized(id: "bila tanggalnya dicatat dalam kasus, catat dalam isian berjenis tanggal di kegiatan ini atau sebelumnya dan tulis 'waktu_baku: {sampai: <nama isian>, sebelum: \(read)}'; bila tanpa standar waktu: 'waktu_baku: tanpa'",
                      en: "if the date is recorded in the case, record it in a field of kind tanggal at this step or an earlier one and write 'waktu_baku: {sampai: <field name>, sebelum: \(read)}'; if there is no time standard: 'waktu_baku: tanpa'")
        }
    }
}
