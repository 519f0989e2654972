package extract

import (
	"testing"

	"parley"
)

// TestOutletInALabelBar checks that a bar of labels under the headline
// gives the paper's name as the site name, and that labels naming a kind
// of text or a byline give none.
func TestOutletInALabelBar(t *testing.T) {
	tests := []struct{ name, bar, want string }{
		{"paper_date_byline", "The Lagoon Tribune | Wednesday, 13 September 2006 | By Tribune political reporter", "The Lagoon Tribune"},
		{"agency_first", "Meridian News Service | Quito | 2 May 1998", "Meridian News Service"},
		{"capitals", "THE HIGHLAND EVENING STAR | 20 December 2005", "THE HIGHLAND EVENING STAR"},
		{"kind_of_text", "Press Release | 7 October 2024", ""},
		{"byline_and_date_only", "By Ana Lima | 3 June 2021", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "Ministers agree to reopen the northern crossing\n\n" + tt.bar + "\n\n" +
				"Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.\n\n" +
				"The crossing had been closed since the spring after a dispute over customs checks.\n"
			a, err := Extract(parley.Document{Body: []byte(page)}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if a.SiteName != tt.want {
				t.Errorf("site name %q, want %q", a.SiteName, tt.want)
			}
		})
	}
}
