import RebalanceCore

/// A self-contained, printable HTML handout of a program: at most two pages per phase, readable on a phone too.
///
/// Built in Swift rather than Leaf because the command line prints it too (`rebalance program --format html`),
/// where there is no web app to render templates.
public struct ProgramHandout: Sendable {
    /// Who to call: the studio as the handout's header names it.
    public struct Studio: Sendable {
        let name: String
        let address: String
        let email: String
        let trainer: String

        public init(name: String, address: String, email: String, trainer: String) {
            (self.name, self.address, self.email, self.trainer) = (name, address, email, trainer)
        }
    }

    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    public func render(_ program: CorrectiveProgram, clientName: String? = nil, studio: Studio? = nil) -> String {
        let title = clientName.map { "Corrective program for \($0)" } ?? "Your corrective program"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header class="cover">
            \(studio.map(contact) ?? "")
            <h1>\(e(title))</h1>
            \(focus(program))
            \(cautions(program))
            \(Self.howToRead)
            </header>
            <main>

            """
        for phase in program.phases { html += section(phase) }
        html += """
            </main>
            <footer>
            <p>\(e(program.disclaimer))</p>
            <p class="meta">Knowledge base \(e(program.knowledgeBaseVersion)).</p>
            </footer>
            </body>
            </html>

            """
        return html
    }

    private func focus(_ program: CorrectiveProgram) -> String {
        guard !program.focus.isEmpty else {
            return "<p>No imbalance pattern stood out, so this is a balanced program to keep you moving well.</p>"
        }
        let plain = program.focus.map { focus -> String in
            let pattern = knowledge.patternsByID[focus.pattern]
            let side = focus.side == .both ? "" : " (\(focus.side.rawValue) side)"
            return "<li>\(e(pattern?.plainName ?? focus.name))\(e(side))</li>"
        }
        return "<p>What we are working on:</p>\n<ul>\(plain.joined())</ul>"
    }

    private func contact(_ studio: Studio) -> String {
        let parts = [studio.address, studio.email, studio.trainer.isEmpty ? "" : "Your trainer: \(studio.trainer)"]
            .filter { !$0.isEmpty }
        return "<p class=\"studio\"><strong>\(e(studio.name))</strong>"
            + (parts.isEmpty ? "" : " · " + parts.map(e).joined(separator: " · ")) + "</p>"
    }

    /// How to read a dose, and when to stop: the same rule the trainer's pages use for a flare (`PainFlares`).
    static let howToRead = """
        <aside class="legend"><h2>How to read your program</h2><ul>
        <li><strong>3 × 8</strong>: 3 sets of 8 repetitions; \
        <strong>hold 30 s</strong>: hold the position for 30 seconds.</li>
        <li><strong>Tempo 3-1-1-0</strong>: seconds to lower, pause at the bottom, to lift, pause at the top. \
        Slow is the point.</li>
        <li><strong>Rest 45 s</strong>: rest between sets.</li>
        <li><strong>RPE</strong>: how hard it felt, 0 (nothing) to 10 (could not do one more). \
        Stay in the range given.</li>
        <li><strong>Stop</strong> an exercise and tell your trainer if your pain rises by \
        \(PainFlares.points) points or more
        on a 0–10 scale (during it or the next morning), or if you feel numbness, dizziness, chest pain or unusual
        breathlessness.</li>
        </ul></aside>
        """

    private func cautions(_ program: CorrectiveProgram) -> String {
        guard !program.cautions.isEmpty else { return "" }
        let items = program.cautions.map { "<li>\(e($0.message))</li>" }.joined()
        return "<aside class=\"caution\"><h2>Keep in mind</h2><ul>\(items)</ul></aside>"
    }

    private func section(_ phase: ProgramPhase) -> String {
        var html = """
            <section class="phase" aria-labelledby="phase-\(phase.phase.number)">
            <h2 id="phase-\(phase.phase.number)">Phase \(phase.phase.number): \(e(phase.title))</h2>
            <p class="goal">\(e(phase.goal))</p>
            <p class="meta">Usually \(phase.minWeeks)–\(phase.maxWeeks) weeks · \
            about \(phase.sessionMinutes) minutes a session</p>
            <ol class="exercises">

            """
        for exercise in phase.exercises {
            let cues = exercise.cues.map { "<li>\(e($0))</li>" }.joined()
            let why = exercise.reasons.plainWords(knowledge)
            html += """
                <li class="exercise">
                <h3>\(e(exercise.name)) <span class="block">\(e(exercise.block.heading))</span></h3>
                <p class="dose">\(e(exercise.dosage.plainWords))</p>
                <ul class="cues">\(cues)</ul>\
                \(exercise.caution.map { "\n<p class=\"note\"><strong>Careful:</strong> \(e($0))</p>" } ?? "")\
                \(exercise.note.map { "\n<p class=\"note\">Note: \(e($0))</p>" } ?? "")
                <p class="why">Why: \(e(why))</p>
                </li>

                """
        }
        html += "</ol>\n" + week(phase) + criteria(phase) + "</section>\n"
        return html
    }

    private func week(_ phase: ProgramPhase) -> String {
        let days = phase.schedule.days.map { day -> String in
            let label = day.activity == .rest ? "rest" : "\(day.activity.shortName), \(day.minutes) min"
            return "<li><strong>\(e(String(day.weekday.rawValue.capitalized.prefix(3))))</strong> \(e(label))</li>"
        }
        var html = "<h3>Your week</h3>\n<ul class=\"week\">\(days.joined())</ul>\n"
        let names = phase.homePractice.compactMap { id in phase.exercises.first { $0.exercise == id }?.name }
        if !names.isEmpty {
            html += "<p>Home practice (\(phase.homePracticeMinutes) min): \(e(names.joined(separator: ", ")))</p>\n"
        }
        return html
    }

    private func criteria(_ phase: ProgramPhase) -> String {
        let items = phase.progressionCriteria.map { "<li>\(e($0.description))</li>" }.joined()
        return "<h3>Ready for the next step when</h3>\n<ul class=\"criteria\">\(items)</ul>\n"
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }

    /// Mobile-first on screen; on paper each phase starts a new page and nothing decorative is printed.
    static let css = """
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;\
        margin:0 auto;max-width:48rem;padding:1rem}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;border-bottom:2px solid #1f5f5b;padding-bottom:.2rem}
        h3{font-size:1.05rem;margin:.8rem 0 .2rem}.block{font-weight:normal;font-size:.85rem;color:#1f5f5b}
        .meta{color:#4a4a4a;font-size:.9rem}.dose{font-weight:600;margin:.2rem 0}.why{color:#333;font-size:.9rem}
        .exercises{padding-left:1.2rem}.exercise{margin-bottom:.8rem}.cues{margin:.2rem 0;padding-left:1.1rem}
        .caution{border-left:4px solid #8a4b00;padding:.2rem .8rem;background:#fff7ea}
        .legend{border:1px solid #c9d3d2;padding:.2rem .8rem;margin:.8rem 0}.legend h2{font-size:1.05rem;border:0}
        .legend ul{padding-left:1.1rem;margin:.3rem 0}.studio{margin:0;color:#1f5f5b}
        .criteria li::marker{content:"☐ "}.week{columns:2;padding-left:1.1rem}
        @media print{body{max-width:none;font-size:10pt;line-height:1.35;padding:0}.phase{break-before:page}
        .phase:first-of-type{break-before:auto}
        h2{margin:.4rem 0}h3{margin:.4rem 0 .1rem}.exercises{columns:2;column-gap:1.6rem}
        .exercise{break-inside:avoid;margin-bottom:.5rem}.week{columns:4}.why{font-size:9pt}
        a{color:inherit;text-decoration:none}}
        """
}
