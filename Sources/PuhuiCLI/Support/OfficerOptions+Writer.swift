import Registry

extension OfficerOptions {
    /// The officer who makes this change, checked before anything is printed or written: the
    /// option or PUHUI_OFFICER is required, and once the registry has officers it must be an
    /// active registered one (`checkWriter`).
    func writer(for registry: any RegistryStore, _ lang: Language) async throws -> String {
        guard let who = resolvedOfficer() else { throw RegistryError.officerRequired }
        try await Self.checkWriter(who, on: registry, lang)
        return who
    }
}
