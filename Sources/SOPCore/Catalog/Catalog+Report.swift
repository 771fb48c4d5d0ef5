/// The words of `sop report`.
extension Catalog {
    public enum Report {
        public static let title = Localized(id: "Laporan mutu baku", en: "Quality standard report")

        public static func generated(_ at: String) -> Localized {
            Localized(id: "dibuat \(at)", en: "generated \(at)")
        }

        public static func period(_ from: String, _ to: String) -> Localized {
            Localized(id: "periode \(from) s.d. \(to)", en: "period \(from) to \(to)")
        }

        public static let allTime = Localized(id: "seluruh periode", en: "all time")

        public static func cases(_ started: Int, completed: Int, cancelled: Int, open: Int) -> Localized {
            Localized(id: "Kasus \(started) (selesai \(completed), dibatalkan \(cancelled), terbuka \(open))",
                      en: "Cases \(started) (completed \(completed), cancelled \(cancelled), open \(open))")
        }

        /// The lead time of completed cases in words a head of unit reads: the median as "half",
        /// the 90th percentile as "9 in 10" (tester 17's F8); one case, or both the same, said once.
        public static func leadTime(median: String, p90: String, count: Int) -> Localized {
            if count == 1 { return Localized(id: "1 kasus selesai dalam \(median)", en: "the 1 completed case took \(median)") }
            if median == p90 { return Localized(id: "9 dari 10 kasus selesai dalam \(p90)", en: "9 in 10 cases finished within \(p90)") }
            return Localized(id: "separuh kasus selesai dalam \(median), 9 dari 10 dalam \(p90)",
                             en: "half the cases finished within \(median), 9 in 10 within \(p90)")
        }

        public static func standardTotal(_ total: String, within: String) -> Localized {
            Localized(id: "jumlah waktu standar \(total), tepat waktu \(within)", en: "sum of standards \(total), within \(within)")
        }

        public static let columnNo = Localized(id: "No", en: "No")
        public static let columnStep = Localized(id: "Kegiatan", en: "Step")
        public static let columnRole = Localized(id: "Pelaksana", en: "Performer")
        public static let columnWaktu = Localized(id: "Waktu", en: "Standard")
        public static let columnCases = Localized(id: "Kasus", en: "Cases")
        public static let columnMedian = Localized(id: "Median", en: "Median")
        public static let columnP90 = Localized(id: "P90", en: "P90")
        public static let columnWithin = Localized(id: "Tepat waktu", en: "Within")
        public static let columnOverdue = Localized(id: "Terlambat", en: "Overdue")
        public static let columnCompleted = Localized(id: "Kegiatan selesai", en: "Steps done")
        public static let byRole = Localized(id: "Per peran", en: "By role")
        public static let byOperator = Localized(id: "Per operator", en: "By operator")
        public static let roleColumn = Localized(id: "Peran", en: "Role")
        public static let operatorColumn = Localized(id: "Operator", en: "Operator")
        public static let empty = Localized(id: "Belum ada kasus pada periode ini.", en: "No cases in this period.")
        public static let legend = Localized(
            id: "Batang gelap: separuh kunjungan selesai dalam waktu itu (median); batang terang: 9 dari 10 kunjungan (P90); garis merah: standar waktu. Waktu diukur dengan jam standarnya: jam layanan untuk menit, jam dan hari kerja.",
            en: "Dark bar: half the visits finished within that time (median); light bar: 9 in 10 visits (P90); red line: the time standard. Durations run on their standard's clock: service time for menit, jam and hari kerja.")

        public static func workingDays(_ amount: String) -> Localized {
            Localized(id: "\(amount) hari kerja", en: "\(amount) working days")
        }

        public static let csvHeader = Localized(
            id: "bagian,sop,kunci,nama,waktu,jumlah,median_detik,p90_detik,tepat_waktu,dinilai,terlambat_terbuka,dilewati",
            en: "section,sop,key,name,standard,count,median_seconds,p90_seconds,within,judged,overdue_open,skipped")
    }
}

