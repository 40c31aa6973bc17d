import ArgumentParser
import Registry

// The recognition's closed sets, typed straight into options; `--help` lists their values.
extension CertificationLevel: ExpressibleByArgument {}
extension CertificationStatus: ExpressibleByArgument {}
