package brief

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"parley"
)

// Section is one part of a rendered briefing: a title and its lines.
type Section struct {
	Title string
	Lines []Line
}

// Line is one statement of a briefing with what supports it. A line
// without sources states an absence ("no recorded …").
type Line struct {
	Text    string
	Sources []Citation
}

// Sections lays the briefing out as the Markdown and HTML outputs show it.
func (br *Briefing) Sections() []Section {
	var out []Section

	next := Section{Title: "Next meeting"}
	if br.NextIsLatest {
		next.Title = "Latest meeting"
	}
	if br.Next == nil {
		next.Lines = append(next.Lines, Line{Text: fmt.Sprintf("No meeting between %s and %s is recorded.", br.A.Name, br.B.Name)})
	} else {
		next.Lines = append(next.Lines, Line{Text: describe(*br.Next, br.On), Sources: br.Next.Sources})
		if an := br.Next.Announced; an != nil {
			who := an.By
			if an.Role != "" {
				who += " (" + an.Role + ")"
			}
			next.Lines = append(next.Lines, Line{Text: fmt.Sprintf("Announced on %s by %s.", an.On, who), Sources: []Citation{an.Source}})
		} else if br.Next.Status == parley.Planned {
			next.Lines = append(next.Lines, Line{Text: "No article names who announced it."})
		}
		if br.Cadence != nil {
			next.Lines = append(next.Lines, Line{Text: "Cadence: " + br.Cadence.Text + ".", Sources: br.Cadence.Sources})
		}
	}
	out = append(out, next)

	hist := Section{Title: "Earlier interactions, newest first"}
	for _, h := range br.History {
		hist.Lines = append(hist.Lines, Line{Text: describe(h, br.On), Sources: h.Sources})
	}
	if len(hist.Lines) == 0 {
		hist.Lines = append(hist.Lines, Line{Text: "None recorded."})
	}
	out = append(out, hist)

	occ := Section{Title: "Occasions near the date"}
	for _, o := range br.Occasions {
		occ.Lines = append(occ.Lines, Line{Text: fmt.Sprintf("%s (%s): %s.", o.On, relDays(o.Days), o.Text), Sources: o.Sources})
	}
	if len(occ.Lines) == 0 {
		occ.Lines = append(occ.Lines, Line{Text: "None known."})
	}
	out = append(out, occ)

	ctx := Section{Title: "Context: meetings with others in the last weeks"}
	for _, c := range br.Context {
		t := c.Tone
		text := fmt.Sprintf("%s met %s on %s (%s)%s — %s. Their relation over the last year: %s.",
			c.Side, c.With, c.Meeting.Date, relDays(daysBetween(br.On, c.Meeting.Date)), where(c.Meeting), counts(c.Meeting),
			toneWords(t))
		ctx.Lines = append(ctx.Lines, Line{Text: text, Sources: c.Meeting.Sources})
	}
	if len(ctx.Lines) == 0 {
		ctx.Lines = append(ctx.Lines, Line{Text: "None recorded."})
	}
	out = append(out, ctx)

	tone := Section{Title: "Tone of the relation by month"}
	var all []Citation
	for _, m := range br.Tone.Months {
		tone.Lines = append(tone.Lines, Line{Text: fmt.Sprintf("%s: %s.", m.Month, quadWords(m.Count)), Sources: m.Sources})
		for _, s := range m.Sources {
			all = appendCitation(all, s)
		}
	}
	tone.Lines = append(tone.Lines, Line{Text: "Trend: " + br.Tone.Trend + ".", Sources: all})
	out = append(out, tone)

	q := Section{Title: "What they said about each other"}
	for _, x := range br.Quotes {
		q.Lines = append(q.Lines, Line{Text: fmt.Sprintf("%s on %s: “%s”", x.Speaker.Name, x.About, strings.TrimSpace(x.Text)), Sources: []Citation{x.Source}})
	}
	if len(q.Lines) == 0 {
		q.Lines = append(q.Lines, Line{Text: "No quotation recorded."})
	}
	out = append(out, q)

	if len(br.Gaps) > 0 {
		g := Section{Title: "What the database does not say"}
		for _, s := range br.Gaps {
			g.Lines = append(g.Lines, Line{Text: strings.ToUpper(s[:1]) + s[1:] + "."})
		}
		out = append(out, g)
	}
	return out
}

// typeWords names PLOVER types as a briefing reads them.
var typeWords = map[parley.EventType]string{
	parley.Agree: "agreement", parley.Consult: "meeting", parley.Support: "support", parley.Concede: "concession",
	parley.Cooperate: "cooperation", parley.Aid: "aid", parley.Retreat: "retreat", parley.Request: "request",
	parley.Accuse: "accusation", parley.Reject: "rejection", parley.Threaten: "threat", parley.Protest: "protest",
	parley.Sanction: "sanction", parley.Mobilize: "mobilisation", parley.Coerce: "coercion", parley.Assault: "assault",
}

