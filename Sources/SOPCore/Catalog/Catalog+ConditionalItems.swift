/// Kelengkapan items printed with a condition ("apabila …", "jika …"): asked y/t/tb, recorded and printed as not applicable.
extension Catalog {
    public enum ConditionalItems {}
}

extension Catalog.ConditionalItems {
    /// "Tidak berlaku" given for an item printed without a condition.
    public static func notConditional(_ item: String) -> Localized {
        Localized(id: "'\(item)' tidak bersyarat (tanpa \"apabila …\"/\"jika …\" pada SOP), jadi selalu berlaku; jawab y (ada) atau t (tidak ada)",
                  en: "'\(item)' has no condition (no \"apabila …\"/\"jika …\" in the SOP), so it always applies; answer y (present) or t (missing)")
    }

    public static let answerYesNoNotApplicable = Localized(
        id: "jawab y (ada), t (tidak ada) atau tb (tidak berlaku)", en: "answer y (present), t (missing) or na (not applicable)")

    /// The prompt of a conditional item.
    public static func conditionalPrompt(_ item: String, required: Bool) -> Localized {
        required
            ? Localized(id: "Kelengkapan · \(item) (wajib) ada? [y/t/tb]", en: "Requirement · \(item) (required) present? [y/n/na]")
            : Localized(id: "Kelengkapan · \(item) ada? [y/t/tb]", en: "Requirement · \(item) present? [y/n/na]")
    }

    public static let notApplicableRecorded = Localized(id: "tidak berlaku", en: "not applicable")

    /// The receipt's line of conditional items that did not apply.
    public static let receiptNotApplicable = Localized(id: "Kelengkapan tidak berlaku", en: "Documents not applicable")
}
