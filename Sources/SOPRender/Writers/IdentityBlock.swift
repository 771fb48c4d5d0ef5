import SOPCore
import SOPModel

/// The identity section of the official form as labelled texts, in the order of the form:
/// what the HTML and Markdown writers each lay out in their own way.
struct IdentityBlock {
    enum Value {
        case text(String)
        /// Judul: set larger and bold.
        case title(String)
        /// Disahkan oleh: the position, then (after room for a wet signature, the QR code of an
        /// electronic one, or under the certifying body's text printed in the cell) name, rank, NIP.
        case approver(position: String?, signed: [String], electronic: String? = nil, qrCode: String? = nil, qrBlank: Bool = false,
                      wet: Bool = true)
        case lines([String])
        /// A date as printed: a blank cell stays blank.
        case printed(String)

        /// Whether an empty value is shown empty (as printed) rather than as "-".
        var keepsBlank: Bool {
            if case .printed = self { return true }
            return false
        }
    }

    typealias Words = Catalog.Document

    /// The right-hand column beside the agency: nomor, dates, approver, judul, service hours.
    let fields: [(label: Localized, value: Value)]
    /// The two-column lists under it: dasar hukum beside kualifikasi pelaksana, and so on; the
    /// sections the unit does not print are left out, and the others move up, two by two (the
    /// last alone when they are odd).
    let lists: [(left: ListSection, right: ListSection?)]
    /// The text of an electronic signature printed at the foot of every page, line by line,
    /// and the QR code printed beside it (`keterangan_di: kaki_halaman`).
    let pageFoot: (lines: [String], qrCode: String?)?

    /// One identity list as printed: its heading, an intro line, and its items as a numbered
    /// list or one paragraph.
    struct ListSection {
        var label: Localized
        var items: [String]
        var intro: String?
        var paragraph: Bool
        /// Printed as an empty cell when it has no items (`kosong`), not as "-".
        var blank = false
        /// Printed as a table (`cetak.kolom`): its column headings and each item's cells.
        var table: (columns: [String], rows: [[String]])?
    }

    init(_ sop: SOP) {
        let identity = sop.identity
        let dates = identity.dates
        let printing = identity.printing
        /// The heading as the unit printed it, else the form's.
        func label(_ key: String, _ form: Localized) -> Localized {
            printing.labels[key].map { Localized(verbatim: $0.value) } ?? form
        }
        let effective = dates.effectiveLabel == .pengesahan
            ? label("pengesahan", Words.tanggalPengesahan) : label("efektif", Words.tanggalEfektif)
        var fields: [(key: String, row: (Localized, Value))] = [
            ("nomor", (label("nomor", Words.nomor), .text(identity.nomor.value))),
            ("pembuatan", (label("pembuatan", Words.tanggalPembuatan), .printed(SOPDate.printed(dates.pembuatan)))),
            ("revisi", (label("revisi", Words.tanggalRevisi), .printed(SOPDate.printed(dates.revisi)))),
            ("efektif", (effective, .printed(SOPDate.printed(dates.efektif)))),
        ]
        var pageFoot: (lines: [String], qrCode: String?)?
        if let approver = identity.approver {
            let signed = [approver.nama?.value, approver.pangkat?.value, approver.printedNIP]
            var electronic: String?
            if approver.signature == .elektronik {
                // The text at the foot of every page, or once in the cell; a QR code alone
                // stands for the signature.
                if approver.notePlacement == .kaki_halaman, let text = approver.electronicText?.value {
                    pageFoot = (Self.lines(text), approver.qrCode?.value)
                } else if let text = approver.electronicText?.value {
                    electronic = text
                }
                // Nothing else: no text the signed page does not print (tester 10, F14).
            }
            fields.append(("disahkan_oleh", (label("disahkan_oleh", Words.disahkanOleh),
                           .approver(position: approver.jabatan?.value, signed: signed.compactMap { $0 }, electronic: electronic,
                                     qrCode: approver.qrCode?.value, qrBlank: approver.qrCodeWithoutImage != nil,
                                     wet: approver.signature == .basah))))
        } else {
            fields.append(("disahkan_oleh", (label("disahkan_oleh", Words.disahkanOleh), .text("-"))))
        }
        fields.append(("judul", (label("judul", Words.judul), .title(identity.judul.value))))
        if let hours = sop.serviceHours { fields.append(("jam_layanan", (label("jam_layanan", Words.jamLayanan), .lines(hours.texts.map(\.value))))) }
        // The rows the unit printed beyond the form's, where it printed them.
        self.fields = ExtraIdentityRow.place(printing.extraRows, in: fields) { extra in
            (Localized(verbatim: extra.label.value), .printed(extra.text.value))
        }
        self.pageFoot = pageFoot
        func section(_ key: String, _ form: Localized, _ list: [Located<String>]?) -> ListSection? {
            guard !printing.unprinted.contains(key) else { return nil }
            var section = ListSection(label: label(key, form), items: (list ?? []).map(\.value), intro: printing.intros[key]?.value,
                                      paragraph: printing.paragraphs.contains(key), blank: printing.blank.contains(key))
            if let columns = printing.columns[key], !columns.isEmpty {
                section.table = (columns.map(\.value), identity.rows(of: key).map { $0.map(\.value) })
            }
            return section
        }
        let printed = [
            section("dasar_hukum", Words.dasarHukum, identity.dasarHukum),
            section("kualifikasi_pelaksana", Words.kualifikasi, identity.kualifikasiPelaksana),
            section("keterkaitan", Words.keterkaitan, identity.keterkaitan),
            section("peralatan_perlengkapan", Words.peralatan, identity.peralatanPerlengkapan),
            section("peringatan", Words.peringatan, identity.peringatan),
            section("pencatatan_pendataan", Words.pencatatan, identity.pencatatanPendataan),
        ].compactMap { $0 }
        lists = stride(from: 0, to: printed.count, by: 2).map { index in
            (printed[index], index + 1 < printed.count ? printed[index + 1] : nil)
        }
    }

    /// A text written over several lines (a YAML block), line by line, blank lines left out.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
