/// The one-line summary of every `sop lint` rule, as `sop lint --rules` lists them.
extension Catalog.Lint {
    public enum Summary {
        // MARK: The reader
        public static let yamlSyntax = Localized(id: "YAML tidak dapat dibaca (kesalahan sintaks)", en: "the YAML cannot be read (syntax error)")
        public static let yamlTooLarge = Localized(id: "berkas lebih besar dari 1 MiB", en: "file larger than 1 MiB")
        public static let yamlTooDeep = Localized(id: "susunan bertingkat lebih dari 32 tingkat", en: "nesting deeper than 32 levels")
        public static let yamlInvalidUTF8 = Localized(id: "berkas bukan UTF-8 yang sah", en: "file is not valid UTF-8")
        public static let yamlTabIndentation = Localized(id: "tab dipakai untuk indentasi", en: "tab used for indentation")
        public static let yamlEmpty = Localized(id: "berkas kosong", en: "empty file")
        public static let yamlDuplicateKey = Localized(id: "kunci ditulis dua kali dalam satu pemetaan", en: "key written twice in one mapping")
        public static let yamlAnchor = Localized(id: "anchor (&nama) tidak diizinkan", en: "anchors (&name) are not allowed")
        public static let yamlAlias = Localized(id: "alias (*nama) tidak diizinkan", en: "aliases (*name) are not allowed")
        public static let yamlMergeKey = Localized(id: "kunci gabungan '<<' tidak diizinkan", en: "merge keys '<<' are not allowed")
        public static let yamlTag = Localized(id: "tag (!!str, !nama) tidak diizinkan", en: "tags (!!str, !name) are not allowed")
        public static let yamlComplexKey = Localized(id: "kunci berupa daftar atau pemetaan", en: "a key that is a list or a mapping")
        public static let yamlMultipleDocuments = Localized(id: "lebih dari satu dokumen YAML dalam satu berkas", en: "more than one YAML document in a file")
        public static let yamlTooManyProblems = Localized(id: "terlalu banyak masalah; pembacaan dihentikan", en: "too many problems; reading stopped")
        public static let ioUnreadable = Localized(id: "berkas tidak dapat dibaca", en: "file cannot be read")

        // MARK: The loader
        public static let unknownKey = Localized(id: "kunci tidak dikenal dalam bahasa SOP", en: "key unknown to the SOP language")
        public static let missingKey = Localized(id: "kunci wajib tidak ditulis (nomor, judul, pelaksana, kegiatan, uraian, …)", en: "required key missing (nomor, judul, pelaksana, kegiatan, uraian, …)")
        public static let wrongType = Localized(id: "nilai berjenis salah (teks, daftar atau pemetaan)", en: "value of the wrong kind (text, list or mapping)")
        public static let emptyValue = Localized(id: "nilai wajib atau butir daftar kosong", en: "required value or list item left empty")
        public static let invalidChoice = Localized(id: "nilai di luar pilihan yang tersedia", en: "value outside the available choices")
        public static let invalidBoolean = Localized(id: "nilai ya/tidak tidak terbaca", en: "ya/tidak (yes/no) value not readable")
        public static let invalidID = Localized(id: "id tidak sah (hanya huruf, angka, '-', '_', '.')", en: "invalid id (letters, digits, '-', '_', '.' only)")
        public static let reservedID = Localized(id: "'selesai' dipakai sebagai id kegiatan", en: "'selesai' used as a step id")
        public static let conflictingKeys = Localized(id: "kunci yang saling meniadakan ditulis bersama", en: "mutually exclusive keys written together")
        public static let waktuFormat = Localized(id: "waktu tidak terbaca", en: "waktu (time standard) not readable")
        public static let dateFormat = Localized(id: "tanggal tidak terbaca", en: "date not readable")
        public static let dateNonexistent = Localized(id: "tanggal tidak ada di kalender", en: "date does not exist")
        public static let serviceHoursFormat = Localized(id: "jam layanan tidak terbaca", en: "service hours not readable")

