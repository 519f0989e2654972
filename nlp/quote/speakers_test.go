package quote_test

import (
	"fmt"
	"testing"
)

// record is one expected quotation: its stretches in order and its
// speaker ("" for none).
type record struct {
	stretches []string
	who       string
}

// runRecords checks each text gives exactly the records wanted.
func runRecords(t *testing.T, tests []struct {
	name, text string
	want       []record
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []record
			for _, q := range quotes(t, tt.text) {
				r := record{stretches: []string{q.Text}, who: q.Speaker.Name}
				for _, sp := range q.More {
					r.stretches = append(r.stretches, tt.text[sp.Start:sp.End])
				}
				got = append(got, r)
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A quotation run over paragraphs, each opening with a mark and only the
// last closing, is one record of the speaker any of its stretches names.
func TestQuotationOverParagraphs(t *testing.T) {
	runRecords(t, []struct {
		name, text string
		want       []record
	}{
		{"cue_in_the_last_paragraph", "Chilean President Gabriel Boric spoke in Santiago on Friday.\n\n" +
			"“Our copper will be refined here, by our own workers, for our own people.\n\n" +
			"“No one will tell us how to use what belongs to every Chilean,” Boric said.",
			[]record{{[]string{"Our copper will be refined here, by our own workers, for our own people.",
				"No one will tell us how to use what belongs to every Chilean,"}, "Gabriel Boric"}}},
		{"cue_inside_the_second_paragraph", "Kenyan President William Ruto addressed the assembly.\n\n" +
			"\"The debt crisis is choking our economies. It must end now.\n\n" +
			"\"We are not asking for charity,\" Ruto said, \"we are asking for fairness in the rules.\"",
			[]record{{[]string{"The debt crisis is choking our economies. It must end now.",
				"We are not asking for charity,", "we are asking for fairness in the rules."}, "William Ruto"}}},
		{"three_paragraphs", "Brazil's President Luiz Inácio Lula da Silva opened the summit.\n\n" +
			"“The forest is not a museum, and its people are not exhibits.\n\n" +
			"“We will end illegal logging by the end of this decade.\n\n" +
			"“The world must pay its share for what it has taken,” Lula said.",
			[]record{{[]string{"The forest is not a museum, and its people are not exhibits.",
				"We will end illegal logging by the end of this decade.",
				"The world must pay its share for what it has taken,"}, "Luiz Inácio Lula da Silva"}}},
		// A closed quotation and a new paragraph's own quotation stay two.
		{"closed_then_another_speaker", "“Our copper will be refined here, by our own workers,” Gabriel Boric said.\n\n" +
			"“We will watch the new rules closely before we invest again,” said Elon Musk.",
			[]record{{[]string{"Our copper will be refined here, by our own workers,"}, "Gabriel Boric"},
				{[]string{"We will watch the new rules closely before we invest again,"}, "Elon Musk"}}},
		// An unnamed source's words run on stay unnamed.
		{"an_anonymous_source_run_on", "A senior official, speaking on condition of anonymity, said: “The talks have stalled over the border.\n\n" +
			"“Nobody expects a deal before the election in the spring.”",
			[]record{{[]string{"The talks have stalled over the border.", "Nobody expects a deal before the election in the spring."}, ""}}},
	})
}

// runSpeakers checks the speaker of the quotation that starts with given
// words ("" for none).
func runSpeakers(t *testing.T, tests []struct{ name, text, start, who string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotes(t, tt.text)
			checkSpeaker(t, qs, tt.start, tt.who)
		})
	}
}

// A statement from a seat of government is its government's.
func TestStatementFromASeat(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"from_the_kremlin_said_that", "Vladimir Putin met Xi Jinping in Beijing. A statement from the Kremlin said the talks were “constructive and businesslike in every respect.”",
			"constructive and businesslike", "Russia"},
		{"from_the_kremlin_after", "“We will answer every provocation with force,” a statement from the Kremlin said on Monday.",
			"We will answer every", "Russia"},
		{"from_downing_street", "A statement from Downing Street said the prime minister “condemned the attack in the strongest possible terms.”",
			"condemned the attack", "United Kingdom"},
		{"comments_from_the_elysee", "Comments from the Élysée on Friday called the tariffs “a grave mistake that will hurt both sides.”",
			"a grave mistake", "France"},
	})
}

