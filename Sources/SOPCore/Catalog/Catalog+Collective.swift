/// Collective completion (tester 28, F6): one step completed for several cases at once
/// (`sop kolektif`, the web worklist's "Selesaikan kolektif"), and the row key `kolektif: ya`.
extension Catalog {
    public enum Collective {}
}

extension Catalog.Collective {
    public static func refusedDecision(_ step: String) -> Localized {
        Localized(id: "kegiatan \(step) adalah keputusan: cabangnya dipilih untuk setiap kasus sendiri, jadi tidak dapat diselesaikan secara kolektif; kerjakan per kasus (sop run --case ID)",
                  en: "step \(step) is a decision: its branch is chosen for each case on its own, so it cannot be completed collectively; work it case by case (sop run --case ID)")
    }

    public static func refusedForm(_ step: String, fields: [String]) -> Localized {
        let list = Catalog.quoted(fields)
        return Localized(id: "kegiatan \(step) meminta isian formulir (\(list)) yang berbeda untuk setiap kasus, jadi tidak dapat diselesaikan secara kolektif; kerjakan per kasus (sop run --case ID)",
                         en: "step \(step) asks form fields (\(list)) that differ from case to case, so it cannot be completed collectively; work it case by case (sop run --case ID)")
    }

    public static func perCaseAnswer(_ what: Localized, step: String) -> Localized {
        Localized(id: "kegiatan \(step) pada kasus ini masih meminta \(what.id), yang dijawab per kasus; kerjakan kasus ini sendiri (sop run --case ID)",
                  en: "step \(step) of this case still asks \(what.en), answered case by case; work this case on its own (sop run --case ID)")
    }

    public static func notAnswered(_ item: String) -> Localized {
        Localized(id: "'\(item)' diminta kegiatan ini pada kasus ini tetapi tidak dijawab (SOP kasus ini berbeda revisi?)",
                  en: "this step asks '\(item)' in this case but it was not answered (does this case follow another revision of the SOP?)")
    }

    public static func requiredMissing(_ item: String) -> Localized {
        Localized(id: "kelengkapan '\(item)' wajib ada: kegiatan tidak dapat diselesaikan bila dijawab tidak ada; jawab y bila sudah ada, atau kerjakan kasus yang belum lengkap per kasus",
                  en: "'\(item)' is required: the step cannot be completed with it missing; answer y once it is there, or work the incomplete cases one by one")
    }

    // MARK: The terminal command

    public static let allOrCases = Localized(id: "--semua atau --kasus, tidak keduanya", en: "--semua or --kasus, not both")

    public static func unknownStep(_ step: String, sop: String) -> Localized {
        Localized(id: "SOP \(sop) tidak memiliki kegiatan '\(step)'; tulis nomor kegiatan seperti tercetak (mis. 9, 5a)",
                  en: "SOP \(sop) has no step '\(step)'; write the step number as printed (e.g. 9, 5a)")
    }

    public static func heading(_ step: String, role: String) -> Localized {
        Localized(id: "Kegiatan \(step) · \(role) — diselesaikan sekaligus untuk beberapa kasus (kolektif)",
                  en: "Step \(step) · \(role) — completed at once for several cases (collective)")
    }

    public static func waitingList(_ step: String, count: Int) -> Localized {
        Localized(id: "Kasus yang menunggu kegiatan \(step) (\(count)):", en: "Cases waiting at step \(step) (\(count)):")
    }

    public static func noneWaiting(_ step: String, roles: String) -> Localized {
        Localized(id: "Tidak ada kasus yang menunggu kegiatan \(step) untuk \(roles).",
                  en: "No case is waiting at step \(step) for \(roles).")
    }

    public static func pickCases(_ count: Int) -> Localized {
        Localized(id: "Pilih kasus (Enter: semua \(count); nomor seperti 1,3,5-7; atau id kasus)",
                  en: "Choose cases (Enter: all \(count); numbers like 1,3,5-7; or case ids)")
    }

    public static func notAChoice(_ text: String, count: Int) -> Localized {
        Localized(id: "'\(text)' bukan pilihan: tulis nomor 1–\(count) (mis. 1,3,5-7), id kasus dari daftar, atau Enter untuk semua",
                  en: "'\(text)' is not a choice: write numbers 1–\(count) (e.g. 1,3,5-7), case ids from the list, or Enter for all")
    }

    public static func notListed(_ id: String, step: String) -> Localized {
        Localized(id: "kasus \(id) tidak menunggu kegiatan \(step) untuk peran Anda", en: "case \(id) is not waiting at step \(step) for your role")
    }

    public static func outputPrompt(_ item: String) -> Localized {
        Localized(id: "Output · \(item) (sama untuk semua kasus terpilih; teks, atau @jalur/berkas)",
                  en: "Output · \(item) (the same for every chosen case; text, or @path/to/file)")
    }

