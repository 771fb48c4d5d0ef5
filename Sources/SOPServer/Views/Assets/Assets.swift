import Hummingbird
import NIOCore

/// The stylesheet and script of every page, served from /static (the CSP allows only files
/// of this origin: no inline style or script anywhere).
enum Assets {
    static func response(_ name: String) -> Response? {
        let (type, text): (String, String)
        switch name {
        case "app.css": (type, text) = ("text/css; charset=utf-8", css)
        case "app.js": (type, text) = ("text/javascript; charset=utf-8", js)
        case "cetak.js": (type, text) = ("text/javascript; charset=utf-8", ReceiptControls.script)
        case "tanda-terima.css": (type, text) = ("text/css; charset=utf-8", ReceiptControls.css)
        case "ikon.svg": return Favicon.response()
        default: return nil
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let css = """
        :root { --tinta: #1b1f24; --garis: #c9ced6; --latar: #f5f6f8; --utama: #0b5cad; --galat: #b3261e; --baik: #1e6b35; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 16px; line-height: 1.45; color: var(--tinta); background: var(--latar); }
        header.atas { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--garis); }
        header.atas .merek { font-weight: bold; color: var(--tinta); text-decoration: none; }
        nav.utama { display: flex; flex-wrap: wrap; gap: .8rem; }
        nav.utama a, a.bahasa { color: var(--utama); }
        .pengguna { display: flex; align-items: center; gap: .5rem; margin-left: auto; font-size: .9rem; }
        form.keluar { margin: 0; }
        fieldset.ditahan { border: 0; margin: 0; padding: 0; min-width: 0; }
        button:disabled, fieldset:disabled button, fieldset:disabled .tombol { background: #9aa1a9; cursor: not-allowed; }
        #ganti-pin-tautan { white-space: nowrap; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.4rem; margin: .2rem 0 1rem; }
        h2 { font-size: 1.15rem; margin: 1.4rem 0 .6rem; }
        section { background: #fff; border: 1px solid var(--garis); border-radius: 6px; padding: .8rem 1rem; margin-bottom: 1rem; }
        section > h2:first-child { margin-top: 0; }
        table { width: 100%; border-collapse: collapse; background: #fff; }
        th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--garis); overflow-wrap: anywhere; }
        th { overflow-wrap: normal; }
        td.peran { overflow-wrap: break-word; }
        tr.terlambat td { background: #fdecea; }
        .tanda-terlambat { color: var(--galat); font-weight: bold; }
        tr.dijeda td { background: #eef1f5; }
        .tanda-dijeda { font-weight: bold; color: #4b525b; }
        form.lanjutkan { margin: .3rem 0 0; }
        label { display: block; font-weight: bold; margin: .7rem 0 .2rem; }
        label.centang { font-weight: normal; display: flex; gap: .5rem; align-items: center; }
        input.berkas { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; opacity: 0; }
        .pilih-berkas { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .8rem; margin: .3rem 0; }
        .pilih-berkas label.tombol { display: inline-block; margin: 0; font-weight: normal; background: #59626d; }
        input.berkas:focus-visible + label.tombol { outline: 3px solid var(--utama); outline-offset: 2px; }
        .pilih-berkas .nama-berkas { overflow-wrap: anywhere; min-width: 0; }
        input[type=text], input[type=password], textarea, select { width: 100%; max-width: 36rem; padding: .5rem; font-size: 1rem; border: 1px solid #8a929c; border-radius: 4px; }
        textarea { min-height: 4rem; }
        button, .tombol { display: inline-block; padding: .55rem 1rem; font-size: 1rem; font-family: inherit; line-height: 1.45; white-space: nowrap; border: 0; border-radius: 4px; background: var(--utama); color: #fff; cursor: pointer; text-decoration: none; }
        button.kedua, .tombol.kedua { background: #59626d; }
        button.bahaya, .tombol.bahaya { background: var(--galat); }
        .galat { color: var(--galat); font-weight: bold; margin: .2rem 0; }
        p.galat, p.info { padding: .5rem .7rem; border-radius: 4px; }
        p.galat { background: #fdecea; }
        p.info { background: #e7f2ea; color: var(--baik); }
        .tindakan { display: flex; flex-wrap: wrap; gap: .6rem; margin-top: 1rem; }
        .tindakan form { margin: 0; }
        dl.fakta { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .3rem .8rem; margin: 0; }
        dl.fakta dt { font-weight: bold; }
        dl.fakta dd { margin: 0; overflow-wrap: anywhere; }
        dl.fakta .lama { color: #4b525b; font-weight: normal; }
        ol#linimasa { list-style: none; padding-left: 0; margin: 0; }
        ol#linimasa li { padding: .5rem 0; border-top: 1px solid var(--garis); }
        ol#linimasa li:first-child { border-top: 0; padding-top: 0; }
        .kecil { font-size: .9rem; color: #4b525b; }
        ol#linimasa li, #lampiran li, .sidik code, dd.nilai-pribadi { overflow-wrap: anywhere; }
        .kode-lacak { white-space: nowrap; }
        ul#hasil-kolektif, ul#kasus-terpilih { list-style: none; padding-left: 0; margin: 0; }
        ul#hasil-kolektif li { padding: .3rem 0; overflow-wrap: anywhere; }
        ul#hasil-kolektif li.ditolak, ul#hasil-kolektif li.gagal, ul#hasil-kolektif li.tidak-dicoba { color: var(--galat); }
        fieldset.kelengkapan-kolektif { border: 1px solid var(--garis); border-radius: 4px; }
        p.ke-isian { display: none; }
        .geser-tabel { overflow-x: auto; }
        @media (max-width: 40rem) {
          body { font-size: 17px; }
          main { padding: .6rem; }
          table.kartu thead { display: none; }
          table.kartu tr { display: block; border-bottom: 2px solid var(--garis); padding: .4rem 0; }
          table.kartu td { display: block; border: 0; padding: .15rem .5rem; }
          table.kartu td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
          table#kasus-unit td[data-label] > div:first-child { display: inline; }
          .tindakan form { width: 100%; }
          dl.fakta { grid-template-columns: 1fr; }
          .pengguna { margin-left: 0; width: 100%; }
          button, .tombol { width: 100%; }
          header.atas { gap: .3rem .8rem; padding: .4rem .6rem; }
          header.atas .merek { order: 0; }
          a.bahasa { order: 1; margin-left: auto; font-size: .9rem; }
          nav.utama { order: 2; width: 100%; flex-wrap: nowrap; overflow-x: auto; gap: 1rem; white-space: nowrap; font-size: .95rem; padding-bottom: .15rem; }
          /* A link cut at the edge ("Lapora") reads as cut text: a shade at each edge with more
             links past it says the row scrolls (no script: the white covers move with the links). */
          nav.utama { background: linear-gradient(to right, #fff 40%, rgba(255,255,255,0)) left / 1.5rem 100% no-repeat local,
                                  linear-gradient(to left, #fff 40%, rgba(255,255,255,0)) right / 1.5rem 100% no-repeat local,
                                  radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) left / .9rem 100% no-repeat scroll,
                                  radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) right / .9rem 100% no-repeat scroll; }
          .pengguna { order: 3; flex-wrap: wrap; gap: .2rem .7rem; font-size: .85rem; }
          .pengguna button { width: auto; padding: .1rem .6rem; font-size: .85rem; }
          h1 { font-size: 1.2rem; overflow-wrap: break-word; }
          p.ke-isian { display: block; margin: 0 0 .6rem; }
        }
        @media print { header.atas, .tindakan, form { display: none; } body { background: #fff; } }
        """

    /// Live updates of the worklist (`LiveScript`), the correction form's hint, Back (`BackScript`).
    static let js = LiveScript.source + CorrectionScript.source + BackScript.source + UploadScript.source
}
