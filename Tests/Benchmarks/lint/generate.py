#!/usr/bin/env python3
"""Writes a deterministic corpus of realistic SOP files for the `sop lint` benchmark.

Each file is an SOP in the official form: identity, 3-6 actors, 6-30 steps with sections,
mutu baku, decisions (some looping back), parallel work joined later, a form; about 5 KB.
About one file in twenty carries a realistic mistake (a misspelt waktu or actor), so the
linter also reports. Same seed, same bytes.

    python3 Tests/Benchmarks/lint/generate.py OUT_DIR [COUNT] [SEED]
"""
import os
import random
import sys

ACTORS = [
    ("pemohon", "Pemohon", "eksternal"), ("pelapor", "Pelapor", "eksternal"),
    ("resepsionis", "Resepsionis", "staf"), ("petugas-loket", "Petugas Loket", "staf"),
    ("staf-pengaduan", "Staf layanan pengaduan", "staf"), ("verifikator", "Verifikator", "staf"),
    ("kasubag", "Kepala Sub Bagian Umum", "staf"), ("kabid", "Kepala Bidang", "staf"),
    ("sekretaris", "Sekretaris Dinas", "staf"), ("kadis", "Kepala Dinas", "staf"),
    ("kpk", "KPK", "instansi"), ("inspektorat", "Inspektorat Kota", "instansi"),
    ("layanan-online", "Layanan Pengaduan Online", "sarana"),
]
VERBS = ["menerima", "memeriksa", "mencatat", "memverifikasi", "menelaah", "menyusun", "menandatangani",
         "mengarsipkan", "menyampaikan", "mengoordinasikan", "menganalisis", "meneruskan", "memproses"]
OBJECTS = ["berkas permohonan", "surat pengaduan", "data pelapor", "formulir pendaftaran", "laporan hasil telaah",
           "surat izin usaha", "nota dinas", "bukti dukung", "rekomendasi teknis", "berita acara pemeriksaan"]
EXTRA = ["sesuai ketentuan yang berlaku", "melalui aplikasi layanan", "dengan tembusan kepada atasan langsung",
         "dan memastikan kelengkapan dokumen", "paling lambat pada hari kerja berikutnya", "secara tertulis"]
WAKTU = ["5 menit", "10 menit", "15 menit", "30 menit", "1 jam", "2 jam", "1 x 24 jam", "2 x 24 jam",
         "1 hari kerja", "3 hari kerja", "1-3 hari kerja", "maksimal 10 hari kerja", "1,5 jam", "2 hari"]
LAWS = ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009",
        "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik",
        "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan",
        "Peraturan Wali Kota Malang Nomor 12 Tahun 2021 tentang Kedudukan dan Tata Kerja Dinas"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def sentence(rnd):
    return f"{rnd.choice(VERBS).capitalize()} {rnd.choice(OBJECTS)} {rnd.choice(EXTRA)}"


