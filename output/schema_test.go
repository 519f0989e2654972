package output_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"parley"
	"parley/corpus"
	"parley/kb"
	"parley/output"
	"parley/pipeline"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(output.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRealOutputMatchesSchema analyzes every sample of the built-in corpus
// and validates the JSON that `parley analyze` would print.
func TestRealOutputMatchesSchema(t *testing.T) {
	schema := compileSchema(t)
	k, err := kb.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(k, parley.DefaultLimits())
	samples, err := corpus.Samples()
	if err != nil {
		t.Fatal(err)
	}
	if len(samples) == 0 {
		t.Fatal("the corpus is empty")
	}
	events := 0
	for _, s := range samples {
		a, err := p.Analyze(context.Background(), parley.Document{Locator: s.File, Body: s.Body})
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		for _, opt := range []output.Options{{}, {WithText: true, Explain: true}} {
			b, err := json.Marshal(output.FromAnalysis(a, opt))
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(v); err != nil {
				t.Errorf("%s (%+v): output does not match the schema: %v", s.Name, opt, err)
			}
		}
		events += len(a.Events)
	}
	if events == 0 {
		t.Error("no sample yielded an event; the schema test saw no events to check")
	}
}

// TestSchemaRejectsBrokenOutput makes sure the schema has teeth.
func TestSchemaRejectsBrokenOutput(t *testing.T) {
	schema := compileSchema(t)
	broken := map[string]string{
		"missing_events":  `{"article":{"url":"","title":"","published":"","language":"","authors":[]},"actors":[],"dates":[],"quotes":[]}`,
		"bad_event_type":  `{"article":{"url":"","title":"","published":"","language":"","authors":[]},"actors":[],"dates":[],"quotes":[],"events":[{"type":"MEET","mode":"","medium":"","status":"occurred","date":"","source":{"id":"a","name":"A","country":""},"target":null,"participants":[],"location":null,"evidence":{"sentence":"s","start":0,"end":1}}]}`,
		"bad_date":        `{"article":{"url":"","title":"","published":"28/06/2021","language":"","authors":[]},"actors":[],"dates":[],"quotes":[],"events":[]}`,
		"bad_country":     `{"article":{"url":"","title":"","published":"","language":"","authors":[]},"actors":[{"id":"x","name":"X","kind":"state","country":"China","role":"state"}],"dates":[],"quotes":[],"events":[]}`,
		"negative_offset": `{"article":{"url":"","title":"","published":"","language":"","authors":[]},"actors":[],"dates":[{"text":"May","value":"2021-05","start":-1,"end":3}],"quotes":[],"events":[]}`,
	}
	for name, doc := range broken {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(doc)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if schema.Validate(v) == nil {
			t.Errorf("%s: the schema accepted broken output", name)
		}
	}
}
