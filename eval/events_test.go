package eval

import (
	"testing"

	"parley"
)

func TestActorMatches(t *testing.T) {
	tests := []struct {
		name string
		gold GoldActor
		pred parley.ActorRef
		want bool
	}{
		{"same_name", GoldActor{Name: "Vladimir Putin", Country: "RUS"}, parley.ActorRef{ID: "person:vladimir-putin", Name: "Vladimir Putin", Country: "RUS"}, true},
		{"family_name", GoldActor{Name: "Putin", Country: "RUS"}, parley.ActorRef{Name: "Vladimir Putin", Country: "RUS"}, true},
		{"acronym_of_entity", GoldActor{Name: "NATO"}, parley.ActorRef{ID: "org:nato", Name: "North Atlantic Treaty Organization"}, true},
		{"acronym_of_other_entity", GoldActor{Name: "NATO"}, parley.ActorRef{ID: "org:united-nations", Name: "United Nations"}, false},
		{"same_name_other_country", GoldActor{Name: "Ministry of Foreign Affairs", Country: "CHN"}, parley.ActorRef{Name: "Ministry of Foreign Affairs", Country: "JPN"}, false},
		{"other_country_body", GoldActor{Name: "Foreign Ministry of China", Country: "CHN"}, parley.ActorRef{Name: "Foreign Ministry of Japan", Country: "JPN"}, false},
		{"government_of_state", GoldActor{Name: "Government of Iran", Country: "IRN"}, parley.ActorRef{ID: "state:IRN", Name: "Iran", Country: "IRN"}, true},
		{"state_for_its_government", GoldActor{Name: "Russia", Country: "RUS"}, parley.ActorRef{ID: "org:russian-government", Name: "Government of Russia", Country: "RUS"}, true},
		{"government_of_other_state", GoldActor{Name: "Government of Iran", Country: "IRN"}, parley.ActorRef{ID: "state:IRQ", Name: "Iraq", Country: "IRQ"}, false},
		{"nobody", GoldActor{}, parley.ActorRef{}, true},
		{"somebody_for_nobody", GoldActor{}, parley.ActorRef{Name: "China", Country: "CHN"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actorMatches(tt.gold, tt.pred); got != tt.want {
				t.Errorf("actorMatches(%+v, %+v) = %v, want %v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}