// "The statement said" is the statement's whose issuer a sentence before
// names, passing over sentences that only speak of it again.
func TestTheStatementSaid(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"past_a_sentence_that_names_it_again", "Japan's foreign ministry issued a statement on Monday after the launch. The statement did not name the site.\n\n" +
			"“The launch is a grave threat to the peace of the region,” the statement said.",
			"The launch is a grave", "Ministry of Foreign Affairs of Japan"},
		{"in_a_statement_after_the_subject", "The Japanese foreign ministry condemned the launch in a statement on Monday.\n\n" +
			"“The launch is a grave threat to the peace of the region,” the statement said.",
			"The launch is a grave", "Ministry of Foreign Affairs of Japan"},
		{"the_body_of_the_sentence_before", "The Japanese foreign ministry condemned the launch on Monday. The launch was “a grave threat to the peace of the region,” the statement said.",
			"a grave threat", "Ministry of Foreign Affairs of Japan"},
		{"a_body_named_inside_the_first_quotation_is_not_its_issuer", "“Leaving NATO was hard,” the Japanese foreign ministry said in a statement on Monday.\n\n" +
			"“The launch is a grave threat to the peace of the region,” the statement said.",
			"The launch is a grave", "Ministry of Foreign Affairs of Japan"},
		// Whose statement, the text does not say.
		{"a_statement_of_no_one_named", "Police closed the roads, according to a government statement read on state radio. The statement said the curfew was “needed to keep order in the capital.”",
			"needed to keep order", ""},
		{"a_person_before_is_not_its_issuer", "Joe Biden met Xi Jinping in Woodside. “The two leaders had a candid and constructive exchange,” the statement said.",
			"The two leaders had", ""},
	})
}

// "X was quoted by an outlet as saying" is X's; the outlet only reports.
func TestQuotedAsSayingPassive(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"quoted_by_an_agency", "Kremlin spokesman Dmitry Peskov was quoted by TASS as saying: “The meeting is not on the agenda for now.”",
			"The meeting is not", "Dmitry Peskov"},
		{"active_voice", "TASS quoted Dmitry Peskov as saying that the meeting was “not on the agenda for now.”",
			"not on the agenda", "Dmitry Peskov"},
		// One the text does not name is nobody, not the outlet.
		{"an_unnamed_source_quoted_by_an_agency", "A source in the delegation was quoted by TASS as saying that the meeting was “not on the agenda for now.”",
			"not on the agenda", ""},
	})
}

// "He said" after sentences about no one is the person who opened the
// sentence before them, not one a preposition governed there.
func TestPronounPastSentencesAboutNoOne(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"past_two_sentences", "Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks with his Turkish counterpart.\n\n" +
			"The visit comes amid tension over grain exports. Turkey has offered to host further talks.\n\n" +
			"“We are ready to discuss every proposal on the table,” he said.",
			"We are ready to discuss", "Sergey Lavrov"},
		{"past_one_sentence", "Indian Prime Minister Narendra Modi flew to Moscow on Monday for talks with President Vladimir Putin.\n\n" +
			"The two countries have deep defence ties.\n\n“India has always stood for peace and dialogue,” he told reporters.",
			"India has always stood", "Narendra Modi"},
		// A pronoun of the other gender keeps the one it fits.
		{"the_other_gender", "Sergei Lavrov held talks with German Foreign Minister Annalena Baerbock in Moscow.\n\n" +
			"The visit comes amid tension over gas exports. Germany has offered to host further talks.\n\n" +
			"“We are ready to discuss every proposal on the table,” she said.",
			"We are ready to discuss", "Annalena Baerbock"},
	})
}

