import Foundation

/// Who writes a note and for whom: a son, a wife or a grandchild writing about the client turns "she" and "his" into
/// the client's words.
extension NoteScanner {
    /// Who the note speaks of: whether it is written for the client, and which words cannot be the client.
    func voice(of note: NoteText, sex: Sex?, age: Int?) -> Voice {
        let words = Array(note.sentences.joined())
        let otherSex = sex.flatMap { cueTerms.otherSexRelations[$0.rawValue] }
        // The other sex's list names the client's own sex.
        let clientsSex: [Term] =
            sex.map { sex in cueTerms.otherSexRelations.filter { $0.key != sex.rawValue }.values.flatMap(\.self) } ?? []
        // "Mr Dlamini's son rang. His dad's had chest pain": "his" may be the son's, someone of the client's sex named
        // as someone's relative.
        let clientsSexNouns = Set(Self.namedRelatives(clientsSex).compactMap(\.last))
        let clientsPronouns = Set(clientsSex.map(\.words).filter { $0.count == 1 }.map { $0[0] })
        let namesAnotherOfTheClientsSex = words.indices.dropFirst().contains { index in
            words[index - 1].hasSuffix("'s") && clientsSexNouns.contains(words[index])
        }
        return Voice(
            onBehalf: isWrittenForTheClient(words, otherSex: otherSex, clientsSex: clientsSex, age: age),
            notTheClient: sex.flatMap { cueTerms.otherSex[$0.rawValue] } ?? [],
            otherSexNouns: Set(Self.namedRelatives(otherSex ?? []).compactMap(\.last)),
            clientsPronouns: clientsPronouns,
            clientsOwners: clientsPronouns.union(clientsSexNouns.map { $0.hasSuffix("'s") ? $0 : $0 + "'s" }),
            possessivesAreTheClients: !namesAnotherOfTheClientsSex)
    }

    /// The relatives a list names with more than one word ("my mom", "his dad"), not its pronouns ("she").
    private static func namedRelatives(_ terms: [Term]) -> [[String]] {
        terms.map(\.words).filter { $0.count > 1 }
    }

    /// Where `words` last name someone other than the client, as far as the voice allows. In a note written for the
    /// client "her" and "his" are the client's, but a relative named by them ("his dad's just been told he's got
    /// high blood pressure") or of the client's other sex ("my mom slipped" in a note about a son) is still someone
    /// else.
    func someoneElse(in words: [String], voice: Voice) -> Range<Int>? {
        guard let named = lastOtherPerson(in: words, voice: voice) else { return nil }
        return staysSomeoneElse(named, in: words, voice: voice) ? named : nil
    }

    /// Whether a name for someone else stays someone else as the voice reads it. In a note written for the client
    /// only someone named by the client's own possessive ("his brother" in a note about a man; "his mum" there may be
    /// the client, written by her son) or one of the client's other sex ("my mom" for a man) does.
    func staysSomeoneElse(_ named: Range<Int>, in words: [String], voice: Voice) -> Bool {
        guard voice.onBehalf else { return true }
        let owner = { (index: Int) in index > 0 ? words[index - 1] : "" }
        // "My mom", "It's Dad who's lost a stone" about a woman; not the writer named by the client ("Karen's
        // husband").
        if named.contains(where: { voice.otherSexNouns.contains(words[$0]) && !Self.namesAnOwner(owner($0)) }) {
            return true
        }
        let first = named.lowerBound
        // The possessive may open the name ("his dad"), stand before it ("his" + "dad has"), or be the writer's name
        // for the client ("my husband's cycling buddy"); a name that is itself the writer's name for the client
        // ("Dad's walking has changed") is not owned by it.
        return voice.possessivesAreTheClients
            && (voice.clientsPronouns.contains(words[first]) || voice.clientsOwners.contains(owner(first)))
    }

    /// Whether the client speaks in `words`, said after `name` ("I", "I'm", "myself"). In a note written for the
    /// client "I" is the writer, and the client is spoken of by their own pronoun after someone of the other sex
    /// ("Writing for my dad. My mum says his chest …"), not one done to them ("my mum slipped walking with him").
    func clientSpeaks(in words: ArraySlice<String>, after name: ArraySlice<String>, voice: Voice) -> Bool {
        guard voice.onBehalf else { return words.contains(where: cueTerms.firstPerson.contains) }
        guard name.contains(where: voice.otherSexNouns.contains) else { return false }
        return words.contains { voice.clientsPronouns.contains($0) && !cueTerms.objectPronouns.contains($0) }
    }

