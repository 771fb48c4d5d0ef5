import SOPCore

/// A Standard Operating Procedure in the official form (Permenpan RB No. 35/2012):
/// an identity section and an activity table of steps performed by actors.
public struct SOP: Sendable {
    /// The file it was read from (as given on the command line or found in the SOP folder).
    public var file: String
    public var identity: Identity
    public var serviceHours: ServiceHours?
    public var actors: [Actor]
    public var steps: [Step]
    /// The tables of an SOP printed as several (`tabel:`); empty for one table.
    public var tables: [SOPTable] = []
    /// `alur_tabel: pilihan`: the tables are alternative procedures, each with its own start
    /// and end; a case runs the one chosen at its start.
    public var tablesAreAlternatives = false
    /// How the activity table is printed (`tata_letak`).
    public var layout = TableLayoutSpec()
    /// What the SOP says about its cases at the desk (`kasus:`).
    public var caseSettings = CaseSettings()

    public init(file: String, identity: Identity, serviceHours: ServiceHours?, actors: [Actor], steps: [Step]) {
        self.file = file
        self.identity = identity
        self.serviceHours = serviceHours
        self.actors = actors
        self.steps = steps
    }

    public var nomor: String { identity.nomor.value }
    public var judul: String { identity.judul.value }

    public func actor(_ id: String) -> Actor? { actors.first { $0.id.value == id } }
    public func step(_ id: String) -> Step? { steps.first { $0.id.value == id } }
    public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id.value == id } }
}

public struct Identity: Sendable {
    public var nomor: Located<String>
    public var judul: Located<String>
    public var instansi: Located<String>?
    public var unit: Located<String>?
    public var dates: Dates
    public var approver: Approver?
    public var dasarHukum: [Located<String>]?
    public var kualifikasiPelaksana: [Located<String>]?
    public var keterkaitan: [Located<String>]?
    public var peralatanPerlengkapan: [Located<String>]?
    public var peringatan: [Located<String>]?
    public var pencatatanPendataan: [Located<String>]?
    /// The sections written as tables (a row of cells per item, under the headings of
    /// `cetak.kolom`), by key: each row's cells as typed. Their items above hold each row's
    /// cells joined, for what prints a list.
    public var tableRows: [String: [[Located<String>]]] = [:]
    /// How the unit printed it (`cetak:`).
    public var printing = Printing()

    public init(
        nomor: Located<String>, judul: Located<String>, instansi: Located<String>? = nil,
        unit: Located<String>? = nil, dates: Dates = Dates(), approver: Approver? = nil,
        dasarHukum: [Located<String>]? = nil, kualifikasiPelaksana: [Located<String>]? = nil,
        keterkaitan: [Located<String>]? = nil, peralatanPerlengkapan: [Located<String>]? = nil,
        peringatan: [Located<String>]? = nil, pencatatanPendataan: [Located<String>]? = nil
    ) {
        self.nomor = nomor
        self.judul = judul
        self.instansi = instansi
        self.unit = unit
        self.dates = dates
        self.approver = approver
        self.dasarHukum = dasarHukum
        self.kualifikasiPelaksana = kualifikasiPelaksana
        self.keterkaitan = keterkaitan
        self.peralatanPerlengkapan = peralatanPerlengkapan
        self.peringatan = peringatan
        self.pencatatanPendataan = pencatatanPendataan
    }
}

/// Tanggal pembuatan, revisi and efektif. Some units print "Tanggal Pengesahan" instead of
/// "Tanggal Efektif": the label is kept so the document reads as signed.
public struct Dates: Sendable {
    public enum EffectiveLabel: String, Sendable { case efektif, pengesahan }

    public var pembuatan: SOPDate?
    public var revisi: SOPDate?
    public var efektif: SOPDate?
    public var effectiveLabel: EffectiveLabel

    public init(pembuatan: SOPDate? = nil, revisi: SOPDate? = nil, efektif: SOPDate? = nil,
                effectiveLabel: EffectiveLabel = .efektif) {
        self.pembuatan = pembuatan
        self.revisi = revisi
        self.efektif = efektif
        self.effectiveLabel = effectiveLabel
    }
}

/// Disahkan oleh: who signed the SOP.
public struct Approver: Sendable {
    public var jabatan: Located<String>?
    public var nama: Located<String>?
    public var pangkat: Located<String>?
    /// As written ("19700907 199602 1 001"); absent on some signed SOPs.
    public var nip: Located<String>?
    /// Wet (the default) or electronic.
    public var signature: Signature = .basah
    /// For an electronic signature: the certifying body's text, as printed.
    public var electronicText: Located<String>?
    /// An image of the signature's QR code beside the SOP file (`kode_qr`), printed in the
    /// signer cell instead of the signature space.
    public var qrCode: Located<String>?
    /// `kode_qr: ya`: the signed page prints a QR code whose image is not at hand (a
    /// transcription from text): the documents keep its place, as an empty frame, and print no
    /// signature space and no text the page does not print (tester 10, F14).
    public var qrCodeWithoutImage: Located<String>?
    /// Where `electronicText` is printed: in the signer cell, or at the foot of every page.
    public var notePlacement: SignatureNotePlacement = .sel

    public init(jabatan: Located<String>? = nil, nama: Located<String>? = nil,
                pangkat: Located<String>? = nil, nip: Located<String>? = nil) {
        self.jabatan = jabatan
        self.nama = nama
        self.pangkat = pangkat
        self.nip = nip
    }
}
