package brief

import (
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown prints the briefing as Markdown, each line with its sources.
func (br *Briefing) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# What to expect: %s – %s\n\nAs of %s.\n\n", br.A.Name, br.B.Name, br.On)
	b.WriteString("## Next meeting\n\n")
	if br.Next == nil {
		b.WriteString("No meeting between them is recorded.\n\n")
	} else {
		fmt.Fprintf(&b, "- %s\n", line(*br.Next))
		if br.Cadence != "" {
			fmt.Fprintf(&b, "- Cadence: %s.\n", br.Cadence)
		}
		b.WriteString("\n")
	}
	b.WriteString("## Earlier interactions\n\n")
	if len(br.History) == 0 {
		b.WriteString("None recorded.\n")
	}
	for _, h := range br.History {
		fmt.Fprintf(&b, "- %s\n", line(h))
	}
	b.WriteString("\n## Context: meetings with others in the last weeks\n\n")
	if len(br.Context) == 0 {
		b.WriteString("None recorded.\n")
	}
	for _, h := range br.Context {
		fmt.Fprintf(&b, "- %s\n", line(h))
	}
	fmt.Fprintf(&b, "\n## Tone\n\n%d cooperative and %d conflictual interactions recorded between them.\n", br.Tone.Cooperative, br.Tone.Conflictual)
	b.WriteString("\n## What they said\n\n")
	if len(br.Quotes) == 0 {
		b.WriteString("No quotation recorded.\n")
	}
	for _, q := range br.Quotes {
		fmt.Fprintf(&b, "- %s: “%s” %s\n", q.Speaker.Name, q.Text, cites([]Citation{q.Source}))
	}
	if len(br.Gaps) > 0 {
		b.WriteString("\n## What the database does not say\n\n")
		for _, g := range br.Gaps {
			fmt.Fprintf(&b, "- %s.\n", strings.ToUpper(g[:1])+g[1:])
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func line(h Interaction) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", h.Date, strings.ToLower(string(h.Type)))
	if h.Status != "occurred" {
		fmt.Fprintf(&b, " (%s)", h.Status)
	}
	fmt.Fprintf(&b, ", %s → %s", h.Source.Name, h.Target.Name)
	if h.Medium != "" {
		fmt.Fprintf(&b, ", %s", h.Medium)
	}
	if h.Place != "" {
		fmt.Fprintf(&b, ", in %s", h.Place)
	}
	fmt.Fprintf(&b, " — %d article(s), %d outlet(s) %s", h.Articles, h.Outlets, cites(h.Sources))
	return b.String()
}

func cites(cs []Citation) string {
	var parts []string
	for _, c := range cs {
		site := c.Site
		if site == "" {
			site = "unknown outlet"
		}
		parts = append(parts, fmt.Sprintf("“%s”, %s, %s", c.Title, site, orUnknown(c.Published)))
	}
	return "[" + strings.Join(parts, "; ") + "]"
}

func orUnknown(s string) string {
	if s == "" {
		return "undated"
	}
	return s
}
