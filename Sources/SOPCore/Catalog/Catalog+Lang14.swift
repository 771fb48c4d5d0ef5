/// What `sop lint`, the desk and the commands say about tester 14's findings (branch lang14):
/// a Keterangan naming a row no exit leads to, merged Kelengkapan and Output cells, a correction
/// of one pass of a row, a working week.
extension Catalog {
    public enum Lang14 {
        public static let keteranganRowSummary = Localized(
            id: "Keterangan keputusan menyebut baris yang bukan jalan keluarnya",
            en: "a decision's Keterangan names a row none of its exits leads to")

        /// A "jika X … ke N" clause whose row none of the decision's exits leads to.
        public static func keteranganRow(_ row: String, exits: [String]) -> Localized {
            let list = quoted(exits)
            return Localized(
                id: "Keterangan menyebut 'ke \(row)', tetapi tidak ada jalan keluar keputusan ini ke baris itu (jalan keluarnya ke \(list)); kata-kata Keterangan tidak dipakai di meja layanan",
                en: "the Keterangan says 'to \(row)', but no exit of this decision leads to that row (its exits lead to \(list)); the desk does not use the Keterangan's words")
        }

        public static let keteranganRowFix = Localized(
            id: "tulis nomor baris seperti tercetak pada kolom No. (3a, 3.a dan 3 a dianggap sama), atau perbaiki 'ke' pada cabang",
            en: "write the row number as printed in the No. column (3a, 3.a and 3 a are read alike), or correct the exit's 'ke'")
    }
}

extension Catalog.Lang14 {
    public static let kelengkapanMergedSummary = Localized(
        id: "sel kelengkapan gabungan merujuk kegiatan yang salah, atau baris di dalamnya menulis kelengkapan sendiri",
        en: "a merged kelengkapan cell names a wrong step, or a row inside it writes its own kelengkapan")

    public static let kelengkapanMergedEmpty = Localized(
        id: "'kelengkapan_gabung_sampai' tanpa 'kelengkapan' di baris ini; tulis butir sel gabungan di baris pertamanya",
        en: "'kelengkapan_gabung_sampai' without a 'kelengkapan' on this row; write the merged cell's items on its first row")

    public static func kelengkapanMergedInner(_ id: String, first: String) -> Localized {
        Localized(id: "baris '\(id)' berada dalam sel kelengkapan gabungan dari '\(first)', tetapi menulis 'kelengkapan' sendiri; sel itu dicetak sekali dan diperiksa di baris '\(first)'",
                  en: "row '\(id)' lies inside the merged kelengkapan cell of '\(first)' but writes its own 'kelengkapan'; that cell is printed once and checked at row '\(first)'")
    }
}

extension Catalog.Lang14 {
    /// `sop correct --kunjungan N` for a visit the case has not made.
    public static func noSuchVisit(_ step: String, _ visit: Int, visits: [Int]) -> Localized {
        let list = visits.map(String.init).joined(separator: ", ")
        return Localized(id: "kasus ini tidak melewati kegiatan \(step) kunjungan ke-\(visit) (kunjungan yang ada: \(list))",
                         en: "this case did not pass step \(step) a visit \(visit) (its visits: \(list))")
    }

    /// `sop correct` of a row the case went through several times: which pass was corrected.
    public static func correctedVisit(_ visit: Int, of count: Int) -> Localized {
        Localized(id: "(kunjungan ke-\(visit) dari \(count); pilih yang lain dengan --kunjungan N)",
                  en: "(visit \(visit) of \(count); choose another with --kunjungan N)")
    }

    public static let visitOptionHelp = Localized(
        id: "Kunjungan ke berapa dari kegiatan yang dilewati kasus lebih dari sekali (seperti di sop case); bawaan: yang terakhir.",
        en: "Which visit of a step the case passed more than once (as sop case shows it); default: the latest.")
}

extension Catalog.Lang14 {
    public static let visitPositive = Localized(
        id: "--kunjungan adalah nomor kunjungan: 1, 2, …", en: "--kunjungan is a visit number: 1, 2, …")
}

extension Catalog.Lang14 {
    /// A step left out (`/lewati ALASAN`), under its visit in `sop case`.
    public static func skipped(_ reason: String) -> Localized {
        Localized(id: "Dilewati: \(reason)", en: "Skipped: \(reason)")
    }

    /// The same, as an event of `sop case --events`.
    public static func skippedEvent(_ reason: String) -> Localized {
        Localized(id: "kegiatan dilewati: \(reason)", en: "step skipped: \(reason)")
    }
}

extension Catalog.Lang14 {
    public static let waktuBasisSummary = Localized(
        id: "waktu menyebut hari kalender dan hari kerja sekaligus",
        en: "a waktu says calendar days and working days at once")

    /// "3 hari kalender kerja": two readings, neither taken for granted.
    public static func waktuBasis(_ text: String, calendar: String, working: String) -> Localized {
        Localized(
            id: "waktu '\(text)' dapat dibaca '\(calendar)' (hari berjalan, termasuk libur) atau '\(working)' (hari kerja menurut kalender unit); sementara dihitung '\(calendar)'",
            en: "waktu '\(text)' reads as '\(calendar)' (elapsed days, holidays included) or '\(working)' (working days by the unit's calendar); counted as '\(calendar)' until you choose")
    }

    public static func waktuBasisFix(calendar: String, working: String) -> Localized {
        Localized(id: "pilih salah satu: tulis 'waktu_baku: \(working)' atau 'waktu_baku: \(calendar)' di samping waktu tercetak",
                  en: "choose one: write 'waktu_baku: \(working)' or 'waktu_baku: \(calendar)' beside the printed waktu")
    }
}
