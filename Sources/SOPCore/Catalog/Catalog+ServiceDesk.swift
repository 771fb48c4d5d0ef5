/// What the service desk says: the case at a glance, corrections, the receipt and
/// the complainant's status lookup.
extension Catalog.Lint.Summary {
    public static let caseUnknownReference = Localized(
        id: "kasus: judul, isian_tanda_terima atau tanda_terima menyebut isian atau kegiatan yang tidak ada",
        en: "kasus: judul, isian_tanda_terima or tanda_terima names a field or step that does not exist")
}

extension Catalog.Lint {
    public static func caseUnknownField(_ name: String, known: [String]) -> Localized {
        let list = known.isEmpty ? "-" : Catalog.quoted(known)
        return Localized(id: "judul kasus menyebut isian '\(name)', tetapi tidak ada isian formulir bernama itu (yang ada: \(list))",
                         en: "the case title names field '\(name)', but no form field has that name (there are: \(list))")
    }

    /// `kasus: isian_tanda_terima` names a field no step asks: the receipt would not print it.
    public static func receiptUnknownField(_ name: String, known: [String]) -> Localized {
        let list = known.isEmpty ? "-" : Catalog.quoted(known)
        return Localized(id: "isian_tanda_terima menyebut isian '\(name)', tetapi tidak ada isian formulir bernama itu (yang ada: \(list)); tanda terima tidak dapat mencetaknya",
                         en: "isian_tanda_terima names field '\(name)', but no form field has that name (there are: \(list)); the receipt cannot print it")
    }

    public static func caseUnknownStep(_ id: String, known: [String]) -> Localized {
        Localized(id: "tanda_terima menyebut kegiatan '\(id)', tetapi tidak ada kegiatan ber-id itu (yang ada: \(Catalog.quoted(known)))",
                  en: "tanda_terima names step '\(id)', but no step has that id (there are: \(Catalog.quoted(known)))")
    }
}

extension Catalog {
    public enum ServiceDesk {
    }
}

extension Catalog.ServiceDesk {
    public static let fieldWord = Localized(id: "isian", en: "field")

    public static func correctionUnknownStep(_ step: String, known: [String]) -> Localized {
        Localized(id: "tidak ada kegiatan '\(step)' dalam SOP ini (yang ada: \(Catalog.quoted(known)))",
                  en: "this SOP has no step '\(step)' (there are: \(Catalog.quoted(known)))")
    }

    public static func correctionNotAnswered(_ name: String, step: String) -> Localized {
        Localized(id: "'\(name)' belum dijawab di kegiatan \(step), yang masih dikerjakan: jawablah di kegiatan itu, bukan dengan koreksi",
                  en: "'\(name)' has not been answered yet in step \(step), which is still being worked on: answer it in the step, not by a correction")
    }

    /// A done step's Kelengkapan or Output item it never recorded (`recordedAt`: the boxes of
    /// the same row that did).
    public static func correctionNotRecorded(_ name: String, step: String, recordedAt: [String]) -> Localized {
        let there = recordedAt.isEmpty ? "" : "; jawaban itu tercatat di kegiatan \(recordedAt.joined(separator: ", ")) (--kegiatan \"\(recordedAt[0])\")"
        let thereEn = recordedAt.isEmpty ? "" : "; that answer was recorded in step \(recordedAt.joined(separator: ", ")) (--kegiatan \"\(recordedAt[0])\")"
        return Localized(id: "'\(name)' tidak pernah tercatat di kegiatan \(step): tidak ada jawaban untuk dikoreksi\(there)",
                         en: "'\(name)' was never recorded in step \(step): there is no answer to correct\(thereEn)")
    }

    /// A row of several boxes whose answer could be any of them: the boxes as `--kegiatan` takes them.
    public static func correctionWhichBox(_ row: String, boxes: [String]) -> Localized {
        let choices = boxes.map { "--kegiatan \"\($0)\"" }
        return Localized(
            id: "kegiatan \(row) dikerjakan di beberapa bagian; sebutkan bagian yang dikoreksi: \(choices.joined(separator: " atau "))",
            en: "step \(row) is done in several boxes; name the box to correct: \(choices.joined(separator: " or "))")
    }

