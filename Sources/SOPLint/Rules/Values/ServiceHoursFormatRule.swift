import SOPCore
import SOPModel

/// Service hours that cannot be read.
struct ServiceHoursFormatRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.serviceHoursFormat, severity: .error, category: .values,
        summary: Catalog.Lint.Summary.serviceHoursFormat,
        triggering: [
            .sop(identity: "jam_layanan: ↓Senin sampai Kamis pagi"),
        ],
        nonTriggering: [
            .sop(identity: "jam_layanan: Senin-Kamis 08.00-15.30, Jumat 08.00-16.00"),
        ],
        suppressible: false)
}
