import Hummingbird
import HummingbirdAuth
import Registry

/// Reads `Authorization: Bearer TOKEN` and sets the officer it stands for. A request without the
/// header stays anonymous; one with a token that is not valid (unknown, revoked, expired, the
/// officer deactivated) or not a bearer token is refused with 401 at once.
struct OfficerAuthenticator: AuthenticatorMiddleware {
    typealias Context = ServiceRequestContext
    let access: RegistryAccess

    func authenticate(request: Request, context: Context) async throws -> OfficerIdentity? {
        guard request.headers[.authorization] != nil else { return nil }
        guard let bearer = request.headers.bearer else {
            throw ProblemDetails.unauthorized(
                LocalizedText(
                    zh: "Authorization 须为 Bearer 令牌（puhui officer token issue 签发）",
                    en: "Authorization must be a Bearer token (issued by puhui officer token issue)"))
        }
        let secret = bearer.token
        do {
            let (officer, token) = try await access.run { try await $0.officers.authenticateOfficerToken(secret) }
            return OfficerIdentity(officer: officer, tokenID: token.id)
        } catch let error as OfficerTokenError {
            throw ProblemDetails.unauthorized(error.message)
        }
    }
}
