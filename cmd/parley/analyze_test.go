package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"parley/output"
)

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		code, _, stderr := execParley(t, "", "", c.name, "-h")
		if code != exitOK || !strings.Contains(stderr+"", "Usage: parley "+c.name) && c.name != "bench" {
			t.Errorf("parley %s -h: exit %d, output %q", c.name, code, stderr)
		}
	}
	code, stdout, _ := execParley(t, "", "", "help")
	if code != exitOK || !strings.Contains(stdout, "analyze") {
		t.Errorf("parley help: exit %d, %q", code, stdout)
	}
	if code, _, stderr := execParley(t, "", "", "nosuch"); code != exitUsage || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, stderr)
	}
}

func TestAnalyzeJSON(t *testing.T) {
	code, stdout, stderr := execParley(t, "", pageCall, "analyze", "--published", "2021-06-29", "--with-text", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out output.Analysis
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("output is not the contract: %v\n%s", err, stdout)
	}
	if out.Article.Published != "2021-06-29" || out.Article.PublishedSource != "given" {
		t.Errorf("published %q from %q, want the flag's date", out.Article.Published, out.Article.PublishedSource)
	}
	var found bool
	for _, e := range out.Events {
		if e.Type == "CONSULT" && e.Medium == "virtual" && e.Date == "2021-06-28" {
			found = true
			if got := out.Article.Text[e.Evidence.Start:e.Evidence.End]; got != e.Evidence.Sentence {
				t.Errorf("evidence offsets cover %q, not the sentence %q", got, e.Evidence.Sentence)
			}
		}
	}
	if !found {
		t.Errorf("no virtual CONSULT on 2021-06-28 in %+v", out.Events)
	}
}

func TestAnalyzeText(t *testing.T) {
	code, stdout, stderr := execParley(t, "", pageGeneva, "analyze", "--format", "text", "--explain", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Vladimir Putin", "President of Russia", "CONSULT", "in Geneva", "rule "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "photo.html")
	writeFile(t, bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"missing_file", []string{"analyze", filepath.Join(dir, "nope.html")}, exitFailure, "nope.html"},
		{"binary_file", []string{"analyze", bin}, exitFailure, "photo.html"},
		{"bad_format", []string{"analyze", "--format", "xml", bin}, exitUsage, "--format"},
		{"bad_date", []string{"analyze", "--published", "28/06/2021", bin}, exitUsage, "--published"},
		{"two_files", []string{"analyze", bin, bin}, exitUsage, "exactly one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := execParley(t, "", "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
}

func TestDemo(t *testing.T) {
	code, stdout, stderr := execParley(t, "", "", "demo")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"# What to expect: Xi Jinping – Vladimir Putin", "As of 2021-06-28", "2021-06-28: meeting (planned)", "by video link",
		"Announced on 2021-06-25", "Vladimir Putin met Joe Biden on 2021-06-16", "in Geneva",
		"20th anniversary of the Treaty of Good-Neighbourliness and Friendly Cooperation between China and Russia, signed 2001-07-16",
		"2021-07-01 (in 3 days): centenary of the Communist Party of China"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo briefing lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "rejected 0") {
		t.Errorf("the built-in corpus should ingest without rejections: %s", stderr)
	}
}

func TestBriefNeedsADatabase(t *testing.T) {
	code, _, stderr := execParley(t, filepath.Join(t.TempDir(), "none.db"), "", "brief", "Xi Jinping", "Vladimir Putin")
	if code != exitUsage || !strings.Contains(stderr, "no database") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

func TestDates(t *testing.T) {
	page := "Talks set\n\nThe spokesperson announced on Friday that the two presidents would meet on Monday, six weeks after their May 19 call.\n"
	code, stdout, stderr := execParley(t, "", page, "dates", "--published", "2021-06-28", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out struct {
		Published string        `json:"published"`
		Dates     []output.Date `json:"dates"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Friday": "2021-06-25", "Monday": "2021-06-28", "May 19": "2021-05-19"}
	for _, d := range out.Dates {
		for text, value := range want {
			if strings.Contains(d.Text, text) && d.Value == value {
				delete(want, text)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("dates not resolved: %v in %+v", want, out.Dates)
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"actors", "Joe Biden", "--on", "2015-03-01"}, "on 2015-03-01: Vice President of the United States"},
		{[]string{"actors", "Joe Biden", "--on", "2021-06-28"}, "on 2021-06-28: President of the United States"},
		{[]string{"actors", "Putin", "--on", "2010-01-01"}, "Prime Minister of Russia"},
		{[]string{"actors"}, "person"},
	}
	for _, tt := range tests {
		code, stdout, stderr := execParley(t, "", "", tt.args...)
		if code != exitOK || !strings.Contains(stdout, tt.want) {
			t.Errorf("parley %v: exit %d, %q %q; want %q", tt.args, code, stdout, stderr, tt.want)
		}
	}
	if code, _, stderr := execParley(t, "", "", "actors", "Zzyzx Qwerty"); code != exitFailure || !strings.Contains(stderr, "no entry") {
		t.Errorf("unknown name: exit %d, %q", code, stderr)
	}
}
