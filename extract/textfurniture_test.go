package extract

import (
	"strings"
	"testing"
)

// TestDropTextFurniture runs blocks of lines (one block per entry, lines
// split at "\n") through dropTextFurniture and checks which lines stay.
func TestDropTextFurniture(t *testing.T) {
	const prose = "The ministers met for three hours on Tuesday and agreed to meet again in the spring, officials said."
	tests := []struct {
		name  string
		block string
		kept  string // the lines that stay, joined by "\n"
	}{
		{"prose", prose, prose},
		{"advert label", "ADVERTISEMENT", ""},
		{"advert label in dashes", "-- advertisement --", ""},
		{"read-more pointer", "Read more: Five things to know about the port dispute", ""},
		{"also-read pointers in capitals", "ALSO READ: Port dispute explained\nALSO READ: Who runs the ferries?", ""},
		{"keywords", "Keywords: PORT DISPUTE/TALKS", ""},
		{"share bar", "Share this article: Facebook | Twitter | Email", ""},
		{"bare share buttons", "Facebook Twitter WhatsApp Email", ""},
		{"wire contact", "((oslo.desk@harbourwire.example))", ""},
		{"wire credits", "(Reporting by Ana Lima; Editing by Tom Berg)", ""},
		{"copyright", "(c) 2022 Harbour Times Media. All rights reserved.", ""},
		{"numbered list under a heading", "Most popular\n1. Storm closes the ferry port (3 March 2022)\n2. Budget vote delayed", ""},
		{"bulleted list under a heading with a colon", "Related records in this archive:\n- Statement on the port talks (March 3, 2022)\n- Readout of the second round", ""},
		{"topics list", "Topics\nBorders\nTrade policy\nReuse this content", ""},
		{"bilingual heading", "Mehr zum Thema / Related:\n- Hafen: Einigung erzielt (2.10.2022)", ""},
		{"menu line", "Politics | Business | Culture | Sport", ""},
		{"list heading stops at prose", "Related:\n" + prose, prose},
		{"headlines under a related-news heading", "Related news:\nHarbour board asks council to act on ferry strike\nPort agrees to reopen talks with unions", ""},
		{"headlines under a heading stop at prose", "Latest news\nPort agrees to reopen talks with unions\n" + prose, prose},
		{"prose that begins with a label word", "Related talks in Vienna ended without a statement, diplomats said.", "Related talks in Vienna ended without a statement, diplomats said."},
		{"share prices are prose", "Share prices fell after the talks ended without a deal.", "Share prices fell after the talks ended without a deal."},
		{"short line that is not under a heading", "Then the talks stopped", "Then the talks stopped"},
		{"copyright in words", "Copyright 2021 Harbour Times", ""},
		{"copyright with a stray sign and a stop", "Copyright @ 2021 Harbour Times.", ""},
		{"copyright and the outlet", "Copyright Harbour Times", ""},
		{"a sentence about copyright stays", "Copyright rules for news sites were tightened in 2019, the ministry said.", "Copyright rules for news sites were tightened in 2019, the ministry said."},
		{"a sentence that begins like a filing label stays", "Posted in Oslo since 2019, the envoy said the talks would resume.", "Posted in Oslo since 2019, the envoy said the talks would resume."},
		{"contributor note", "Tom Berg contributed to this report.", ""},
		{"filing label", "Filed under: Borders, Trade", ""},
		{"a note with a label stays", "Editor's note: This story was first published on Monday.", "Editor's note: This story was first published on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []textLine
			for _, l := range strings.Split(tt.block, "\n") {
				lines = append(lines, textLine{s: l, block: 1, keep: true})
			}
			dropTextFurniture(lines)
			var kept []string
			for _, l := range lines {
				if l.keep {
					kept = append(kept, l.s)
				}
			}
			if got := strings.Join(kept, "\n"); got != tt.kept {
				t.Errorf("kept %q, want %q", got, tt.kept)
			}
		})
	}
}

func TestCopyrightYear(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  int
	}{
		{"single year", []string{"Text of the story.", "(c) 2021 Harbour Times"}, 2021},
		{"range: the later year", []string{"© 1998–2022 Harbour Times"}, 2022},
		{"word form", []string{"Copyright 2019 Harbour Times"}, 2019},
		{"a year in prose is not a copyright", []string{"The treaty was signed in 2001."}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lines []textLine
			for _, l := range tt.lines {
				lines = append(lines, textLine{s: l, keep: true})
			}
			if got := copyrightYear(lines); got != tt.want {
				t.Errorf("copyrightYear = %d, want %d", got, tt.want)
			}
		})
	}
}