        // MARK: Identity
        public static let dateOrder = Localized(id: "tanggal efektif atau revisi lebih awal dari tanggal pembuatan", en: "efektif or revisi date before the pembuatan date")
        public static let nipFormat = Localized(id: "NIP bukan 18 angka", en: "NIP is not 18 digits")
        public static let nipBirthDate = Localized(id: "tanggal lahir dalam NIP tidak ada", en: "birth date in the NIP does not exist")
        public static let nipAppointment = Localized(id: "bulan pengangkatan dalam NIP tidak ada atau sebelum lahir", en: "appointment month in the NIP does not exist or precedes birth")
        public static let nipGender = Localized(id: "kode jenis kelamin dalam NIP bukan 1 atau 2", en: "gender digit of the NIP is not 1 or 2")
        public static let fileNameNomor = Localized(id: "awalan nama berkas berbeda dengan nomor SOP", en: "file-name prefix differs from the SOP's nomor")
        public static let nomorDuplicate = Localized(id: "dua SOP bernomor sama dalam satu folder", en: "two SOPs with the same nomor in one folder")

        // MARK: Actors
        public static let actorsMissing = Localized(id: "SOP tanpa pelaksana", en: "SOP without actors")
        public static let actorUnknown = Localized(id: "pelaksana kegiatan atau pelaksana terlibat tidak dideklarasikan", en: "step actor or involved actor not declared")
        public static let actorUnused = Localized(id: "pelaksana dideklarasikan tetapi tidak pernah dipakai", en: "actor declared but never used")
        public static let actorDuplicate = Localized(id: "id pelaksana ditulis dua kali", en: "actor id declared twice")

        // MARK: Flow
        public static let stepsMissing = Localized(id: "SOP tanpa kegiatan: alur tidak punya awal", en: "SOP without steps: the flow has no start")
        public static let stepDuplicateID = Localized(id: "dua kegiatan ber-id sama", en: "two steps with the same id")
        public static let flowUnknownTarget = Localized(id: "tujuan lanjut, cabang, paralel atau menunggu tidak ada", en: "lanjut, branch, paralel or menunggu target does not exist")
        public static let flowUnreachable = Localized(id: "kegiatan tidak pernah tercapai dari awal alur", en: "step never reached from the start")
        public static let flowNoExit = Localized(id: "perulangan tanpa jalan keluar: akhir alur tidak tercapai", en: "loop with no way out: the end is never reached")
        public static let flowNoEnd = Localized(id: "alur tidak pernah berakhir", en: "the flow never ends")
        public static let decisionBranchCount = Localized(id: "keputusan dengan kurang dari dua cabang", en: "decision with fewer than two branches")
        public static let decisionDuplicateLabel = Localized(id: "dua cabang keputusan berlabel sama", en: "two branches of a decision with the same label")
        public static let parallelBranchCount = Localized(id: "paralel ke kurang dari dua tujuan", en: "paralel with fewer than two targets")
        public static let parallelNoJoin = Localized(id: "pekerjaan paralel yang tidak pernah digabung", en: "parallel work that is never joined")
        public static let joinNeverCompletes = Localized(id: "gabungan (menunggu) yang tidak pernah lengkap", en: "join (menunggu) that can never complete")

        // MARK: Mutu baku
        public static let waktuZero = Localized(id: "waktu bernilai nol", en: "waktu of zero")
        public static let waktuAbsurd = Localized(id: "waktu tidak masuk akal (lebih dari setahun atau 1000 jam)", en: "absurd waktu (over a year, or over 1000 hours)")
        public static let waktuRangeReversed = Localized(id: "rentang waktu terbalik", en: "reversed waktu range")
        public static let mutuBakuEmptyItem = Localized(id: "butir kelengkapan atau output yang kosong ('-')", en: "empty kelengkapan or output item ('-')")

        // MARK: Forms
        public static let formDuplicateField = Localized(id: "dua isian formulir bernama sama", en: "two form fields with the same name")
        public static let formChoiceWithoutOptions = Localized(id: "isian pilihan tanpa pilihan", en: "pilihan field without options")
        public static let formOptionsUnused = Localized(id: "pilihan pada isian yang bukan pilihan", en: "options on a field that is not pilihan")
        public static let formLaterPassUnreachable = Localized(
            id: "isian hanya_kunjungan_ulang pada kegiatan yang tidak pernah dikunjungi lagi", en: "a hanya_kunjungan_ulang field on a step no loop comes back to")

        // MARK: Suppressions
        public static let suppressionInvalid = Localized(id: "penekanan yang tidak terbaca atau tidak diizinkan", en: "suppression unreadable or not allowed")
        public static let suppressionNoReason = Localized(id: "penekanan tanpa alasan", en: "suppression without a reason")
        public static let suppressionUnknownRule = Localized(id: "penekanan menyebut aturan yang tidak ada", en: "suppression names a rule that does not exist")
        public static let suppressionUnused = Localized(id: "penekanan yang tidak menekan apa pun", en: "suppression that silences nothing")
    }
}