// describe writes one interaction: "2021-06-16: meeting, Joe Biden and
// Vladimir Putin, in person, in Geneva — 3 articles from 3 outlets".
func describe(h Interaction, on parley.Date) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", h.Date, typeWords[h.Type])
	if h.Status != parley.Occurred {
		fmt.Fprintf(&b, " (%s)", h.Status)
	}
	switch {
	case h.Target.ID == "":
		fmt.Fprintf(&b, ", by %s", h.Source.Name)
	case h.Type == parley.Consult || h.Type == parley.Agree || h.Type == parley.Cooperate:
		fmt.Fprintf(&b, ", %s and %s", h.Source.Name, h.Target.Name)
	default:
		fmt.Fprintf(&b, ", %s → %s", h.Source.Name, h.Target.Name)
	}
	b.WriteString(where(h))
	fmt.Fprintf(&b, " — %s", counts(h))
	return b.String()
}

func where(h Interaction) string {
	var s string
	switch h.Medium {
	case parley.InPerson:
		s += ", in person"
	case parley.Virtual:
		s += ", by video link"
	case parley.Phone:
		s += ", by telephone"
	}
	if h.Place != "" {
		s += ", in " + h.Place
	}
	return s
}

func counts(h Interaction) string {
	return fmt.Sprintf("%s from %s", plural(h.Articles, "article"), plural(h.Outlets, "outlet"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// relDays says where a day lies from the briefing's date.
func relDays(d int) string {
	switch {
	case d == 0:
		return "the same day"
	case d == 1:
		return "the next day"
	case d == -1:
		return "the day before"
	case d > 0:
		return fmt.Sprintf("in %d days", d)
	}
	return fmt.Sprintf("%d days before", -d)
}

func toneWords(t ToneCount) string {
	co, cf := t.Cooperative(), t.Conflictual()
	if co+cf == 0 {
		return "no other recorded interaction"
	}
	return fmt.Sprintf("%s, %s", plural(co, "cooperative interaction"), plural(cf, "conflictual interaction"))
}

func quadWords(t ToneCount) string {
	var parts []string
	for _, x := range []struct {
		n    int
		name string
	}{{t.VerbalCooperation, "verbal cooperation"}, {t.MaterialCooperation, "material cooperation"},
		{t.VerbalConflict, "verbal conflict"}, {t.MaterialConflict, "material conflict"}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.name))
		}
	}
	return strings.Join(parts, ", ")
}

// citeText writes a citation: “Title”, Outlet, 2021-06-26.
func citeText(c Citation) string {
	if c.Calendar != "" {
		return "Parley calendar, " + c.Calendar
	}
	site := c.Site
	if site == "" {
		site = "unknown outlet"
	}
	pub := c.Published
	if pub == "" {
		pub = "undated"
	}
	return fmt.Sprintf("“%s”, %s, %s", c.Title, site, pub)
}

// WriteMarkdown prints the briefing as Markdown, each line with its sources.
func (br *Briefing) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# What to expect: %s – %s\n\nAs of %s, from articles published before %s.\n", br.A.Name, br.B.Name, br.On, br.KnownBefore)
	for _, s := range br.Sections() {
		fmt.Fprintf(&b, "\n## %s\n\n", s.Title)
		for _, l := range s.Lines {
			b.WriteString("- " + l.Text)
			if len(l.Sources) > 0 {
				var cs []string
				for _, c := range l.Sources {
					cs = append(cs, citeText(c))
				}
				b.WriteString(" [" + strings.Join(cs, "; ") + "]")
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var htmlPage = template.Must(template.New("brief").Funcs(template.FuncMap{"cite": citeText}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What to expect: {{.B.A.Name}} – {{.B.B.Name}}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ddd; }
li { margin: 0.35rem 0; } .src { color: #555; font-size: 0.85rem; } .src a { color: #335; }
</style>
</head>
<body>
<h1>What to expect: {{.B.A.Name}} – {{.B.B.Name}}</h1>
<p>As of {{.B.On}}, from articles published before {{.B.KnownBefore}}.</p>
{{range .Sections}}<h2>{{.Title}}</h2>
<ul>
{{range .Lines}}<li>{{.Text}}{{if .Sources}} <span class="src">[{{range $i, $c := .Sources}}{{if $i}}; {{end}}{{if $c.URL}}<a href="{{$c.URL}}">{{cite $c}}</a>{{else}}{{cite $c}}{{end}}{{end}}]</span>{{end}}</li>
{{end}}</ul>
{{end}}</body>
</html>
`))

// WriteHTML prints the briefing as a self-contained HTML page: no scripts,
// no external assets, every text escaped.
func (br *Briefing) WriteHTML(w io.Writer) error {
	return htmlPage.Execute(w, struct {
		B        *Briefing
		Sections []Section
	}{br, br.Sections()})
}
