import SOPCore

/// How the unit printed its SOP (`cetak:`): its letterhead, the table's own title, its logo,
/// its own headings, intro lines and paragraphs, and whether it prints a Total waktu row.
public struct Printing: Sendable {
    /// The letterhead, line by line ("Pemerintah Provinsi …", "Satuan Polisi Pamong Praja", …);
    /// when written it is printed instead of instansi and unit.
    public var letterhead: [Located<String>]
    /// The table's own title with its list number ("19. SOP Pelayanan …").
    public var tableTitle: Located<String>?
    /// An image beside the SOP file, embedded in the documents.
    public var logo: Located<String>?
    /// Headings as the unit printed them, by the key they stand for ("judul": "Nama SOP").
    public var labels: [String: Located<String>]
    /// A line printed before a list's items ("peringatan": "Apabila SOP tidak dilaksanakan:").
    public var intros: [String: Located<String>]
    /// Sections printed as one paragraph, not a numbered list.
    public var paragraphs: Set<String>
    /// Whether the unit prints a Total waktu row under the table (it does by default).
    public var totalRow: Bool
    /// The Total waktu as the unit printed it ("4 hari kerja 2 jam 55 menit"), printed instead of
    /// the sum of the rows.
    public var totalText: Located<String>?
    /// Identity sections the unit does not print at all (`tidak_dicetak`): no heading, no cell.
    public var unprinted: Set<String> = []
    /// Identity sections printed with an empty cell (`kosong`), where an empty list otherwise
    /// prints "-".
    public var blank: Set<String> = []

    public init(letterhead: [Located<String>] = [], tableTitle: Located<String>? = nil, logo: Located<String>? = nil,
                labels: [String: Located<String>] = [:], intros: [String: Located<String>] = [:],
                paragraphs: Set<String> = [], totalRow: Bool = true) {
        self.letterhead = letterhead
        self.tableTitle = tableTitle
        self.logo = logo
        self.labels = labels
        self.intros = intros
        self.paragraphs = paragraphs
        self.totalRow = totalRow
    }

    /// The printed heading for a key, else the form's own.
    public func label(_ key: String, default form: Localized, _ language: Language) -> String {
        labels[key]?.value ?? form.text(language)
    }

    /// The keys a heading may be printed differently for: the identity rows and lists, and
    /// the columns of the table.
    public static let labelKeys = [
        "nomor", "pembuatan", "revisi", "efektif", "pengesahan", "disahkan_oleh", "judul", "jam_layanan",
        "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
        "pencatatan_pendataan", "no", "kegiatan", "pelaksana", "mutu_baku", "kelengkapan", "waktu", "output",
        "keterangan", "total_waktu",
    ]

    /// The identity lists an intro line or the paragraph form applies to.
    public static let listKeys = [
        "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
        "pencatatan_pendataan",
    ]
}

/// Where the text of an electronic signature is printed (`keterangan_di`).
public enum SignatureNotePlacement: String, Sendable, CaseIterable {
    /// In the signer cell, once (the default).
    case sel
    /// At the foot of every printed page, with the QR code beside it, as BSrE-signed PDFs print it.
    case kaki_halaman
}

/// How the SOP was signed.
public enum Signature: String, Sendable {
    /// Room for a wet signature above the name.
    case basah
    /// Signed electronically: the certifying body's text, and no signature space.
    case elektronik
}

extension Identity {
    /// An identity list by its key (`peringatan`), as written; nil when not written.
    public func list(_ key: String) -> [Located<String>]? {
        switch key {
        case "dasar_hukum": dasarHukum
        case "kualifikasi_pelaksana": kualifikasiPelaksana
        case "keterkaitan": keterkaitan
        case "peralatan_perlengkapan": peralatanPerlengkapan
        case "peringatan": peringatan
        case "pencatatan_pendataan": pencatatanPendataan
        default: nil
        }
    }
}
