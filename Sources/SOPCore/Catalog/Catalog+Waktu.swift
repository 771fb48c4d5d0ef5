/// What the tool says about waktu as printed and the standard read from it.
extension Catalog {
    public enum Waktu {
        // MARK: Loader

        public static func several(_ text: String, found: [String]) -> Localized {
            let list = found.map { "'\($0)'" }.joined(separator: ", ")
            return Localized(id: "waktu '\(text)' memuat beberapa durasi (\(list)); standar mana yang dipakai tidak dapat dipilih",
                             en: "waktu '\(text)' holds several durations (\(list)); which one is the standard cannot be chosen")
        }

        public static func stateStandard(_ example: String) -> Localized {
            Localized(id: "biarkan 'waktu' seperti dicetak dan tulis standarnya di sampingnya: 'waktu_baku: \(example)', atau bila bergantung pada kasus: 'waktu_baku: {menurut: <id keputusan atau nama isian>, jika: {<label>: <waktu>}}'",
                      en: "keep 'waktu' as printed and write the standard beside it: 'waktu_baku: \(example)', or when it depends on the case: 'waktu_baku: {menurut: <decision id or field name>, jika: {<label>: <waktu>}}'")
        }

        public static func spelledMismatch(_ text: String, digits: String, words: String) -> Localized {
            Localized(id: "waktu '\(text)': angka \(digits) dan tulisan '(\(words))' tidak sama",
                      en: "waktu '\(text)': the number \(digits) and the words '(\(words))' disagree")
        }

        public static let statedWithoutWaktu = Localized(
            id: "'waktu_baku' tanpa 'waktu': tulis juga teks waktu seperti dicetak",
            en: "'waktu_baku' without 'waktu': write the waktu as printed too")

        public static func statedUnreadable(_ text: String) -> Localized {
            Localized(id: "waktu baku '\(text)' tidak terbaca; tulis satu durasi saja, seperti '5 menit', '1 jam 30 menit', '3 hari kerja' atau '1 x 24 jam'",
                      en: "waktu_baku '\(text)' cannot be read; write one duration only, like '5 menit', '1 jam 30 menit', '3 hari kerja' or '1 x 24 jam'")
        }

        // MARK: Lint

        public static func readFromText(_ text: String, read: String, standard: String) -> Localized {
            Localized(id: "standar waktu dibaca dari teks: '\(read)' = \(standard)",
                      en: "time standard read from the text: '\(read)' = \(standard)")
        }

        public static let readFromTextHint = Localized(
            id: "bila bacaan ini salah, tulis 'waktu_baku:' di samping 'waktu'",
            en: "if this reading is wrong, write 'waktu_baku:' beside 'waktu'")

        public static func sinceUnlinked(_ text: String) -> Localized {
            Localized(id: "waktu '\(text)' dihitung sejak saat sebelumnya; tulis dari kegiatan mana dengan 'dihitung_sejak: <id kegiatan>'",
                      en: "waktu '\(text)' counts from an earlier moment; say from which step with 'dihitung_sejak: <step id>'")
        }

        public static func unknownStep(_ key: String, _ id: String, known: [String]) -> Localized {
            Localized(id: "'\(key): \(id)' tidak merujuk kegiatan mana pun; id kegiatan: \(known.joined(separator: ", "))",
                      en: "'\(key): \(id)' names no step; the step ids are: \(known.joined(separator: ", "))")
        }

        public static func notEarlier(_ key: String, _ id: String) -> Localized {
            Localized(id: "'\(key): \(id)' harus merujuk baris ini atau kegiatan sebelumnya",
                      en: "'\(key): \(id)' must name this row or an earlier step")
        }

        public static func notLater(_ id: String) -> Localized {
            Localized(id: "'gabung_sampai: \(id)' harus merujuk kegiatan sesudah baris ini",
                      en: "'gabung_sampai: \(id)' must name a step after this row")
        }

        public static func needsWaktu(_ key: String) -> Localized {
            Localized(id: "'\(key)' tanpa 'waktu' di baris ini", en: "'\(key)' without a 'waktu' on this row")
        }

        public static func mergedRowHasWaktu(_ id: String, first: String) -> Localized {
            Localized(id: "baris '\(id)' berada dalam sel waktu gabungan dari '\(first)', tetapi menulis 'waktu' sendiri",
                      en: "row '\(id)' lies inside the merged waktu cell of '\(first)' but writes its own 'waktu'")
        }

