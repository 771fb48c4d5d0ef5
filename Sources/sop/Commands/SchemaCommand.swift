import ArgumentParser
import SOPModel

/// `sop schema`: the JSON Schema of the SOP language (Schemas/sop.schema.json), printed from
/// the description the loader uses.
struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: Help.text(id: "Mencetak JSON Schema bahasa SOP (untuk editor).",
                                en: "Prints the JSON Schema of the SOP language (for editors)."))
    }

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("kalender"), help: Help.argument(
        id: "Skema berkas kalender (kalender.yaml) sebagai gantinya.", en: "The calendar file's schema (kalender.yaml) instead."))
    var calendar = false

    func run() {
        Console.write(calendar ? JSONSchema.calendarText : JSONSchema.text)
    }
}
