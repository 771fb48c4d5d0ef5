import SOPCore
import SOPModel

/// A printed waktu whose words after the duration make it a time per item ("2 jam/alat",
/// "30 menit per berkas", "1 jam tiap alat", "15 menit setiap sampel"): the standard is read
/// as the duration for the whole step and those words are dropped, so a case of four items is
/// judged late after the time of one (tester 22, finding 2). A warning naming the dropped part,
/// pointing at the per-item form (`waktu_baku: {per, tiap}`); a stated `waktu_baku` answers it.
/// A unit the case itself is one of ("5 menit/pemohon", "15 menit per berkas", "10 menit setiap
/// permohonan", "/wajib pajak") is the time of the case, as read: no warning (tester 28, F1);
/// so is the unit the SOP declares its case to be (`kasus: {satuan: kendaraan}`: one case of a
/// pengujian kendaraan is one vehicle, tester 34 F2).
struct WaktuPerItemTextRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-per-item-text", severity: .warning, category: .mutuBaku,
        summary: Catalog.WaktuFromCase.Summary.perItemText,
        triggering: [
            .sop(steps: "  - {uraian: Menguji UTTP, pelaksana: petugas, mutu_baku: {waktu: ↓2 jam/alat}}"),
            .sop(steps: "  - {uraian: Memeriksa dokumen, pelaksana: petugas, mutu_baku: {waktu: ↓30 menit per dokumen}}"),
            .sop(steps: "  - {uraian: Menandatangani, pelaksana: petugas, mutu_baku: {waktu: ↓5 menit/lembar}}"),
            .sop(steps: "  - {uraian: Menguji sampel, pelaksana: petugas, mutu_baku: {waktu: ↓15 menit setiap sampel}}"),
            .sop(steps: "  - {uraian: Menyegel, pelaksana: petugas, mutu_baku: {waktu: ↓10 menit tiap alat ukur}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima permohonan, pelaksana: petugas, formulir: [{nama: jumlah, jenis: angka}]}
                  - uraian: Menguji UTTP
                    pelaksana: petugas
                    mutu_baku: {waktu: 2 jam/alat, waktu_baku: {per: jumlah, tiap: 2 jam}}
                  - {uraian: Menguji ulang, pelaksana: petugas, mutu_baku: {waktu: 2 jam/alat, waktu_baku: 2 jam}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                """),
            // The case's own unit: one case is one applicant, one file, one application.
            .sop(steps: """
                  - {uraian: Merekam data, pelaksana: petugas, mutu_baku: {waktu: 5 menit/pemohon}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 30 menit per berkas}}
                  - {uraian: Mencatat, pelaksana: petugas, mutu_baku: {waktu: 10 menit setiap permohonan}}
                  - {uraian: Memverifikasi, pelaksana: petugas, mutu_baku: {waktu: 15 menit / wajib pajak}}
                  - {uraian: Melayani, pelaksana: petugas, mutu_baku: {waktu: 15 Menit per 1 orang}}
                """),
            // The case's unit as the SOP declares it.
            .sop(identity: "kasus: {satuan: kendaraan}",
                 steps: "  - {uraian: Menguji kendaraan, pelaksana: petugas, mutu_baku: {waktu: 15 menit/kendaraan}}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let read = waktu.readFrom,
                  let dropped = Self.droppedPart(of: waktu, declared: file.sop.caseSettings.caseUnit?.value) else { continue }
            findings.add(description, Catalog.WaktuFromCase.perItemDropped(waktu.text.value, read: read, dropped: dropped),
                         at: file.location(waktu.text), notes: [.init(Catalog.WaktuFromCase.perItemHint(read))])
        }
    }

    /// The words after the duration that make a printed waktu a time per item ("/alat", "per
    /// berkas", "setiap sampel"), when the standard was read out of the text and none is stated.
    static func droppedPart(of waktu: Waktu, declared: String? = nil) -> String? {
        guard let read = waktu.readFrom, waktu.stated == nil, !waktu.dependsOnCase,
            let range = waktu.text.value.range(of: read)
        else { return nil }
        let after = waktu.text.value[range.upperBound...].trimmingWhitespace()
        guard let unit = unit(after) else { return nil }
        return isCaseUnit(unit, declared: declared) ? nil : after
    }

    /// Whether the printed waktu reads per case: its words after the duration name a unit the
    /// case is one of ("/pemohon", "per berkas"). Its standard is the duration read, as is.
    static func perCase(_ waktu: Waktu, declared: String? = nil) -> Bool {
        guard let read = waktu.readFrom, waktu.stated == nil, !waktu.dependsOnCase, let range = waktu.text.value.range(of: read),
            let unit = unit(waktu.text.value[range.upperBound...].trimmingWhitespace())
        else { return false }
        return isCaseUnit(unit, declared: declared)
    }

    /// The unit words after a duration make it a time of ("/alat" → "alat", "per berkas",
    /// "untuk setiap sampel" → "sampel"); nil when they make none.
    static func unit(_ after: String) -> [String]? {
        let lowered = after.lowercased()
        if lowered.hasPrefix("/") {
            let rest = lowered.dropFirst().trimmingWhitespace()
            guard rest.first?.isLetter == true || rest.first?.isNumber == true else { return nil }
            return words(String(rest))
        }
        let all = words(lowered)
        guard let first = all.first else { return nil }
        if each.contains(first), all.count > 1 { return Array(all.dropFirst()) }
        if first == "untuk", all.count > 2, each.contains(all[1]) { return Array(all.dropFirst(2)) }
        return nil
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { (character: Character) in character.isWhitespace || ".,;()".contains(character) }).map(String.init)
    }

    /// Whether a unit is one the case itself is ("pemohon", "1 orang", "wajib pajak"): the
    /// standard is then per case, which is how the tool reads it.
    /// `declared`: the unit the SOP says its case is (`kasus: satuan`), whose words the unit opens with.
    static func isCaseUnit(_ unit: [String], declared: String? = nil) -> Bool {
        var words = unit[...]
        if let first = words.first, first == "1" || first == "satu" || first == "seorang" { words = words.dropFirst() }
        guard let first = words.first else { return false }
        if let declared {
            let own = Self.words(declared.lowercased())
            if !own.isEmpty, Array(words.prefix(own.count)) == own { return true }
        }
        if caseUnits.contains(first) { return true }
        return words.count > 1 && caseUnits.contains(words.prefix(2).joined(separator: " "))
    }

    private static let each: Set<String> = ["per", "tiap", "setiap", "tiap-tiap", "masing-masing", "perbutir", "peralat"]

    /// The units a case is one of: the applicant (and the words units use for one: orang, wajib
    /// pajak, pelanggan…), the application and its file. Per document, sheet, item, tool or
    /// sample is per item: those keep the warning.
    static let caseUnits: Set<String> = [
        "pemohon", "orang", "berkas", "permohonan", "pengajuan", "permintaan", "pendaftar", "pendaftaran", "registrasi",
        "pengaduan", "aduan", "pengadu", "pelapor", "laporan pengaduan", "kasus", "perkara", "layanan", "pelayanan",
        "wajib pajak", "wp", "wajib retribusi", "pelanggan", "pasien", "penduduk", "warga", "nasabah", "konsumen", "klien",
        "pengguna layanan", "penerima layanan", "tamu", "pengunjung", "usulan", "usul", "ajuan",
    ]
}