extension Catalog.Report {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The history a report was computed from, in short lines (a terminal of 80 columns wraps none).
    public static func reportBasis(cases: Int, digest: String, checked: Bool) -> [Localized] {
        [Localized(id: "Dasar laporan: \(cases) kasus dihitung; digest kepala rantai saat laporan dibuat:",
                   en: "Basis of this report: \(cases) cases counted; chain head digest when it was made:"),
         Localized(verbatim: digest),
         Localized(id: "(digest yang dicetak sop db verify dan ditandatangani sop db seal untuk riwayat yang sama).",
                   en: "(the digest sop db verify prints and sop db seal signs for the same history)."),
         checked
            ? Catalog.Verify.reportChecked
            : Localized(id: "Kunjungan langkah tersimpan belum diperiksa terhadap kejadiannya: sop report --periksa memeriksanya.",
                        en: "The stored step visits were not checked against their events: sop report --periksa checks them.")]
    }

    public static func reportRefused(_ count: Int) -> Localized {
        Localized(
            id: "laporan tidak dibuat: \(count) kerusakan pada kasus yang dihitung (di atas, diperiksa seperti sop db verify memeriksanya); periksa seluruh basis data dengan sop db verify",
            en: "no report made: \(count) break\(count == 1 ? "" : "s") in the cases counted (above, checked as sop db verify checks them); check the whole database with sop db verify")
    }

    /// The report's link to the cases late now.
    public static let lateCasesLink = both("Kasus yang sedang terlambat", "Cases late now")

    public static func periodReversed(_ from: String, _ to: String) -> Localized {
        both("--to \(to) sebelum --from \(from): tanggal akhir sebelum tanggal awal",
             "--to \(to) is before --from \(from): the last day is before the first")
    }

    /// Under the report's per-operator table: what its late count is, and is not.
    public static let operatorLateNote = both(
        "Terlambat per operator: kegiatan yang diselesaikannya melewati standar. Kegiatan terbuka yang terlambat belum punya operator: dihitung per peran saja.",
        "Late per operator: steps they completed past the standard. An open late step has no operator yet: it is counted per role only.")
}

extension Catalog.Report {
    /// "kurang dari 1 menit" where a narrow terminal's table has no room for it.
    public static let underAMinuteShort = Localized(id: "< 1 menit", en: "< 1 min")
}

extension Catalog.Report {
    /// Under a report's table of steps: which columns count cases and which count visits
    ///.
    public static let reportStepsLegend = Localized(
        id: "Kasus: banyaknya kasus yang sampai pada kegiatan itu. Median: separuh kunjungan selesai dalam waktu itu; P90: 9 dari 10 kunjungan. Median, P90, Tepat waktu dan Terlambat dihitung per kunjungan: kegiatan yang dikerjakan lagi karena kembali ke kegiatan sebelumnya dihitung setiap kali.",
        en: "Cases: how many cases reached the step. Median: half the visits finished within that time; P90: 9 in 10 visits. Median, P90, Within and Overdue count visits: a step done again after a loop back counts each time.")

    /// After the legend of a table with a skipped step: what "dilewati" counts, and what it does not.
    public static let skippedLegend = Localized(
        id: "Dilewati: kunjungan kegiatan opsional (apabila diperlukan) yang dilewati petugas dengan alasan (/lewati); tidak dihitung pada Median, P90, Tepat waktu, Terlambat dan Kegiatan selesai. Kegiatan yang tidak dilalui karena cabang tidak dihitung; kotak yang ditarik karena kotak lain pada barisnya dipilih, atau karena kasus berakhir dengan hasil akhir, tidak dihitung sama sekali.",
        en: "Skipped: visits of an optional step (if needed) an officer skipped with a reason (/lewati); not counted in Median, P90, Within, Overdue and Steps done. A step a branch went past is not counted; a box withdrawn because another box of its row was chosen, or because the case ended with an outcome, is not counted at all.")

    /// In place of the chart on a phone, where its words would be too small to read.
    public static let chartOnWideScreen = Localized(
        id: "Grafik tampil pada layar yang lebih lebar; angkanya ada pada tabel di bawah.",
        en: "The chart shows on a wider screen; its figures are in the table below.")

    /// A step's Kasus cell when some of its visits were skipped: "2 (dilewati 1)".
    public static func casesSkipped(_ cases: Int, skipped: Int) -> Localized {
        Localized(id: "\(cases) (dilewati \(skipped))", en: "\(cases) (skipped \(skipped))")
    }
}
