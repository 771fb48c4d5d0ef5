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

        /// The lead time of completed cases as the cases are (tester 21's F10): one case or two
        /// named as such; under 20, the counts themselves ("3 dari 5 kasus selesai dalam 20 menit,
        /// semuanya dalam 1 jam"); from 20, the shares ("separuh kasus …, 90% dalam …"). A second
        /// time that reads as the first is left out. `withinMedian`, `withinP90`: the cases that
        /// took at most the median and the 90th percentile.
        public static func leadTime(count n: Int, shortest: String, median: String, p90: String,
                                    withinMedian: Int, withinP90: Int) -> Localized {
            // "within under 1 min" reads "in under 1 min".
            func within(_ time: String) -> String { time.hasPrefix("under ") ? "in " + time : "within " + time }
            if n == 1 { return Localized(id: "1 kasus selesai dalam \(p90)", en: "the one completed case took \(p90)") }
            if n == 2 {
                if shortest == p90 { return Localized(id: "kedua kasus selesai dalam \(p90)", en: "both cases finished \(within(p90))") }
                return Localized(id: "satu kasus selesai dalam \(shortest), yang lain dalam \(p90)",
                                 en: "one case finished \(within(shortest)), the other \(within(p90))")
            }
            let oneTime = median == p90 || withinMedian == withinP90
            if n < 20 {
                if oneTime {
                    return withinP90 == n ? Localized(id: "semua \(n) kasus selesai dalam \(p90)", en: "all \(n) cases finished \(within(p90))")
                        : Localized(id: "\(withinP90) dari \(n) kasus selesai dalam \(p90)", en: "\(withinP90) of \(n) cases finished \(within(p90))")
                }
                let first = Localized(id: "\(withinMedian) dari \(n) kasus selesai dalam \(median)", en: "\(withinMedian) of \(n) cases finished \(within(median))")
                let rest = withinP90 == n ? Localized(id: "semuanya dalam \(p90)", en: "all \(within(p90))")
                    : Localized(id: "\(withinP90) dalam \(p90)", en: "\(withinP90) \(within(p90))")
                return Localized(id: first.text(.id) + ", " + rest.text(.id), en: first.text(.en) + ", " + rest.text(.en))
            }
            if oneTime {
                return withinP90 == n ? Localized(id: "semua kasus selesai dalam \(p90)", en: "all cases finished \(within(p90))")
                    : Localized(id: "90% kasus selesai dalam \(p90)", en: "90% of the cases finished \(within(p90))")
            }
            return withinP90 == n
                ? Localized(id: "separuh kasus selesai dalam \(median), semuanya dalam \(p90)", en: "half the cases finished \(within(median)), all \(within(p90))")
                : Localized(id: "separuh kasus selesai dalam \(median), 90% dalam \(p90)", en: "half the cases finished \(within(median)), 90% \(within(p90))")
        }

        /// The sum of the standards and, when some completed case could be judged, how many ended within it.
        public static func standardTotal(_ total: String, within: String?) -> Localized {
            guard let within else { return Localized(id: "jumlah waktu standar \(total)", en: "sum of standards \(total)") }
            return Localized(id: "jumlah waktu standar \(total), tepat waktu \(within)", en: "sum of standards \(total), within \(within)")
        }

        public static let columnNo = Localized(id: "No", en: "No")
        public static let columnStep = Localized(id: "Kegiatan", en: "Step")
        public static let columnRole = Localized(id: "Pelaksana", en: "Performer")
        public static let columnWaktu = Localized(id: "Waktu", en: "Standard")
        public static let columnCases = Localized(id: "Kasus", en: "Cases")
        /// The median and the 90th percentile of a step's times, headed in words (the keys of CSV
        /// and JSON keep `median`, `p90`).
        public static let columnMedian = Localized(id: "Separuh selesai dalam", en: "Half done within")
        public static let columnP90 = Localized(id: "90% selesai dalam", en: "90% done within")
        public static let columnWithin = Localized(id: "Tepat waktu", en: "Within")
        /// Finished after the due time: with `columnWithin`, every finished visit judged ("3/4 (75%)" and 1).
        public static let columnLateDone = Localized(id: "Terlambat (selesai)", en: "Done late")
        /// Not finished, its due time passed, in a case still open: counted apart, as it is in no share.
        public static let columnOverdueOpen = Localized(id: "Lewat batas, belum selesai", en: "Open past due")
        public static let columnCompleted = Localized(id: "Kegiatan selesai", en: "Steps done")
        public static let byRole = Localized(id: "Per peran", en: "By role")
        public static let byOperator = Localized(id: "Per operator", en: "By operator")
        public static let roleColumn = Localized(id: "Peran", en: "Role")
        public static let operatorColumn = Localized(id: "Operator", en: "Operator")
        public static let empty = Localized(id: "Belum ada kasus pada periode ini.", en: "No cases in this period.")
        public static let legend = Localized(
            id: "Batang gelap: separuh kunjungan selesai dalam waktu itu; batang terang: 90% kunjungan; garis merah: standar waktu. Waktu diukur dengan jam standarnya: jam layanan untuk menit, jam dan hari kerja.",
            en: "Dark bar: half the visits finished within that time; light bar: 90% of the visits; red line: the time standard. Durations run on their standard's clock: service time for menit, jam and hari kerja.")

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

    /// The history a report was computed from, in short lines (a terminal of 80 columns wraps
    /// none). `commands`: name the commands that print, sign and check it (for the terminal, whose
    /// reader can run them); a page for the head of the unit says it in words (tester 20's F12).
    public static func reportBasis(cases: Int, digest: String, checked: Bool, commands: Bool = true) -> [Localized] {
        guard commands else {
            return [Localized(id: "Dasar laporan: \(cases) kasus dihitung. Untuk pemeriksa, sidik (digest) kepala rantai riwayat saat laporan dibuat:",
                              en: "Basis of this report: \(cases) cases counted. For auditors, the digest of the history's chain heads when it was made:"),
                    Localized(verbatim: digest),
                    checked
                        ? Localized(id: "(sidik yang sama dicetak pada pemeriksaan keutuhan basis data dan ditandatangani pada segelnya, selama riwayatnya tidak berubah).",
                                    en: "(the same digest the database's integrity check prints and its seal signs, while the history is unchanged).")
                        : Localized(id: "(sidik kepala rantai sebagaimana tersimpan; belum dicocokkan dengan riwayatnya).",
                                    en: "(the digest of the chain heads as stored; not checked against their history)."),
                    checked
                        ? Catalog.Verify.reportChecked
                        : Localized(id: "Untuk laporan ini kunjungan kegiatan yang tersimpan tidak dicocokkan ulang dengan riwayat kasusnya; petugas TI dapat mencocokkannya.",
                                    en: "For this report the stored step visits were not checked again against their cases' history; the IT officer can check them.")]
        }
        return [Localized(id: "Dasar laporan: \(cases) kasus dihitung; digest kepala rantai saat laporan dibuat:",
                          en: "Basis of this report: \(cases) cases counted; chain head digest when it was made:"),
                Localized(verbatim: digest),
                checked
                    ? Localized(id: "(digest yang dicetak sop db verify dan ditandatangani sop db seal untuk riwayat yang sama).",
                                en: "(the digest sop db verify prints and sop db seal signs for the same history).")
                    : Localized(id: "(digest kepala rantai sebagaimana tersimpan, belum diperiksa terhadap riwayatnya: sop db verify atau sop report --periksa memeriksanya).",
                                en: "(the digest of the chain heads as stored, not checked against their history: sop db verify or sop report --periksa checks it)."),
                checked
                    ? Catalog.Verify.reportChecked
                    : Localized(id: "Kunjungan langkah tersimpan belum diperiksa terhadap kejadiannya: sop report --periksa memeriksanya.",
                                en: "The stored step visits were not checked against their events: sop report --periksa checks them.")]
    }

    /// A counted case's SOP revision is not stored: no figures without its standards.
    public static func revisionGone(_ hash: String) -> Localized {
        Localized(
            id: "revisi SOP \(hash) yang diikuti kasus yang dihitung tidak tersimpan (dihapus); laporan tidak dibuat tanpa waktu bakunya (periksa dengan sop db verify)",
            en: "the SOP revision \(hash) a counted case follows is not stored (deleted); no report is made without its standards (check with sop db verify)")
    }

    public static func reportRefused(_ count: Int) -> Localized {
        Localized(
            id: "laporan tidak dibuat: \(count) kerusakan pada kasus yang dihitung, penomoran kasus atau segel (di atas, diperiksa seperti sop db verify memeriksanya); periksa seluruh basis data dengan sop db verify",
            en: "no report made: \(count) break\(count == 1 ? "" : "s") in the cases counted, the case numbering or the seals (above, checked as sop db verify checks them); check the whole database with sop db verify")
    }

    /// The report's link to the cases late now.
    public static let lateCasesLink = both("Kasus yang sedang terlambat", "Cases late now")

    public static func periodReversed(_ from: String, _ to: String) -> Localized {
        both("--to \(to) sebelum --from \(from): tanggal akhir sebelum tanggal awal",
             "--to \(to) is before --from \(from): the last day is before the first")
    }

    /// Under the report's per-operator table: what its late count is, and is not.
    public static let operatorLateNote = both(
        "Terlambat (selesai) per operator: kegiatan yang diselesaikannya melewati standar. Kegiatan terbuka yang lewat batas belum punya operator: dihitung per peran saja (Lewat batas, belum selesai).",
        "Done late per operator: steps they completed past the standard. An open step past its due time has no operator yet: it is counted per role only (Open past due).")
}

