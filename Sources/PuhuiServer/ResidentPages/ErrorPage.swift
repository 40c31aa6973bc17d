import HTTPTypes
import PuhuiCore

/// A request a page could not answer, said in the page's language: the problem's title and
/// detail (the words `/v1` answers in problem+json), and — for a search — the form again,
/// filled in, so the resident can correct it.
struct ErrorPage {
    let text: PageText
    let problem: ProblemDetails
    /// The search form's values, when the page was a search.
    let searchValues: [(String, String)]?

    func render() -> HTML {
        let detail = problem.status == .internalServerError ? text.internalError : problem.detail?.text(text.lang) ?? ""
        var main: HTML = """
            <h1>\(text.errorHeading)</h1>
            <section class="status caution" role="alert" aria-labelledby="problem-title">
            <p class="status-word" id="problem-title"><span class="icon" aria-hidden="true">!</span> \(problem.title.text(text.lang))</p>
            <p class="status-sentence">\(detail)</p>
            </section>

            """
        if let searchValues {
            main += SearchForm(text: text, values: searchValues).render()
        } else {
            main +=
                "<p><a class=\"button-link\" href=\"\(PageLayout.link("/", [], text.lang))\">\(text.backToSearch)</a></p>"
        }
        return main
    }
}