    /// "Mum's lost 10 kg …": a note that opens with a parent, says it is written for someone, comes from someone
    /// who names themselves by the client, or gives a relative the client's age is written about the client, so
    /// "her" and "his" there are the client's, unless the writer speaks as the client ("my son is having fever … I
    /// am fine").
    /// `otherSex` is nil when the client's sex is not known.
    private func isWrittenForTheClient(_ words: [String], otherSex: [Term]?, clientsSex: [Term], age: Int?) -> Bool {
        if contains(cueTerms.writerIsClient, in: words) { return false }
        // Written "for my son", a note about a woman speaks of someone else.
        return contains(cueTerms.onBehalf, in: words, where: { !contains(otherSex ?? [], in: $0.words) })
            || namesThemselvesByTheClient(words)
            || opensWithTheClient(words, otherSex: otherSex, clientsSex: clientsSex)
            || givesARelativeTheClientsAge(words, age: age)
    }

    /// "I'm Priya's daughter", "this is Jim's wife", "it's Fiona, Jim's daughter": the writer names themselves by the
    /// client, within a name and a comma of saying who is writing.
    private func namesThemselvesByTheClient(_ words: [String]) -> Bool {
        // A title before the client's name ("this is Priya, Mr Raman's daughter") does not widen the window.
        let named = words.filter { !NoteText.titles.contains($0) }
        return named.indices.contains { index in
            let speaksAsWriter =
                cueTerms.writerIntroductions.contains(named[index])
                || (named[index] == "is" && index > 0 && named[index - 1] == "this")
            // A note may stop mid-sentence ("Running late, it's").
            let lastNamed = min(named.count - 1, index + 4)
            guard speaksAsWriter, index + 1 < lastNamed else { return false }
            return (index + 1..<lastNamed).contains { client in
                named[client].hasSuffix("'s") && cueTerms.writersRelations.contains(named[client + 1])
            }
        }
    }

    /// "Hi, Dad's been shuffling": the note opens with a relative once its greeting is set aside. "Dad's BP was
    /// 180/100" in a woman's note is her father's, unless the opening names who writes ("Dad here", "Dad says Mum …")
    /// or the note speaks of someone of her sex too ("Dad's taking Mum to A&E … she'll miss Thursday").
    private func opensWithTheClient(_ words: [String], otherSex: [Term]?, clientsSex: [Term]) -> Bool {
        guard
            let openingIndex = words.indices.first(where: { index in
                let word = words[index]
                let followsGreeting = index > 0 && cueTerms.greetings.contains(words[index - 1])
                return word != NoteText.comma && !cueTerms.greetings.contains(word)
                    && !(followsGreeting && cueTerms.greetingFollowers.contains(word))
            }),
            cueTerms.openingRelations.contains(words[openingIndex])
        else { return false }
        guard let otherSex else { return true }
        let namesWhoWrites =
            openingIndex + 1 < words.count && cueTerms.writerAfterOpening.contains(words[openingIndex + 1])
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

    /// Who a note speaks of, as far as it tells.
    struct Voice {
        /// Written for the client by someone else (a son, the front desk), so "her" and "his" are the client's.
        let onBehalf: Bool
        /// Subject pronouns and partner nouns that cannot be the client's: "he" in a note about a woman.
        let notTheClient: Set<String>
        /// The nouns for relatives of the client's other sex ("mom", "wife" in a note about a man).
        let otherSexNouns: Set<String>
        /// Pronouns of the client's own sex ("he", "his" in a note about a man).
        let clientsPronouns: Set<String>
        /// The client's own possessives and the writer's names for someone of the client's sex as owners ("his",
        /// "husband's" in a note about a man).
        let clientsOwners: Set<String>
        /// Whether the client's own possessive ("his" in a note about a man) is theirs: not when the note names another
        /// of their sex as someone's relative ("Mr Dlamini's son rang. His dad's had chest pain").
        let possessivesAreTheClients: Bool
        /// Other-person cues that, for the flag being read, are the client's own sign ("the baby's movements").
        var clientsOwn: Set<[String]> = []
    }
}