extension Catalog.Report {
    /// "kurang dari 1 menit" where a narrow terminal's table has no room for it.
    public static let underAMinuteShort = Localized(id: "< 1 menit", en: "< 1 min")
}

extension Catalog.Report {
    /// Under a report's table of steps: which columns count cases and which count visits
    ///.
    public static let reportStepsLegend = Localized(
        id: "Kasus: banyaknya kasus yang sampai pada kegiatan itu. Separuh selesai dalam: separuh kunjungan kegiatan itu selesai dalam waktu tersebut (median); 90% selesai dalam: 90% kunjungan selesai dalam waktu tersebut (persentil ke-90; dengan kurang dari 10 kunjungan, kunjungan yang terlama). Kedua waktu itu, Tepat waktu, Terlambat (selesai) dan Lewat batas, belum selesai dihitung per kunjungan: kegiatan yang dikerjakan lagi karena kembali ke kegiatan sebelumnya dihitung setiap kali. Tepat waktu dan Terlambat (selesai) menghitung kunjungan yang sudah selesai (keduanya berjumlah kunjungan yang dinilai); Lewat batas, belum selesai menghitung kunjungan kasus terbuka yang belum selesai padahal batas waktunya sudah lewat.",
        en: "Cases: how many cases reached the step. Half done within: half the step's visits finished within that time (the median); 90% done within: 90% of the visits finished within that time (the 90th percentile; with under 10 visits, the longest one). Both times, Within, Done late and Open past due count visits: a step done again after a loop back counts each time. Within and Done late count finished visits (together, the visits judged); Open past due counts visits of open cases not finished though their due time has passed.")

