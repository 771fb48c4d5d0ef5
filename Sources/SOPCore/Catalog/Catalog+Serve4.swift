/// What the web desk (`sop serve`) says in answer to the third review: an SOP with `sop lint`
/// errors is not offered but explained, and the correction form asks for its choice.
extension Catalog {
    public enum Serve4 {}
}

extension Catalog.Serve4 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// On the worklist of whoever holds the first step's role of an SOP with lint errors.
    public static func sopNotOffered(_ nomor: String, judul: String) -> Localized {
        both("SOP \(nomor) (\(judul)) tidak dapat dimulai: berkasnya memiliki galat (sop lint). Sampaikan kepada penyusun SOP.",
             "SOP \(nomor) (\(judul)) cannot be started: its file has errors (sop lint). Tell whoever writes the SOPs.")
    }

    /// The correction form's first option, before anything is chosen.
    public static let choose = both("pilih…", "choose…")

    /// A correction sent without choosing which answer it corrects.
    public static let chooseAnswer = both("Pilih jawaban yang dikoreksi.", "Choose the answer to correct.")
}