    public static func correctionNotReached(_ step: String) -> Localized {
        Localized(id: "kegiatan \(step) belum dikerjakan dalam kasus ini; tidak ada jawaban untuk dikoreksi",
                  en: "step \(step) has not been worked on in this case; there is no answer to correct")
    }

    public static func correctionNotYourStep(_ step: String, role: String) -> Localized {
        Localized(id: "jawaban kegiatan \(step) hanya dapat dikoreksi oleh peran \(role)",
                  en: "answers of step \(step) can only be corrected in the role \(role)")
    }

    public static let correctionNeedsReason = Localized(
        id: "koreksi memerlukan alasan (--alasan \"…\")", en: "a correction needs a reason (--alasan \"…\")")

    public static func correctionUnknownName(_ name: String, kind: Localized, step: String, known: [String],
                                             suggestion: String?) -> Localized {
        let list = known.isEmpty ? "-" : Catalog.quoted(known)
        let hint = suggestion.map { (id: "; mungkin maksudnya '\($0)'?", en: "; did you mean '\($0)'?") }
        return Localized(id: "kegiatan \(step) tidak punya \(kind.id.lowercased()) '\(name)' (yang ada: \(list))\(hint?.id ?? "")",
                         en: "step \(step) has no \(kind.en.lowercased()) '\(name)' (there are: \(list))\(hint?.en ?? "")")
    }
}

extension Catalog.ServiceDesk {
    public static let columnTitle = Localized(id: "Perihal", en: "About")
    public static let endedByCancellation = Localized(id: "diakhiri oleh pembatalan kasus", en: "ended by the case's cancellation")

    public static func correctionLine(name: String, from: String, to: String, reason: String, by: String, at: String) -> Localized {
        Localized(id: "Koreksi (\(by), \(at)): \(name): \(from) → \(to) · alasan: \(reason)",
                  en: "Correction (\(by), \(at)): \(name): \(from) → \(to) · reason: \(reason)")
    }
}

extension Catalog.ServiceDesk {
    public static let receiptHeading = Localized(id: "Form Penerimaan Layanan", en: "Service Receipt")
    public static let receiptService = Localized(id: "Layanan", en: "Service")
    public static let receiptCase = Localized(id: "Nomor kasus", en: "Case number")
    public static let receiptReceived = Localized(id: "Diterima", en: "Received")
    public static let receiptPresent = Localized(id: "Kelengkapan diterima", en: "Documents received")
    public static let receiptMissing = Localized(id: "Kelengkapan kurang", en: "Documents missing")
    public static let receiptDue = Localized(id: "Selesai paling lambat", en: "Due by")
    public static let receiptOfficer = Localized(id: "Petugas", en: "Officer")
    public static let receiptTrackingLabel = Localized(id: "Kode lacak", en: "Tracking code")

    public static let receiptNoTracking = Localized(
        id: "kasus ini tidak punya kode lacak; jalankan 'sop db migrate'", en: "this case has no tracking code; run 'sop db migrate'")
}

extension Catalog.ServiceDesk {
    public static let correctionWhat = Localized(
        id: "sebutkan tepat satu yang dikoreksi: --isian NAMA=NILAI, --kelengkapan BUTIR=ya|tidak, atau --output OUTPUT=TEKS",
        en: "name exactly one thing to correct: --isian NAME=VALUE, --kelengkapan ITEM=ya|tidak, or --output OUTPUT=TEXT")

    public static func corrected(case id: String, name: String, from: String, to: String) -> Localized {
        Localized(id: "✓ Kasus \(id): \(name) dikoreksi dari \(from) menjadi \(to); jawaban asli tetap tercatat (sop case \(id)).",
                  en: "✓ Case \(id): \(name) corrected from \(from) to \(to); the original answer stays recorded (sop case \(id)).")
    }