// A person named in a later sentence of a quotation is no antecedent of
// the pronoun that attributes it.
func TestPronounAfterAQuotationOfSentences(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"curly_marks", "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Friday.\n\n“The war will end on our terms. Vladimir Putin knows this very well,” he said.",
			"The war will end", "Volodymyr Zelensky"},
		{"straight_marks", "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Friday. \"The war will end on our terms. We have told Joe Biden that we need more air defence,\" he said.",
			"The war will end", "Volodymyr Zelensky"},
		{"over_paragraphs", "Indian Prime Minister Narendra Modi addressed parliament on Wednesday.\n\n" +
			"“We will not allow anyone to threaten our borders. Our forces are ready. Our neighbours must understand this.\n\n" +
			"“We seek peace with all. But peace cannot come at the cost of our sovereignty.\n\n" +
			"“The nation stands united behind its soldiers,” he said.",
			"We will not allow", "Narendra Modi"},
		// A quotation closed before the pronoun's sentence leaves its names
		// as they were.
		{"a_name_after_the_quotation", "Volodymyr Zelensky said the war would end “on our terms and on no one else's.” Joe Biden met him later. “We will stand with Ukraine,” he said.",
			"We will stand", "Joe Biden"},
	})
}

// A long relative clause between the speaker and the verb hides nothing:
// the one it describes speaks, not a name inside it.
func TestRelativeClauseBeforeTheVerb(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"two_clauses", "Kenyan President William Ruto, who has long sought to mediate between Khartoum and the rebels and who hosted talks in Nairobi last year, said the truce “must be restored without delay for the sake of the hungry.”",
			"must be restored", "William Ruto"},
		{"a_list_inside", "Kenyan President William Ruto, who has met the leaders of Sudan, Chad and Egypt, said the truce “must be restored without delay for the sake of the hungry.”",
			"must be restored", "William Ruto"},
	})
}

// Words quoted inside a new sentence of narrative are a quotation of their
// own, however short the narrative before them; a quotation going on
// after its attribution stays one.
func TestFragmentInANewSentence(t *testing.T) {
	runRecords(t, []struct {
		name, text string
		want       []record
	}{
		{"he_added_that", "British Foreign Secretary David Lammy said London would “not stand by while civilians are targeted.” He added that Britain would “use every lever available to press for a ceasefire.”",
			[]record{{[]string{"not stand by while civilians are targeted."}, "David Lammy"},
				{[]string{"use every lever available to press for a ceasefire."}, "David Lammy"}}},
		{"a_sentence_going_on", "“We will not stand by while civilians die,” Lammy said. “We will use every lever available to press for a ceasefire.”",
			[]record{{[]string{"We will not stand by while civilians die,", "We will use every lever available to press for a ceasefire."}, "David Lammy"}}},
	})
}

// After a role that names a body ("ambassador to the United Nations",
// "the head of the World Health Organization"), the person set off in
// apposition speaks, not the body.
func TestPersonAfterARoleOfABody(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"ambassador_to_a_body", "Russia's envoy to the United Nations, Vassily Nebenzia, said the draft was “a biased text that ignores the facts on the ground.”",
			"a biased text", "Vasily Nebenzya"},
		{"head_of_a_body", "The director-general of the World Health Organization, Tedros Adhanom Ghebreyesus, said on Monday the outbreak was “a grave threat to health security everywhere.”",
			"a grave threat", "Tedros Adhanom Ghebreyesus"},
	})
}

// One who reports words is not their speaker: "X was told by Y that …" is
// Y's, "…,” Xinhua reported" after "Xi said" is Xi's.
func TestReporterIsNotTheSpeaker(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"told_by", "Antony Blinken was told by Wang Yi on Friday that Washington “must stop interfering in the internal affairs of others.”",
			"must stop interfering", "Wang Yi"},
		{"warned_by_a_titled_name", "The envoys were warned by Chinese Foreign Minister Wang Yi that Washington “must stop interfering in the internal affairs of others.”",
			"must stop interfering", "Wang Yi"},
		{"an_agency_reported", "Xi Jinping said the reunification of the motherland “cannot be stopped by anyone at all,” Xinhua reported.",
			"cannot be stopped", "Xi Jinping"},
		// By no one named, no one's.
		{"told_by_officials", "Antony Blinken was told by officials that Washington “must stop interfering in the internal affairs of others.”",
			"must stop interfering", ""},
		// With no one speaking before it, the agency's.
		{"only_the_agency", "“The operation is going according to plan and all its goals will be met,” TASS reported.",
			"The operation is going", "TASS"},
	})
}