        public static func conditionalUnknownBasis(_ basis: String) -> Localized {
            Localized(id: "'menurut: \(basis)' bukan kegiatan keputusan sebelumnya, keputusan yang mengembalikan kasus ke baris ini, maupun nama isian formulir sebelumnya",
                      en: "'menurut: \(basis)' is neither an earlier decision step, a decision that sends the case back to this row, nor the name of an earlier form field")
        }

        /// `menurut:` a decision below the row (tester 26, finding 6) that no branch leads back from.
        public static func conditionalNeverBack(_ basis: String, row: String) -> Localized {
            Localized(id: "'menurut: \(basis)': keputusan \(basis) ada di bawah baris \(row) dan tidak satu pun cabangnya mengembalikan kasus ke baris ini, jadi cabangnya tidak pernah diketahui saat baris ini dikerjakan",
                      en: "'menurut: \(basis)': decision \(basis) is below row \(row) and none of its branches sends the case back to this row, so its branch is never known when this row is worked")
        }

        /// `menurut:` a decision below the row without `lainnya`: the first pass has no standard.
        public static func conditionalFirstPass(_ basis: String) -> Localized {
            Localized(id: "'menurut: \(basis)' merujuk keputusan di bawah baris ini: pada kunjungan pertama cabangnya belum diambil; tulis standarnya dengan 'lainnya: <waktu>'",
                      en: "'menurut: \(basis)' names a decision below this row: on the first pass its branch is not taken yet; write that standard with 'lainnya: <waktu>'")
        }

        public static func conditionalUnknownValue(_ value: String, basis: String, known: [String]) -> Localized {
            Localized(id: "'\(value)' bukan label cabang atau pilihan '\(basis)'; yang ada: \(known.joined(separator: ", "))",
                      en: "'\(value)' is not a branch label or choice of '\(basis)'; there are: \(known.joined(separator: ", "))")
        }

        public static func statedDiffers(_ printed: String, read: String, stated: String) -> Localized {
            Localized(id: "waktu tercetak '\(printed)' terbaca \(read), tetapi waktu_baku \(stated); periksa mana yang benar",
                      en: "the printed waktu '\(printed)' reads as \(read), but waktu_baku says \(stated); check which is right")
        }

        // MARK: Documents

        public static func mergedRows(_ first: String, _ last: String) -> Localized {
            Localized(id: "(baris \(first)–\(last))", en: "(rows \(first)–\(last))")
        }

        public static func countedFrom(_ step: String) -> Localized {
            Localized(id: "(dihitung sejak kegiatan \(step))", en: "(counted from step \(step))")
        }

        /// A set hour of every (working) day, as `sop show` names the standard (tester 28, F2).
        public static func dailyStandard(_ clock: String, workingDays: Bool) -> Localized {
            workingDays
                ? Localized(id: "pukul \(clock) hari kerja berikutnya sejak kegiatan dimulai", en: "\(clock) of the next working day from the step's start")
                : Localized(id: "pukul \(clock) berikutnya sejak kegiatan dimulai", en: "the next \(clock) from the step's start")
        }

        public static func dailyHourUnreadable(_ text: String) -> Localized {
            Localized(id: "pukul '\(text)' tidak terbaca; tulis jam seperti '14.00' atau '09.30'",
                      en: "hour '\(text)' is unreadable; write it like '14.00' or '09.30'")
        }

        public static func standardIs(_ text: String) -> Localized {
            Localized(id: "standar: \(text)", en: "standard: \(text)")
        }

        /// "standar: 30 hari, di luar batas layanan": a standard's line marked as `sop show` marks it.
        public static func outsideServiceLimit(on line: Localized) -> Localized {
            Localized(id: line.id + ", " + outsideServiceLimit.id, en: line.en + ", " + outsideServiceLimit.en)
        }

        /// A row whose time the case's service limit leaves out (`di_luar_batas_layanan`), as `sop show` marks it.
        public static let outsideServiceLimit = Localized(id: "di luar batas layanan", en: "outside the service limit")

        public static func otherwise(_ text: String) -> Localized {
            Localized(id: "lainnya: \(text)", en: "otherwise: \(text)")
        }

