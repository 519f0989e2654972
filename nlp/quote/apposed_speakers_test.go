package quote_test

import "testing"

// TestRoleApposition covers a person named between commas after a role
// of a body ("The Commander of the ZDF, General Chiwenga, warned"): the
// person speaks, not the body the role names; a body the apposition only
// describes still speaks.
func TestRoleApposition(t *testing.T) {
	runSpeakers(t, []struct{ name, text, start, who string }{
		{"a_commander_of_a_body_named_by_its_acronym",
			"The Zimbabwe Defence Forces (ZDF) met on Monday. The Commander of the ZDF, General Chiwenga, warned: “We will not hesitate to step in.”",
			"We will not hesitate", "Constantino Chiwenga"},
		{"a_chief_of_a_known_body",
			"The Secretary General of NATO, Jens Stoltenberg, said: “The alliance will defend every inch of its territory.”",
			"The alliance will defend", "Jens Stoltenberg"},
		{"a_body_led_by_someone_speaks_itself",
			"The Zimbabwe Defence Forces (ZDF), led by General Chiwenga, warned: “We will not hesitate to step in.”",
			"We will not hesitate", "Zimbabwe Defence Forces"},
	})
}