    public static func correctionBusy(_ id: String) -> Localized {
        Localized(id: "kasus \(id) terus diubah oleh meja lain; koreksi belum disimpan, coba lagi",
                  en: "case \(id) keeps being changed by another desk; the correction is not saved, try again")
    }
}

extension Catalog.ServiceDesk {
    public static func receiptBadPaper(_ paper: String) -> Localized {
        Localized(id: "kertas '\(paper)' tidak dikenal; pilih 58, 80, a4 atau a5", en: "unknown paper '\(paper)'; choose 58, 80, a4 or a5")
    }

    public static func receiptBadFormat(_ format: String) -> Localized {
        Localized(id: "format '\(format)' tidak dikenal; pilih text, html atau pdf", en: "unknown format '\(format)'; choose text, html or pdf")
    }

    public static func receiptPaperFormat(_ format: String, paper: String) -> Localized {
        Localized(id: "format \(format) tidak untuk kertas \(paper): kertas 58/80 mm memakai --format text, kertas a4/a5 --format html atau pdf",
                  en: "format \(format) does not fit paper \(paper): 58/80 mm paper takes --format text, a4/a5 paper --format html or pdf")
    }

    public static func statusBadCode(_ code: String) -> Localized {
        Localized(id: "'\(code)' bukan kode lacak; kode lacak tertulis pada tanda terima, mis. K7QF-M2XR-9P",
                  en: "'\(code)' is not a tracking code; it is printed on the receipt, e.g. K7QF-M2XR-9P")
    }

    public static func statusUnknownCode(_ code: String) -> Localized {
        Localized(id: "tidak ada layanan dengan kode lacak \(code); periksa kembali kode pada tanda terima",
                  en: "no request has tracking code \(code); check the code on the receipt")
    }

    public static func statusDue(_ due: String, late: Bool) -> Localized {
        late
            ? Localized(id: "Batas waktu layanan: \(due) — terlambat", en: "Due: \(due) — late")
            : Localized(id: "Batas waktu layanan: \(due) — masih dalam batas waktu", en: "Due: \(due) — on time so far")
    }

    public static func statusDone(_ at: String, late: Bool) -> Localized {
        late
            ? Localized(id: "Selesai: \(at) (melewati batas waktu layanan)", en: "Done: \(at) (after the due date)")
            : Localized(id: "Selesai: \(at), dalam batas waktu layanan", en: "Done: \(at), within the due date")
    }

    public static func statusCancelled(_ at: String) -> Localized {
        Localized(id: "Dibatalkan: \(at). Tanyakan alasannya di meja layanan.", en: "Cancelled: \(at). Ask the desk why.")
    }
}

extension Catalog.ServiceDesk {
    public static let soFarHeading = Localized(id: "Isi kasus sejauh ini:", en: "The case so far:")

    public static func factMissing(_ item: String) -> Localized {
        Localized(id: "\(item): tidak ada (kelengkapan kurang)", en: "\(item): missing")
    }

    /// A kelengkapan item a later pass found, where an earlier pass had it missing.
    public static func factPresent(_ item: String) -> Localized {
        Localized(id: "\(item): ada", en: "\(item): present")
    }

    public static func factNote(_ by: String, _ text: String) -> Localized {
        Localized(id: "Catatan (\(by)): \(text)", en: "Note (\(by)): \(text)")
    }
}

extension Catalog.ServiceDesk {
    public static func otherDesk(_ operatorName: String, _ what: String) -> Localized {
        Localized(id: "Meja lain (\(operatorName)) lebih dahulu: \(what)", en: "Another desk (\(operatorName)) was first: \(what)")
    }

    public static func otherKelengkapan(_ item: String, present: Bool) -> Localized {
        present
            ? Localized(id: "kelengkapan \(item) ada", en: "requirement \(item) present")
            : Localized(id: "kelengkapan \(item) tidak ada", en: "requirement \(item) missing")
    }

    public static func otherCompleted(_ step: String) -> Localized {
        Localized(id: "kegiatan \(step) diselesaikan", en: "step \(step) completed")
    }
}

extension Catalog.ServiceDesk {
    public static let soFarNew = Localized(id: "Baru dalam kasus:", en: "New in the case:")
}