    public static func confirm(_ step: String, count: Int, role: String, operatorName: String) -> Localized {
        Localized(id: "Selesaikan kegiatan \(step) untuk \(count) kasus sebagai \(role) (operator \(operatorName))? [y/t]",
                  en: "Complete step \(step) for \(count) cases as \(role) (operator \(operatorName))? [y/n]")
    }

    public static let notConfirmed = Localized(id: "Tidak ada yang diselesaikan.", en: "Nothing was completed.")

    public static func done(_ id: String, step: String, title: String, next: String?) -> Localized {
        let idTitle = title.isEmpty ? "" : " (\(title))"
        return Localized(id: "✓ \(id)\(idTitle): kegiatan \(step) selesai" + (next.map { " → \($0)" } ?? ""),
                         en: "✓ \(id)\(idTitle): step \(step) done" + (next.map { " → \($0)" } ?? ""))
    }

    public static func nextWaits(_ step: String, role: String) -> Localized {
        Localized(id: "kegiatan \(step) menunggu \(role)", en: "step \(step) waits for \(role)")
    }

    public static let caseCompleted = Localized(id: "kasus selesai", en: "case completed")

    public static func refusedCase(_ id: String, reason: String) -> Localized {
        Localized(id: "✗ \(id): tidak diselesaikan: \(reason)", en: "✗ \(id): not completed: \(reason)")
    }

    public static func failedCase(_ id: String, reason: String) -> Localized {
        Localized(id: "✗ \(id): gagal disimpan, tidak ada yang tertulis pada kasus ini: \(reason)",
                  en: "✗ \(id): could not be saved, nothing was written to this case: \(reason)")
    }

    public static func summary(done: Int, of total: Int, refused: Int, notTried: Int) -> Localized {
        var id = "Selesai secara kolektif: \(done) dari \(total) kasus"
        var en = "Completed collectively: \(done) of \(total) cases"
        if refused > 0 { id += "; \(refused) ditolak (lihat ✗ di atas)"; en += "; \(refused) refused (see ✗ above)" }
        if notTried > 0 { id += "; \(notTried) tidak dicoba karena penyimpanan gagal"; en += "; \(notTried) not tried as the store failed" }
        return Localized(id: id + ".", en: en + ".")
    }

    public static func interrupted(done: Int, of total: Int, again: String) -> Localized {
        Localized(id: "Dihentikan: \(done) dari \(total) kasus sudah selesai (baris ✓ di atas); kasus yang sedang ditulis saat itu selesai seluruhnya atau tidak sama sekali. Yang belum masih menunggu: \(again)",
                  en: "Interrupted: \(done) of \(total) cases were completed (the ✓ lines above); the case being written then is either completed whole or untouched. Those not done still wait: \(again)")
    }

    public static func failedSome(_ count: Int) -> Localized {
        Localized(id: "\(count) kasus tidak diselesaikan", en: "\(count) cases were not completed")
    }

    public static func worklistHint(_ step: String, count: Int, command: String) -> Localized {
        Localized(id: "Kegiatan \(step) (kolektif) menunggu pada \(count) kasus: \(command)",
                  en: "Step \(step) (collective) waits in \(count) cases: \(command)")
    }

    /// `sop run --case` at a `kolektif: ya` row that other cases wait at too (tester 30, N1):
    /// said once, before the step's first question; the case is still worked here.
    public static func runHint(_ step: String, others: Int, command: String) -> Localized {
        Localized(id: "Kegiatan \(step) kolektif: \(others) kasus lain juga menunggunya; semuanya dapat diselesaikan sekaligus dengan \(command) (kasus ini tetap dapat dikerjakan sendiri di sini)",
                  en: "Step \(step) is collective: \(others) other cases wait at it too; all can be completed at once with \(command) (this case can still be done on its own here)")
    }

    /// `sop case`: a step completed by `sop kolektif`, with how many cases the run took (tester 30, N2).
    public static func timelineMark(cases: Int) -> Localized {
        Localized(id: "(kolektif, bersama \(cases) kasus)", en: "(collective, one run of \(cases) cases)")
    }

    // MARK: Lint

    public static let lintSummary = Localized(id: "baris kolektif meminta jawaban per kasus",
                                              en: "a collective row asks per-case answers")

    public static func lintForm(_ step: String, fields: [String]) -> Localized {
        Localized(id: "kegiatan \(step) ditandai 'kolektif: ya' tetapi meminta isian formulir (\(Catalog.quoted(fields))) yang dijawab per kasus: penyelesaian kolektif akan ditolak",
                  en: "step \(step) is marked 'kolektif: ya' but asks form fields (\(Catalog.quoted(fields))) answered case by case: collective completion will be refused")
    }

    public static func lintDecision(_ step: String) -> Localized {
        Localized(id: "kegiatan \(step) ditandai 'kolektif: ya' tetapi adalah keputusan, yang cabangnya dipilih per kasus: penyelesaian kolektif akan ditolak",
                  en: "step \(step) is marked 'kolektif: ya' but is a decision, whose branch is chosen case by case: collective completion will be refused")
    }

