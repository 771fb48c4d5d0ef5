/// What `sop db copy` says of the roster it carries from one store to another.
extension Catalog {
    public enum RosterCopy {
        public static let historyDiffers = Localized(
            id: "daftar peran: riwayat di tujuan bukan awal riwayat di asal (kedua basis data punya daftar peran sendiri)",
            en: "roster: the destination's history is not the start of the source's (each database has its own roster)")

        public static func refused(_ count: Int) -> Localized {
            Localized(id: "daftar peran tidak dapat disalin bersama kasusnya (\(count) masalah); tidak ada yang disalin",
                      en: "the roster cannot be copied with its cases (\(count) problems); nothing was copied")
        }

        public static func copied(_ count: Int) -> Localized {
            Localized(id: "daftar peran: \(count) isian riwayat disalin (urut, hash sama)",
                      en: "roster: \(count) history entries copied (in order, same hashes)")
        }
    }
}