// A quotation standing alone as a paragraph, after a paragraph that ends
// on a sentence about someone, is theirs.
func TestQuotationParagraphAfterASentenceAboutSomeone(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"after_a_subject", "Pakistan's Foreign Minister Ishaq Dar spoke first at the news conference in Islamabad.\n\n“We will defend ourselves with full force if we are attacked.”",
			"We will defend ourselves", "Ishaq Dar"},
		// Not one a preposition governs, nor an unnamed source.
		{"after_an_object", "Reporters waited for hours outside the talks with Ishaq Dar.\n\n“We will defend ourselves with full force if we are attacked.”",
			"We will defend ourselves", ""},
		{"after_an_anonymous_source", "An aide to Ishaq Dar, speaking on condition of anonymity, described the mood.\n\n“We will defend ourselves with full force if we are attacked.”",
			"We will defend ourselves", ""},
	})
}

// Words quoted in a sentence that no speech verb governs are the person's
// the sentence is about.
func TestQuotedInASentenceAboutSomeone(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_dash", "Negotiators must now write down the purchases Mr. Trump requested — purchases “larger than any time in our history, by far.”",
			"larger than any time", "Donald Trump"},
		{"in_brackets", "Ursula von der Leyen, after first denying that her staff had met the envoy (“We have never spoken to him at all”), changed her account.",
			"We have never spoken", "Ursula von der Leyen"},
		// A speech verb whose subject goes unnamed leaves it unnamed.
		{"an_unnamed_speaker", "The agency said Ursula von der Leyen had travelled “in disregard of every rule we set.”",
			"in disregard of every", ""},
		// A state opening the sentence is no person's cue.
		{"a_state_first", "China rejected the purchases Mr. Trump wanted as “larger than any time in our history, by far.”",
			"larger than any time", ""},
	})
}

// "The judges" speak for the court named before them.
func TestJudgesSpeakForTheirCourt(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"cue_before", "The International Criminal Court issued a warrant for the general's arrest on Thursday. The judges said there were “reasonable grounds to believe he bears criminal responsibility.”",
			"reasonable grounds to", "International Criminal Court"},
		{"cue_after", "The International Court of Justice ruled on the river dispute on Friday.\n\n“Neither party has shown that the other breached its obligations,” the judges wrote.",
			"Neither party has shown", "International Court of Justice"},
		// With no court named, nobody.
		{"no_court", "Lawyers for the general appealed on Thursday. The judges said there were “reasonable grounds to believe he bears criminal responsibility.”",
			"reasonable grounds to", ""},
	})
}

// "The UN chief", "NATO's secretary general" with no name after them are
// whoever led the body on the story's day (the tests' day is 2021-06-28).
func TestABodysHeadSpeaks(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"the_un_chief", "“The world cannot afford another year of broken promises on the climate,” the UN chief told reporters.",
			"The world cannot afford", "António Guterres"},
		{"natos_secretary_general", "“The alliance will keep its doors open to every democracy in Europe,” NATO's secretary general said.",
			"The alliance will keep", "Jens Stoltenberg"},
		// Another role of the body's staff is not its head.
		{"a_chief_scientist", "The WHO chief scientist said the variant “is spreading faster than any we have seen before.”",
			"is spreading faster", "World Health Organization"},
	})
}

