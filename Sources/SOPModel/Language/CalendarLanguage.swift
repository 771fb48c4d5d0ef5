/// The calendar file: one per SOP folder (`sop/kalender.yaml`), told apart from SOPs by its
/// `kalender` key. It holds the unit's time zone, service hours and the days off by year.
public enum CalendarLanguage {
    /// A file whose top-level keys include this one is a calendar, not an SOP.
    public static let marker = "kalender"

    public static func isCalendar(topLevelKeys: [String]) -> Bool { topLevelKeys.contains(marker) }

    public static let daysOff: Shape = .labelled(.labelled(.text(.free)))

    public static let document = ObjectShape(
        name: "kalender",
        title: "Kalender kerja",
        description: "Zona waktu, jam layanan, libur nasional dan cuti bersama unit: dasar penghitungan batas waktu mutu baku.",
        fields: [
            Field("kalender", .text(.free), required: true, title: "Nama kalender",
                  description: "Nama kalender, mis. nama unit kerja.", example: "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang"),
            Field("zona_waktu", .text(.choice(["WIB", "WITA", "WIT"])), title: "Zona waktu",
                  description: "WIB (UTC+7, bawaan), WITA (UTC+8) atau WIT (UTC+9)."),
            Field("jam_layanan", .oneOf([.text(.serviceHours), .list(.text(.serviceHours))]), title: "Jam layanan",
                  description: "Hari dan jam layanan, dengan jeda istirahat sebagai dua rentang: \"Jumat 08.00-11.30 13.00-16.00\". Tanpa jam layanan, menit dan jam dihitung sebagai waktu berjalan.",
                  example: "Senin-Kamis 08.00-15.30, Jumat 08.00-16.00"),
            Field("libur_nasional", daysOff, title: "Libur nasional",
                  description: "Per tahun: tanggal (tttt-bb-hh) → nama hari libur."),
            Field("cuti_bersama", daysOff, title: "Cuti bersama",
                  description: "Per tahun: tanggal (tttt-bb-hh) → keterangan cuti bersama."),
        ])
}