def sop(index, rnd):
    actors = rnd.sample(ACTORS, rnd.randint(3, 6))
    ids = [a[0] for a in actors]
    count = rnd.randint(6, 30)
    year = rnd.randint(2019, 2025)
    month = rnd.randint(1, 12)
    birth = f"{rnd.randint(1965, 1985)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    nip = f"{birth} {int(birth[:4]) + 25}{rnd.randint(1, 12):02d} {rnd.randint(1, 2)} {rnd.randint(1, 999):03d}"
    out = [f"# SOP nomor {index:04d}: dibuat oleh generator tolok ukur (Tests/Benchmarks/lint/generate.py).",
           f'nomor: "{index:04d}"',
           f"judul: Pelayanan {rnd.choice(OBJECTS).title()} {index}",
           "instansi: Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang",
           "tanggal:", f"  pembuatan: {MONTHS[month - 1]} {year}", '  revisi: "-"',
           f"  efektif: {rnd.randint(1, 28)} {MONTHS[month - 1]} {year}",
           "disahkan_oleh:", "  jabatan: Kepala Dinas Koperasi, Perindustrian dan Perdagangan",
           "  nama: NAMA PEJABAT, S.T., M.M.", "  pangkat: Pembina Tk. I", f"  nip: {nip}",
           "dasar_hukum:"] + [f"  - {law};" for law in rnd.sample(LAWS, rnd.randint(2, 3))] + [
           "kualifikasi_pelaksana:", "  - Memahami peraturan perundang-undangan;",
           "  - Mampu mengoperasikan komputer.",
           f"keterkaitan: [SOP {rnd.randint(1, 40):02d}]", "peralatan_perlengkapan: [Komputer, Printer, ATK]",
           "peringatan: [Bila SOP tidak dilaksanakan, pelayanan tertunda.]", "pencatatan_pendataan: []",
           "jam_layanan: Senin-Kamis 08.00-15.30, Jumat 08.00-16.00", "", "pelaksana:"]
    out += [f"  - {{id: {a}, nama: {n}, jenis: {k}}}" for a, n, k in actors]
    out += ["", "kegiatan:"]
    # Plan: numbered rows 1..count; some rows are decisions (forward, or back = a loop with an
    # exit), one may be a parallel split into two steps of one row, joined by the next row.
    split = rnd.randint(2, count - 3) if count >= 8 and rnd.random() < 0.5 else None
    number = 1
    row = 0
    plain = []  # printed numbers that are step ids (the rows a loop may go back to)
    performers = [ids[i % len(ids)] for i in range(count)]
    rnd.shuffle(performers)
    while row < count:
        performer = performers[row]
        lines = [f"  - no: {number}"]
        if row == 0 or rnd.random() < 0.08:
            lines.append(f"    bagian: {chr(65 + number % 5)}. Proses {rnd.choice(OBJECTS).title()}")
        text = sentence(rnd)
        if rnd.random() < 0.25:
            lines += ["    uraian: >-", f"      {text},", f"      kemudian {sentence(rnd).lower()}"]
        else:
            lines.append(f"    uraian: {text}")
        lines.append(f"    pelaksana: {performer}")
        others = [a for a in ids if a != performer]
        if rnd.random() < 0.35:
            lines.append(f"    terlibat: [{rnd.choice(others)}]")
        waktu = rnd.choice(WAKTU)
        if index % 20 == 7 and row == 1:
            waktu = "5 mnt"  # a realistic mistake
        lines.append("    mutu_baku:")
        if rnd.random() < 0.5:
            lines.append(f"      kelengkapan: [{rnd.choice(OBJECTS).capitalize()}]")
        lines.append(f"      waktu: {waktu}")
        if rnd.random() < 0.45:
            lines.append(f"      output: [{rnd.choice(OBJECTS).capitalize()}]")
        if row == 0:
            lines += ["    formulir:", "      - {nama: nama, label: Nama, jenis: teks}",
                      "      - {nama: nik, label: NIK, jenis: nik, wajib: tidak}",
                      "      - {nama: cara, label: Cara, jenis: pilihan, pilihan: [Datang langsung, Telepon]}"]
        if rnd.random() < 0.1:
            lines.append(f"    keterangan: {sentence(rnd)}")
        plain.append(number)
        if split is not None and row == split:
            lines.append(f"    paralel: [cabang-{number}-a, cabang-{number}-b]")
            out += lines
            for side in "ab":
                out += [f"  - id: cabang-{number}-{side}", f"    no: {number + 1}",
                        f"    uraian: {sentence(rnd)}", f"    pelaksana: {rnd.choice(ids)}",
                        "    mutu_baku:", f"      waktu: {rnd.choice(WAKTU)}", f"    lanjut: {number + 2}"]
            out += [f"  - no: {number + 2}", f"    uraian: {sentence(rnd)}", f"    pelaksana: {performers[row + 1]}",
                    f"    menunggu: [cabang-{number}-a, cabang-{number}-b]"]
            plain.append(number + 2)
            number += 3
            row += 2
            continue
        if 0 < row < count - 1 and rnd.random() < 0.2:
            back = rnd.choice(plain[:-1]) if rnd.random() < 0.6 and len(plain) > 1 else number + 1
            lines += ["    keputusan:", f"      pertanyaan: Apakah {rnd.choice(OBJECTS)} lengkap?",
                      "      cabang:", f"        Ya: {number + 1}", f"        Tidak: {back}"]
        out += lines
        number += 1
        row += 1
    # Every actor performs or takes part somewhere.
    out += [f"  - no: {number}", "    uraian: Menutup layanan dan mengarsipkan dokumen", f"    pelaksana: {ids[0]}",
            f"    terlibat: [{', '.join(ids[1:])}]", "    simbol: terminator"]
    return "\n".join(out) + "\n"


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 35
    rnd = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    total = 0
    for index in range(1, count + 1):
        text = sop(index, rnd)
        total += len(text.encode())
        with open(os.path.join(folder, f"{index:04d}-sop.yaml"), "w", encoding="utf-8") as file:
            file.write(text)
    print(f"{count} files, {total} bytes, {total / count / 1024:.1f} KiB on average in {folder}")


if __name__ == "__main__":
    main()
