package quote_test

import "testing"

// TestVerbsOfManner covers a quotation closed by a comma whose speaker is
// joined to it by a verb the cue list does not hold ("fumed", "scoffed"):
// the one named there speaks, not the speaker of the paragraph before; and
// an attribution not understood at all gives no speaker rather than that one.
func TestVerbsOfManner(t *testing.T) {
	before := "Boris Johnson told the BBC: “Britain will always stand up for its fishermen and their rights.”\n\n"
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"name_then_verb", before + "“We will not accept this kind of pressure from anyone,” Emmanuel Macron fumed.", "We will not accept", "Emmanuel Macron"},
		{"verb_then_name", before + "“That is simply not how a serious country behaves,” scoffed Sergei Lavrov.", "That is simply not", "Sergey Lavrov"},
		{"verb_with_a_particle", before + "“Nobody believes those numbers coming out of Moscow,” Emmanuel Macron shot back on Monday.", "Nobody believes those", "Emmanuel Macron"},
		{"a_cue_in_another_language_is_no_one_elses", before + "«Nous ne céderons pas à la pression de quiconque», a déclaré le président Emmanuel Macron.", "Nous ne céderons", ""},
		{"the_speaker_before_still_goes_on", before + "“We have the best fishermen in the world and they deserve better.”", "We have the best", "Boris Johnson"},
	})
}

// TestOwnerOfTheSpeaker covers "X's spokesman, Y, was blunt: “…”" and
// "“…,” said X's spokesman, Y": the one named in apposition speaks, not
// the one whose spokesman he is.
func TestOwnerOfTheSpeaker(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_role_owned_by_a_person", "Vladimir Putin spoke to reporters on Monday.\n\nThe president's spokesman, Dmitry Peskov, was blunt: “This is a direct threat to the security of our country.”", "This is a direct", "Dmitry Peskov"},
		{"the_owner_speaking_himself", "Vladimir Putin's mood was grim: “This is a direct threat to the security of our country.”", "This is a direct", "Vladimir Putin"},
		{"said_before_an_owned_role", "Dmytro Kuleba met Radosław Sikorski on Monday.\n\n“There is no alternative to dialogue between neighbours on this matter,” said Kuleba's spokesman, Oleg Nikolenko.", "There is no alternative", "Oleg Nikolenko"},
		{"said_before_the_owner_alone", "Dmytro Kuleba met Radosław Sikorski on Monday.\n\n“There is no alternative to dialogue between neighbours on this matter,” said Kuleba's spokesman.", "There is no alternative", "Dmytro Kuleba"},
	})
}

// TestItRead covers "It read: “…”" after a sentence saying who issued a
// statement, in the paragraph before.
func TestItRead(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"it_read_in_the_next_paragraph", "Kenya's foreign ministry issued a statement on Tuesday.\n\nIt read: “Kenya will not stand by while its citizens are harmed abroad.”", "Kenya will not", "Ministry of Foreign Affairs of Kenya"},
	})
}

// TestUnnamedSingularSubject covers a clause opened by a noun phrase that
// names no one ("the Chinese envoy said that …"): its words are not those
// of the speaker quoted just before.
func TestUnnamedSingularSubject(t *testing.T) {
	before := "Foreign Office spokesperson Mumtaz Zahra Baloch said: “We categorically reject the baseless allegations made by New Delhi.”\n\n"
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_role_and_its_state", before + "Speaking on the occasion, the visiting envoy said that “the projects will be completed on time, whatever the challenges”.", "the projects will", ""},
		{"a_named_role_still_speaks", before + "Speaking on the occasion, Prime Minister Shehbaz Sharif said that “the projects will be completed on time, whatever the challenges”.", "the projects will", "Shehbaz Sharif"},
	})
}

// TestOwnedWords covers words a possessive noun of saying gives to
// someone: "Lavrov's remark that “…”", "in Macron's words, “…”"; and a
// paragraph that opens in narrative goes on no earlier speaker's words.
func TestOwnedWords(t *testing.T) {
	before := "“We can manage this, and we will manage it together,” Angela Merkel said in 2015.\n\n"
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_remark_that", before + "Lavrov's remark that “the West has declared a total hybrid war on Russia” drew a sharp response.", "the West has", "Sergey Lavrov"},
		{"in_someones_words", before + "It was, in Macron's words, “a brain death of NATO that we are now experiencing”.", "a brain death", "Emmanuel Macron"},
		{"a_remark_before_another_clause_is_not_the_quotation", before + "Lavrov's remark angered Dmytro Kuleba, who said “the West has declared nothing of the kind”.", "the West has", "Dmytro Kuleba"},
	})
}

// TestDashAndDocumentRead covers "“…” — Sergei Lavrov" and "“…,” the
// joint statement issued after the summit read": the one after the dash
// speaks; a document's words are not those of the speaker before.
func TestDashAndDocumentRead(t *testing.T) {
	before := "“Russia remains open to dialogue on strategic stability,” Vladimir Putin noted.\n\n"
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"after_a_dash", before + "“The door to negotiations has never been closed by our side” — Sergei Lavrov.", "The door to", "Sergey Lavrov"},
		{"a_statement_read", before + "The Group of Seven met in Hiroshima on Saturday. “No one can be allowed to change the status quo by force,” the joint statement issued after the summit read.", "No one can", "Group of Seven"},
		{"read_as_is_no_verb_of_the_statement", "Ethiopia’s foreign ministry warned that it “cannot stand idly by while other actors destabilise the region”, a statement widely read as aimed at Egypt.", "cannot stand idly", "Ministry of Foreign Affairs of Ethiopia"},
	})
}

// TestSpokeOfAndParticleNames covers a quotation after "spoke of", whose
// speaker is the one named before it, not the speaker of the quotation
// before in the sentence; and a family name with its particle after a
// title ("said Mr de Villepin").
func TestSpokeOfAndParticleNames(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"spoke_of", "Emmanuel Macron met Angela Merkel in Paris on Monday.\n\nMacron called the outcome “a real step towards de-escalation” and Merkel spoke of “a good start, but only a start.”", "a good start, but", "Angela Merkel"},
		{"title_and_particle", "French Foreign Minister Dominique de Villepin visited Tehran on Tuesday. Iran's chief negotiator, Hassan Rowhani, described the talks as constructive.\n\n“We were facing a serious problem of proliferation,” said Mr de Villepin.", "We were facing a", "Dominique de Villepin"},
	})
}
