package main

import "testing"

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rafaḩ", "Rafah"},
		{"Najafābād", "Najafabad"},
		{"Karbalā’", "Karbala"},
		{"Kraków", "Kraków"},
		{"Łódź", "Łódź"},
		{"Şanlıurfa", "Şanlıurfa"},
		{"Mandalay", "Mandalay"},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeepFeature(t *testing.T) {
	for code, want := range map[string]bool{"PPLC": true, "PPLA": true, "PPL": true, "PPLX": false, "PPLH": false, "PPLQ": false} {
		if got := keepFeature(city{Feature: code}); got != want {
			t.Errorf("keepFeature(%s) = %v, want %v", code, got, want)
		}
	}
}
