import SOPCore

/// The quality standard of a row: required inputs, time standard and outputs.
public struct MutuBaku: Sendable {
    public var kelengkapan: [Kelengkapan]
    public var waktu: Waktu?
    public var output: [Located<String>]
    /// `dihitung_sejak`: the step whose start the standard counts from ("sejak permohonan
    /// diterima"), instead of this row's own start.
    public var countedFrom: Located<String>?
    /// `gabung_sampai`: the last step of a waktu cell printed merged over several rows.
    public var mergedThrough: Located<String>?
    /// `kelengkapan_gabung_sampai`: the last step of a Kelengkapan cell printed merged over
    /// several rows (tester 14, F2). The items are written on the first row and checked there,
    /// once: what the merged rows need is at hand when their work starts.
    public var kelengkapanMergedThrough: Located<String>?
    /// `output_gabung_sampai`: the last step of an Output cell printed merged over several rows.
    /// The items are written on the first row, printed once, and produced once, at the cell's
    /// last row: what the merged rows make together exists when the last of them is done.
    public var outputMergedThrough: Located<String>?
    /// Output items written `{butir, oleh: BOX}` on a row of several boxes printed with one
    /// Output cell (tester 22, finding 4): item text → the box that produces it. The desk asks
    /// such an item only on a pass where that box ran; the document prints the cell unchanged.
    public var outputBy: [String: Located<String>] = [:]
    /// `di_luar_batas_layanan: ya`: the row's time is not counted in the case's service limit
    /// (`kasus: batas_layanan`): "Waktu tidak termasuk waktu pembayaran retribusi oleh pemohon"
    /// (tester 29, F1). The row keeps its own standard and deadline. The value as written (only
    /// when yes), for lint's location.
    public var outsideServiceLimit: Located<String>? = nil

    public init(kelengkapan: [Kelengkapan] = [], waktu: Waktu? = nil, output: [Located<String>] = [],
                countedFrom: Located<String>? = nil, mergedThrough: Located<String>? = nil) {
        self.kelengkapan = kelengkapan
        self.waktu = waktu
        self.output = output
        self.countedFrom = countedFrom
        self.mergedThrough = mergedThrough
    }

    /// Rows with no mutu baku at all (steps 2 and 4 of SOP 01).
    public var isEmpty: Bool { kelengkapan.isEmpty && waktu == nil && output.isEmpty }
}

/// One required input of a step: a document, an identity card, a form.
public struct Kelengkapan: Sendable {
    public var text: Located<String>
    /// When true, a case cannot proceed past the step without it; otherwise a missing item is
    /// recorded and the case goes on.
    public var requiredToProceed: Bool
    /// `{pengantar: …}`: a line printed in the cell before its items ("Penelitian data
    /// administratif :"), printed as written and never asked at the desk.
    public var isIntro = false

    public init(text: Located<String>, requiredToProceed: Bool = false) {
        self.text = text
        self.requiredToProceed = requiredToProceed
    }
}

extension MutuBaku {
    /// The Kelengkapan items the desk asks: every item but intro lines; none for a cell printed
    /// as a dash alone (`kelengkapan: ["-"]`: printed "-", nothing to check).
    public var askedKelengkapan: [Kelengkapan] {
        Self.askedKelengkapan(kelengkapan)
    }

    public static func askedKelengkapan(_ items: [Kelengkapan]) -> [Kelengkapan] {
        if items.count == 1, Kelengkapan.isDash(items[0].text.value) { return [] }
        return items.filter { !$0.isIntro }
    }
}

extension Kelengkapan {
    /// An item printed with its condition ("f. SPTJM (apabila tidak memiliki bukti)", "(jika …)",
    /// "(bila …)"): it may not apply to a case, and the desk takes "tidak berlaku" for it (tester
    /// 16, finding 11).
    public var isConditional: Bool {
        let lowered = text.value.lowercased()
        return ["(apabila ", "(jika ", "(bila ", "(bagi "].contains { lowered.contains($0) }
    }

    /// A cell printed as a dash ("-", "–", "—"): the printed table's way of saying "none".
    public static func isDash(_ text: String) -> Bool {
        ["-", "–", "—"].contains(text.trimmingWhitespace())
    }
}
