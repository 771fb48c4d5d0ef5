/// What the web desk (`sop serve`) says: its pages, forms, refusals and start-up messages.
extension Catalog {
    public enum Serve {}
}

extension Catalog.Serve {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    // MARK: Start-up

    public static let emptyRoster = both(
        "isi roster dulu: sop roster grant … (meja web harus tahu siapa yang bertindak)",
        "fill the roster first: sop roster grant … (a web desk must know who acts)")
    public static func listening(_ url: String) -> Localized {
        both("sop serve: melayani di \(url)", "sop serve: serving at \(url)")
    }
    public static let noSessionStore = both(
        "basis data ini tidak dapat menyimpan sesi web", "this database cannot keep web sessions")
    public static func badSize(_ text: String) -> Localized {
        both("ukuran '\(text)' tidak terbaca; tulis seperti 10MB, 512KB atau 1048576",
             "size '\(text)' is not readable; write it like 10MB, 512KB or 1048576")
    }

    // MARK: Layout and navigation

    public static let appName = both("Meja Layanan SOP", "SOP Service Desk")
    public static let navWorklist = both("Daftar tugas", "Worklist")
    public static let navStart = both("Mulai kasus", "Start a case")
    public static let navStatus = both("Cek status", "Check status")
    public static let logout = both("Keluar", "Log out")
    public static func loggedInAs(_ name: String, roles: String) -> Localized {
        both("Masuk sebagai \(name) · \(roles)", "Logged in as \(name) · \(roles)")
    }
    public static let otherLanguage = both("English", "Bahasa Indonesia")

    // MARK: Login

    public static let loginTitle = both("Masuk", "Log in")
    public static let loginName = both("Nama operator", "Operator name")
    public static let loginPIN = both("PIN pribadi", "Personal PIN")
    public static let loginButton = both("Masuk", "Log in")
    public static let loginNoRole = both(
        "Anda tidak memegang peran apa pun di roster unit ini, jadi tidak dapat masuk. Bila ini keliru, hubungi pengelola peran unit Anda.",
        "You hold no role in this unit's roster, so you cannot log in. If this is a mistake, contact your unit's roster administrator.")
    public static let loginHint = both(
        "PIN Anda diatur oleh pengelola peran unit Anda. Bila belum punya PIN atau lupa, mintalah kepada pengelola peran.",
        "Your PIN is set by your unit's roster administrator. If you have none or forgot it, ask the roster administrator.")

    // MARK: Worklist

    public static let worklistTitle = both("Daftar tugas", "Worklist")
    public static let worklistEmpty = both("Tidak ada kegiatan yang menunggu peran Anda.", "No step waits for your roles.")
    public static let columnCase = both("Kasus", "Case")
    public static let columnTitle = both("Perihal", "About")
    public static let columnStep = both("Kegiatan", "Step")
    public static let columnRole = both("Peran", "Role")
    public static let columnDue = both("Batas", "Due")
    public static let open = both("Buka", "Open")
    public static let overdue = both("terlambat", "overdue")
    public static let noDue = both("tanpa batas", "no due time")
    public static func handedOff(_ step: String, caseID: String, to role: String) -> Localized {
        both("Kegiatan \(step) kasus \(caseID) diserahkan ke \(role).", "Step \(step) of case \(caseID) handed over to \(role).")
    }
    public static func caseEnded(_ caseID: String) -> Localized {
        both("Kasus \(caseID) selesai.", "Case \(caseID) is complete.")
    }
    public static func caseStateChanged(_ caseID: String, _ status: Localized) -> Localized {
        both("Kasus \(caseID): \(status.id).", "Case \(caseID): \(status.en).")
    }

    // MARK: Starting

    public static let startTitle = both("Mulai kasus", "Start a case")
    public static let startNone = both("Tidak ada SOP yang dapat Anda mulai dengan peran Anda.",
                                       "There is no SOP you can start with your roles.")
    public static let startButton = both("Mulai", "Start")
    public static func sopHasErrors(_ nomor: String) -> Localized {
        both("SOP \(nomor) memiliki galat (sop lint); kasus baru tidak dapat dimulai.",
             "SOP \(nomor) has errors (sop lint); no new case can be started.")
    }
    public static let documentLink = both("Dokumen SOP", "SOP document")

    // MARK: The step page

