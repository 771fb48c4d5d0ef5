/// The SOP language, key by key. Keys follow the official form (Permenpan RB No. 35/2012)
/// in Bahasa Indonesia; titles and descriptions are what editors show while typing.
public enum SOPLanguage {
    public static let textList: Shape = .list(.text(.free))

    public static let document = ObjectShape(
        name: "SOP",
        title: "Standar Operasional Prosedur",
        description: "Satu SOP dalam bentuk resmi Permenpan RB No. 35 Tahun 2012: identitas dan tabel kegiatan.",
        fields: [
            Field("nomor", .text(.free), required: true, title: "Nomor SOP",
                  description: "Nomor SOP menurut penomoran unit, ditulis sebagai teks (\"01\", \"SOP-314/17000/2025\").",
                  example: "\"01\""),
            Field("judul", .text(.free), required: true, title: "Judul SOP",
                  description: "Nama atau judul SOP.", example: "Pelayanan Pengaduan Langsung"),
            Field("instansi", .text(.free), title: "Instansi",
                  description: "Instansi yang menerbitkan SOP."),
            Field("unit", .text(.free), title: "Unit kerja",
                  description: "Unit atau tim di dalam instansi, bila dicetak."),
            Field("tanggal", .object(dates), title: "Tanggal",
                  description: "Tanggal pembuatan, revisi dan efektif (atau pengesahan)."),
            Field("disahkan_oleh", .object(approver), title: "Disahkan oleh",
                  description: "Pejabat yang mengesahkan SOP."),
            Field("dasar_hukum", textList, title: "Dasar Hukum",
                  description: "Peraturan perundang-undangan yang menjadi dasar SOP, satu butir per peraturan."),
            Field("kualifikasi_pelaksana", textList, title: "Kualifikasi Pelaksana",
                  description: "Kualifikasi yang harus dimiliki pelaksana."),
            Field("keterkaitan", textList, title: "Keterkaitan",
                  description: "SOP lain yang terkait."),
            Field("peralatan_perlengkapan", textList, title: "Peralatan / Perlengkapan",
                  description: "Peralatan dan perlengkapan yang dibutuhkan."),
            Field("peringatan", textList, title: "Peringatan",
                  description: "Akibat bila SOP tidak dilaksanakan. Boleh kosong."),
            Field("pencatatan_pendataan", textList, title: "Pencatatan dan Pendataan",
                  description: "Catatan dan data yang disimpan. Boleh kosong."),
            Field("jam_layanan", .oneOf([.text(.serviceHours), .list(.text(.serviceHours))]), title: "Jam layanan",
                  description: "Hari dan jam layanan, mis. \"Senin-Kamis 08.00-15.30, Jumat 08.00-16.00\".",
                  example: "Senin-Kamis 08.00-15.30, Jumat 08.00-16.00"),
            Field("kasus", .object(caseSettings), title: "Kasus di meja layanan",
                  description: "Judul kasus dan tanda terima: bagaimana kasus SOP ini tampil dan berjalan di meja layanan."),
            Field("pelaksana", .list(.object(actor)), required: true, title: "Pelaksana",
                  description: "Para pelaksana: satu kolom tabel per pelaksana, dengan urutan kolom seperti dicetak."),
            Field("kegiatan", .list(.object(step)), required: true, title: "Kegiatan",
                  description: "Baris-baris tabel kegiatan, berurutan dari atas ke bawah."),
        ])

    public static let caseSettings = ObjectShape(
        name: "kasus",
        title: "Kasus di meja layanan",
        description: "Bagaimana kasus SOP ini tampil dan berjalan di meja layanan.",
        fields: [
            Field("judul", .list(.text(.identifier)), title: "Judul kasus",
                  description: "Nama isian formulir yang jawabannya, berurutan, menjadi judul kasus di daftar tugas dan daftar kasus.",
                  example: "[nama, maksud]"),
            Field("tanda_terima", .text(.target), title: "Tanda terima",
                  description: "Id kegiatan yang menerbitkan tanda terima (Form Penerimaan Layanan) untuk pelapor; bila kosong, kegiatan pertama."),
        ])