extension Catalog.ServiceDesk {
    public static func unknownRoleAnywhere(_ value: String, staff: [String]) -> Localized {
        let list = staff.isEmpty ? "-" : staff.joined(separator: "; ")
        return Localized(id: "'\(value)' bukan peran staf di SOP mana pun dalam folder SOP (peran staf: \(list))",
                         en: "'\(value)' is not a staff role of any SOP in the SOP folder (staff roles: \(list))")
    }
}

extension Catalog.ServiceDesk {
    public static func confirmCancel(_ id: String, reason: String) -> Localized {
        Localized(id: "Batalkan kasus \(id) dengan alasan \"\(reason)\"? Pembatalan tidak dapat diurungkan [y/t]",
                  en: "Cancel case \(id) because \"\(reason)\"? A cancellation cannot be undone [y/n]")
    }

    public static let notCancelled = Localized(id: "Kasus tidak dibatalkan.", en: "The case is not cancelled.")

    public static func notATask(_ typed: String, count: Int) -> Localized {
        Localized(id: "'\(typed)' bukan nomor dalam daftar; ketik angka 1 sampai \(count), atau Ctrl-D untuk keluar",
                  en: "'\(typed)' is not a number in the list; type 1 to \(count), or Ctrl-D to leave")
    }
}

extension Catalog.ServiceDesk {
    public static func answersUnknownName(_ key: String, _ name: String, step: String, known: [String],
                                          suggestion: String?) -> Localized {
        let list = known.isEmpty ? "-" : Catalog.quoted(known)
        let hint = suggestion.map { (id: "; mungkin maksudnya '\($0)'?", en: "; did you mean '\($0)'?") }
        return Localized(
            id: "berkas jawaban: kegiatan \(step) tidak punya \(key) '\(name)' (yang ada: \(list))\(hint?.id ?? "")",
            en: "answers file: step \(step) has no \(key) '\(name)' (there are: \(list))\(hint?.en ?? "")")
    }

    public static func answersLeftOver(_ count: Int, entry: Int, step: String?, line: Int) -> Localized {
        let which = step.map { " (kegiatan \($0))" } ?? ""
        let whichEn = step.map { " (step \($0))" } ?? ""
        return Localized(
            id: "berkas jawaban: \(count) jawaban tersisa mulai butir \(entry)\(which), baris \(line), tetapi tidak ada lagi kegiatan untuk peran yang dijalankan",
            en: "answers file: \(count) answers left from entry \(entry)\(whichEn), line \(line), but no step is left for the roles played")
    }
}

/// A receipt issued for an open case, its officers, and the complainant's lookup of a paused case.
extension Catalog.ServiceDesk {
    public static let receiptEarlyHeading = Localized(id: "Tanda Terima", en: "Receipt")
    public static let receiptStatus = Localized(id: "Status", en: "Status")
    public static let receiptReceivedBy = Localized(id: "Petugas penerima", en: "Received by")
    public static let receiptIssuedBy = Localized(id: "Diterbitkan oleh", en: "Issued by")

    /// Where a case stands, on a receipt issued before the SOP's receipt step.
    public static func receiptProgress(_ status: String) -> Localized {
        switch status {
        case "selesai": Localized(id: "selesai", en: "done")
        case "dibatalkan": Localized(id: "dibatalkan", en: "cancelled")
        default: Localized(id: "sedang diproses", en: "in progress")
        }
    }

    /// `form`: the full receipt's heading as the SOP names it; nil: Form Penerimaan Layanan.
    public static func receiptFullFormLater(step: String, form: String? = nil) -> Localized {
        let form = form ?? "Form Penerimaan Layanan"
        return Localized(id: "Ini tanda terima sementara; \(form) yang lengkap Anda terima saat layanan sampai pada tahap \(step).",
                         en: "This is a provisional receipt; you receive the full \(form) when the service reaches stage \(step).")
    }

    /// A paused case, as the complainant is told: only what the record knows.
    public static let statusOnHold = Localized(id: "Layanan sedang ditunda.", en: "The request is on hold.")
}
