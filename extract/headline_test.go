package extract

import (
	"strings"
	"testing"
	"time"

	"parley"
)

func TestStripWirePrefix(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"numbered update", "UPDATE 3-Ministers agree to extend grain deal", "Ministers agree to extend grain deal"},
		{"brief", "BRIEF-Port authority reopens northern terminal", "Port authority reopens northern terminal"},
		{"stacked slugs", "CORRECTED-UPDATE 1-Talks resume in Vienna", "Talks resume in Vienna"},
		{"two-word slug", "GLOBAL MARKETS-Stocks slip as talks stall", "Stocks slip as talks stall"},
		{"country pair is not a slug", "US-China trade talks end early", "US-China trade talks end early"},
		{"slug word in a headline", "UPDATE on the border talks", "UPDATE on the border talks"},
		{"spaced hyphen is not a slug", "UPDATE - talks resume", "UPDATE - talks resume"},
		{"lower case is not a slug", "Update 2-talks resume", "Update 2-talks resume"},
		{"plain headline", "Leaders meet in Oslo", "Leaders meet in Oslo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripWirePrefix(tt.in); got != tt.want {
				t.Errorf("stripWirePrefix(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPickTextTitle gives text dumps whose first lines are page furniture
// and checks which line is taken for the headline.
func TestPickTextTitle(t *testing.T) {
	const (
		head  = "Ministers from both sides agree to reopen the northern crossing"
		stand = "The deal follows three weeks of talks hosted by a neutral broker"
		prose = "Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, ending a closure that had lasted since the spring, officials said."
	)
	tests := []struct {
		name  string
		lines []string
		want  string // "" for no headline
	}{
		{"advert slot and menu above a repeated headline",
			[]string{"[ad-slot: top_banner]", "Harbour Times | World | Business | Sport", head, head, stand, "By Ana Lima", "4 March 2022", prose}, head},
		{"masthead in capitals and a breadcrumb",
			[]string{"THE HARBOUR TIMES", "Home › World › Europe", head, head, prose}, head},
		{"skip link and the outlet's name",
			[]string{"Skip to main content", "Harbour Times", head, stand, "Mon 7 Mar 2022 09.10 GMT", prose}, head},
		{"outlet and section joined by a separator",
			[]string{"Harbour Times :: Europe", "-- advertisement --", head, head, prose}, head},
		{"outlet and edition joined by a dash",
			[]string{"Harbour Times - International Edition", "News | Politics | Opinion", head, head, prose}, head},
		{"bracketed links",
			[]string{"[Harbour Times] [Subscribe] [Sign in]", head, head, "Updated: 4 Mar 2022 10:05 IST", prose}, head},
		{"headline with no repeat, then a date line",
			[]string{"THE ARCHIVE | official papers, kept for readers", "Type: readout | Issuer: Ministry | Series: 2022", "=====", head, "March 4, 2022", prose}, head},
		{"wire headline right before the dateline", []string{"UPDATE 1-" + head, "OSLO, March 4 (Harbour Wire) - " + prose}, "UPDATE 1-" + head},
		{"standfirst does not beat a repeated headline", []string{head, stand, "4 March 2022", head, prose}, head},
		{"a sentence ending in a quotation is no headline",
			[]string{"Leaders speak out", "June 6, 2022", "Brazil's foreign minister spoke to reporters on Monday.", "'We have our own position on this,' Vieira said.", "The prime minister was firm. He said: 'Britain will not be intimidated.'", prose}, "Leaders speak out"},
		{"other stories' headlines after a short first paragraph",
			[]string{"Crossing to reopen", "March 4, 2022", "OSLO (Harbour Wire) - The two ministers agreed to reopen the crossing on Thursday.",
				"Related coverage", "Northern border talks stall over truck quotas in the spring", "Ferry operators warn of long queues at the port", prose}, "Crossing to reopen"},
		{"only prose", []string{prose, prose}, ""},
		{"only furniture", []string{"Advertisement", "Share this article", prose}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []textLine
			for i, l := range tt.lines {
				lines = append(lines, textLine{s: l, block: i, keep: true})
			}
			got := ""
			if i := pickTextTitle(lines); i >= 0 {
				got = lines[i].s
			}
			if got != tt.want {
				t.Errorf("title %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPickHTMLTitle(t *testing.T) {
	const (
		h1    = "Ministers agree to reopen the northern crossing after three weeks"
		og    = "Northern crossing to reopen"
		other = "Harbour Times: live coverage and analysis"
	)
	tests := []struct {
		name     string
		h1, site string
		declared []string
		want     string
	}{
		{"visible headline beats a shorter og:title", h1, "Harbour Times", []string{og, h1 + " | Harbour Times"}, h1},
		{"visible headline with no declared title", h1, "", nil, h1},
		{"h1 that is the site's name", "Harbour Times", "Harbour Times", []string{og}, og},
		{"h1 that is a section label", "World", "Harbour Times", []string{og}, og},
		{"h1 sharing no word with any declared title", "Subscribe to our morning briefing today", "Harbour Times", []string{og, og + " - Harbour Times"}, og},
		{"short h1 that opens the page title", "About drills", "example.org", []string{"About drills – Harbour Club"}, "About drills"},
		{"short h1 that opens a long title is the outlet", "Harbour Times", "", []string{"Harbour Times - Ministers agree to reopen the northern crossing after talks"}, "Harbour Times - Ministers agree to reopen the northern crossing after talks"},
		{"no h1", "", "Harbour Times", []string{"", og}, og},
		{"headline in a script without spaces", "北方口岸将于下周重新开放", "", []string{"北方口岸重新开放"}, "北方口岸将于下周重新开放"},
		{"h1 that is furniture", "Advertisement", "", []string{other}, other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pickHTMLTitle(tt.h1, tt.site, tt.declared...); got != tt.want {
				t.Errorf("pickHTMLTitle(%q) = %q, want %q", tt.h1, got, tt.want)
			}
		})
	}
}

// TestTextDumpMetadata runs a whole text dump with the furniture scrapes
// carry through Extract and checks the metadata and the body.
func TestTextDumpMetadata(t *testing.T) {
	dump := strings.Join([]string{
		"<!-- tracker v2 -->",
		"SIGN IN | SUBSCRIBE | Today's paper",
		"HARBOUR TIMES",
		"World / Europe",
		"",
		"Ministers agree to reopen the northern crossing",
		"",
		"Ministers agree to reopen the northern crossing",
		"Trucks and buses may cross again from Monday",
		"",
		"By Ana Lima, Europe correspondent",
		"Fri 4 Mar 2022 07.10 GMT",
		"Photo: handout",
		"",
		"Share this article",
		"",
		"Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.",
		"",
		"Advertisement",
		"",
		"The crossing had been closed since the spring after a dispute over customs checks.",
		"",
		"Read more: Five things to know about the customs dispute",
		"",
		"Most popular",
		"1. Storm closes the ferry port (3 March 2022)",
		"2. Budget vote delayed again",
		"",
		"Topics",
		"Borders",
		"Trade",
		"",
		"Share: Facebook | Twitter | Email",
		"(c) 2022 Harbour Times",
	}, "\n")
	a, err := Extract(parley.Document{Body: []byte(dump)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Title != "Ministers agree to reopen the northern crossing" {
		t.Errorf("title %q", a.Title)
	}
	if got := a.Published.Format(time.RFC3339); got != "2022-03-04T07:10:00Z" || a.PublishedSource != parley.DateFromText {
		t.Errorf("published %s from %s", got, a.PublishedSource)
	}
	if strings.Join(a.Authors, "|") != "Ana Lima" {
		t.Errorf("authors %q", a.Authors)
	}
	want := []string{
		"Trucks and buses may cross again from Monday",
		"Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.",
		"The crossing had been closed since the spring after a dispute over customs checks.",
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.In(a.Text))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWireCopyDate checks the dateline of wire copy: with a year it dates
// the story; without one, only a copyright year can complete it.
func TestWireCopyDate(t *testing.T) {
	const body = " - Ministers from the two countries agreed on Thursday to reopen the northern border crossing, officials said.\n\nThe crossing had been closed since the spring.\n"
	tests := []struct {
		name, dump, want string
	}{
		{"dateline with a year", "UPDATE 2-Crossing to reopen\n\nOSLO, March 4, 2022 (Harbour Wire)" + body, "2022-03-04"},
		{"year from the copyright line", "BRIEF-Crossing to reopen\n\nOSLO, March 4 (Harbour Wire)" + body + "\n(c) 2022 Harbour Wire\n", "2022-03-04"},
		{"no year anywhere", "Crossing to reopen\n\nOSLO, March 4 (Harbour Wire)" + body, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(parley.Document{Body: []byte(tt.dump)}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("published %q from %s, want %q", got, a.PublishedSource, tt.want)
			}
			if a.Title != "Crossing to reopen" {
				t.Errorf("title %q", a.Title)
			}
			if strings.Contains(a.Text, "(c) 2022") {
				t.Errorf("copyright line kept:\n%s", a.Text)
			}
		})
	}
}

// TestHTMLHeadlineAndDateline checks the visible headline and the dates a
// page shows only in its text.
func TestHTMLHeadlineAndDateline(t *testing.T) {
	const prose = `<p>Ministers from the two countries agreed on Thursday to reopen the northern border crossing for trucks and buses, officials said.</p>
<p>The crossing had been closed since the spring after a dispute over customs checks, and traders had lost months of business.</p>`
	tests := []struct {
		name, head, body    string
		wantTitle, wantDate string
	}{
		{"h1 beats og:title",
			`<title>Ministers agree to reopen the northern crossing | Harbour Times</title><meta property="og:title" content="Crossing to reopen">`,
			`<div class="story"><h1>Ministers agree to reopen the northern crossing</h1>` + prose + `</div>`,
			"Ministers agree to reopen the northern crossing", ""},
		{"h1 that is the masthead",
			`<meta property="og:site_name" content="Harbour Times"><meta property="og:title" content="Ministers agree to reopen the northern crossing">`,
			`<div class="top"><h1>Harbour Times</h1></div><div class="story">` + prose + `</div>`,
			"Ministers agree to reopen the northern crossing", ""},
		{"wire slug in og:title",
			`<meta property="og:title" content="UPDATE 2-Crossing to reopen after talks">`,
			`<div class="story">` + prose + `</div>`,
			"Crossing to reopen after talks", ""},
		{"dotted date in a date box",
			``,
			`<div class="story"><div class="date">04.03.2022 09:40</div><h1>Crossing to reopen after talks</h1>` + prose + `</div>`,
			"Crossing to reopen after talks", "2022-03-04T09:40:00Z"},
		{"date in the author line",
			``,
			`<div class="story"><h1>Crossing to reopen after talks</h1><div class="story-author">Staff Reporter | Last Updated: 4th March, 2022 11:15 AM IST</div>` + prose + `</div>`,
			"Crossing to reopen after talks", "2022-03-04T11:15:00+05:30"},
		{"update named before the publication",
			``,
			`<div class="story"><h1>Crossing to reopen after talks</h1><div class="meta">Updated 6 March 2022 · First published 4 March 2022</div>` + prose + `</div>`,
			"Crossing to reopen after talks", "2022-03-04T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"
			a, err := Extract(parley.Document{Body: []byte(page)}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tt.wantTitle)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format(time.RFC3339)
			}
			if got != tt.wantDate {
				t.Errorf("published %q from %s, want %q", got, a.PublishedSource, tt.wantDate)
			}
		})
	}
}

// TestTextDumpShapes checks headline, date and body on dumps of other
// shapes: metadata above the headline, no headline at all.
func TestTextDumpShapes(t *testing.T) {
	const prose = "The two leaders met on Thursday and agreed on a new deal for the border, officials in both capitals said on Friday after the talks."
	tests := []struct {
		name, dump             string
		title, published, text string
	}{
		{"date line above the headline", "Published: June 3, 2021\nLeaders agree on a new border deal\n" + prose + "\n",
			"Leaders agree on a new border deal", "2021-06-03", prose},
		{"byline and date above the headline", "By Ana Lima | 3 June 2021\n\nLeaders agree on a new border deal\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "2021-06-03", prose},
		{"date as one item of a menu line under the headline", "Leaders agree on a new border deal\n\nPress Office | Statements and Releases | June 3, 2021\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "2021-06-03", prose},
		{"dateline with place and weekday under the headline", "Leaders agree on a new border deal\n\nHanoi, Friday March 1, 2019\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "2019-03-01", prose},
		{"dateline with a place of two words", "Leaders agree on a new border deal\n\nAddis Ababa, 3 November 2022\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "2022-11-03", prose},
		{"labelled date as an item of the office line", "Leaders agree on a new border deal\n\nFrom: Office of the Prime Minister, 10 Downing Street | Published 27 February 2023\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "2023-02-27", prose},
		{"a long bar of labels with the day as one of them", "Leaders agree on a new border deal\n\nCoastal Wire Service | Port Louis | Sunday, April 4, 1982 | By a staff correspondent\n\n" + prose + "\n",
			"Leaders agree on a new border deal", "1982-04-04", prose},
		{"a headline ending in a date is still the headline", "Leaders Visit Kyiv, February 20, 2023\n\n" + prose + "\n",
			"Leaders Visit Kyiv, February 20, 2023", "", prose},
		{"no headline, menus before the text", "Home | News | Sport\nLog in\nSearch\n\n" + prose + "\n",
			"", "", prose},
		{"headline in capitals in another script", "ЛИДЕРЫ ДОГОВОРИЛИСЬ О ГРАНИЦЕ\n\n12.03.2022, 14:30\n\n" + prose + "\n",
			"ЛИДЕРЫ ДОГОВОРИЛИСЬ О ГРАНИЦЕ", "2022-03-12", prose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(parley.Document{Body: []byte(tt.dump)}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format(time.DateOnly)
			}
			if a.Title != tt.title || pub != tt.published || a.Text != tt.text {
				t.Errorf("title %q, published %q, text %q\nwant %q, %q, %q", a.Title, pub, a.Text, tt.title, tt.published, tt.text)
			}
		})
	}
}
