// Registry: the domain of Puhui (普惠) and its store.
//
// - Domain/     plain value types (Outlet 网点, Operator 运营主体, Price 收费标准, Certification 认定, …)
//               and their closed sets of identifiers (OutletKind, LegalForm, …), shown in Chinese or English.
// - Identity/   USCC (统一社会信用代码) and unified badge number (统一标识编号) checks.
// - Store/      RegistryDatabase (GRDB over SQLite, migrations from Schema/, reference data from
//               Seed/reference/), RegistryLocation, RegistryError, outlet records, the sample registry.
// - Audit/      the append-only, hash-chained audit log and canonical JSON.
// - Import/     the CSV reader and the all-or-nothing importers of docs/CSV.md.
// - Export/     CSV, JSON and GeoJSON export.
// - Officers/   registered officers and their district scope, checked inside every write.
// - Benchmarks/ market price benchmarks: immutable runs, weighted quartiles per cell.
// - Search/     the nearby search, datum conversion, place lookup.
// - Verification/ facts for the rules (in bulk), batch evaluation, stored verification runs.

// Every module above shares PuhuiCore's vocabulary (LocalDate, LocalizedText, UserFacingError).
@_exported import PuhuiCore
