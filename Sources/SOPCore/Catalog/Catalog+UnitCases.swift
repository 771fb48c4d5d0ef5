/// The unit's cases page (/kasus-unit) for heads of unit: open, late and all cases.
extension Catalog {
    public enum UnitCases {}
}

extension Catalog.UnitCases {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let unitTitle = both("Kasus unit", "Unit's cases")

    public static let unitNav = both("Kasus unit", "Unit's cases")

    public static let unitOpen = both("Terbuka", "Open")

    public static let unitLate = both("Terlambat", "Late")

    public static let unitAll = both("Semua", "All")

    public static let unitFilter = both("Tampilkan", "Show")

    public static let columnCase = both("Kasus", "Case")

    public static let columnStep = both("Kegiatan sekarang", "Current step")

    public static let columnRole = both("Peran", "Role")

    public static let columnHolder = both("Dipegang", "Held by")

    public static let columnDue = both("Batas", "Due")

    public static let columnState = both("Keadaan", "State")

    public static let late = both("terlambat", "late")

    public static let onTime = both("tepat waktu", "on time")

    public static let nobodyYet = both("belum diambil", "not taken yet")

    public static let finished = both("selesai", "done")

    public static let cancelled = both("dibatalkan", "cancelled")

    public static let paused = both("ditunda", "paused")

    public static let unitNothing = both("Tidak ada kasus pada pilihan ini.", "No case in this choice.")

    public static func unitPage(_ page: Int, of pages: Int) -> Localized {
        both("Halaman \(page) dari \(pages)", "Page \(page) of \(pages)")
    }

    public static let previous = both("Sebelumnya", "Previous")

    public static let next = both("Berikutnya", "Next")

    public static let unitNeedsRole = both(
        "Daftar kasus unit untuk pemegang peran pimpinan atau pengelola peran, atau staf SOP-nya.",
        "The unit's case list is for holders of the head-of-unit role or the roster administrator, or the SOP's staff.")
}
