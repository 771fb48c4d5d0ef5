import SOPCore
import SOPModel

/// The identity section of the official form as labelled texts, in the order of the form:
/// what the HTML and Markdown writers each lay out in their own way.
struct IdentityBlock {
    enum Value {
        case text(String)
        /// Judul: set larger and bold.
        case title(String)
        /// Disahkan oleh: the position, then (after room for the signature) name, rank, NIP.
        case approver(position: String?, signed: [String])
        case lines([String])
    }

    typealias Words = Catalog.Document

    /// The right-hand column beside the agency: nomor, dates, approver, judul, service hours.
    let fields: [(label: Localized, value: Value)]
    /// The two-column lists under it: dasar hukum beside kualifikasi pelaksana, and so on.
    let lists: [(left: (Localized, [String]), right: (Localized, [String]))]

    init(_ sop: SOP) {
        let identity = sop.identity
        let dates = identity.dates
        var fields: [(Localized, Value)] = [
            (Words.nomor, .text(identity.nomor.value)),
            (Words.tanggalPembuatan, .text(dates.pembuatan?.text.value ?? "-")),
            (Words.tanggalRevisi, .text(dates.revisi?.text.value ?? "-")),
            (dates.effectiveLabel == .pengesahan ? Words.tanggalPengesahan : Words.tanggalEfektif,
             .text(dates.efektif?.text.value ?? "-")),
        ]
        if let approver = identity.approver {
            let signed = [approver.nama?.value, approver.pangkat?.value, approver.nip.map { "NIP. \($0.value)" }]
            fields.append((Words.disahkanOleh, .approver(position: approver.jabatan?.value, signed: signed.compactMap { $0 })))
        } else {
            fields.append((Words.disahkanOleh, .text("-")))
        }
        fields.append((Words.judul, .title(identity.judul.value)))
        if let hours = sop.serviceHours { fields.append((Words.jamLayanan, .lines(hours.texts.map(\.value)))) }
        self.fields = fields
        func items(_ list: [Located<String>]?) -> [String] { (list ?? []).map(\.value) }
        lists = [
            ((Words.dasarHukum, items(identity.dasarHukum)), (Words.kualifikasi, items(identity.kualifikasiPelaksana))),
            ((Words.keterkaitan, items(identity.keterkaitan)), (Words.peralatan, items(identity.peralatanPerlengkapan))),
            ((Words.peringatan, items(identity.peringatan)), (Words.pencatatan, items(identity.pencatatanPendataan))),
        ]
    }
}
