package event_test

import (
	"testing"

	"parley"
)

// TestReplacementDemanded checks a call for a leader's replacement or
// overthrow, or for the replacement of "his regime", as a demand aimed at
// the leader the pronoun stands for.
func TestReplacementDemanded(t *testing.T) {
	named := "General Anastasio Somoza Debayle resigned on Tuesday. "
	runEventCases(t, []eventCase{
		{"his_replacement", "1979-07-18",
			named + "On 23 June the Organization of American States called for his replacement.",
			[]want{{typ: parley.Request, source: "Organization of American States", target: "Anastasio Somoza Debayle", date: "1979-06-23"}}},
		{"replacement_of_his_regime", "1979-07-18",
			named + "On 23 June the Organization of American States approved a resolution calling for the immediate replacement of his regime.",
			[]want{{typ: parley.Request, source: "Organization of American States", target: "Anastasio Somoza Debayle", date: "1979-06-23"}}},
	})
}