    public static func stepTitle(_ step: String, caseID: String) -> Localized {
        both("Kegiatan \(step) · kasus \(caseID)", "Step \(step) · case \(caseID)")
    }
    public static let uraian = both("Uraian", "Description")
    public static let performer = both("Pelaksana", "Performer")
    public static let recordedBy = both("Dicatat oleh", "Recorded by")
    public static let involved = both("Terlibat", "Involved")
    public static let mutuBaku = both("Mutu baku", "Quality standard")
    public static let kelengkapan = both("Kelengkapan", "Requirements")
    public static let waktu = both("Waktu", "Time")
    public static let output = both("Output", "Output")
    public static func timeUsed(_ used: String, standard: String) -> Localized {
        both("terpakai \(used) dari standar \(standard)", "\(used) used of the \(standard) standard")
    }
    public static func timeUsedNoStandard(_ used: String) -> Localized {
        both("terpakai \(used) (tanpa standar waktu)", "\(used) used (no time standard)")
    }
    public static func dueAt(_ when: String) -> Localized { both("batas \(when)", "due \(when)") }
    public static let soFarTitle = both("Kasus sejauh ini", "The case so far")
    public static let soFarEmpty = both("Belum ada isian dari kegiatan sebelumnya.", "Nothing recorded by earlier steps yet.")
    public static let missingItem = both("tidak ada", "missing")
    public static let formTitle = both("Isian kegiatan ini", "This step's answers")
    public static let kelengkapanPresent = both("ada", "present")
    public static let requiredMark = both("wajib", "required")
    public static let optionalMark = both("opsional", "optional")
    public static let outputFile = both("atau berkas", "or a file")
    public static let branchTitle = both("Pilihan cabang", "Branch")
    public static let noteLabel = both("Catatan (opsional)", "Note (optional)")
    public static let submitStep = both("Simpan dan selesaikan kegiatan", "Save and complete the step")
    public static let skipReason = both("Alasan melewati", "Reason for skipping")
    public static let skipButton = both("Lewati", "Skip")
    public static let alreadyGiven = both("Sudah dijawab", "Already answered")
    public static let fixBelow = both("Periksa isian yang ditandai.", "Check the marked answers.")
    public static let notWaiting = both("Kegiatan ini tidak sedang menunggu.", "This step is not waiting.")
    public static let caseActions = both("Tindakan kasus", "Case actions")
    public static let pause = both("Jeda", "Pause")
    public static let resume = both("Lanjutkan", "Resume")
    public static let cancel = both("Batalkan kasus", "Cancel the case")
    public static let timelineLink = both("Linimasa", "Timeline")
    public static let receiptLink = both("Tanda terima", "Receipt")

    // MARK: Stale writes

    public static let staleTitle = both("Meja lain lebih dahulu", "Another desk was first")

    // MARK: Timeline, correction, pause, cancel

    public static func timelineTitle(_ caseID: String) -> Localized { both("Kasus \(caseID)", "Case \(caseID)") }
    public static let statusWord = both("Status", "Status")
    public static let correctionTitle = both("Koreksi jawaban", "Correct an answer")
    public static let correctionStep = both("Kegiatan", "Step")
    public static let correctionTarget = both("Jenis", "Kind")
    public static let correctionName = both("Nama (isian, kelengkapan atau output)", "Name (field, requirement or output)")
    public static let correctionValue = both("Nilai baru", "New value")
    public static let correctionReason = both("Alasan", "Reason")
    public static let correctionButton = both("Simpan koreksi", "Save the correction")
    public static let correctionSaved = both("Koreksi disimpan.", "Correction saved.")
    public static let cancelTitle = both("Batalkan kasus?", "Cancel the case?")
    public static let cancelWarning = both("Pembatalan tidak dapat diurungkan. Tulis alasannya.",
                                           "A cancellation cannot be undone. Give the reason.")
    public static let cancelReason = both("Alasan pembatalan", "Reason for cancelling")
    public static let cancelConfirm = both("Ya, batalkan kasus ini", "Yes, cancel this case")
    public static let cancelBack = both("Kembali", "Back")
    public static let cancelNeedsConfirmation = both("Centang konfirmasi untuk membatalkan.", "Tick the confirmation to cancel.")
    public static let cancelSure = both("Saya yakin", "I am sure")
    public static let pauseTitle = both("Jeda kasus?", "Pause the case?")
    public static let pauseWarning = both("Kasus berhenti di semua meja sampai dilanjutkan.",
                                          "The case stops at every desk until it is resumed.")

    // MARK: Receipt and status

    public static let statusTitle = both("Cek status layanan", "Check the status of a request")
    public static let statusCodeLabel = both("Kode lacak pada tanda terima", "Tracking code on the receipt")
    public static let statusButton = both("Cek", "Check")
    public static let statusIntro = both(
        "Masukkan kode lacak dari tanda terima Anda. Halaman ini tidak menampilkan data pribadi.",
        "Enter the tracking code from your receipt. This page shows no personal data.")
    /// The public status page when the store cannot be read (PostgreSQL down, the file locked):
    /// a banner in the complainant's words, never the store's own message.
    public static let statusStoreDownTitle = both("Cek status sedang terganggu", "Status checks are unavailable right now")
    public static let statusStoreDown = both(
        "Data layanan tidak dapat dibaca saat ini karena gangguan sistem. Kode lacak Anda tetap berlaku: coba lagi beberapa saat lagi, atau tanyakan ke unit layanan.",
        "The service records cannot be read right now because of a system fault. Your tracking code stays valid: try again in a few minutes, or ask the service unit.")
    public static let statusUnknown = both("Kode lacak tidak dikenal. Periksa lagi tanda terima Anda.",
                                           "Unknown tracking code. Check your receipt again.")
    public static let statusMalformed = both("Kode lacak terdiri dari 10 huruf dan angka, mis. K7QF-M2XR-9P.",
                                             "A tracking code has 10 letters and digits, e.g. K7QF-M2XR-9P.")
    public static let receiptNotYet = both("Tanda terima belum dapat diterbitkan pada tahap kasus ini.",
                                           "The receipt cannot be issued at this stage of the case yet.")

