/// The engine's refusals that name terminal commands (`/batal`, `--alasan`, `@file`), in the web's words.
extension Catalog {
    public enum WebRefusals {}
}

extension Catalog.WebRefusals {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static func cancelNeedsReason(_ example: Localized) -> Localized {
        both("Pembatalan memerlukan alasan: tulis di kolom Alasan, mis. \(example.id).",
             "Cancelling needs a reason: write it in the Reason box, e.g. \(example.en).")
    }

    public static func emptyOutput(_ item: String) -> Localized {
        both("Output '\(item)' perlu dicatat: tulis teksnya, atau pilih berkas untuk diunggah.",
             "Output '\(item)' must be recorded: type its text, or choose a file to upload.")
    }

    public static let skipNeedsReason = both(
        "Melewati kegiatan memerlukan alasan: tulis di kolom alasan, mis. lokasi kerja tidak perlu diserahkan.",
        "Skipping a step needs a reason: write it in the reason box, e.g. the work site need not be handed over.")

    /// A refusal of the engine as the web says it: the terminal's `/batal`, `--alasan` and
    /// `@file` have no meaning in a browser.
    public static func web(_ message: Localized) -> Localized {
        let cancel = (id: "pembatalan memerlukan alasan, mis. /batal ", en: "cancelling needs a reason, e.g. /cancel ")
        if message.id.hasPrefix(cancel.id), message.en.hasPrefix(cancel.en) {
            return cancelNeedsReason(Localized(id: String(message.id.dropFirst(cancel.id.count)),
                                               en: String(message.en.dropFirst(cancel.en.count))))
        }
        if message == Catalog.ServiceDesk.correctionNeedsReason { return Catalog.WebCorrections.correctionNeedsReason }
        if message == Catalog.Flow.skipNeedsReason { return skipNeedsReason }
        return message
    }
}
