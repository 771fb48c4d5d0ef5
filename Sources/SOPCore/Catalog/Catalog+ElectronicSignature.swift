/// The QR code of an electronic signature and its page foot on the printed document.
extension Catalog {
    public enum ElectronicSignature {}
}

extension Catalog.ElectronicSignature {
    public enum Summary {
        public static let qrCode = Localized(id: "kode QR tidak ada atau bukan gambar", en: "QR code missing or not an image")
    }
}

extension Catalog.ElectronicSignature {
    public static func qrMissing(_ path: String) -> Localized {
        Localized(id: "kode QR '\(path)' tidak ada; letakkan berkas gambarnya di samping berkas SOP",
                  en: "QR code '\(path)' does not exist; put the image file beside the SOP file")
    }

    public static func qrNotAnImage(_ path: String) -> Localized {
        Localized(id: "kode QR '\(path)' bukan gambar PNG, JPEG, GIF atau SVG", en: "QR code '\(path)' is not a PNG, JPEG, GIF or SVG image")
    }

    public static func qrTooLarge(_ path: String) -> Localized {
        Localized(id: "kode QR '\(path)' lebih dari 2 MiB", en: "QR code '\(path)' is larger than 2 MiB")
    }

    public static let qrWithoutElectronic = Localized(
        id: "'kode_qr' tanpa 'tanda_tangan: elektronik': kode QR dicetak untuk tanda tangan elektronik",
        en: "'kode_qr' without 'tanda_tangan: elektronik': a QR code is printed for an electronic signature")

    public static let footWithoutText = Localized(
        id: "'keterangan_di' tanpa 'keterangan_elektronik': tidak ada teks untuk dicetak",
        en: "'keterangan_di' without 'keterangan_elektronik': there is no text to print")
}
