/// The release number, in one place: `sop --version`, the SARIF report's tool version. A release
/// bumps it here (README: *Upgrading `sop`*), so that desks on different releases tell apart.
public enum Release {
    public static let version = "0.12.0"
}
