package main

import (
	"bytes"
	"encoding/json"
	"os"

	"parley/kb"
)

// writeFile writes f with one entity a line, so that diffs of the data
// show one changed entity per changed line.
func writeFile(path string, f kb.File) error {
	var b bytes.Buffer
	enc := func(v any) error {
		var one bytes.Buffer
		e := json.NewEncoder(&one)
		e.SetEscapeHTML(false)
		if err := e.Encode(v); err != nil {
			return err
		}
		b.Write(bytes.TrimRight(one.Bytes(), "\n"))
		return nil
	}
	b.WriteString("{\"comment\": ")
	if err := enc(f.Comment); err != nil {
		return err
	}
	b.WriteString(",\n \"entities\": [\n")
	for i, e := range f.Entities {
		b.WriteString("  ")
		if err := enc(e); err != nil {
			return err
		}
		if i < len(f.Entities)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(" ]}\n")
	return os.WriteFile(path, b.Bytes(), 0o644)
}
