package extract

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"parley"
)

// checkArticle asserts the invariants every extraction result keeps.
func checkArticle(t testing.TB, a parley.Article) {
	t.Helper()
	for _, s := range append([]string{a.URL, a.Title, a.SiteName, a.Language, a.Text}, a.Authors...) {
		if !utf8.ValidString(s) {
			t.Errorf("output is not valid UTF-8: %q", s)
		}
	}
	if err := a.Validate(); err != nil && a.Text != "" {
		t.Errorf("Validate: %v", err)
	}
	end := 0
	for i, p := range a.Paragraphs {
		if !p.Valid(len(a.Text)) || p.Start < end || p.Len() == 0 {
			t.Fatalf("paragraph %d %v is out of order or outside the text of %d bytes", i, p, len(a.Text))
		}
		end = p.End
	}
	if len(a.Paragraphs) > 0 {
		var parts []string
		for _, p := range a.Paragraphs {
			parts = append(parts, p.In(a.Text))
		}
		if strings.Join(parts, "\n\n") != a.Text {
			t.Errorf("Text is not its paragraphs joined by blank lines")
		}
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

const simplePage = `<html><head><title>T</title></head><body><article>
<p>The first paragraph of a short article is long enough to count as prose, with commas, clauses and a full stop.</p>
<p>The second paragraph adds another sentence or two, so that the article has a body worth extracting at all.</p>
</article></body></html>`

// TestHostileInput feeds the inputs of RELIABILITY.md R1–R3 and checks
// that each ends in the typed error that names its reason.
func TestHostileInput(t *testing.T) {
	lim := parley.DefaultLimits()
	deep := strings.Repeat("<div>", 100000) + "text" + strings.Repeat("</div>", 100000)
	bomb := gz(bytes.Repeat([]byte("<p>aaaaaaaa</p>"), int(lim.MaxDocBytes/15)+1000))
	tests := []struct {
		name string
		body []byte
		want parley.Kind
	}{
		{"100,000-deep nesting", []byte(deep), parley.TooDeep},
		{"50 MB page", bytes.Repeat([]byte("<p>word word word</p>\n"), 50<<20/22), parley.TooLarge},
		{"PNG named .html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...), parley.Binary},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), parley.Binary},
		{"random junk with NULs", []byte("\x13\x00\x9f\xfe\x01\x02\x00\x00\x7f\x80abc\x00"), parley.Binary},
		{"gzip bomb", bomb, parley.TooLarge},
		{"millions of tiny elements", bytes.Repeat([]byte("<p>x"), 2<<20), parley.TooLarge},
		{"gzip inside gzip", gz(gz([]byte(simplePage))), parley.Binary},
		{"truncated gzip", gz([]byte(simplePage))[:40], parley.Unreadable},
		{"empty", nil, parley.Empty},
		{"white space only", []byte(" \n\t \r\n"), parley.Empty},
		{"markup without text", []byte("<html><body><div><span></span></div></body></html>"), parley.Empty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(parley.Document{Body: tt.body}, lim)
			if err == nil {
				t.Fatalf("no error; want %v", tt.want)
			}
			if got := parley.KindOf(err); got != tt.want {
				t.Errorf("kind %v (%v); want %v", got, err, tt.want)
			}
			checkArticle(t, a)
		})
	}
}

// TestTolerantInput covers inputs that are odd but usable: they must give
// an article, never an error or a panic.
func TestTolerantInput(t *testing.T) {
	longLine := "<p>" + strings.Repeat("x", 5<<20) + "</p>"
	tests := []struct {
		name     string
		body     []byte
		wantText string // a substring the text must hold
	}{
		{"gzip-compressed page", gz([]byte(simplePage)), "first paragraph"},
		{"broken UTF-8", []byte(strings.Replace(simplePage, "commas", "comm\xff\xfeas", 1)), "second paragraph"},
		{"5 MB line without spaces", []byte(longLine), "xxxx"},
		{"unclosed tags everywhere", []byte("<div><p>" + strings.Repeat("Sentence after sentence, clause after clause, the text goes on. ", 5) + "<p>Another paragraph of the same article, also long enough to vote, with commas, too.<div>"), "Another paragraph"},
		{"stray end tags", []byte("</span></div></p><p>The stray end tags before this paragraph must not swallow it, nor its commas, nor its words.</p></body></html></html>"), "stray end tags"},
		{"deep but allowed nesting", []byte(strings.Repeat("<div>", 400) + "<p>Deep inside four hundred boxes, this paragraph still reads as the article, with commas, too.</p>" + strings.Repeat("</div>", 400)), "four hundred boxes"},
		{"UTF-16 with BOM", utf16LE("\ufeff" + simplePage), "first paragraph"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(parley.Document{Body: tt.body}, parley.DefaultLimits())
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkArticle(t, a)
			if !strings.Contains(a.Text, tt.wantText) {
				t.Errorf("text lacks %q: %.200q", tt.wantText, a.Text)
			}
		})
	}
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			b = append(b, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestMaxTextBytesCutsAtParagraph(t *testing.T) {
	lim := parley.DefaultLimits()
	lim.MaxTextBytes = 150
	a, err := Extract(parley.Document{Body: []byte(simplePage)}, lim)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if len(a.Text) > 150 || len(a.Paragraphs) != 1 {
		t.Errorf("got %d bytes in %d paragraphs; want the first paragraph only", len(a.Text), len(a.Paragraphs))
	}
}

func TestCallerDateWins(t *testing.T) {
	given := time.Date(2021, 6, 28, 9, 0, 0, 0, time.FixedZone("", 3*3600))
	page := `<html><head><meta property="article:published_time" content="2020-01-01T00:00:00Z"></head>` + simplePage[6:]
	a, err := Extract(parley.Document{Body: []byte(page), Published: given}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.Equal(given) || a.PublishedSource != parley.DateFromUser {
		t.Errorf("published %v from %s; want %v from %s", a.Published, a.PublishedSource, given, parley.DateFromUser)
	}
}

// TestDateSources checks the ladder of date sources and the places a date
// must never come from.
func TestDateSources(t *testing.T) {
	body := `<article><p>The first paragraph of a short article is long enough to count as prose, with commas, clauses and a full stop.</p>
<p>The second paragraph adds another sentence or two, so that the article has a body worth extracting at all.</p></article>`
	related := `<aside class="related"><ul><li><a href="/x">Older story</a> <time datetime="2010-01-01">1 Jan 2010</time></li></ul></aside>`
	comments := `<div class="comments"><p>Comment of <time datetime="2011-02-02">2 Feb 2011</time>: nice.</p></div>`
	tests := []struct {
		name, head, pre, post, url string
		want                       string
		src                        parley.DateSource
	}{
		{"json-ld beats meta", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-06-28T10:00:00+03:00"}</script><meta property="article:published_time" content="2021-06-27T00:00:00Z">`, "", "", "", "2021-06-28T10:00:00+03:00", parley.DateFromJSONLD},
		{"meta beats time", `<meta name="parsely-pub-date" content="2021-06-28T07:00:00Z">`, `<time datetime="2021-06-20">x</time>`, "", "", "2021-06-28T07:00:00Z", parley.DateFromMeta},
		{"sailthru meta", `<meta name="sailthru.date" content="2021-06-28 14:47:00 -0500">`, "", "", "", "2021-06-28T14:47:00-05:00", parley.DateFromMeta},
		{"gov.uk first published", `<meta name="govuk:first-published-at" content="2021-08-23T20:00:00+01:00">`, "", "", "", "2021-08-23T20:00:00+01:00", parley.DateFromMeta},
		{"time in header", "", `<header><time datetime="2021-06-28T12:00:00+01:00">28 June</time></header>`, "", "", "2021-06-28T12:00:00+01:00", parley.DateFromTimeElem},
		{"related list and comments are ignored", "", related, comments, "", "", parley.DateFromNone},
		{"url after related list", "", related, comments, "https://example.com/2021/06/28/story", "2021-06-28T00:00:00Z", parley.DateFromURL},
		{"dateline box", "", `<div class="article-date">Monday, June 28, 2021 10:15 BST</div>`, "", "", "2021-06-28T10:15:00+01:00", parley.DateFromText},
		{"claim date is not the article's", `<script type="application/ld+json">{"@type":"ClaimReview","datePublished":"2021-06-28","itemReviewed":{"@type":"Claim","datePublished":"2021-05-01"}}</script>`, `<div class="claim">Said on May 1, 2021</div>`, "", "", "2021-06-28T00:00:00Z", parley.DateFromJSONLD},
		{"claim box alone gives no date", "", `<div class="claim-box"><p>May 1, 2021</p></div>`, "", "", "", parley.DateFromNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + tt.pre + body + tt.post + "</body></html>"
			a, err := Extract(parley.Document{Body: []byte(page), URL: tt.url}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format(time.RFC3339)
			}
			if got != tt.want || a.PublishedSource != tt.src {
				t.Errorf("published %q from %s; want %q from %s", got, a.PublishedSource, tt.want, tt.src)
			}
		})
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		site string
		want []string
	}{
		{"by and", []string{"By Jane Doe and John Roe"}, "", []string{"Jane Doe", "John Roe"}},
		{"outlet dropped", []string{"Jill Disis, CNN Business"}, "CNN", []string{"Jill Disis"}},
		{"role dropped", []string{"Greg Beacham\nAP Sports Writer"}, "", []string{"Greg Beacham"}},
		{"capitals", []string{"JANIE HAR"}, "", []string{"Janie Har"}},
		{"date before by", []string{"Monday November 18, 2019 7:45 am PST by Joe Rossignol"}, "", []string{"Joe Rossignol"}},
		{"urls and handles", []string{"https://www.facebook.com/someone", "@someone"}, "", nil},
		{"staff", []string{"Staff Reporter"}, "", nil},
		{"role and unit after the name", []string{"Mira Holm, Senior Fellow, Baltic Studies Programme"}, "", []string{"Mira Holm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cleanAuthors(tt.in, tt.site)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("cleanAuthors(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// publishedDay extracts a plain-text document and returns its
// publication day ("" when it has none) and the article.
func publishedDay(t *testing.T, text string) (string, parley.Article) {
	t.Helper()
	a, err := Extract(parley.Document{Body: []byte(text)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.IsZero() {
		return "", a
	}
	return a.Published.Format(time.DateOnly), a
}

// TestTitleDatedInParentheses checks that a release whose title closes on
// its day, in parentheses or after "on", a comma, a colon or a dash, is
// dated by it, and that a title ending in some other parenthesis or on a
// day without its year is not.
func TestTitleDatedInParentheses(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Visit of External Affairs Minister to Sri Lanka (June 20, 2024)", "2024-06-20"},
		{"Joint Statement on the Second Meeting (2+2)", ""},
		{"Talks End Without a Deal (Updated)", ""},
		{"Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 4, 2024", "2024-06-04"},
		{"PM meeting with President of the European Commission: 27 February 2023", "2023-02-27"},
		{"Readout of the Secretary's Call with Foreign Minister Wang – 12 March 2024", "2024-03-12"},
		{"Leaders to Meet on Friday", ""},
		{"Talks Resume on 4 June", ""},
		{"Remembering the War That Ended in 1945", ""},
	} {
		text := tc.title + "\n\nThe minister held talks with his counterpart and both sides agreed to meet again next year.\n\nOfficials said the visit went well.\n"
		if got, _ := publishedDay(t, text); got != tc.want {
			t.Errorf("%q: published %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestPlainTextIsRecognised(t *testing.T) {
	text := "!-- a remnant -->\nSummit Ends Without Deal\n\nSummit Ends Without Deal\n\nJune 28, 2021\nBy Anna Berg\nSOURCE: SOMEONE/AFP/GETTY IMAGES\n\nThe two leaders met for three hours but could not agree on a statement.\n\nBoth sides said talks would continue.\n"
	a, err := Extract(parley.Document{Body: []byte(text)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Title != "Summit Ends Without Deal" {
		t.Errorf("title %q", a.Title)
	}
	if a.PublishedSource != parley.DateFromText || a.Published.Format(time.DateOnly) != "2021-06-28" {
		t.Errorf("published %v from %s", a.Published, a.PublishedSource)
	}
	if strings.Join(a.Authors, "|") != "Anna Berg" {
		t.Errorf("authors %q", a.Authors)
	}
	for _, junk := range []string{"remnant", "GETTY", "Summit Ends", "By Anna"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, a.Text)
		}
	}
	if len(a.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want 2:\n%s", len(a.Paragraphs), a.Text)
	}
}

// An official text's heading names the body that issued it: the site, not
// an author, and its date is the text's.
func TestIssuerLine(t *testing.T) {
	tests := []struct{ line, site, authors string }{
		{"Statement by the Ministry for Europe and Foreign Affairs | Paris, 23 September 2021", "Ministry for Europe and Foreign Affairs", ""},
		{"Press release of the Ministry of External Affairs, 7 October 2024", "Ministry of External Affairs", ""},
		{"Readout from the White House (23 September 2021)", "White House", ""},
		{"From: Prime Minister’s Office, 10 Downing Street", "Prime Minister’s Office, 10 Downing Street", ""}, // (GOV.UK's offices, no date)
		{"From: the editor", "", ""},
		// an office named with a typeset apostrophe, then its city and day
		{"Prime Minister’s Office | Copenhagen, 23 September 2021", "Prime Minister’s Office, Copenhagen, 23 September 2021", ""},
		// the kind of text, the issuing offices and the day, split by bars
		{"News story | From: Foreign Office, King Charles Street | Published 23 September 2021", "Foreign Office, King Charles Street", ""},
		{"Opinion | By Anna Berg | 23 September 2021", "", "Anna Berg"},
		{"Press release, Office of the President of the Republic of Finland, 23 September 2021", "Office of the President of the Republic of Finland", ""},
		{"By Anna Berg | 23 September 2021", "", "Anna Berg"},
		{"Statement by the minister was read out on 23 September 2021", "", ""},
		// a letterhead of offices between dashes (no date)
		{"Élysée Palace — Office of the President of the Republic — Press service", "Élysée Palace, Office of the President of the Republic, Press service", ""},
		{"Associated Press | Washington", "", ""},
		// an office and its state after a comma
		{"Ministry of Foreign Affairs and International Trade, Republic of Zimbabwe", "Ministry of Foreign Affairs and International Trade, Republic of Zimbabwe", ""},
		{"Harare, Republic of Zimbabwe", "", ""}, // (a place and its state: no office)
		// a seat and its government, then the kind and the office
		{"La Moncloa, Government of Spain. Press release, Office of the President of the Government", "La Moncloa, Government of Spain, Office of the President of the Government", ""},
		{". Press release, Office of the President", "", ""}, // (a stray full stop first: no heading, no crash)
		// the kind of text beside an office named by its holder's title
		{"Media statement | Prime Minister of Norway | Oslo, 23 September 2021", "Prime Minister of Norway", ""},
		{"Opinion | President of the Foo Institute | 23 September 2021", "", ""}, // (no kind of official text: no issuer)
	}
	for _, tt := range tests {
		text := "Ministers Meet In New York\n\n" + tt.line + "\n\nThe two ministers met this morning on the sidelines of the General Assembly and discussed the crisis.\n\nThey agreed to stay in touch.\n"
		a, err := Extract(parley.Document{Body: []byte(text)}, parley.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if a.SiteName != tt.site || strings.Join(a.Authors, "|") != tt.authors {
			t.Errorf("%q: site %q authors %q, want %q and %q", tt.line, a.SiteName, a.Authors, tt.site, tt.authors)
		}
		if tt.site+tt.authors != "" && a.Published.Format(time.DateOnly) != "2021-09-23" && !strings.Contains(tt.line, "2024") && !strings.HasPrefix(tt.line, "From:") && strings.ContainsAny(tt.line, "0123456789") {
			t.Errorf("%q: published %v", tt.line, a.Published)
		}
	}
}

// A heading line that names who put the text out and ends with a date
// after a comma dates the text; a sentence ending the same way does not.
func TestSignedDateLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Eurasia Security Programme, 5 August 2024", "2024-08-05"},
		{"Press release, Office of the President of the Republic, 28 June 2022", "2022-06-28"},
		{"The summit opened in Madrid, 28 June 2022.", ""},
	}
	for _, tt := range tests {
		text := "Ministers Meet In New York\n\n" + tt.line + "\n\nThe two ministers met this morning on the sidelines of the General Assembly and discussed the crisis.\n\nThey agreed to stay in touch.\n"
		got, a := publishedDay(t, text)
		if got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.line, got, tt.want)
		}
		if tt.want != "" && strings.Contains(a.Text, tt.line) {
			t.Errorf("%q: the heading line stays in the text", tt.line)
		}
	}
}

func TestJSONLDBodyFallback(t *testing.T) {
	body := strings.Repeat("The leaders met in the capital and agreed to meet again next year, officials said. ", 8)
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>` + body + `</p><p>Second paragraph, also from the structured data.</p>"}</script></head>
<body><div id="app"><p>Loading the article, please wait for the scripts to finish.</p></div></body></html>`
	a, err := Extract(parley.Document{Body: []byte(page)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if len(a.Paragraphs) != 2 || !strings.HasPrefix(a.Text, "The leaders met") {
		t.Errorf("want the two articleBody paragraphs, got %d:\n%s", len(a.Paragraphs), a.Text)
	}
}

func TestHiddenBoxes(t *testing.T) {
	para := "<p>" + strings.Repeat("The talks went on late into the night, and both sides said progress was made. ", 3) + "</p>"
	tests := []struct {
		name, page string
		want       bool // whether the paragraph is in the text
	}{
		{"display none is dropped", `<div><div style="display: none">` + para + `</div>` + `<p>Visible text, long enough, with commas, to be the article body here.</p></div>`, false},
		{"small aria-hidden box is dropped", `<div><div aria-hidden="true">` + para + `</div>` + `<p>Visible text, long enough, with commas, to be the article body here.</p></div>`, false},
		{"page aria-hidden under a dialog is kept", `<div aria-hidden="true"><article>` + strings.Repeat(para, 6) + `</article></div><div role="dialog"><p>Accept cookies?</p></div>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(parley.Document{Body: []byte("<html><body>" + tt.page + "</body></html>")}, parley.DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(a.Text, "late into the night"); got != tt.want {
				t.Errorf("paragraph kept = %v, want %v:\n%s", got, tt.want, a.Text)
			}
		})
	}
}

func TestDropFurniture(t *testing.T) {
	prose := "The ministers met for three hours on Tuesday and agreed to meet again in the spring, officials said."
	tests := []struct {
		name string
		para string
		keep bool
	}{
		{"prose", prose, true},
		{"headline repeated", "Ministers Meet Again", false},
		{"advertisement label", "ADVERTISEMENT", false},
		{"copyright", "© 2023 Harbour Daily. All rights reserved.", false},
		{"caption with credit", "Ships wait outside the port at dawn (Image: Getty)", false},
		{"date line", "Published 4:00 am CST, Wednesday, November 20, 2019", false},
		{"byline", "By Jane Doe", false},
		{"wire credits", "(Reporting by Jane Doe; Editing by John Roe)", false},
		{"contributor note", "John Roe contributed to this report.", false},
		{"embedded post signature", "— Harbour Daily (@harbourdaily) November 4, 2019", true},
		{"sentence with a date", "On June 28, 2021, the two leaders met by video link.", true},
		{"acronym in brackets", "The system is called the electronic patient record (ePA)", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Put the paragraph at the edge, where the date and byline
			// rules apply, with prose after it.
			got := dropFurniture([]string{tt.para, prose, prose, prose, prose}, "Ministers meet again")
			kept := len(got) == 5
			if kept != tt.keep {
				t.Errorf("kept %v, want %v", kept, tt.keep)
			}
		})
	}
}

func TestSplitSections(t *testing.T) {
	section := func(s string) string {
		return `<section class="story-part"><div class="inner"><p>` + strings.Repeat(s+", and the story goes on with more clauses. ", 4) + `</p></div></section>`
	}
	page := `<html><body><div class="page">` + section("First part") + `<div class="promo"><a href="/x">Subscribe now</a></div>` +
		section("Second part") + section("Third part") + `</div><div class="comments"><p>A reader wrote a long comment, with commas, clauses, and opinions.</p></div></body></html>`
	a, err := Extract(parley.Document{Body: []byte(page)}, parley.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"First part", "Second part", "Third part"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Subscribe", "A reader wrote"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, a.Text)
		}
	}
}

// TestDatelineLine checks that a date line of its own gives the place the
// story was filed from, as an issuer's heading with bars may, and that a
// date line without a place, or a headline with a date, gives none.
func TestDatelineLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Kingston, Tuesday, March 16, 2004", "Kingston"},
		{"Addis Ababa, 3 November 2022", "Addis Ababa"},
		{"TBILISI, August 29, 2008", "TBILISI"},
		{"Ankara, 12 March 2024 (Anadolu Wire)", "Ankara"},
		{"Statement by the Ministry for Europe and Foreign Affairs | Paris, 23 September 2021", "Paris"},
		{"Sunday, April 25, 2021", ""},
		{"Biden Visits Kyiv, February 20, 2023", ""},
		// small words inside a capital's name
		{"Port of Spain, 28 November 2013 | Caribbean Policy Forum | By Anjali Ramdeen", "Port of Spain"},
		{"Dar es Salaam, 3 March 2001", "Dar es Salaam"},
		{"Rio de Janeiro, Friday 3 March 2001", "Rio de Janeiro"},
		{"Leaders meet Asia, 3 March 2001", ""},
	}
	for _, tt := range tests {
		text := "Ministers Meet Abroad\n\n" + tt.line + "\n\nThe two ministers met this morning on the sidelines of the summit and discussed the crisis.\n\nThey agreed to stay in touch.\n"
		a, err := Extract(parley.Document{Body: []byte(text)}, parley.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if a.Dateline != tt.want {
			t.Errorf("%q: dateline %q, want %q", tt.line, a.Dateline, tt.want)
		}
	}
}
