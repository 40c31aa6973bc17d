/// `/`: the search form, and the badge check beside it.
struct HomePage {
    let text: PageText

    func render() -> HTML {
        """
        <h1>\(text.searchTitle)</h1>
        <p class="lead">\(text.searchIntro)</p>
        \(SearchForm(text: text, values: []).render())
        <h2>\(text.badgeTitle)</h2>
        <p>\(text.badgeIntro)</p>
        \(BadgePage.form(text))
        """
    }
}
