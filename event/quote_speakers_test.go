package event_test

import (
	"strings"
	"testing"
)

// quoteCase is a text and the speaker its quotation opening with prefix
// must have ("" for none).
type quoteCase struct {
	name, day, text, prefix, speaker string
}

func runQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := analyze(t, tc.text, tc.day)
			for _, q := range a.Quotes {
				// (a stretch that goes on with the same speaker is one of
				// the quotation's More)
				starts := strings.HasPrefix(q.Text, tc.prefix)
				for _, sp := range q.More {
					starts = starts || strings.HasPrefix(a.Article.Text[sp.Start:sp.End], tc.prefix)
				}
				if starts {
					if q.Speaker.Name != tc.speaker {
						t.Errorf("quote %q: speaker %q (cue %q), want %q", q.Text, q.Speaker.Name, q.Cue, tc.speaker)
					}
					return
				}
			}
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			t.Errorf("no quote opening %q; got %q", tc.prefix, got)
		})
	}
}

// TestQuoteSpeakers checks who speaks a quotation whose attribution is
// coordinated, continued, or told through a document.
func TestQuoteSpeakers(t *testing.T) {
	runQuoteCases(t, []quoteCase{
		// A speech verb after "and" shares the subject before the quotation.
		{"and_accused_after_the_quote", "2024-05-10",
			`Lavrov spoke for twenty minutes. He said the European Union "has lost every right to lecture others" on democracy and accused Brussels of hypocrisy.`,
			"has lost every right", "Sergey Lavrov"},
		{"but_criticised_after_the_quote", "2024-05-10",
			`Modi said Pakistan "must stop sheltering armed groups at once" in a speech but criticised Washington.`,
			"must stop sheltering", "Narendra Modi"},
		// "said X would …, but warned that Y “…”": the first verb's subject.
		{"but_warned_before_the_quote", "2024-05-10",
			`At the news conference, Chancellor Olaf Scholz said Germany would keep its promises, but warned that Germany "cannot pay for everything on its own, whatever happens."`,
			"cannot pay for everything", "Olaf Scholz"},
		{"said_before_the_quote_keeps_its_subject", "2024-05-10",
			`Scholz said Macron "was right to raise the question of troops in Ukraine".`,
			"was right to raise", "Olaf Scholz"},
		// A cue in the next sentence is the quotation's only when the
		// quotation ends its own sentence.
		{"next_sentence_cue_after_a_clause_is_not_the_quotes", "2024-05-10",
			`An army spokesman said the drone had crossed the border and "was tracked for ten minutes before it fell" near the post. Pakistan insisted the drone was a civilian one.`,
			"was tracked for ten minutes", ""},
		{"congratulating_on", "2024-05-10",
			`Macron was the first to react, congratulating both leaders on "a brave and wise decision for peace".`,
			"a brave and wise decision", "Emmanuel Macron"},
		// A document speaks for whoever issued it.
		{"letter_x_sent", "2024-05-10",
			`On Monday, the Kremlin published a letter Putin sent Erdogan in March. "Do not test our patience!" the letter said. Turkish officials told reporters that Erdogan had ignored it.`,
			"Do not test our patience", "Vladimir Putin"},
		{"council_adopted_a_resolution", "2024-05-10",
			`The UN Security Council adopted a resolution on Gaza on Monday. "The Council demands an immediate ceasefire for the month of Ramadan," the resolution said.`,
			"The Council demands", "United Nations Security Council"},
		{"resolution_which_after_the_body", "2024-05-10",
			`The United Nations General Assembly on Thursday condemned the annexation. The resolution, which "declares invalid the so-called referendums" held in four regions, passed with 143 votes.`,
			"declares invalid", "United Nations General Assembly"},
		{"in_a_statement_the_ministry_said", "2024-05-10",
			`In a statement, Japan said it would send aid. "Japan stands with the people of Turkey in this hour of need," the statement said.`,
			"Japan stands with", "Japan"},
		// A statement whose author the text does not give takes no one's
		// name, not the speaker of the quotation before.
		{"unsourced_statement_does_not_continue", "2024-05-10",
			`Le Drian called the junta illegitimate. "The junta is taking irresponsible measures," he told French radio.\n\nDespite the expulsion, "the country remains open to dialogue with all its partners," the statement said.`,
			"the country remains open", ""},
		{"speaker_said_in_a_statement_is_the_speaker", "2024-05-10",
			`"We will not back down in the face of threats," Lavrov said in a statement.`,
			"We will not back down", "Sergey Lavrov"},
		{"statement_from_a_body_is_the_bodys", "2024-05-10",
			`"The border will stay closed until further notice," a statement from NATO said.`,
			"The border will stay closed", "North Atlantic Treaty Organization"},
		// A statement one is told of is not that person's.
		{"statement_told_of_is_not_the_listeners", "2024-05-10",
			`Ambassador Joel Meyer was told of the decision, according to a statement read on state television. "The decision is final and takes effect at once," the statement said.`,
			"The decision is final", ""},
		// "It" opening the sentence after one that issued a document is
		// that document; after a note sent to an actor, or no document,
		// it names no one.
		{"it_after_a_declaration_adopted", "2024-05-10",
			`The European Council adopted a joint declaration on Friday. It calls the attack "a flagrant violation of international law and the Charter".`,
			"a flagrant violation", "European Council"},
		{"it_after_a_note_sent_to_a_state", "2024-05-10",
			`Moscow sent Kyiv a diplomatic note on Friday. It calls the attack "a flagrant violation of international law and the Charter".`,
			"a flagrant violation", ""},
		{"it_after_no_document", "2024-05-10",
			`The summit in Vilnius ended on Friday. It calls the attack "a flagrant violation of international law and the Charter".`,
			"a flagrant violation", ""},
		// A cue whose subject is a plural noun no actor names gives the
		// quotation no speaker, not the previous one's.
		{"the_judges_added_is_not_the_previous_speaker", "2024-05-10",
			`Piñera said the court had "put things in their proper place at last". The judges added that the two states should keep talking "in a spirit of good neighbourliness and trust".`,
			"in a spirit of good", ""},
		{"he_added_goes_on_with_the_previous_speaker", "2024-05-10",
			`"We will respond to any attack," Lavrov said. He added that Russia "will not be intimidated by anyone at all".`,
			"will not be intimidated", "Sergey Lavrov"},
	})
}