    public static func lintExternal(_ step: String, actor: String) -> Localized {
        Localized(id: "kegiatan \(step) ditandai 'kolektif: ya' tetapi dikerjakan \(actor) (bukan staf): kegiatan kolektif dikerjakan staf untuk banyak kasus sekaligus",
                  en: "step \(step) is marked 'kolektif: ya' but is done by \(actor) (not staff): a collective step is done by staff for many cases at once")
    }

    public static let lintFix = Localized(
        id: "hapus 'kolektif: ya', atau pindahkan isian/keputusan ke kegiatan per kasus sebelum atau sesudahnya",
        en: "remove 'kolektif: ya', or move the fields/decision to a per-case step before or after it")

    // MARK: Web

    public static let webHeading = Localized(id: "Selesaikan kolektif", en: "Complete collectively")

    public static func webLegend(_ step: String, count: Int) -> Localized {
        Localized(id: "Kegiatan \(step): \(count) kasus menunggu. Centang kasus yang diselesaikan; Kelengkapan dan Output dijawab sekali untuk semuanya.",
                  en: "Step \(step): \(count == 1 ? "1 case" : "\(count) cases") waiting. Tick the cases to complete; the Kelengkapan and Output are answered once for all of them.")
    }

    public static let webCasesLegend = Localized(id: "Kasus yang diselesaikan", en: "Cases to complete")
    public static let webAnswersLegend = Localized(id: "Dijawab sekali untuk semua kasus tercentang",
                                                   en: "Answered once for every ticked case")
    public static let webColumnSince = Localized(id: "Menunggu sejak", en: "Waiting since")
    public static let webNext = Localized(id: "Lanjut ke konfirmasi", en: "Go on to the confirmation")
    public static let webSubmit = Localized(id: "Ya, selesaikan untuk kasus tercentang", en: "Yes, complete for the ticked cases")
    public static let webNoneTicked = Localized(id: "Centang sedikitnya satu kasus.", en: "Tick at least one case.")

    public static func webOutputMissing(_ item: String) -> Localized {
        Localized(id: "Output '\(item)' perlu diisi (dicatat sama pada semua kasus tercentang).",
                  en: "Output '\(item)' is needed (recorded alike in every ticked case).")
    }

    /// An output's file uploaded by an earlier post of the collective form, kept for the next.
    public static func webStagedFile(_ name: String, size: String) -> Localized {
        Localized(id: "Berkas tersimpan: \(name) (\(size)), dicatat pada semua kasus tercentang. Pilih berkas lain atau tulis teks untuk menggantinya.",
                  en: "File kept: \(name) (\(size)), recorded in every ticked case. Choose another file or type a text to replace it.")
    }

    /// An output answered with a file, on the confirmation.
    public static func webFileAnswer(_ name: String, size: String) -> Localized {
        Localized(id: "berkas \(name) (\(size)), sama untuk semua kasus", en: "file \(name) (\(size)), the same for every case")
    }

    public static func webKelengkapanMissing(_ item: String) -> Localized {
        Localized(id: "Kelengkapan '\(item)': pilih ada, tidak ada (atau tidak berlaku).",
                  en: "Kelengkapan '\(item)': choose present, missing (or not applicable).")
    }

    public static let webOpen = Localized(id: "kolektif", en: "collective")

    /// The worklist's line under a `kolektif: ya` row waiting in several cases (the terminal's
    /// `worklistHint`, with a link instead of the command).
    public static func webWorklistHint(_ step: String, count: Int) -> Localized {
        Localized(id: "Kegiatan \(step) (kolektif) menunggu pada \(count) kasus:", en: "Step \(step) (collective) waits in \(count) cases:")
    }

    public static let webConfirmTitle = Localized(id: "Konfirmasi penyelesaian kolektif", en: "Confirm the collective completion")

    public static func webConfirm(_ step: String, count: Int, role: String, operatorName: String) -> Localized {
        Localized(id: "Selesaikan kegiatan \(step) untuk \(count) kasus sebagai \(role) (operator \(operatorName))?",
                  en: "Complete step \(step) for \(count == 1 ? "1 case" : "\(count) cases") as \(role) (operator \(operatorName))?")
    }

    public static let webChange = Localized(id: "Ubah pilihan", en: "Change the choice")
    public static let webResultTitle = Localized(id: "Hasil penyelesaian kolektif", en: "Result of the collective completion")

    public static func webNotTried(_ id: String) -> Localized {
        Localized(id: "– \(id): tidak dicoba karena penyimpanan gagal; kasus ini masih menunggu",
                  en: "– \(id): not tried as the store failed; this case still waits")
    }

    public static let webAgain = Localized(id: "Kasus yang masih menunggu kegiatan ini", en: "Cases still waiting at this step")
}