        public enum Summary {
            public static let several = Localized(id: "waktu tercetak memuat beberapa durasi tanpa waktu_baku", en: "printed waktu holds several durations and no waktu_baku")
            public static let spelled = Localized(id: "angka waktu dan tulisannya tidak sama", en: "waktu number and its words disagree")
            public static let statedAlone = Localized(id: "waktu_baku tanpa waktu tercetak", en: "waktu_baku without a printed waktu")
            public static let readFromText = Localized(id: "standar waktu dibaca dari kalimat (catatan)", en: "time standard read out of a sentence (note)")
            public static let sinceUnlinked = Localized(id: "waktu 'sejak …' tanpa dihitung_sejak", en: "waktu 'sejak …' without dihitung_sejak")
            public static let spanTarget = Localized(id: "dihitung_sejak atau gabung_sampai merujuk kegiatan yang salah", en: "dihitung_sejak or gabung_sampai names a wrong step")
            public static let mergedOverlap = Localized(id: "baris di dalam sel waktu gabungan menulis waktu sendiri", en: "a row inside a merged waktu cell writes its own waktu")
            public static let conditionalBasis = Localized(id: "waktu_baku menurut kasus merujuk keputusan, isian atau nilai yang tidak ada", en: "conditional waktu_baku names a decision, field or value that does not exist")
            public static let statedDiffers = Localized(id: "waktu_baku berbeda dari waktu tercetak yang terbaca", en: "waktu_baku differs from the printed waktu it reads")
        }
    }
}

extension Catalog.Waktu.Summary {
    public static let waktuSchedule = Localized(
        id: "waktu berupa jadwal (mis. 'Setiap hari Senin'): tanpa batas waktu, tidak pernah dinilai terlambat",
        en: "waktu that is a schedule (e.g. 'Setiap hari Senin'): no deadline, never judged late")

    public static let waktuPartUnreadable = Localized(
        id: "bagian lain teks waktu memuat angka dengan satuan yang tidak terbaca (mis. '10 menit – 15 mnt')",
        en: "another part of the waktu text holds a number whose unit cannot be read (e.g. '10 menit – 15 mnt')")
}

extension Catalog.Waktu.Summary {
    public static let waktuNoStandard = Localized(
        id: "waktu tanpa durasi (mis. 'Menunggu ketersediaan blanko'): kegiatan tanpa standar waktu, tidak pernah dinilai terlambat",
        en: "waktu with no duration (e.g. 'Menunggu ketersediaan blanko'): a step with no time standard, never judged late")
}

extension Catalog.Waktu {
    /// A printed waktu with no duration, neither a schedule nor a blank cell (tester 28, F3).
    public static func noDuration(_ text: String) -> Localized {
        Localized(id: "waktu '\(text)' tidak memuat lama kegiatan: kegiatan ini tanpa standar waktu dan tidak pernah dinilai terlambat",
                  en: "waktu '\(text)' holds no duration: this step has no time standard and is never judged late")
    }

    public static let noDurationHint = Localized(
        id: "bila memang tanpa standar, tulis di samping 'waktu': 'waktu_baku: tanpa'; bila ada standarnya: 'waktu_baku: <durasi>' (teks waktu tetap dicetak seperti adanya)",
        en: "if it has no standard indeed, write beside 'waktu': 'waktu_baku: tanpa'; if it has one: 'waktu_baku: <duration>' (the waktu is still printed as typed)")

    public static func schedule(_ text: String) -> Localized {
        Localized(id: "waktu '\(text)' adalah jadwal, bukan lama kegiatan: kegiatan ini tanpa batas waktu dan tidak pernah dinilai terlambat",
                  en: "waktu '\(text)' is a schedule, not a duration: this step has no deadline and is never judged late")
    }

    public static let scheduleHint = Localized(
        id: "bila kegiatan ini punya standar, tulis di samping 'waktu': 'waktu_baku: 1 hari kerja' (teks waktu tetap dicetak seperti adanya)",
        en: "if this step has a standard, write it beside 'waktu': 'waktu_baku: 1 hari kerja' (the waktu is still printed as typed)")

    /// The fix-it note under an unreadable waktu: the standard read from the suggested
    /// text, a placeholder when none is read, never a fixed example.
    public static func orStateStandard(_ standard: String?) -> Localized {
        Localized(id: "bila teks ini memang seperti dicetak, biarkan dan tulis standarnya di sampingnya: 'waktu_baku: \(standard ?? "<durasi>")'",
                  en: "if this text is as printed, keep it and write the standard beside it: 'waktu_baku: \(standard ?? "<duration>")'")
    }

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

