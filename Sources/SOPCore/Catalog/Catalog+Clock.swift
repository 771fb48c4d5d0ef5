/// What the desk says about a step's clock: times that add up, late steps never
/// marked done on time, pauses.
extension Catalog {
    public enum Clock {
        public static func doneLate(_ step: String, used: String) -> Localized {
            Localized(id: "⚠ Kegiatan \(step) selesai terlambat dalam \(used)", en: "⚠ Step \(step) done late in \(used)")
        }

        /// "sisa 3 menit" / "sisa hampir 5 menit" (the step used under a minute).
        public static func remaining(_ margin: String, almost: Bool) -> Localized {
            almost ? Localized(id: "sisa hampir \(margin)", en: "almost \(margin) to spare")
                : Localized(id: "sisa \(margin)", en: "\(margin) to spare")
        }

        public static func within(_ standard: String, detail: String) -> Localized {
            Localized(id: "tepat waktu (standar \(standard), \(detail))", en: "within the standard (\(standard), \(detail))")
        }

        public static func over(_ standard: String, detail: String) -> Localized {
            Localized(id: "MELEBIHI standar \(standard) (\(detail))", en: "OVER the standard of \(standard) (\(detail))")
        }

        public static func overBy(_ margin: String) -> Localized { Localized(id: "lebih \(margin)", en: "by \(margin)") }
        public static func deadline(_ when: String) -> Localized { Localized(id: "batas \(when)", en: "due \(when)") }
        public static let serviceTime = Localized(id: "waktu layanan", en: "service time")
        public static func pausedLeftOut(_ span: String) -> Localized {
            Localized(id: "tanpa \(span) dijeda", en: "leaving out \(span) paused")
        }

        // Timeline
        public static func paused(_ who: String, _ when: String) -> Localized {
            Localized(id: "Dijeda oleh \(who), \(when)", en: "Paused by \(who), \(when)")
        }
        public static func resumed(_ who: String, _ when: String) -> Localized {
            Localized(id: "Dilanjutkan oleh \(who), \(when)", en: "Resumed by \(who), \(when)")
        }
        public static let stillPaused = Localized(id: "masih dijeda", en: "still paused")
        public static let clockStops = Localized(id: "waktu berhenti selama jeda", en: "the clock stops while paused")
        public static let clockRuns = Localized(id: "waktu tetap berjalan selama jeda", en: "the clock runs while paused")
    }
}