    // MARK: Refusals and errors

    public static let errorTitle = both("Tidak dapat dilayani", "Cannot be served")
    public static let notFound = both("Halaman atau kasus tidak ditemukan.", "Page or case not found.")
    public static let forbidden = both("Anda tidak berhak melakukan ini.", "You may not do this.")
    public static func roleNotHeld(_ role: String) -> Localized {
        both("Anda tidak memegang peran '\(role)' untuk kasus ini.", "You do not hold the role '\(role)' for this case.")
    }
    public static let csrfFailed = both(
        "Formulir kedaluwarsa atau tidak berasal dari halaman ini; muat ulang halaman lalu coba lagi.",
        "The form has expired or did not come from this page; reload the page and try again.")
    public static let tooLarge = both("Kiriman terlalu besar.", "The upload is too large.")
    public static func fileTooLarge(_ limit: String) -> Localized {
        both("Berkas lebih besar dari batas \(limit).", "The file is larger than the \(limit) limit.")
    }
    public static func fileType(_ type: String) -> Localized {
        both("Jenis berkas '\(type)' tidak diterima (PDF, gambar JPEG/PNG, atau teks).",
             "File type '\(type)' is not accepted (PDF, JPEG/PNG image, or text).")
    }
    public static let malformed = both("Permintaan tidak terbaca.", "The request cannot be read.")
    public static let tooMany = both("Terlalu banyak percobaan; tunggu sebentar lalu coba lagi.",
                                     "Too many attempts; wait a little and try again.")
    public static let serverError = both("Terjadi kesalahan di server. Jawaban yang sudah tersimpan tidak hilang; coba lagi.",
                                         "Something went wrong on the server. Answers already saved are not lost; try again.")
    public static let storeBusy = both("Basis data sedang tidak dapat dipakai; coba lagi sebentar.",
                                       "The database cannot be used right now; try again shortly.")
    public static let backToWorklist = both("Kembali ke daftar tugas", "Back to the worklist")
}

extension Catalog.Serve {
    public static func requiredItem(_ item: String) -> Localized {
        Localized(id: "kelengkapan '\(item)' wajib ada; kegiatan tidak dapat diselesaikan tanpanya (Jeda untuk menunda)",
                  en: "'\(item)' is required; the step cannot be completed without it (Pause to leave it for later)")
    }
}

extension Catalog.Serve {
    /// What an event of the timeline is, by its stored type ("step-started").
    public static func eventWord(_ type: String) -> Localized {
        let words: [String: (String, String)] = [
            "case-started": ("Kasus dimulai", "Case started"), "step-started": ("Kegiatan dimulai", "Step started"),
            "kelengkapan-checked": ("Kelengkapan", "Requirement"), "field-answered": ("Isian", "Field"),
            "output-recorded": ("Output", "Output"), "branch-chosen": ("Cabang", "Branch"), "note-added": ("Catatan", "Note"),
            "step-completed": ("Kegiatan selesai", "Step done"), "join-arrived": ("Menunggu gabungan", "Join reached"),
            "answer-corrected": ("Koreksi", "Correction"), "branch-corrected": ("Koreksi cabang", "Branch correction"),
            "case-paused": ("Dijeda", "Paused"),
            "case-resumed": ("Dilanjutkan", "Resumed"), "case-cancelled": ("Dibatalkan", "Cancelled"),
            "case-completed": ("Kasus selesai", "Case complete"),
        ]
        let (id, en) = words[type] ?? (type, type)
        return Localized(id: id, en: en)
    }
}

extension Catalog.Serve {
    public static let loginCode = Localized(id: "Kode satu kali (bila terdaftar)", en: "One-time code (if enrolled)")
}

extension Catalog.Roster {
    public static func totpSaved(_ name: String) -> Localized {
        Localized(id: "Kode satu kali untuk \(name) didaftarkan. Masukkan alamat ini ke aplikasi autentikator (Google Authenticator, FreeOTP, …), lalu simpan di tempat aman:",
                  en: "One-time codes enrolled for \(name). Enter this address in an authenticator app (Google Authenticator, FreeOTP, …), then keep it safe:")
    }
    public static let totpUnsupported = Localized(id: "basis data ini tidak menyimpan kode satu kali", en: "this database does not keep one-time codes")
}

extension Catalog.Roster {
    public static func totpNeedsAdmin(_ name: String) -> Localized {
        Localized(id: "kode satu kali untuk \(name) didaftarkan oleh pemegang peran 'pengelola-peran'",
                  en: "one-time codes for \(name) are enrolled by a holder of the role 'pengelola-peran'")
    }
}
