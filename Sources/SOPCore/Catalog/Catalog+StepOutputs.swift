/// A step's Output as the desk asks it: a text, a file, or, on a step with a form, the form's
/// answers themselves (tester 20, finding 8), and the web's file button in the page's language.
extension Catalog {
    public enum StepOutputs {}
}

extension Catalog.StepOutputs {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The text an Output left empty on a step with a form is recorded with: the form's labels,
    /// never its values (which are personal). Case data, in the SOP's language as its labels are,
    /// whichever language the desk that recorded it speaks.
    public static func recordedAsForm(_ labels: [String]) -> String {
        "Isian formulir: \(labels.joined(separator: ", "))"
    }

    /// The terminal's question for an Output of a step with a form: Enter records the form, and
    /// says when that is right (tester 29, F6: the Output is another paper, e.g. a Surat Tugas,
    /// whose number Enter would not record).
    public static func formPrompt(_ item: String) -> Localized {
        both("Output · \(item) (teks, @jalur/berkas, atau Enter bila output ini adalah isian formulir di atas)",
             "Output · \(item) (text, @path/to/file, or Enter when this output is the form above)")
    }

    /// Whether a recorded Output is the form's labels an empty Output records (`recordedAsForm`).
    public static func isRecordedAsForm(_ text: String) -> Bool { text.hasPrefix("Isian formulir: ") }

    /// Under the web's Output box of a step with a form.
    public static func formHint(_ recorded: String) -> Localized {
        both("Kosongkan bila output ini adalah isian formulir di atas; dicatat sebagai “\(recorded)”.",
             "Leave empty when this output is the form above; it is recorded as “\(recorded)”.")
    }

    /// The web's file button and what it says before a file is chosen (the browser's own words
    /// follow its locale: "Choose File / No file chosen").
    public static let chooseFile = both("Pilih berkas…", "Choose a file…")
    public static let noFileChosen = both("Belum ada berkas dipilih.", "No file chosen.")
}
