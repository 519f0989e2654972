package extract

import (
	"strings"
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
			a := extractUnderBar(t, tt.bar)
			if a.SiteName != tt.want {
				t.Errorf("site name %q, want %q", a.SiteName, tt.want)
			}
		})
	}
}

// TestLongLabelBar checks a bar of four labels longer than a short line
// (an institute's name, the kind of paper, the day, a byline with the
// author's title): it dates and signs the article and leaves the body.
func TestLongLabelBar(t *testing.T) {
	bar := "Lakeside Institute for Regional Policy Studies | Policy Brief No. 12 | Friday, 14 August 1987 | By Marta Quintero, Senior Fellow, Central America Programme"
	page := "What the five presidents signed, and what comes next\n\n" + bar + "\n\n" +
		"The five presidents signed the plan on Friday after two days of talks, their foreign ministers said.\n\n" +
		"The plan asks each government to open talks with its armed opposition within ninety days.\n"
	a, err := Extract(parley.Document{URL: "https://lakeside.example/briefs/12", Body: []byte(page)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format("2006-01-02"); got != "1987-08-14" || a.PublishedSource != parley.DateFromText {
		t.Errorf("published %s from %s, want 1987-08-14 from the text", got, a.PublishedSource)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Marta Quintero" {
		t.Errorf("authors %q", a.Authors)
	}
	if strings.Contains(a.Text, "Policy Brief") {
		t.Errorf("the bar stayed in the body: %q", a.Text)
	}
}

// TestDashedLabelBar checks a bar of labels split by dashes rather than
// bars (or by bars, with a place of three words before the day): it dates
// the article, names its author or its issuing office and the place it
// was filed from, and leaves the body.
func TestDashedLabelBar(t *testing.T) {
	tests := []struct{ name, bar, published, author, site, dateline string }{
		{"institute_kind_byline_day", "Harbour Institute for Asian Affairs, Colombo - Explainer by Nimal Perera - 12 June 2017",
			"2017-06-12", "Nimal Perera", "", ""},
		{"place_day_long_office", "Mogadishu, 10 October 2024 — Office of the President of the Federal Republic of Somalia",
			"2024-10-10", "", "Office of the President of the Federal Republic of Somalia", "Mogadishu"},
		{"letterhead_keeps_its_place", "Maputo, 10 October 2024 — Office of the President of Mozambique",
			"2024-10-10", "", "Maputo, 10 October 2024, Office of the President of Mozambique", "Maputo"},
		{"three_word_place_among_labels", "Nay Pyi Taw, 18 January 2020 | Ministry of Foreign Affairs of the People's Republic of China",
			"2020-01-18", "", "Ministry of Foreign Affairs of the People's Republic of China", "Nay Pyi Taw"},
		{"office_kind_dropped", "Suva, 3 March 2015 – Ministry of Foreign Affairs and Trade, Government of the Republic of Fiji, Press Release",
			"2015-03-03", "", "Ministry of Foreign Affairs and Trade, Government of the Republic of Fiji", "Suva"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractUnderBar(t, tt.bar)
			if got := a.Published.Format("2006-01-02"); a.Published.IsZero() || got != tt.published {
				t.Errorf("published %s, want %s", got, tt.published)
			}
			if author := strings.Join(a.Authors, ", "); author != tt.author {
				t.Errorf("authors %q, want %q", author, tt.author)
			}
			if a.SiteName != tt.site || a.Dateline != tt.dateline {
				t.Errorf("site %q, dateline %q; want %q, %q", a.SiteName, a.Dateline, tt.site, tt.dateline)
			}
			if strings.Contains(a.Text, tt.bar[:12]) {
				t.Errorf("the bar stayed in the body: %q", a.Text)
			}
		})
	}
}

// extractUnderBar extracts a short text page with bar as the line under
// its headline.
func extractUnderBar(t *testing.T, bar string) parley.Article {
	t.Helper()
	page := "Ministers agree to reopen the northern crossing\n\n" + bar + "\n\n" +
		"Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.\n\n" +
		"The crossing had been closed since the spring after a dispute over customs checks.\n"
	a, err := Extract(parley.Document{Body: []byte(page)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	return a
}
