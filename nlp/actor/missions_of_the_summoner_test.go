package actor

import "testing"

// TestMissionsOfTheSummoner checks "its embassy" in a clause after a
// summons of another state's envoy: the embassy is the summoning state's,
// not that of the envoy's state named just before.
func TestMissionsOfTheSummoner(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"possessive_envoy_before", "Belgium summoned Rwanda's ambassador on Monday after protesters attacked its embassy in Kinshasa.",
			"2025-02-20", "its embassy", []string{"state:BEL"}},
		{"adjective_envoy_before", "Kenya summoned the Ugandan envoy when a mob stormed its embassy in Kampala.",
			"2025-02-20", "its embassy", []string{"state:KEN"}},
	})
}
