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

    func run() {
        Console.write(JSONSchema.text)
    }
}
