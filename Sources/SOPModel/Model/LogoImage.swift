import Foundation

/// The logo beside an SOP file (`cetak: {logo: logo.png}`), read once for every document: no
/// network, only a file next to the SOP, and only an image.
public struct LogoImage: Sendable, Equatable {
    public var mimeType: String
    public var bytes: [UInt8]

    public enum Problem: Error, Sendable, Equatable {
        case missing(String)
        case notAnImage(String)
        case tooLarge(String)
    }

    /// Larger logos are refused: a letterhead logo is a few kilobytes.
    public static let maxBytes = 2 * 1024 * 1024

    /// The path of the logo, relative to the folder of the SOP file.
    public static func path(_ logo: String, besides sopFile: String) -> String {
        if logo.hasPrefix("/") { return logo }
        let folder = (sopFile as NSString).deletingLastPathComponent
        return folder.isEmpty ? logo : folder + "/" + logo
    }

    public static func load(_ logo: String, besides sopFile: String) -> Result<LogoImage, Problem> {
        let path = path(logo, besides: sopFile)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let data = FileManager.default.contents(atPath: path)
        else { return .failure(.missing(path)) }
        guard data.count <= maxBytes else { return .failure(.tooLarge(path)) }
        let bytes = [UInt8](data)
        guard let mime = mimeType(of: bytes) else { return .failure(.notAnImage(path)) }
        return .success(LogoImage(mimeType: mime, bytes: bytes))
    }

    /// The image kind by its first bytes, not its name.
    static func mimeType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if head.contains("<svg"), !head.contains("<script") { return "image/svg+xml" }
        return nil
    }

    /// A data URI for HTML: the image travels inside the document.
    public var dataURI: String { "data:\(mimeType);base64," + Data(bytes).base64EncodedString() }
}
