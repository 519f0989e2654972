package quote_test

import (
	"fmt"
	"strings"
	"testing"

	"parley"
	"parley/pipeline/pipelinetest"
)

// checkSpeaker checks the speaker of the quotation in qs that starts
// with start ("" for none).
func checkSpeaker(t *testing.T, qs []parley.Quote, start, who string) {
	t.Helper()
	for _, q := range qs {
		if strings.HasPrefix(q.Text, start) {
			if q.Speaker.Name != who {
				t.Errorf("speaker of %q = %q, want %q", start, q.Speaker.Name, who)
			}
			return
		}
	}
	t.Errorf("no quotation starting %q in %+v", start, qs)
}

func quotes(t *testing.T, text string) []parley.Quote {
	t.Helper()
	a := pipelinetest.Analyze(t, text, "2021-06-28")
	for _, q := range a.Quotes {
		if text[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("quote %q has span %v covering %q", q.Text, q.Span, text[q.Span.Start:q.Span.End])
		}
	}
	return a.Quotes
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		start, who string // the quotation's first words and its speaker ("" for none)
		wantQuotes int
	}{
		{"cue_after", "“We will not accept any interference in our affairs,” Vladimir Putin said.",
			"We will not accept", "Vladimir Putin", 1},
		{"a_bare_ministry_in_a_capital", "Iran released the crew on Tuesday. The Ministry of Foreign Affairs in Seoul welcomed the decision. \"We will keep working for the captain,\" the ministry said.",
			"We will keep working", "Ministry of Foreign Affairs of South Korea", 1},
		{"words_offered", "Germany's foreign minister spoke first. Foreign Minister Sergey Lavrov offered “deep condolences to the families of the victims” on Monday.",
			"deep condolences", "Sergey Lavrov", 1},
		{"the_title_of_someone_named_just_before_without_it", "Putin spoke by phone with President Recep Tayyip Erdogan on Wednesday. Later that day Vladimir Putin met members of the government. “We must restore trade with our Turkish partners,” the President said.",
			"We must restore", "Vladimir Putin", 1},
		{"the_ministry_after_a_bare_foreign_ministry", "China said on Friday it would respond. In a separate statement, the foreign ministry listed eight countermeasures. The ministry said the visit went ahead \"in disregard of China's serious concerns\".",
			"in disregard of", "Ministry of Foreign Affairs of China", 1},
		{"a_clause_after_while_has_another_speaker", "The U.S. State Department said the vote \"cannot be considered legitimate given the way it was conducted,\" while the Economic Community of West African States urged Senegal to restore the calendar.",
			"cannot be considered", "United States Department of State", 1},
		{"perfect_cue_after_a_long_apposition", "\"The importer pays the duty, not the exporter,\" Howard Gleckman, a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center, has written.",
			"The importer pays", "Howard Gleckman", 1},
		{"a_long_apposition_before_the_verb", "“We firmly oppose any interference in our internal affairs,” the spokeswoman for the Chinese foreign ministry, Mao Ning, said.",
			"We firmly oppose", "Mao Ning", 1},
		{"according_to_a_statement_from_a_body", "“Our forces destroyed three launchers near the border,” according to a statement from the Russian defence ministry.",
			"Our forces destroyed", "Ministry of Defence of Russia", 1},
		{"according_to_a_seat", "“The talks were constructive and useful for both sides,” according to the Kremlin.",
			"The talks were constructive", "Russia", 1},
		{"a_second_verb_after_a_title_and_a_name", "European Commission President Ursula von der Leyen called the deal “historic” and said it showed that “Britain and the European Union are natural partners.”",
			"Britain and the European", "Ursula von der Leyen", 1},
		{"a_title_elect_before_a_new_name", "Greenland's prime minister-elect Jens-Frederik Nielsen agreed: “Greenland belongs to the people of Greenland.”",
			"Greenland belongs", "Jens-Frederik Nielsen", 1},
		{"a_statement_read_as_aimed_at_someone", "Ethiopia’s foreign ministry warned in late August that it “cannot stand idly by while others destabilise the region”, a statement widely read as aimed at Egypt.",
			"cannot stand idly by", "Ministry of Foreign Affairs of Ethiopia", 1},
		{"a_clause_after_and_is_another_subjects", "In March 2022, Spanish Prime Minister Pedro Sánchez wrote to the king that Spain considered the plan \"the most serious and credible basis\" for a settlement, and Algeria recalled its ambassador the next day.",
			"the most serious", "Pedro Sánchez", 1},
		{"a_title_between_a_body_and_a_name", "National Security Council Assistant Director General Jonathan Malaya said the Philippines \"has not and will never enter into any agreement\" to remove the ship.",
			"has not and will never", "Jonathan Malaya", 1},
		{"cue_after_inverted", "\"The talks were candid and constructive,\" said Wang Yi on Monday.",
			"The talks were candid", "Wang Yi", 1},
		{"cue_before_colon", "Joe Biden told reporters: \"I made clear where we stand on human rights.\"",
			"I made clear", "Joe Biden", 1},
		{"colon_after_a_clause_of_the_speaker", "Foreign ministry spokeswoman Maria Zakharova was more blunt: \"They are lying, and they know it.\"",
			"They are lying", "Maria Zakharova", 1},
		{"quoted_as_saying", "Global Times quoted Yang Jin, an expert with the Chinese Academy of Social Sciences, as saying: “The meeting sends a clear message to the world.”",
			"The meeting sends", "Yang Jin", 1},
		{"pronoun_speaker", "Vladimir Putin praised the talks. He said, “We have built a partnership of a new kind.”",
			"We have built", "Vladimir Putin", 1},
		{"institutional_speaker", "A statement on the Kremlin website said the leaders would “evaluate the state of and prospects for the partnership.”",
			"evaluate the state", "Russia", 1},
		{"participle_after_the_quotation", "Australian Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the release, adding that Timothy Weeks’ family was grateful.",
			"We are profoundly pleased", "Scott Morrison", 1},
		{"title_naming_a_body_before_the_person", "“It depends on what the contractors are willing to invest,” responded NASA administrator Jim Bridenstine.",
			"It depends on what", "Jim Bridenstine", 1},
		{"a_noun_is_no_speech_verb", "Saeb Erekat said it was the latest move to make the Palestinians give up their claims to a state.\n\n“They wanted us on our knees and they used every trick.”",
			"They wanted us", "Saeb Erekat", 1},
		{"apposition_between_speaker_and_verb", "Tim Morrison said he had not been told. \"If he had concerns about the call, that is something I would have expected to hear,\" Tim Morrison, Alexander Vindman's superior, said.",
			"If he had concerns", "Tim Morrison", 1},
		{"a_person_of_an_organisation", "Opposition leader John Steenhuisen of the Democratic Alliance said the government was “using foreign policy to distract from its failures at home”.",
			"using foreign policy", "John Steenhuisen", 1},
		{"a_person_in_apposition_to_a_role", "Jens Stoltenberg met ministers in Brussels. Stoltenberg's spokeswoman, Oana Lungescu, said: “The alliance will not be intimidated by these threats.”",
			"The alliance will not", "Oana Lungescu", 1},
		{"an_anonymous_source_is_no_speaker", "Benjamin Netanyahu met Joe Biden. An Israeli official, speaking on condition of anonymity, said it had been “a frank and difficult conversation with the Americans”.",
			"a frank and difficult", "", 1},
		{"a_participle_after_an_addressee", "Mexican President Claudia Sheinbaum said she had sent a letter to Donald Trump warning that “one tariff will be followed by another in response”.",
			"one tariff will be", "Claudia Sheinbaum", 1},
		{"a_participle_after_said", "UN Secretary-General António Guterres condemned the detentions, his spokesman Stéphane Dujarric said, calling the developments “a serious blow to democratic reforms in Myanmar”.",
			"a serious blow to", "Stéphane Dujarric", 1},
		{"single_marks", "'We have our own position on this matter,' Vladimir Putin said on Monday.",
			"We have our own", "Vladimir Putin", 1},
		{"curly_single_marks_round_an_apostrophe", "‘We don’t accept the workers’ demands at all,’ Xi Jinping told reporters.",
			"We don’t accept the workers’ demands", "Xi Jinping", 1},
		{"an_apostrophe_opens_nothing", "Russia's envoy said the talks were over and China's envoy agreed with him on Monday.",
			"", "", 0},
		{"continuation_in_next_sentence", "“Our ties are strong and will stay so,” Xi Jinping said. “They will grow stronger every single year.”",
			"Our ties are strong", "Xi Jinping", 1},
		{"coordinated_speech_verb", "Liu Xiaoming accused the UK and the US of meddling and warned that China “will not sit on its hands should the situation worsen”.",
			"will not sit", "Liu Xiaoming", 1},
		{"apposition_before_the_verb", "Zippy Duvall, the president of the American Farm Bureau, said farmers faced “near-unprecedented economic uncertainty and hardship” this year.",
			"near-unprecedented economic", "Zippy Duvall", 1},
		{"pronoun_skips_names_quoted", "Eswar Prasad, a trade professor at Cornell, spoke. “By setting unrealistic goals, Donald Trump makes any trade deal with China more uncertain,” he said.",
			"By setting unrealistic", "Eswar Prasad", 1},
		{"person_after_a_long_role", "“The evidence is not strong enough to form the basis for filing an indictment,” Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday.",
			"The evidence is", "Eva-Marie Persson", 1},
		{"paragraph_after_inverted_cue", "“The authorities in Iran must end this brutal crackdown immediately,” said Philip Luther, a director at Amnesty International.\n\n“The frequency of lethal force used against peaceful protesters raises serious fears.”",
			"The frequency of", "Philip Luther", 2},
		{"participle_speaks_for_the_subject", "Zippy Duvall wrote to the president. He urged Donald Trump to make a deal soon, saying “time is running out for many in agriculture.”",
			"time is running", "Zippy Duvall", 1},
		{"according_to_reports_the_speaker", "Mr Xi told Joe Biden that Taiwan was “the first red line that must not be crossed”, according to the Chinese foreign ministry.",
			"the first red line", "Xi Jinping", 1},
		{"and_said_after_the_quote", "Foreign ministry spokesperson Mao Ning called the remark “extremely wrong and irresponsible political manipulation” and said China firmly opposed it.",
			"extremely wrong and", "Mao Ning", 1},
		{"one_of_a_group_no_actor_names_is_no_one_named_before", "Army officers appeared on national television minutes after President Ali Bongo Ondimba was declared the winner. “We have decided to put an end to the current regime,” one of them said.",
			"We have decided", "", 1},
		{"scare_quotes_are_not_quotes", "Officials called it a “no limits” partnership.", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotes(t, tt.text)
			if len(qs) != tt.wantQuotes {
				t.Fatalf("got %d quotes %+v, want %d", len(qs), qs, tt.wantQuotes)
			}
			if tt.start == "" {
				return
			}
			checkSpeaker(t, qs, tt.start, tt.who)
		})
	}
}