    /// After the legend of a table where a step's time reads 0 minutes (tester 20's F13): minutes
    /// and hours run in service hours only.
    public static let serviceHoursLegend = Localized(
        id: "Waktu kegiatan berstandar menit atau jam dihitung pada jam layanan saja: kegiatan yang dikerjakan di luar jam layanan terhitung 0 menit.",
        en: "A step with a standard in minutes or hours is timed in service hours only: one done outside service hours counts 0 minutes.")

    /// After the legend of a table with a row whose every visit was withdrawn: its "-" cells.
    public static let withdrawnRowLegend = Localized(
        id: "Baris bertanda - pada Kasus: kotak itu hanya ditarik (kotak lain pada barisnya dipilih, atau kasus berakhir dengan hasil akhir), tidak pernah dikerjakan; tidak dihitung.",
        en: "A row with - under Cases: the box was only withdrawn (another box of its row was chosen, or the case ended with an outcome), never worked; it counts nowhere.")

    /// After the legend of a table with a skipped step: what "dilewati" counts, and what it does not.
    public static let skippedLegend = Localized(
        id: "Dilewati: kunjungan kegiatan opsional (apabila diperlukan) yang dilewati petugas dengan alasan (/lewati); tidak dihitung pada kedua waktu, Tepat waktu, Terlambat (selesai), Lewat batas, belum selesai dan Kegiatan selesai. Kegiatan yang tidak dilalui karena cabang tidak dihitung; kotak yang ditarik karena kotak lain pada barisnya dipilih, atau karena kasus berakhir dengan hasil akhir, tidak dihitung sama sekali.",
        en: "Skipped: visits of an optional step (if needed) an officer skipped with a reason (/lewati); not counted in either time, Within, Done late, Open past due and Steps done. A step a branch went past is not counted; a box withdrawn because another box of its row was chosen, or because the case ended with an outcome, is not counted at all.")

    /// In place of the chart on a phone, where its words would be too small to read.
    public static let chartOnWideScreen = Localized(
        id: "Grafik tampil pada layar yang lebih lebar; angkanya ada pada tabel di bawah.",
        en: "The chart shows on a wider screen; its figures are in the table below.")

    /// A step's Kasus cell when some of its visits were skipped: "2 (dilewati 1)".
    public static func casesSkipped(_ cases: Int, skipped: Int) -> Localized {
        Localized(id: "\(cases) (dilewati \(skipped))", en: "\(cases) (skipped \(skipped))")
    }
}
