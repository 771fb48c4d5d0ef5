/// Collects output and writes it in large pieces: a lint of thousands of files stays a few
/// system calls, while findings still appear as the run goes.
struct OutputBuffer {
    private var pending = ""
    private let threshold = 1 << 16

    mutating func write(_ text: String) {
        pending += text
        if pending.utf8.count >= threshold { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        Console.write(pending)
        pending = ""
    }
}