// TestOneQuotationOneRecord checks that the stretches of one quotation —
// around its attribution, or over a paragraph break with the quotation
// left open — make one record, and that another speaker or a new
// paragraph's own quotation make another.
func TestOneQuotationOneRecord(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string // per record: the first stretch, then the others
	}{
		{"around_the_attribution", "“Yes,” Xi Jinping said, “our ties will grow stronger every year.”",
			[][]string{{"Yes,", "our ties will grow stronger every year."}}},
		{"over_a_paragraph_break", "Xi Jinping said: “Our ties are strong and will stay so.\n\n“They will grow stronger every single year.”",
			[][]string{{"Our ties are strong and will stay so.", "They will grow stronger every single year."}}},
		{"two_speakers", "“Our ties are strong and will stay so,” Xi Jinping said. Vladimir Putin replied: “We agree with every word of it.”",
			[][]string{{"Our ties are strong and will stay so,"}, {"We agree with every word of it."}}},
		{"a_term_in_marks_opens_no_quotation", "Kurt Volker said he never used the term “old friends” and added, “I frankly wince whenever I hear it said.”",
			[][]string{{"I frankly wince whenever I hear it said."}}},
		{"quoted_again_after_narrative", "Xi Jinping said the “ties are strong and will stay so for decades” between the two countries, adding that trade had grown. “We will build on that in the coming years,” he said.",
			[][]string{{"ties are strong and will stay so for decades"}, {"We will build on that in the coming years,"}}},
		{"two_partial_quotes_of_two_verbs", "Xi Jinping praised Putin as “a dear and trusted friend” and called the treaty “a new era for our two great peoples”.",
			[][]string{{"a dear and trusted friend"}, {"a new era for our two great peoples"}}},
		{"a_new_paragraph_opens_a_new_quotation", "“Our ties are strong and will stay so,” Xi Jinping said.\n\n“Trade will grow by a fifth next year,” Xi Jinping added.",
			[][]string{{"Our ties are strong and will stay so,"}, {"Trade will grow by a fifth next year,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotes(t, tt.text)
			var got [][]string
			for _, q := range qs {
				rec := []string{q.Text}
				for _, sp := range q.More {
					rec = append(rec, tt.text[sp.Start:sp.End])
				}
				got = append(got, rec)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A pull quote set above the paragraph that quotes it takes the speaker
// the attributed copy names, not the subject of the paragraph before.
func TestPullQuote(t *testing.T) {
	text := "Washington announced a diplomatic boycott of the Games in December.\n\n" +
		"“Beijing has now written down that it shares every grievance Moscow has.”\n\n" +
		"That, said Ilze Berzina, an analyst in Riga, was the news of the day. “Beijing has now written down that it shares every grievance Moscow has,” she said."
	qs := quotes(t, text)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes %+v, want 2", len(qs), qs)
	}
	for _, q := range qs {
		if q.Speaker.Name != "Ilze Berzina" {
			t.Errorf("quote at %v: speaker %q, want Ilze Berzina", q.Span, q.Speaker.Name)
		}
	}
}

// Words one speaker said and another echoes keep their first speaker.
func TestEchoedQuote(t *testing.T) {
	text := "Vladimir Putin addressed the troops in Moscow on Monday. “We will achieve all our goals.”\n\n" +
		"In Kyiv, Volodymyr Zelensky answered him the next day. “We will achieve all our goals,” Zelensky said."
	qs := quotes(t, text)
	if len(qs) != 2 || qs[0].Speaker.Name != "Vladimir Putin" || qs[1].Speaker.Name != "Volodymyr Zelensky" {
		t.Errorf("got %+v, want Putin's quotation then Zelensky's", qs)
	}
}
