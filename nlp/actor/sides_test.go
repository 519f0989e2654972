package actor

import "testing"

// TestSidesSetAgainstEachOther checks that "both sides" are the two the
// story set against each other, not the go-betweens named since.
func TestSidesSetAgainstEachOther(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_accuser_and_the_accused", "Sudan's military on Sunday accused the paramilitary Rapid Support Forces of shelling a camp. The UN envoy for Sudan condemned the attack and urged both sides to protect civilians.",
			"2025-06-15", "both sides", []string{"org:saf-sudan", "org:rsf-sudan"}},
		{"not_the_hosts_of_the_talks", "Israel accused Hamas on Sunday of violating the ceasefire. Egypt and Qatar, which mediate the talks, met in Cairo on Monday. Negotiators from both sides are expected in Cairo on Tuesday.",
			"2025-03-04", "both sides", []string{"state:ISR", "org:hamas"}},
		{"those_who_clashed", "Indian troops clashed with Chinese soldiers in the Galwan valley. Russia, which co-hosted talks in Moscow, said officials from both sides would meet again.",
			"2020-06-20", "both sides", []string{"org:indian-army", "org:pla"}},
	})
}

// TestSidesNotThoseAskedForSomething checks that a pair named after
// "guarantees from" or the like are those asked, not "the two sides" of
// the talks told before.
func TestSidesNotThoseAskedForSomething(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"guarantees_from_a_pair", "Vladimir Putin held talks with Xi Jinping by video link. Putin told him of Russia's proposals for security guarantees from the United States and NATO. The two sides agreed to expand trade.",
			"2021-12-15", "The two sides", []string{"state:RUS", "state:CHN"}},
		{"delegations_from_a_pair", "Delegations from Armenia and Azerbaijan met in Washington on Monday. The two sides agreed to meet again.",
			"2023-05-02", "The two sides", []string{"state:ARM", "state:AZE"}},
	})
}
