package quote_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"parley"
	"parley/nlp/quote"
	"parley/pipeline/pipelinetest"
)

// A transcript's turns are the quotations of the speakers their labels
// name; questions, journalists and pages that only look like transcripts
// give none.
func TestTranscriptTurns(t *testing.T) {
	briefing := "Ned Price, Department Spokesperson, Washington, D.C.\n\n" +
		"MR PRICE: Good afternoon. Secretary Blinken spoke with Foreign Minister Dmytro Kuleba of Ukraine this morning.\n\n" +
		"QUESTION: Ned, is there anything on the talks with Beijing you can share with us?\n\n" +
		"MR PRICE: We have made clear to Beijing that support for Moscow would carry costs.\n\n" +
		"We will keep raising it at every level.\n\n" +
		"QUESTION: Thank you, Ned."
	tests := []struct {
		name, text string
		want       []string // "speaker|first words" of each turn, in order
	}{
		{"courtesy_title_and_family_name", briefing, []string{
			"Ned Price|Good afternoon. Secretary Blinken",
			"Ned Price|We have made clear to Beijing",
		}},
		{"full_name_labels", "Question: Tokyo says the release will start next year. What is your comment on this?\n\n" +
			"Wang Wenbin: We urge Japan to handle the treated water in a science-based and responsible way.\n\n" +
			"Question: Follow-up on that, please.\n\n" +
			"Wang Wenbin: I have nothing further to add to what I said a moment ago.",
			[]string{"Wang Wenbin|We urge Japan to handle", "Wang Wenbin|I have nothing further to add"}},
		{"correspondent_is_no_speaker", "ANCHOR: Good evening. Tonight we go live to our correspondent in the capital.\n\n" +
			"RIBEIRO: Thank you. Crowds have gathered in front of the parliament building all afternoon.",
			nil},
		{"subheadings_without_a_question", "The speeches in full are below.\n\n" +
			"Putin: Russia will never give up on its interests in the region\n\n" +
			"He spoke for an hour in the Kremlin on Tuesday to the assembled governors.\n\n" +
			"Zelensky: Our soldiers will hold every town in the east of the country\n\n" +
			"He spoke by video link from Kyiv later that same evening.",
			nil},
		{"quoted_turn_stays_a_marked_quotation", "QUESTION: What did the leaders say?\n\n" +
			"TRUMP: “Our relationship has never been worse than it is now, but that has changed.”",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := pipelinetest.Analyze(t, tt.text, "2022-03-02")
			var got []string
			for _, q := range a.Quotes {
				if q.Cue != quote.TranscriptCue {
					continue
				}
				if tt.text[q.Span.Start:q.Span.End] != q.Text {
					t.Errorf("turn %q has span %v covering %q", q.Text, q.Span, tt.text[q.Span.Start:q.Span.End])
				}
				got = append(got, q.Speaker.Name+"|"+q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("turns %q, want %d: %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("turn %d = %q, want it to start %q", i, got[i], w)
				}
			}
		})
	}
}

// An answer that runs over paragraphs is one turn up to the next label;
// the paragraphs after the transcript's last label are the page's own.
func TestTranscriptTurnRunsOn(t *testing.T) {
	text := "QUESTION: Is there any news on the talks with Beijing?\n\n" +
		"MR PRICE: We have made clear to Beijing that support for Moscow would carry costs.\n\n" +
		"We will keep raising it at every level.\n\n" +
		"QUESTION: Thank you.\n\n" +
		"MR PRICE: Thank you all for coming to the briefing this afternoon.\n\n" +
		"Ned Price is the spokesperson of the State Department in Washington."
	a := pipelinetest.Analyze(t, text, "2022-03-02")
	var turns []parley.Quote
	for _, q := range a.Quotes {
		if q.Cue == quote.TranscriptCue {
			turns = append(turns, q)
		}
	}
	if len(turns) != 2 {
		t.Fatalf("got %d turns, want 2: %+v", len(turns), turns)
	}
	if len(turns[0].More) != 1 || !strings.HasPrefix(text[turns[0].More[0].Start:], "We will keep raising") {
		t.Errorf("first turn goes on over %v, want the one paragraph after it", turns[0].More)
	}
	if len(turns[1].More) != 0 {
		t.Errorf("last turn goes on over %v, want nothing after it", turns[1].More)
	}
}

// "A:" is the turn of whoever the headline names as answering.
func TestAnswerLabelTakesTheHeadlineSpeaker(t *testing.T) {
	text := "March 15, 2022\n\n" +
		"Q: Japan said it would release the treated water next year. What is China's comment?\n\n" +
		"A: We urge Japan to fulfil its obligations and handle the matter in a science-based manner.\n\n" +
		"Q: Can you confirm the date of the visit?\n\n" +
		"A: I have no information to offer at the moment."
	for _, tt := range []struct{ name, title, intro, want string }{
		{"spokesperson_in_headline", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 15, 2022", "", "Wang Wenbin"},
		{"no_one_in_headline", "Regular Press Conference on March 15, 2022", "", ""},
		{"spokesperson_in_the_intro", "Regular Press Conference on March 15, 2022",
			"Foreign Ministry Spokesperson Wang Wenbin hosted the regular press conference in Beijing.\n\n", "Wang Wenbin"},
		{"two_people_in_the_intro", "Regular Press Conference on March 15, 2022",
			"Spokesperson Wang Wenbin spoke after Foreign Minister Wang Yi met his Japanese counterpart.\n\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.intro + text
			art := parley.Article{Title: tt.title, Text: text, Published: time.Date(2022, 3, 15, 0, 0, 0, 0, time.UTC), PublishedSource: parley.DateFromUser}
			start := 0
			for _, p := range strings.Split(text, "\n\n") {
				art.Paragraphs = append(art.Paragraphs, parley.Span{Start: start, End: start + len(p)})
				start += len(p) + 2
			}
			a, err := pipelinetest.Pipeline(t).AnalyzeArticle(context.Background(), art)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, q := range a.Quotes {
				if q.Cue == quote.TranscriptCue && strings.HasPrefix(q.Text, "We urge Japan") {
					got = q.Speaker.Name
				}
			}
			if got != tt.want {
				t.Errorf("answer's speaker = %q, want %q", got, tt.want)
			}
			if tt.want == "" {
				return
			}
			found := false
			for _, ac := range a.Actors {
				found = found || ac.Name == tt.want
			}
			if !found {
				t.Errorf("%s, named only in the headline, is not among the actors", tt.want)
			}
		})
	}
}
