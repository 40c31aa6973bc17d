import Hummingbird
import PuhuiOutput

/// `GET /openapi.json`: the OpenAPI 3.1 document, built from `RouteCatalogue`.
struct OpenAPIRoutes {
    let configuration: ServerConfiguration

    func add(to router: Router<ServiceRequestContext>) {
        let text = (try? JSONOutput.encode(OpenAPIDocument.build(baseURL: configuration.baseURL))) ?? "{}"
        router.get("/openapi.json") { _, _ in Response.json(text) }
    }
}