// A person named in a clause that opens the sentence before its subject
// is no antecedent of the "he said" that follows.
func TestPronounPastAnOpeningClause(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"after_meeting", "After meeting Wang Yi in Beijing on Friday, Antony Blinken told reporters the talks had been useful. “We made progress on fentanyl and on military channels,” he said.",
			"We made progress", "Antony Blinken"},
		{"speaking_after_talks", "Speaking after meeting Narendra Modi, Anthony Albanese said trade would grow.\n\n“We made progress on minerals and on defence,” he said.",
			"We made progress", "Anthony Albanese"},
		// A clause that ends before the person leaves them the subject.
		{"the_clause_ends_before", "After the talks, Antony Blinken met Wang Yi for dinner. “We made progress on fentanyl and on military channels,” he said.",
			"We made progress", "Antony Blinken"},
	})
}

// "A government statement" is the statement of the state whose
// government the text named before.
func TestAGovernmentStatement(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"named_before", "Niger's military-led government on Monday ordered the French ambassador to leave.\n\n" +
			"The envoy was told at the ministry, according to a government statement read on state television. The statement gave no reason.\n\n" +
			"“Niger remains open to dialogue with all its partners,” the statement said.",
			"Niger remains open", "Niger"},
		// With no government named, whose it is the text does not say.
		{"none_named", "Soldiers closed the border with Benin on Monday, according to a government statement read on state television.\n\n" +
			"“Niger remains open to dialogue with all its partners,” the statement said.",
			"Niger remains open", ""},
	})
}

// A state's general staff is a body of that state, which speaks.
func TestGeneralStaffSpeaks(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_country_adjective", "The Armenian General Staff said the drone “was warned ten times within five minutes before it was engaged.”",
			"was warned ten times", "General Staff of Armenia"},
		// "Chief of Staff" is a title: the person it names speaks.
		{"chief_of_staff", "White House Chief of Staff Jeff Zients said the plan “will be ready within weeks, not months.”",
			"will be ready", "Jeff Zients"},
	})
}

// "The Kremlin spokesman" with no name is the one who spoke for the head
// of state on the story's day; "a … spokesperson", one of many, is not.
func TestASeatsSpokesperson(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"the_kremlin_spokesman", "“There is no basis for such talks at this point,” the Kremlin spokesman told reporters.",
			"There is no basis", "Dmitry Peskov"},
		{"a_white_house_spokesperson", "“There is no basis for such talks at this point,” a White House spokesperson said.",
			"There is no basis", "United States"},
	})
}

// Words quoted before ", and" belong to the one who spoke before them,
// not to the subject of the clause that follows.
func TestQuotationBeforeACoordinatedClause(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"and_another_speaker", "The European Union's foreign policy chief, Josep Borrell, said the law was “incompatible with EU values and standards”, and the US State Department called the vote “a dark day for Georgia's democracy”.",
			"incompatible with EU values", "Josep Borrell"},
		{"the_second_is_its_own", "The European Union's foreign policy chief, Josep Borrell, said the law was “incompatible with EU values and standards”, and the US State Department called the vote “a dark day for Georgia's democracy”.",
			"a dark day", "United States Department of State"},
		{"but_another_speaker", "Prime Minister Irakli Kobakhidze said the law was “about transparency and nothing else”, but President Salome Zourabichvili said she would veto it.",
			"about transparency", "Irakli Kobakhidze"},
	})
}

// A name written with the Arabic article in lower case is a person's
// name, who speaks when "he" is told after it.
func TestNamesWithTheArabicArticle(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"attorney_general", "Libya's Attorney General al-Siddiq al-Sour said on Friday that prosecutors had opened an investigation into the collapse of the dams. “Whoever made mistakes or was negligent will face firm measures,” he told a news conference.",
			"Whoever made mistakes", "al-Siddiq al-Sour"},
	})
}

// A group introduced by its kind ("the charity Sea Aid", "a coalition
// called Women for Peace") is the speaker its kind names later: "the
// charity said".
func TestTheGroupItsKindNames(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"the_charity", "The ship is run by the charity Sea Aid Network. “Those we rescued are being used as pawns,” the charity said.",
			"Those we rescued", "Sea Aid Network"},
		{"called", "Mothers of the disappeared formed a coalition called Women for Truth. “We want our children back,” the coalition said on Sunday.",
			"We want our children", "Women for Truth"},
	})
}
