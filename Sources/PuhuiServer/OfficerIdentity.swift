import Registry

/// Who an authenticated request acts as: the officer its bearer token stands for, and the token.
package struct OfficerIdentity: Sendable {
    package let officer: Officer
    package let tokenID: String
}