// TestQuotationsOfTheirOwn checks quoted stretches that open a quotation
// of their own rather than going on with the one before: after ", while
// …", and words quoted inside a later sentence of narrative.
func TestQuotationsOfTheirOwn(t *testing.T) {
	for _, tc := range []quoteCase{
		{"after_while", "2024-05-10",
			`Putin said Kyiv had tried to "drag the whole of Europe into war", while some Western capitals wanted to "keep the fighting going for years".`,
			"keep the fighting going", "Vladimir Putin"},
		{"fragment_in_a_later_sentence", "2024-05-10",
			`NATO issued a statement warning that "all sides must show restraint in the coming days." Critically, however, it pointed out that it had "no power to enforce any of these measures at all."`,
			"no power to enforce", "North Atlantic Treaty Organization"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := analyze(t, tc.text, tc.day)
			for _, q := range a.Quotes {
				if strings.HasPrefix(q.Text, tc.prefix) {
					if q.Speaker.Name != tc.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker.Name, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no quotation of its own opening %q in %d quotations", tc.prefix, len(a.Quotes))
		})
	}
}

// TestSpeakersPlacedElsewhere checks that a body a sentence places in
// another capital ("In Baku, the foreign ministry said") is that state's,
// not the spokesman of another state named just before.
func TestSpeakersPlacedElsewhere(t *testing.T) {
	text := "\"We did not come to sign at any price,\" foreign ministry spokesman Tigran Balayan told reporters in Yerevan on Sunday.\n\n" +
		"In Baku, the foreign ministry said on Sunday that normalising relations before Armenian forces leave occupied land \"directly contradicts the national interests of Azerbaijan\"."
	runQuoteCases(t, []quoteCase{
		{"the_capital_places_the_ministry", "2009-10-12", text, "directly contradicts", "Ministry of Foreign Affairs of Azerbaijan"},
		{"the_spokesman_first", "2009-10-12", text, "We did not come", "Tigran Balayan"},
	})
}

// TestCapitalisedTitleKeepsItsFirstHolder checks that a readout's "the
// Prime Minister", written as a name, stays with the first person the
// text named with that title, though another Prime Minister is named
// in between.
func TestCapitalisedTitleKeepsItsFirstHolder(t *testing.T) {
	text := "Prime Minister Mette Frederiksen today received the President of Ukraine, Volodymyr Zelenskyy, at Skrydstrup Air Base.\n\n" +
		"Earlier today, the President met Prime Minister Mark Rutte at Eindhoven Air Base.\n\n" +
		"“Hopefully, closer to the New Year, the first group of planes will leave Denmark and head for Ukraine,” said the Prime Minister."
	runQuoteCases(t, []quoteCase{
		{"the_first_prime_minister_named", "2023-08-20", text, "Hopefully, closer to the New Year", "Mette Frederiksen"},
	})
}
