import Foundation

/// Who writes a note and for whom: a son, a wife or a grandchild writing about the client turns "she" and "his" into
/// the client's words.
extension NoteScanner {
    /// Who the note speaks of: whether it is written for the client, and which words cannot be the client.
    func voice(of note: NoteText, sex: Sex?, age: Int?) -> Voice {
        Voice(
            onBehalf: isWrittenForTheClient(note, sex: sex, age: age),
            notTheClient: sex.flatMap { cueTerms.otherSex[$0.rawValue] } ?? [])
    }

    /// "Mum's lost 10 kg …": a note that opens with a parent, says it is written for someone, comes from someone
    /// who names themselves by the client, or gives a relative the client's age is written about the client, so
    /// "her" and "his" there are the client's, unless the writer speaks as the client ("my son is having fever … I
    /// am fine").
    private func isWrittenForTheClient(_ note: NoteText, sex: Sex?, age: Int?) -> Bool {
        let words = Array(note.sentences.joined())
        if contains(cueTerms.writerIsClient, in: words) { return false }
        // Written "for my son", a note about a woman speaks of someone else.
        let otherSex = sex.flatMap { cueTerms.otherSexRelations[$0.rawValue] } ?? []
        let forTheClient = cueTerms.onBehalf.filter { !contains(otherSex, in: $0.words) }
        return contains(forTheClient, in: words) || namesThemselvesByTheClient(words)
            || opensWithTheClient(words, sex: sex) || givesARelativeTheClientsAge(words, age: age)
    }

    /// "I'm Priya's daughter", "this is Jim's wife", "it's Fiona, Jim's daughter": the writer names themselves by the
    /// client, within a name and a comma of saying who is writing.
    private func namesThemselvesByTheClient(_ words: [String]) -> Bool {
        // A title before the client's name ("this is Priya, Mr Raman's daughter") does not widen the window.
        let named = words.filter { !NoteText.titles.contains($0) }
        return named.indices.contains { index in
            let speaksAsWriter =
                ["i'm", "im", "am", "it's"].contains(named[index])
                || (named[index] == "is" && index > 0 && named[index - 1] == "this")
            // A note may stop mid-sentence ("Running late, it's").
            let lastNamed = min(named.count - 1, index + 4)
            guard speaksAsWriter, index + 1 < lastNamed else { return false }
            return (index + 1..<lastNamed).contains { client in
                named[client].hasSuffix("'s") && cues.writersRelations.contains(named[client + 1])
            }
        }
    }

    /// "Hi, Dad's been shuffling": the note opens with a relative once its greeting is set aside. "Dad's BP was
    /// 180/100" in a woman's note is her father's, unless the opening names who writes ("Dad here", "Dad says Mum …")
    /// or the note speaks of someone of her sex too ("Dad's taking Mum to A&E … she'll miss Thursday").
    private func opensWithTheClient(_ words: [String], sex: Sex?) -> Bool {
        guard
            let openingIndex = words.indices.first(where: { index in
                let word = words[index]
                let followsGreeting = index > 0 && cueTerms.greetings.contains(words[index - 1])
                return word != NoteText.comma && !cueTerms.greetings.contains(word)
                    && !(followsGreeting && cues.greetingFollowers.contains(word))
            }),
            cueTerms.openingRelations.contains(words[openingIndex])
        else { return false }
        guard let sex, let otherSex = cueTerms.otherSexRelations[sex.rawValue] else { return true }
        let namesWhoWrites =
            openingIndex + 1 < words.count && cues.writerAfterOpening.contains(words[openingIndex + 1])
        // The client's own sex's words are the other sex's list for the other sex.
        let clientsSex = cueTerms.otherSexRelations.filter { $0.key != sex.rawValue }.values.flatMap(\.self)
        return namesWhoWrites || !contains(otherSex, in: ["my", words[openingIndex]]) || contains(clientsSex, in: words)
    }

    /// "My mom (72) has been sleeping sitting up", "Dad, 81, slipped": a relative named with the client's own age is
    /// the client.
    private func givesARelativeTheClientsAge(_ words: [String], age: Int?) -> Bool {
        guard let age else { return false }
        let written = String(age)
        return words.indices.contains { index in
            cueTerms.relativesNamedWithAge.contains(words[index])
                && words[(index + 1)..<min(words.count, index + 4)].contains(written)
        }
    }
}
