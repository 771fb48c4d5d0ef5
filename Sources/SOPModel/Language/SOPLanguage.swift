/// The SOP language, key by key. Keys follow the official form (Permenpan RB No. 35/2012)
/// in Bahasa Indonesia; titles and descriptions are what editors show while typing.
public enum SOPLanguage {
    public static let textList: Shape = .list(.text(.free))
    /// An identity section: texts, or rows of cells where the unit printed it as a table
    /// (under the headings of `cetak.kolom`).
    public static let sectionList: Shape = .list(.oneOf([.text(.free), .list(.text(.free))]))

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
            Field("dasar_hukum", sectionList, title: "Dasar Hukum",
                  description: "Peraturan perundang-undangan yang menjadi dasar SOP, satu butir per peraturan."),
            Field("kualifikasi_pelaksana", sectionList, title: "Kualifikasi Pelaksana",
                  description: "Kualifikasi yang harus dimiliki pelaksana."),
            Field("keterkaitan", sectionList, title: "Keterkaitan",
                  description: "SOP lain yang terkait."),
            Field("peralatan_perlengkapan", sectionList, title: "Peralatan / Perlengkapan",
                  description: "Peralatan dan perlengkapan yang dibutuhkan."),
            Field("peringatan", sectionList, title: "Peringatan",
                  description: "Akibat bila SOP tidak dilaksanakan. Boleh kosong."),
            Field("pencatatan_pendataan", sectionList, title: "Pencatatan dan Pendataan",
                  description: "Catatan dan data yang disimpan. Boleh kosong."),
            Field("jam_layanan", .oneOf([.text(.serviceHours), .list(.text(.serviceHours))]), title: "Jam layanan",
                  description: "Hari dan jam layanan, mis. \"Senin-Kamis 08.00-15.30, Jumat 08.00-16.00\"; juga \"24 jam setiap hari\", \"Senin s.d. Minggu 00.00-24.00\". \"termasuk hari libur\": layanan berjalan pada libur nasional dan cuti bersama (waktunya tidak berhenti); \"kecuali hari libur\": tutup pada hari itu.",
                  example: "Senin-Kamis 08.00-15.30, Jumat 08.00-16.00"),
            Field("cetak", .object(printing), title: "Cetak",
                  description: "Bagaimana unit mencetak SOP-nya: kop beberapa baris, judul tabel bernomor, logo, judul kolom dan baris seperti dicetak, kalimat pengantar, paragraf, baris Total waktu."),
            Field("kasus", .object(caseSettings), title: "Kasus di meja layanan",
                  description: "Judul kasus dan tanda terima: bagaimana kasus SOP ini tampil dan berjalan di meja layanan."),
            Field("pelaksana", .list(.object(actor)), required: true, title: "Pelaksana",
                  description: "Para pelaksana: satu kolom tabel per pelaksana, dengan urutan kolom seperti dicetak."),
            Field("kegiatan", .list(.object(step)), title: "Kegiatan",
                  description: "Baris-baris tabel kegiatan, berurutan dari atas ke bawah (wajib, kecuali SOP ditulis sebagai beberapa tabel)."),
            Field("catatan", textList, title: "Catatan kaki",
                  description: "Catatan yang dicetak di bawah tabel kegiatan, mis. \"*) Periode kenaikan pangkat: 1 April dan 1 Oktober\"; untuk SOP yang ditulis sebagai beberapa tabel, tulis di tiap tabel."),
            Field("tabel", .list(.object(table)), title: "Tabel",
                  description: "SOP yang dicetak sebagai beberapa tabel: tiap tabel dengan judul, kolom pelaksana, nomor baris dan catatan kakinya sendiri. Pengganti \"kegiatan\"."),
            Field("alur_tabel", .text(.choice(["berurutan", "pilihan"])), title: "Alur antar tabel",
                  description: "berurutan (bawaan): alur berlanjut dari baris terakhir satu tabel ke tabel berikutnya; pilihan: tiap tabel prosedur tersendiri dengan awal dan akhirnya, dan meja layanan memilih tabel yang berlaku di awal kasus."),
            Field("tata_letak", .object(layout), title: "Tata letak tabel",
                  description: "Urutan kolom Mutu Baku dan baris nomor kolom, seperti dicetak."),
        ],
        exclusive: [["kegiatan", "tabel"], ["catatan", "tabel"]])

    public static let table = ObjectShape(
        name: "tabel",
        title: "Tabel",
        description: "Satu tabel kegiatan dari SOP yang dicetak sebagai beberapa tabel.",
        fields: [
            Field("judul", .text(.free), title: "Judul tabel", description: "Judul yang dicetak di atas tabel."),
            Field("pelaksana", .list(.text(.actorReference)), title: "Kolom pelaksana",
                  description: "Id pelaksana yang menjadi kolom tabel ini, berurutan seperti dicetak; bila kosong, semua pelaksana."),
            Field("nama_kolom", .labelled(.text(.free)), title: "Nama kolom",
                  description: "Judul kolom pelaksana seperti dicetak di tabel ini, bila berbeda dari nama pelaksana: id pelaksana → judul, mis. ppk: \"Proyek Keuangan/ PPK\"."),
            Field("catatan", textList, title: "Catatan kaki",
                  description: "Catatan yang dicetak di bawah tabel, mis. \"Ket: *) apabila diperlukan\"."),
            Field("kegiatan", .list(.object(step)), required: true, title: "Kegiatan",
                  description: "Baris-baris tabel ini; nomor baris dimulai lagi dari 1."),
        ])

    public static let layout = ObjectShape(
        name: "tata_letak",
        title: "Tata letak tabel",
        description: "Bagaimana tabel kegiatan dicetak.",
        fields: [
            Field("mutu_baku", .list(.text(.choice(TableLayoutSpec.MutuBakuColumn.allCases.map(\.rawValue)))),
                  title: "Kolom Mutu Baku", description: "Urutan kolom Mutu Baku seperti dicetak, mis. [kelengkapan, output, waktu]."),
            Field("nomor_kolom", .text(.boolean), title: "Nomor kolom",
                  description: "ya: baris nomor kolom \"(1) (2) …\" dicetak di bawah kepala tabel."),
            Field("judul_pelaksana", .text(.boolean), title: "Judul Pelaksana",
                  description: "ya (bawaan): judul \"Pelaksana\" dicetak di atas kolom-kolom pelaksana; tidak: nama pelaksana berdiri sendiri di kepala tabel."),
            Field("keterangan_dalam_mutu_baku", .text(.boolean), title: "Keterangan di bawah Mutu Baku",
                  description: "ya: kolom Keterangan dicetak sebagai kolom terakhir di bawah judul Mutu Baku; tidak (bawaan): kolom tersendiri di sampingnya."),
            Field("butir", .text(.boolean), title: "Butir bertanda",
                  description: "ya: tiap butir sel Mutu Baku yang berisi beberapa butir dicetak dengan tanda •; tidak (bawaan): butir dicetak baris demi baris tanpa tanda, seperti dokumen bertanda tangan."),
            Field("halaman", .list(.text(.free)), title: "Halaman tabel",
                  description: "Nomor (atau id) baris yang memulai tiap halaman tabel sesudah yang pertama, seperti dokumen bertanda tangan, mis. [11, 17]: tabel dipecah di sana dan hanya di sana; halaman yang terlalu penuh dicetak diperkecil."),
        ])

    public static let exit = ObjectShape(
        name: "cabang",
        title: "Cabang",
        description: "Satu jalan keluar keputusan; tanpa label bila digambar sebagai panah polos.",
        fields: [
            Field("ke", .oneOf([.text(.target), .list(.text(.target))]), required: true, title: "Ke",
                  description: "Id kegiatan tujuan atau \"selesai\"; daftar id bila panah cabang bercabang ke beberapa baris sekaligus."),
            Field("label", .text(.free), title: "Label", description: "Label yang digambar; kosongkan untuk panah tanpa label."),
            Field("penghubung", .text(.free), title: "Penghubung",
                  description: "Nomor penghubung yang tercetak di panah cabang ini (mis. \"1\"): panah digambar ke lingkaran bernomor itu, dan dari lingkaran bernomor sama ke tujuannya."),
            Field("hasil", .text(.free), title: "Hasil",
                  description: "Hasil yang dibawa kasus bila cabang ini diambil (\"Tidak memenuhi syarat\"), juga bila alurnya berlanjut ke baris bersama: kasus yang selesai membawa hasil ini di sop cases, sop status dan laporan."),
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
            Field("judul_tanda_terima", .text(.free), title: "Judul tanda terima",
                  description: "Judul tanda terima lengkap seperti dicetak unit (mis. \"Tanda Terima Berkas\"); bila kosong, butir Output kegiatan tanda_terima yang menyebut tanda terima, penerimaan atau bukti, selain itu \"Form Penerimaan Layanan\".",
                  example: "Tanda Terima Berkas"),
            Field("penerima_tanda_terima", .text(.free), title: "Penerima tanda terima",
                  description: "Keterangan di atas tempat tanda tangan penerima pada tanda terima (mis. \"Pemohon\"); bila kosong, \"Pelapor / penerima layanan\".",
                  example: "Pemohon"),
            Field("satuan", .text(.free), title: "Satuan kasus",
                  description: "Apa satu kasus itu (mis. \"kendaraan\" pada SOP pengujian kendaraan): Waktu yang tercetak per satuan ini (\"15 menit/kendaraan\") adalah waktu kasus itu, dibaca apa adanya tanpa peringatan, seperti \"/pemohon\" atau \"/berkas\".",
                  example: "kendaraan"),
            Field("isian_tanda_terima", .list(.text(.identifier)), title: "Isian pada tanda terima",
                  description: "Nama isian formulir yang jawabannya dicetak pada tanda terima (mis. nomor register), berurutan; NIK dan nomor telepon tetap disamarkan.",
                  example: "[no_register]"),
            Field("kelengkapan_diterima", .list(.text(.target)), title: "Kelengkapan diterima",
                  description: "Nomor atau id kegiatan yang Kelengkapannya diserahkan pemohon, dicantumkan pada tanda terima sebagai kelengkapan diterima; bila kosong, kegiatan sampai tanda terima yang dilaksanakan pemohon atau pihak luar lainnya, atau kegiatan pertama.",
                  example: "[1]"),
            Field("batas_layanan", .text(.free), title: "Batas layanan",
                  description: "Standar waktu pelayanan seluruh kasus (janji kepada pemohon), dihitung sejak kasus dimulai menurut kalender unit: \"total\" membaca Total waktu tercetak (cetak.total_waktu, mis. \"3 (tiga) hari kerja\"), atau tulis durasinya (mis. \"3 hari kerja\"); beberapa jenis waktu berurutan dijumlahkan (mis. \"9 (sembilan) hari kerja 35 menit\"). Tanda terima, sop status, sop case dan laporan memakai batas ini; batas tiap kegiatan tetap dari Waktu barisnya. Bila kosong, batas kasus adalah jalur terpanjang baris-barisnya.",
                  example: "total"),
            Field("di_luar_batas_layanan", .list(.text(.target)), title: "Di luar batas layanan",
                  description: "Nomor atau id kegiatan yang waktunya tidak dihitung dalam batas_layanan (\"tidak termasuk waktu pembayaran retribusi oleh pemohon\"): batas layanan kasus bertambah selama kasus berada di kegiatan itu; kegiatan itu tetap memakai standar dan batas waktunya sendiri. Sama dengan mutu_baku: {di_luar_batas_layanan: ya} pada barisnya.",
                  example: "[8]"),
            Field("jeda_menghentikan_waktu", .text(.boolean), title: "Jeda menghentikan waktu",
                  description: "ya (bawaan): selama kasus dijeda (menunggu pelapor) waktu kegiatan berhenti; batas waktu dan waktu terpakai tidak menghitung masa jeda. tidak: waktu tetap berjalan."),
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
            Field("tanda_tangan", .text(.choice(["basah", "elektronik"])), title: "Tanda tangan",
                  description: "basah (bawaan): ruang tanda tangan di atas nama; elektronik: teks lembaga sertifikasi, tanpa ruang tanda tangan."),
            Field("keterangan_elektronik", .text(.free), title: "Keterangan tanda tangan elektronik",
                  description: "Teks yang dicetak untuk tanda tangan elektronik, mis. \"Ditandatangani secara elektronik oleh … menggunakan sertifikat elektronik yang diterbitkan oleh BSrE\"; beberapa baris dengan blok '|'."),
            Field("kode_qr", .text(.free), title: "Kode QR",
                  description: "Berkas gambar kode QR tanda tangan elektronik (PNG, JPEG, GIF atau SVG) di samping berkas SOP; dicetak di sel pengesah sebagai pengganti ruang tanda tangan, dimuat di dalam HTML dan PDF. \"ya\": dokumen bertanda tangan mencetak kode QR tetapi gambarnya tidak ada (disalin dari teks): tempatnya dicetak sebagai bingkai kosong."),
            Field("keterangan_di", .text(.choice(SignatureNotePlacement.allCases.map(\.rawValue))), title: "Letak keterangan elektronik",
                  description: "sel (bawaan): keterangan_elektronik dicetak sekali di sel pengesah; kaki_halaman: dicetak di kaki setiap halaman, dengan kode QR di sampingnya."),
        ])

    public static let printing = ObjectShape(
        name: "cetak",
        title: "Cetak",
        description: "Bagaimana unit mencetak SOP-nya, agar dokumen sama dengan yang ditandatangani.",
        fields: [
            Field("kop", textList, title: "Kop",
                  description: "Kop beberapa baris, dari atas ke bawah; bila ditulis, dicetak sebagai pengganti instansi dan unit."),
            Field("judul_tabel", .text(.free), title: "Judul tabel",
                  description: "Judul tabel kegiatan seperti dicetak, dengan nomor daftarnya, mis. \"19. SOP Pelayanan Izin\"."),
            Field("logo", .text(.free), title: "Logo",
                  description: "Berkas gambar logo (PNG, JPEG, GIF atau SVG) di samping berkas SOP; dimuat di dalam HTML dan PDF."),
            Field("label", .object(printedLabels), title: "Label",
                  description: "Judul baris dan kolom seperti dicetak unit, mis. judul: Nama SOP, kelengkapan: Syarat, keterangan: Ket."),
            Field("pengantar", .object(listTexts), title: "Kalimat pengantar",
                  description: "Kalimat sebelum butir-butir daftar, mis. peringatan: \"Apabila SOP ini tidak dilaksanakan, maka:\"."),
            Field("paragraf", .list(.text(.choice(Printing.listKeys))), title: "Paragraf",
                  description: "Bagian identitas yang dicetak sebagai satu paragraf, bukan daftar bernomor."),
            Field("total_waktu", .text(.free), title: "Baris Total waktu",
                  description: "ya (bawaan): baris Total waktu dicetak di bawah tabel, jumlah waktu baris-barisnya; tidak: unit tidak mencetaknya; teks lain: Total waktu seperti dicetak unit, mis. \"4 hari kerja 2 jam 55 menit\"."),
            Field("tidak_dicetak", .list(.text(.choice(Printing.listKeys))), title: "Bagian tidak dicetak",
                  description: "Bagian identitas yang sama sekali tidak dicetak unit (tanpa judul dan sel), mis. [peralatan_perlengkapan]."),
            Field("kosong", .list(.text(.choice(Printing.listKeys))), title: "Bagian dicetak kosong",
                  description: "Bagian identitas yang dicetak dengan sel kosong; tanpa ini daftar kosong dicetak \"-\"."),
            Field("kolom", .object(sectionColumns), title: "Kolom tabel bagian identitas",
                  description: "Bagian identitas yang dicetak sebagai tabel: judul kolomnya seperti dicetak, mis. pencatatan_pendataan: [No, Jenis Catatan, Disimpan di]; tiap butir bagian itu ditulis sebagai satu baris sel, mis. [\"1\", Buku register, Front Office]."),
            Field("baris_tambahan", .list(.object(extraRow)), title: "Baris identitas tambahan",
                  description: "Baris yang dicetak unit di blok identitas selain baris bentuk resmi, mis. {label: Halaman, isi: 1/2, setelah: nomor}."),
        ])

    public static let sectionColumns = ObjectShape(
        name: "kolom",
        title: "Kolom tabel bagian identitas",
        description: "Judul kolom bagian identitas yang dicetak sebagai tabel.",
        fields: Printing.listKeys.map { Field($0, textList, title: $0, description: "Judul kolom tabel '\($0)', dari kiri ke kanan.") })

    public static let extraRow = ObjectShape(
        name: "baris_tambahan",
        title: "Baris identitas tambahan",
        description: "Satu baris blok identitas seperti dicetak unit.",
        fields: [
            Field("label", .text(.free), required: true, title: "Label", description: "Judul baris seperti dicetak, mis. Halaman."),
            Field("isi", .text(.free), title: "Isi", description: "Isi baris seperti dicetak, mis. 1/2; kosong bila dicetak kosong."),
            Field("setelah", .text(.choice(ExtraIdentityRow.rowKeys)), title: "Setelah",
                  description: "Baris bentuk resmi yang diikutinya: nomor, pembuatan, revisi, efektif, pengesahan, disahkan_oleh, judul, jam_layanan; tanpa ini, di akhir blok."),
        ])

    public static let printedLabels = ObjectShape(
        name: "label",
        title: "Label seperti dicetak",
        description: "Judul baris identitas dan kolom tabel seperti dicetak unit.",
        fields: Printing.labelKeys.map { Field($0, .text(.free), title: $0, description: "Judul yang dicetak untuk '\($0)'.") })

    public static let listTexts = ObjectShape(
        name: "pengantar",
        title: "Kalimat pengantar",
        description: "Kalimat yang dicetak sebelum butir-butir daftar.",
        fields: Printing.listKeys.map { Field($0, .text(.free), title: $0, description: "Kalimat pengantar '\($0)'.") })

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
            Field("dicatat_oleh", .text(.actorReference), title: "Dicatat oleh",
                  description: "Untuk pelaksana bukan staf: id peran staf yang mencatat kegiatannya."),
        ])

    public static let mutuBaku = ObjectShape(
        name: "mutu_baku",
        title: "Mutu Baku",
        description: "Standar mutu baris: kelengkapan, waktu dan output.",
        fields: [
            Field("kelengkapan", .list(.oneOf([.text(.free), .object(kelengkapan)])), title: "Kelengkapan",
                  description: "Persyaratan atau perlengkapan yang dibutuhkan."),
            Field("waktu", .text(.free), title: "Waktu",
                  description: "Waktu seperti dicetak, apa adanya; standarnya dibaca dari teks ini: \"5 menit\", \"1 (satu) hari kerja\", \"paling lambat 30 menit\", \"1 jam 30 menit\", \"½ hari\", \"1 x 24 jam\", \"1-3 hari\", juga satu durasi di dalam kalimat. Tanpa durasi (\"Sesuai kebutuhan\"): tanpa standar.",
                  example: "5 menit"),
            Field("output", .list(.oneOf([.text(.free), .object(outputItem)])), title: "Output",
                  description: "Keluaran baris: teks, atau {butir, oleh} untuk butir yang dihasilkan satu kotak baris paralel."),
            Field("waktu_baku", .oneOf([.text(.waktu), .object(conditionalWaktu), .object(perItemWaktu), .object(dueDateWaktu), .object(dailyWaktu)]),
                  title: "Waktu baku",
                  description: "Standar waktu yang dipakai untuk menghitung, ditulis di samping waktu tercetak bila teks tercetak tidak memuat satu durasi (\"Sesuai jadwal\", dua durasi); atau bergantung pada kasus: {menurut, jika}; per butir: {per, tiap} (\"2 jam/alat\"); sampai tanggal yang dicatat kasus: {sampai, jam}, atau sekian waktu sebelum tanggal itu: {sampai, sebelum}; pada jam tertentu setiap hari kerja: {pukul: \"14.00\"}; tanpa standar waktu: \"tanpa\" atau \"-\".",
                  example: "3 hari kerja"),
            Field("dihitung_sejak", .text(.identifier), title: "Dihitung sejak",
                  description: "Id kegiatan sebelumnya tempat waktu mulai dihitung (\"sejak permohonan diterima\"): batas waktu diukur dari awal kegiatan itu."),
            Field("gabung_sampai", .text(.identifier), title: "Sel waktu digabung sampai",
                  description: "Id kegiatan terakhir dari sel waktu yang dicetak tergabung (merged) di beberapa baris: waktu dihitung dari awal baris ini sampai akhir kegiatan itu, sekali saja."),
            Field("di_luar_batas_layanan", .text(.boolean), title: "Di luar batas layanan",
                  description: "ya: waktu kegiatan ini tidak dihitung dalam batas layanan kasus (kasus: batas_layanan), mis. \"Waktu tidak termasuk waktu pembayaran retribusi oleh pemohon\": janji layanan bertambah selama kasus berada di kegiatan ini. Standar dan batas waktu kegiatan ini sendiri (waktu_baku, dihitung_sejak) tetap berjalan; lewat batas, kegiatan terlambat.",
                  example: "ya"),
            Field("kelengkapan_gabung_sampai", .text(.identifier), title: "Sel kelengkapan digabung sampai",
                  description: "Id kegiatan terakhir dari sel kelengkapan yang dicetak tergabung (merged) di beberapa baris: butirnya ditulis di baris ini, dicetak satu sel, dan diperiksa sekali di baris ini."),
            Field("output_gabung_sampai", .text(.identifier), title: "Sel output digabung sampai",
                  description: "Id kegiatan terakhir dari sel output yang dicetak tergabung (merged) di beberapa baris: butirnya ditulis di baris ini, dicetak satu sel, dan dihasilkan sekali, di kegiatan terakhir itu."),
        ])

    public static let perItemWaktu = ObjectShape(
        name: "waktu_per_butir",
        title: "Waktu baku per butir",
        description: "Standar waktu untuk setiap butir (\"2 jam/alat\"): jumlah butir (jawaban isian angka) × standar satu butir.",
        fields: [
            Field("per", .text(.identifier), required: true, title: "Per",
                  description: "Nama isian formulir berjenis angka, di kegiatan ini atau sebelumnya, yang mencatat jumlah butir (alat, berkas)."),
            Field("tiap", .text(.waktu), required: true, title: "Tiap",
                  description: "Standar waktu untuk satu butir.", example: "2 jam"),
        ])

    public static let dueDateWaktu = ObjectShape(
        name: "waktu_sampai_tanggal",
        title: "Waktu baku sampai tanggal",
        description: "Batas waktu pada tanggal yang dicatat kasus (\"sesuai jadwal\"): akhir hari kerja tanggal itu, atau jam yang dicatat; dengan 'sebelum': sekian waktu sebelum tanggal itu (\"paling lambat 2 bulan sebelum periode\").",
        fields: [
            Field("sampai", .text(.identifier), required: true, title: "Sampai",
                  description: "Nama isian formulir berjenis tanggal di kegiatan ini atau sebelumnya (tanggal yang dijadwalkan); bila di kegiatan ini, batasnya diketahui begitu isian itu dijawab."),
            Field("jam", .text(.identifier), title: "Jam",
                  description: "Nama isian formulir di kegiatan ini atau sebelumnya yang mencatat jamnya (\"09.00\"); bila kosong: akhir jam layanan tanggal itu."),
            Field("sebelum", .text(.waktu), title: "Sebelum",
                  description: "Satu durasi: batasnya sekian waktu sebelum tanggal itu (\"2 bulan\", \"5 hari kerja\").", example: "2 bulan"),
        ])

    public static let dailyWaktu = ObjectShape(
        name: "waktu_pukul",
        title: "Waktu baku pada jam tertentu",
        description: "Batas waktu pada jam tertentu setiap hari kerja (\"Setiap hari kerja pukul 14.00\", cetak kolektif): pukul itu pada hari kerja yang sama bila kegiatan dimulai sebelumnya, selain itu pukul itu pada hari kerja berikutnya. Teks tercetak \"Setiap hari kerja pukul 14.00\" sudah dibaca begitu tanpa waktu_baku.",
        fields: [
            Field("pukul", .text(.free), required: true, title: "Pukul",
                  description: "Jam batas, seperti \"14.00\" atau \"09.30\".", example: "14.00"),
        ])

    public static let conditionalWaktu = ObjectShape(
        name: "waktu_bersyarat",
        title: "Waktu baku menurut kasus",
        description: "Standar waktu yang dipilih oleh kasus: oleh cabang keputusan sebelumnya atau jawaban isian formulir.",
        fields: [
            Field("menurut", .text(.identifier), required: true, title: "Menurut",
                  description: "Id kegiatan keputusan (label cabang yang dipilih) atau nama isian formulir (jawabannya)."),
            Field("jika", .labelled(.text(.waktu)), required: true, title: "Jika",
                  description: "Label cabang atau jawaban → standar waktu."),
            Field("lainnya", .text(.waktu), title: "Lainnya",
                  description: "Standar waktu bila kasus tidak memilih satu pun nilai di atas; bila kosong: tanpa standar."),
        ])

    public static let outputItem = ObjectShape(
        name: "output_butir",
        title: "Butir output sebuah kotak",
        description: "Butir output yang dihasilkan satu kotak dari baris berkotak banyak yang dicetak dengan satu sel Output: ditanyakan hanya pada lintasan ketika kotak itu dikerjakan.",
        fields: [
            Field("butir", .text(.free), required: true, title: "Butir", description: "Nama output, seperti dicetak."),
            Field("oleh", .text(.identifier), required: true, title: "Oleh",
                  description: "Id kotak (kegiatan) di baris yang sama yang menghasilkan butir ini."),
        ])

    public static let kelengkapan = ObjectShape(
        name: "kelengkapan",
        title: "Butir kelengkapan",
        description: "Butir kelengkapan yang dapat ditandai wajib, atau kalimat pengantar sel (dicetak, tidak ditanyakan).",
        fields: [
            Field("butir", .text(.free), title: "Butir", description: "Nama kelengkapan."),
            Field("wajib", .text(.boolean), title: "Wajib",
                  description: "ya: kasus tidak dapat dilanjutkan tanpa butir ini; tidak (bawaan): kekurangan dicatat dan kasus berlanjut."),
            Field("pengantar", .text(.free), title: "Kalimat pengantar",
                  description: "Kalimat yang dicetak di sel sebelum butir-butirnya (\"Penelitian data administratif :\"): dicetak apa adanya, tidak ditanyakan di meja layanan.",
                  example: "Penelitian data administratif :"),
        ],
        exclusive: [["butir", "pengantar"], ["pengantar", "wajib"]])

    public static let decision = ObjectShape(
        name: "keputusan",
        title: "Keputusan",
        description: "Baris keputusan (belah ketupat) dengan dua cabang atau lebih.",
        fields: [
            Field("pertanyaan", .text(.free), title: "Pertanyaan",
                  description: "Pertanyaan yang dijawab pelaksana; bila kosong, uraian kegiatan."),
            Field("cabang", .oneOf([.labelled(.oneOf([.text(.target), .list(.text(.target)), .object(exit)])), .list(.object(exit))]),
                  required: true, title: "Cabang",
                  description: "Label cabang → id kegiatan tujuan (boleh kegiatan sebelumnya) atau \"selesai\", atau daftar id bila panahnya bercabang ke beberapa baris sekaligus (Ya: [6, 7]), atau {ke, hasil} untuk cabang yang membawa hasil; atau daftar {ke, label, hasil}, label boleh kosong."),
            Field("tergambar", .text(.boolean), title: "Tergambar",
                  description: "tidak: syarat hanya ada dalam teks baris dan bagan digambar lurus; meja layanan tetap bertanya."),
            Field("pertanyaan_tercetak", .text(.boolean), title: "Pertanyaan tercetak",
                  description: "ya (bawaan): pertanyaan dicetak miring di sel Kegiatan; tidak: pertanyaan hanya untuk meja layanan, dokumen tidak mencetaknya."),
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
                  description: "teks, angka, tanggal, pilihan, ya/tidak, nik (16 angka), kk (Nomor Kartu Keluarga, 16 angka, disamarkan seperti NIK), telepon, email, nip (18 angka, tidak disamarkan, dapat dicari)."),
            Field("wajib", .text(.boolean), title: "Wajib", description: "ya (bawaan) atau tidak."),
            Field("pribadi", .text(.boolean), title: "Data pribadi",
                  description: "ya: jawaban disamarkan seperti NIK dan telepon (mis. alamat rumah); bawaan tidak."),
            Field("pilihan", textList, title: "Pilihan", description: "Pilihan jawaban untuk jenis pilihan."),
            Field("hanya_kunjungan_ulang", .text(.boolean), title: "Hanya kunjungan ulang",
                  description: "ya: ditanyakan hanya bila alur kembali ke kegiatan ini (kunjungan ke-2 dst.), mis. tanggal jadwal ulang; waktu_baku {sampai} memakai jawaban terakhir isian bernama sama."),
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
            Field("uraian", .text(.free), title: "Uraian kegiatan",
                  description: "Kegiatan, seperti dicetak; wajib pada kotak pertama baris. Kotak berikutnya dalam baris yang sama boleh tanpa uraian: kotak itu memakai uraian barisnya."),
            Field("pelaksana", .text(.actorReference), required: true, title: "Pelaksana",
                  description: "Id pelaksana yang melakukan kegiatan (kolom tempat simbolnya digambar)."),
            Field("terlibat", .list(.text(.actorReference)), title: "Pelaksana terlibat",
                  description: "Id pelaksana lain yang terlibat (dihubungi, diajak berkoordinasi)."),
            Field("simbol", .text(.choice(Symbol.allCases.map(\.rawValue))), title: "Simbol",
                  description: "terminator (awal/akhir), proses, keputusan, atau tanpa (garis alur lewat, tanpa kotak); bila kosong: keputusan untuk baris keputusan, selain itu proses."),
            Field("teks_simbol", .text(.free), title: "Teks di dalam simbol",
                  description: "Kata yang tercetak di dalam simbol, menggantikan nomor baris: pertanyaan di belah ketupat (\"Lengkap?\"), \"Mulai\" atau \"Selesai\" di kapsul; dipatahkan agar muat. Pada keputusan tanpa pertanyaan, teks ini juga pertanyaannya, dan tidak dicetak lagi di sel Kegiatan.",
                  example: "Lengkap?"),
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
            Field("label_lanjut", .text(.free), title: "Label panah",
                  description: "Label yang digambar di samping panah polos baris ini, mis. \"Ya\"."),
            Field("dicatat_oleh", .text(.actorReference), title: "Dicatat oleh",
                  description: "Id peran staf yang mencatat kegiatan pelaksana bukan staf ini."),
            Field("hasil_akhir", .text(.free), title: "Hasil akhir",
                  description: "Kegiatan ini mengakhiri kasus dengan hasil ini (bukan pembatalan), mis. \"Pemeriksaan dihentikan\"."),
            Field("opsional", .text(.boolean), title: "Opsional",
                  description: "ya: kegiatan \"apabila diperlukan\"; meja layanan boleh melewatinya dengan alasan."),
            Field("kolektif", .text(.boolean), title: "Kolektif",
                  description: "ya: kegiatan yang dikerjakan sekali untuk banyak kasus (mis. daftar disetujui, cetak kolektif); daftar tugas dan meja web menawarkan penyelesaian kolektif (sop kolektif), dan sop lint memeriksa bahwa kegiatan ini tidak meminta isian atau cabang per kasus."),
            Field("bersama", .list(.text(.actorReference)), title: "Bersama",
                  description: "Id pelaksana yang kotaknya digambar di baris yang sama, dihubungkan ke kotak ini dengan garis polos (tanpa panah): ikut mengerjakan kegiatan ini; alur lewat kotak ini."),
            Field("baris", .text(.choice(RowKind.allCases.map(\.rawValue))), title: "Jenis baris",
                  description: "Pada kegiatan pertama baris berkotak banyak: paralel (bawaan), berurutan (dari pelaksana ke pelaksana), pilihan (satu saja yang dikerjakan), terpisah (tiap kotak di jalurnya sendiri, mis. dua rantai sejajar)."),
            Field("berhenti", .text(.boolean), title: "Berhenti",
                  description: "ya: jalur kotak ini berakhir di barisnya, tanpa panah keluar dan tanpa terminator akhir (kotak lain baris itu melanjutkan)."),
            Field("penghubung", .text(.free), title: "Penghubung",
                  description: "Nomor penghubung yang tercetak di panah polos kegiatan ini (mis. \"1\"): panah digambar ke lingkaran bernomor itu, dan dari lingkaran bernomor sama ke tujuannya."),
            Field("garis_pendek", .list(.text(.actorReference)), title: "Garis pendek",
                  description: "Id pelaksana 'bersama' yang garis polosnya tercetak pendek dari kotaknya, tidak menyentuh apa pun."),
            Field("keluar_lewat", .list(.text(.actorReference)), title: "Keluar lewat",
                  description: "Id pelaksana 'bersama' yang dari kotaknya keluar panah kegiatan ini ke kegiatan pelaksana itu."),
            Field("panah", .text(.boolean), title: "Panah tergambar",
                  description: "tidak: panah polos dari kegiatan ini ke kegiatan berikutnya tidak tercetak (kotak bertumpuk tanpa panah); alur tetap berlanjut ke sana."),
            Field("halaman_baru", .text(.boolean), title: "Halaman baru",
                  description: "ya: dokumen bertanda tangan memulai halaman baru dengan baris ini (kepala tabel diulang); PDF dan HTML memecah halaman di sini juga."),
            Field("garis_ke", .text(.target), title: "Garis ke",
                  description: "Id kegiatan (atau nomor baris) yang juga dituju garis tercetak dari kotak ini, mis. garis yang bersambung melewati belokannya sampai ke baris 4; hanya digambar, alur tidak lewat garis itu."),
        ],
        exclusive: [["lanjut", "keputusan", "paralel", "berhenti"]])
}
