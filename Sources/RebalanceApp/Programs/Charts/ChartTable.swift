/// The numbers behind a chart as a two-column table in a disclosure, for screen readers, print and anyone who
/// wants exact values. Built in Swift beside the SVG: two years of logs are hundreds of rows, and a template
/// loop over them cost more than the rest of the page.
struct ChartTable {
    let caption: String
    let firstHeading: String
    let secondHeading: String
    /// Whether the second column holds numbers (right-aligned).
    let numeric: Bool
    let rows: [(String, String)]

    var html: String {
        var out =
            "<details><summary>The numbers</summary><table>"
            + "<caption class=\"visually-hidden\">\(HTMLText.escape(caption))</caption>"
        out +=
            "<thead><tr><th scope=\"col\">\(HTMLText.escape(firstHeading))</th>"
            + "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>"
        out += "\(HTMLText.escape(secondHeading))</th></tr></thead><tbody>"
        let cell = numeric ? "<td class=\"num\">" : "<td>"
        for (first, second) in rows {
            out += "<tr><td>\(HTMLText.escape(first))</td>\(cell)\(HTMLText.escape(second))</td></tr>"
        }
        return out + "</tbody></table></details>"
    }
}
