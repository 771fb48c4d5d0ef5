import SOPCore
import SOPYAML

/// What an official most likely meant by a key the language does not know (issue 10): keys are
/// typed from the printed form, so a heading as printed ("Nama SOP", "Kualifikasi Pelaksanaan",
/// "Persyaratan", "Ket"), a key in capitals or with spaces, or a cell written one level too high
/// (`kelengkapan:` beside `uraian:`) is named with what to write instead.
enum KeyHints {
    /// Printed headings and near names, by their normalised form, with what the language calls
    /// them: the first that is a key of the object is suggested; "outer.inner" is a key one level
    /// down (`mutu_baku: {kelengkapan: …}`).
    static let aliases: [String: [String]] = [
        // The identity block.
        "nama_sop": ["judul"], "judul_sop": ["judul"], "nama_prosedur": ["judul"],
        "nomor_sop": ["nomor"], "no_sop": ["nomor"],
        "kualifikasi_pelaksanaan": ["kualifikasi_pelaksana"], "kualifikasi": ["kualifikasi_pelaksana"],
        "peralatan": ["peralatan_perlengkapan"], "perlengkapan": ["peralatan_perlengkapan"],
        "peralatan_dan_perlengkapan": ["peralatan_perlengkapan"],
        "pencatatan": ["pencatatan_pendataan"], "pendataan": ["pencatatan_pendataan"],
        "pencatatan_dan_pendataan": ["pencatatan_pendataan"],
        "disahkan": ["disahkan_oleh"], "pengesahan_oleh": ["disahkan_oleh"],
        "jam_pelayanan": ["jam_layanan"], "waktu_layanan": ["jam_layanan"], "waktu_pelayanan": ["jam_layanan"],
        "tanggal_pembuatan": ["pembuatan", "tanggal.pembuatan"], "tgl_pembuatan": ["pembuatan", "tanggal.pembuatan"],
        "tanggal_dibuat": ["pembuatan", "tanggal.pembuatan"],
        "tanggal_revisi": ["revisi", "tanggal.revisi"], "tgl_revisi": ["revisi", "tanggal.revisi"],
        "tanggal_efektif": ["efektif", "tanggal.efektif"], "tgl_efektif": ["efektif", "tanggal.efektif"],
        "tanggal_pengesahan": ["pengesahan", "tanggal.pengesahan"], "tgl_pengesahan": ["pengesahan", "tanggal.pengesahan"],
        "tanggal_disahkan": ["pengesahan", "tanggal.pengesahan"],
        "prosedur": ["kegiatan"], "langkah": ["kegiatan"], "aktivitas": ["uraian", "kegiatan"],
        // A step (a row of the table) and its cells.
        "uraian_kegiatan": ["uraian"], "uraian_prosedur": ["uraian"], "kegiatan": ["uraian"],
        "aktivitas_kegiatan": ["uraian"], "deskripsi": ["uraian"],
        "nomor": ["no"], "nomor_urut": ["no"],
        "ket": ["keterangan"], "catatan": ["keterangan"],
        "persyaratan": ["kelengkapan", "mutu_baku.kelengkapan"], "syarat": ["kelengkapan", "mutu_baku.kelengkapan"],
        "persyaratan_kelengkapan": ["kelengkapan", "mutu_baku.kelengkapan"],
        "kelengkapan_persyaratan": ["kelengkapan", "mutu_baku.kelengkapan"],
        "kelengkapan": ["mutu_baku.kelengkapan"], "waktu": ["mutu_baku.waktu"], "output": ["mutu_baku.output"],
        "waktu_penyelesaian": ["waktu", "mutu_baku.waktu"], "lama_waktu": ["waktu", "mutu_baku.waktu"],
        "durasi": ["waktu", "mutu_baku.waktu"],
        "keluaran": ["output", "mutu_baku.output"], "hasil": ["output", "mutu_baku.output"],
        "ke": ["lanjut"], "selanjutnya": ["lanjut"], "berikutnya": ["lanjut"],
        "pilihan": ["cabang"], "jawaban": ["cabang"],
    ]

    /// The hint for an unknown key of an object whose keys are `keys`: a key ("judul"), or how to
    /// write it one level down ("mutu_baku: {kelengkapan: …}"); nil when nothing is near.
    static func suggestion(for key: String, among keys: [String]) -> String? {
        let normal = normalised(key)
        if keys.contains(normal) { return normal }
        for alternative in aliases[normal] ?? [] {
            let parts = alternative.split(separator: ".").map(String.init)
            guard keys.contains(parts[0]) else { continue }
            return parts.count == 1 ? parts[0] : "\(parts[0]): {\(parts[1]): …}"
        }
        return Suggestion.closest(to: key, among: keys) ?? Suggestion.closest(to: normal, among: keys)
    }

    /// A key without a value right after a text, on the same line (`{uraian: Menerima, memeriksa
    /// berkas}`): the comma inside { } ended the text. The key before it and the whole text.
    static func splitText(at index: Int, in mapping: Mapping) -> (key: String, text: String)? {
        guard index > 0, mapping.pairs[index].value.isEmptyValue,
            case .scalar(let before) = mapping.pairs[index - 1].value, !before.value.isEmpty,
            mapping.pairs[index - 1].key.mark.line == mapping.pairs[index].key.mark.line
        else { return nil }
        return (mapping.pairs[index - 1].key.value, before.value + ", " + mapping.pairs[index].key.value)
    }

    /// Lower case; spaces, '/', '-' and '.' between words as '_'; a trailing ':' or '.' dropped.
    static func normalised(_ key: String) -> String {
        var result = ""
        var gap = false
        for character in key.lowercased() {
            if character.isLetter || character.isNumber {
                if gap, !result.isEmpty { result.append("_") }
                result.append(character)
                gap = false
            } else {
                gap = true
            }
        }
        return result
    }
}
