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
    /// The column headings of identity sections printed as a table (`kolom`), by key
    /// ("pencatatan_pendataan": No, Jenis Catatan, Disimpan di).
    public var columns: [String: [Located<String>]] = [:]
    /// Rows of the identity block that the form has not and the unit printed
    /// (`baris_tambahan`: "Halaman: 1/2"), each after the row it follows.
    public var extraRows: [ExtraIdentityRow] = []

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

/// A row the unit printed in its identity block beyond the form's (`baris_tambahan`).
public struct ExtraIdentityRow: Sendable {
    public var label: Located<String>
    public var text: Located<String>
    /// The form's row it is printed after (`setelah`: one of `rowKeys`); at the end when nil.
    public var after: String?

    public init(label: Located<String>, text: Located<String>, after: String? = nil) {
        self.label = label
        self.text = text
        self.after = after
    }

    /// The rows of the identity block an extra row may follow, in the form's order.
    public static let rowKeys = ["nomor", "pembuatan", "revisi", "efektif", "pengesahan", "disahkan_oleh", "judul", "jam_layanan"]

    /// The rows in `form` (keys in the form's order) with the extra rows placed after the row
    /// each names, and those naming none, or a row that is not printed, at the end.
    public static func place<Row>(_ extras: [ExtraIdentityRow], in form: [(key: String, row: Row)],
                                  _ make: (ExtraIdentityRow) -> Row) -> [Row] {
        var rows: [Row] = []
        let keys = Set(form.map(\.key))
        for (key, row) in form {
            rows.append(row)
            rows += extras.filter { $0.after == key }.map(make)
        }
        rows += extras.filter { $0.after.map { !keys.contains($0) } ?? true }.map(make)
        return rows
    }
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

    /// A section's rows of cells as printed under `cetak.kolom`: the rows written as cells, or
    /// each text item as a row of one cell.
    public func rows(of key: String) -> [[Located<String>]] {
        tableRows[key] ?? (list(key) ?? []).map { [$0] }
    }

    /// Sets an identity list by its key.
    public mutating func setList(_ key: String, _ items: [Located<String>]?) {
        switch key {
        case "dasar_hukum": dasarHukum = items
        case "kualifikasi_pelaksana": kualifikasiPelaksana = items
        case "keterkaitan": keterkaitan = items
        case "peralatan_perlengkapan": peralatanPerlengkapan = items
        case "peringatan": peringatan = items
        case "pencatatan_pendataan": pencatatanPendataan = items
        default: assertionFailure("'\(key)' is not an identity list")
        }
    }
}