    /// A waktu read from one part of its text while another part is a number with a
    /// misspelt unit ("10 menit – 15 mnt").
    public static func waktuPartUnreadable(_ part: String, read: String, suggestion: String) -> Localized {
        Localized(id: "waktu '\(part)' tidak terbaca, jadi standar waktu hanya dibaca dari '\(read)'; mungkin maksudnya '\(suggestion)'?",
                  en: "waktu '\(part)' cannot be read, so the standard is read from '\(read)' only; did you mean '\(suggestion)'?")
    }
}

extension Catalog.Waktu {
    public static let serviceHoursHolidaysSummary = Localized(
        id: "jam layanan setiap hari (Senin-Minggu, 24 jam) yang tidak menyebut hari libur",
        en: "service hours of every day (Senin-Minggu, 24 jam) that say nothing of holidays")

    /// Seven-day service hours silent on holidays: both readings (tester 32, F1).
    public static func serviceHoursHolidays(_ text: String) -> Localized {
        Localized(
            id: "jam layanan '\(text)' berlaku setiap hari tetapi tidak menyebut hari libur; dibaca tutup pada hari libur: "
                + "pada libur nasional dan cuti bersama kalender, waktu kegiatan berstandar menit, jam atau hari kerja berhenti. "
                + "Bila layanan berjalan juga pada hari libur (piket 24 jam), waktu itu tidak terhitung dan batasnya mundur sehari atau lebih",
            en: "service hours '\(text)' apply every day but say nothing of holidays; read as closed on holidays: "
                + "on the calendar's libur nasional and cuti bersama, steps timed in minutes, hours or working days stop. "
                + "If the service runs on holidays too (a 24-hour duty), that time goes uncounted and due times move a day or more")
    }

    public static func serviceHoursHolidaysFix(_ text: String) -> Localized {
        Localized(id: "pilih salah satu: tulis 'jam_layanan: \(text), termasuk hari libur' bila layanan berjalan juga pada hari libur nasional dan cuti bersama, "
                    + "atau 'jam_layanan: \(text), kecuali hari libur' bila tutup pada hari itu",
                  en: "choose one: write 'jam_layanan: \(text), termasuk hari libur' if the service runs on national holidays and cuti bersama too, "
                    + "or 'jam_layanan: \(text), kecuali hari libur' if it closes on them")
    }

    public static let waktuDayBasisSummary = Localized(
        id: "waktu dalam hari tanpa kata kalender atau kerja pada SOP yang menulis jam layanan atau Total waktu dalam hari kerja",
        en: "a waktu in days that says neither calendar nor working days, in an SOP with service hours or a Total waktu in working days")

    /// "1 hari" counted as calendar days although the unit works by its service hours.
    public static func waktuDayBasis(_ text: String, calendar: String, working: String) -> Localized {
        Localized(
            id: "waktu '\(text)' dihitung sebagai '\(calendar)' (hari berjalan: batasnya dapat jatuh pada Sabtu, Minggu, hari libur atau malam hari); "
                + "pada unit dengan jam layanan, '\(text)' sering berarti '\(working)' (hari kerja menurut kalender unit)",
            en: "waktu '\(text)' is counted as '\(calendar)' (elapsed days: its due time can fall on a Saturday, a Sunday, a holiday or at night); "
                + "in a unit with service hours, '\(text)' often means '\(working)' (working days by the unit's calendar)")
    }

    /// The same in an SOP whose printed Total waktu counts working days.
    public static func waktuDayBasisTotal(_ text: String, calendar: String, working: String, total: String) -> Localized {
        Localized(
            id: "waktu '\(text)' dihitung sebagai '\(calendar)' (hari berjalan: batasnya dapat jatuh pada Sabtu, Minggu, hari libur atau malam hari); "
                + "Total waktu tercetak '\(total)' menghitung hari kerja, jadi '\(text)' mungkin berarti '\(working)'",
            en: "waktu '\(text)' is counted as '\(calendar)' (elapsed days: its due time can fall on a Saturday, a Sunday, a holiday or at night); "
                + "the printed Total waktu '\(total)' counts working days, so '\(text)' may mean '\(working)'")
    }
}
