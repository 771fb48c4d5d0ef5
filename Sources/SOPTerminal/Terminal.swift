#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the tool knows about where its output goes.
public struct Terminal: Sendable {
    public var isTTY: Bool
    public var width: Int
    public var colour: Bool

    public init(isTTY: Bool, width: Int, colour: Bool) {
        self.isTTY = isTTY
        self.width = width
        self.colour = colour
    }

    /// Colour only on a terminal, never with NO_COLOR or TERM=dumb. Width from the terminal,
    /// else COLUMNS, else 80.
    public static func standardOutput(environment: [String: String]) -> Terminal {
        let tty = isatty(STDOUT_FILENO) == 1
        return describe(tty: tty, descriptor: STDOUT_FILENO, environment: environment)
    }

    public static func standardError(environment: [String: String]) -> Terminal {
        let tty = isatty(STDERR_FILENO) == 1
        return describe(tty: tty, descriptor: STDERR_FILENO, environment: environment)
    }

    private static func describe(tty: Bool, descriptor: Int32, environment: [String: String]) -> Terminal {
        let noColour = (environment["NO_COLOR"].map { !$0.isEmpty } ?? false) || environment["TERM"] == "dumb"
        var width = environment["COLUMNS"].flatMap(Int.init) ?? 80
        if tty {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
        }
        return Terminal(isTTY: tty, width: max(60, min(width, 400)), colour: tty && !noColour)
    }
}