    public static let dates = ObjectShape(
        name: "tanggal",
        title: "Tanggal",
        description: "Tanggal sebagai hari (\"24 Februari 2025\", \"2025-02-24\") atau bulan (\"Maret 2021\"); \"-\" bila tidak ada.",
        fields: [
            Field("pembuatan", .text(.date), title: "Tanggal Pembuatan", description: "Tanggal SOP dibuat."),
            Field("revisi", .text(.date), title: "Tanggal Revisi",
                  description: "Tanggal revisi terakhir; \"-\" bila belum pernah direvisi."),
            Field("efektif", .text(.date), title: "Tanggal Efektif", description: "Tanggal SOP mulai berlaku."),
            Field("pengesahan", .text(.date), title: "Tanggal Pengesahan",
                  description: "Dipakai sebagai pengganti \"efektif\" oleh unit yang mencetak \"Tanggal Pengesahan\"."),
        ],
        exclusive: [["efektif", "pengesahan"]])

    public static let approver = ObjectShape(
        name: "disahkan_oleh",
        title: "Disahkan oleh",
        description: "Pejabat yang mengesahkan SOP.",
        fields: [
            Field("jabatan", .text(.free), title: "Jabatan", description: "Jabatan pengesah."),
            Field("nama", .text(.free), title: "Nama", description: "Nama lengkap dengan gelar, seperti dicetak."),
            Field("pangkat", .text(.free), title: "Pangkat / golongan", description: "Pangkat, mis. \"Pembina Tk. I\"."),
            Field("nip", .text(.free), title: "NIP",
                  description: "Nomor Induk Pegawai, 18 angka, boleh dengan spasi seperti dicetak; kosongkan bila tidak dicetak.",
                  example: "19700907 199602 1 001"),
        ])

    public static let actor = ObjectShape(
        name: "pelaksana",
        title: "Pelaksana",
        description: "Satu pelaksana (satu kolom tabel).",
        fields: [
            Field("id", .text(.identifier), required: true, title: "Id",
                  description: "Nama pendek untuk dirujuk oleh kegiatan (huruf, angka, '-', '_').", example: "resepsionis"),
            Field("nama", .text(.free), required: true, title: "Nama", description: "Nama kolom seperti dicetak."),
            Field("jenis", .text(.choice(["staf", "eksternal", "instansi", "sarana"])), required: true, title: "Jenis",
                  description: "staf: pegawai unit yang menjalankan SOP; eksternal: orang di luar unit (pelapor, pengguna layanan); instansi: instansi lain (mis. KPK); sarana: saluran atau fasilitas (mis. layanan online)."),
        ])

    public static let mutuBaku = ObjectShape(
        name: "mutu_baku",
        title: "Mutu Baku",
        description: "Standar mutu baris: kelengkapan, waktu dan output.",
        fields: [
            Field("kelengkapan", .list(.oneOf([.text(.free), .object(kelengkapan)])), title: "Kelengkapan",
                  description: "Persyaratan atau perlengkapan yang dibutuhkan."),
            Field("waktu", .text(.waktu), title: "Waktu",
                  description: "Standar waktu: \"5 menit\", \"1 jam\", \"2 hari\", \"10 hari kerja\", \"1 x 24 jam\", \"1-3 hari\".",
                  example: "5 menit"),
            Field("output", textList, title: "Output", description: "Keluaran baris."),
        ])

    public static let kelengkapan = ObjectShape(
        name: "kelengkapan",
        title: "Butir kelengkapan",
        description: "Butir kelengkapan yang dapat ditandai wajib.",
        fields: [
            Field("butir", .text(.free), required: true, title: "Butir", description: "Nama kelengkapan."),
            Field("wajib", .text(.boolean), title: "Wajib",
                  description: "ya: kasus tidak dapat dilanjutkan tanpa butir ini; tidak (bawaan): kekurangan dicatat dan kasus berlanjut."),
        ])

