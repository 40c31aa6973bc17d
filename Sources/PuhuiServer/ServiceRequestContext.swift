import Hummingbird
import HummingbirdAuth
import NIOCore

/// The context of one request: Hummingbird's core, the officer the bearer token stands for (if
/// any), and the client's address (for the rate limit and the access log).
package struct ServiceRequestContext: AuthRequestContext, RemoteAddressRequestContext {
    package var coreContext: CoreRequestContextStorage
    package var identity: OfficerIdentity?
    package let remoteAddress: SocketAddress?

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        remoteAddress = source.channel.remoteAddress
    }
}
