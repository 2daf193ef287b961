/// The client list's table rows as HTML, built in Swift: fifty rows through a template loop cost more than the
/// rest of the page (the rest of the page stays in `staff-clients.leaf`).
struct ClientListRows {
    /// One client as the list shows it.
    struct Row {
        let id: String
        let name: String
        let email: String
        let phase: String
        /// The re-check date as the trainer reads it; `nil` when none is set.
        let recheck: String?
        let recheckOverdue: Bool
        let referred: Bool
        let archived: Bool
    }

    let rows: [Row]

    var html: String {
        var out = ""
        out.reserveCapacity(rows.count * 420)
        for row in rows {
            out += row.referred ? "<tr class=\"flagged\">" : "<tr>"
            out += "<th scope=\"row\"><a href=\"/staff/clients/\(HTMLText.escape(row.id))\">\(HTMLText.escape(row.name))</a>"
            out += "<br><span class=\"muted\">\(HTMLText.escape(row.email))</span></th>"
            out += "<td>\(HTMLText.escape(row.phase))</td><td>"
            switch (row.recheck, row.recheckOverdue) {
            case (let day?, true): out += "<strong class=\"flag\">Due \(HTMLText.escape(day))</strong>"
            case (let day?, false): out += HTMLText.escape(day)
            case (nil, _): out += "<span class=\"muted\">—</span>"
            }
            out += "</td><td>"
            out += row.referred ? "<strong class=\"flag\">⚠ Awaiting clearance</strong>" : row.archived ? "Archived" : "Active"
            out += "</td></tr>\n"
        }
        return out
    }
}