    public static let decision = ObjectShape(
        name: "keputusan",
        title: "Keputusan",
        description: "Baris keputusan (belah ketupat) dengan dua cabang atau lebih.",
        fields: [
            Field("pertanyaan", .text(.free), title: "Pertanyaan",
                  description: "Pertanyaan yang dijawab pelaksana; bila kosong, uraian kegiatan."),
            Field("cabang", .labelled(.text(.target)), required: true, title: "Cabang",
                  description: "Label cabang → id kegiatan tujuan (boleh kegiatan sebelumnya) atau \"selesai\"."),
        ])

    public static let formField = ObjectShape(
        name: "isian",
        title: "Isian formulir",
        description: "Satu isian data yang dicatat pada kegiatan.",
        fields: [
            Field("nama", .text(.identifier), required: true, title: "Nama isian",
                  description: "Nama pendek isian (huruf, angka, '-', '_').", example: "nama_pelapor"),
            Field("label", .text(.free), title: "Label", description: "Teks pertanyaan yang ditampilkan."),
            Field("jenis", .text(.choice(FormField.FieldType.allCases.map(\.rawValue))), required: true, title: "Jenis",
                  description: "teks, angka, tanggal, pilihan, ya/tidak, nik (16 angka), telepon, email."),
            Field("wajib", .text(.boolean), title: "Wajib", description: "ya (bawaan) atau tidak."),
            Field("pilihan", textList, title: "Pilihan", description: "Pilihan jawaban untuk jenis pilihan."),
        ])

    public static let step = ObjectShape(
        name: "kegiatan",
        title: "Kegiatan",
        description: "Satu baris tabel kegiatan.",
        fields: [
            Field("id", .text(.identifier), title: "Id",
                  description: "Nama pendek untuk dirujuk; bila kosong, nomor baris (\"no\") dipakai.", example: "terima-pengaduan"),
            Field("no", .text(.free), title: "No",
                  description: "Nomor seperti dicetak; kosongkan untuk baris tanpa nomor."),
            Field("bagian", .text(.free), title: "Bagian",
                  description: "Judul bagian yang dicetak di atas baris ini, mis. \"A. Proses Penerimaan Pengaduan\"."),
            Field("uraian", .text(.free), required: true, title: "Uraian kegiatan", description: "Kegiatan, seperti dicetak."),
            Field("pelaksana", .text(.actorReference), required: true, title: "Pelaksana",
                  description: "Id pelaksana yang melakukan kegiatan (kolom tempat simbolnya digambar)."),
            Field("terlibat", .list(.text(.actorReference)), title: "Pelaksana terlibat",
                  description: "Id pelaksana lain yang terlibat (dihubungi, diajak berkoordinasi)."),
            Field("simbol", .text(.choice(Symbol.allCases.map(\.rawValue))), title: "Simbol",
                  description: "terminator (awal/akhir), proses, atau keputusan; bila kosong: keputusan untuk baris keputusan, selain itu proses."),
            Field("mutu_baku", .object(mutuBaku), title: "Mutu Baku", description: "Kelengkapan, waktu dan output."),
            Field("keterangan", .text(.free), title: "Keterangan", description: "Keterangan baris."),
            Field("formulir", .list(.object(formField)), title: "Formulir",
                  description: "Isian data yang dicatat pada kegiatan ini."),
            Field("lanjut", .text(.target), title: "Lanjut ke",
                  description: "Id kegiatan berikutnya atau \"selesai\"; bila kosong, baris berikutnya (baris terakhir: selesai)."),
            Field("keputusan", .object(decision), title: "Keputusan", description: "Menjadikan baris ini keputusan bercabang."),
            Field("paralel", .list(.text(.target)), title: "Paralel",
                  description: "Id kegiatan yang dikerjakan bersamaan setelah kegiatan ini."),
            Field("menunggu", .list(.text(.identifier)), title: "Menunggu",
                  description: "Gabungan: kegiatan ini baru dimulai setelah semua kegiatan paralel ini selesai."),
        ],
        exclusive: [["lanjut", "keputusan", "paralel"]])
}
