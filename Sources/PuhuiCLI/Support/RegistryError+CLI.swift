import Registry

extension RegistryError {
    /// The registry-file cases' words in `lang` (`RegistryError.fileText`).
    func fileMessage(_ lang: Language) -> String {
        fileText?.text(lang) ?? description
    }
}
