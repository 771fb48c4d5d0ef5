/// Steps left out (`/lewati ALASAN`): refused where the SOP does not allow it, and how `sop case`
/// shows them.
extension Catalog {
    public enum SkippedSteps {}
}

extension Catalog.SkippedSteps {
    /// A step left out (`/lewati ALASAN`), under its visit in `sop case`.
    public static func skipped(_ reason: String) -> Localized {
        Localized(id: "Dilewati: \(reason)", en: "Skipped: \(reason)")
    }

    /// The same, as an event of `sop case --events`.
    public static func skippedEvent(_ reason: String) -> Localized {
        Localized(id: "kegiatan dilewati: \(reason)", en: "step skipped: \(reason)")
    }

    /// `/lewati` on a step the SOP does not mark as one that may be left out.
    public static func notOptional(_ step: String) -> Localized {
        Localized(id: "kegiatan \(step) wajib dikerjakan; hanya kegiatan yang pada SOP ditandai boleh dilewati yang dapat dilewati",
                  en: "step \(step) must be done; only steps the SOP marks as optional may be skipped")
    }
}
