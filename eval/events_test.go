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
		{"body_named_with_adjective", GoldActor{Name: "Philippine Navy", Country: "PHL"}, parley.ActorRef{ID: "org:phl-navy", Name: "Navy of Philippines", Country: "PHL"}, true},
		{"other_body_same_state", GoldActor{Name: "Philippine Navy", Country: "PHL"}, parley.ActorRef{Name: "Coast Guard of Philippines", Country: "PHL"}, false},
		{"state_alone_is_no_body", GoldActor{Name: "Philippine Navy", Country: "PHL"}, parley.ActorRef{ID: "state:PHL", Name: "Philippines", Country: "PHL"}, false},
		{"seat_of_government_for_its_state", GoldActor{Name: "Élysée Palace", Country: "FRA"}, parley.ActorRef{ID: "state:FRA", Name: "France", Country: "FRA"}, true},
		{"seat_of_another_state", GoldActor{Name: "Élysée Palace", Country: "FRA"}, parley.ActorRef{ID: "state:DEU", Name: "Germany", Country: "DEU"}, false},
		{"former_state_labelled_with_its_successors_code", GoldActor{Name: "Soviet Union", Country: "RUS"}, parley.ActorRef{ID: "state:SUN", Name: "Soviet Union", Country: "SUN"}, true},
		{"former_state_labelled_with_its_own_code", GoldActor{Name: "Yugoslavia", Country: "YUG"}, parley.ActorRef{ID: "state:YUG", Name: "Yugoslavia", Country: "YUG"}, true},
		{"successor_for_its_former_state", GoldActor{Name: "Yugoslav People's Army", Country: "SRB"}, parley.ActorRef{ID: "org:yug-armed-forces", Name: "Yugoslav People's Army", Country: "YUG"}, true},
		{"former_state_is_no_other_state", GoldActor{Name: "Soviet Union", Country: "UKR"}, parley.ActorRef{ID: "state:SUN", Name: "Soviet Union", Country: "SUN"}, false},
		{"successor_is_still_another_name", GoldActor{Name: "Russia", Country: "RUS"}, parley.ActorRef{ID: "state:SUN", Name: "Soviet Union", Country: "SUN"}, false},
		{"group_named_in_the_singular", GoldActor{Name: "Filipino Muslim protesters", Country: "PHL"}, parley.ActorRef{Name: "Filipino Muslims", Country: "PHL"}, true},
		{"plural_is_no_other_word", GoldActor{Name: "Filipino Christian protesters", Country: "PHL"}, parley.ActorRef{Name: "Filipino Muslims", Country: "PHL"}, false},
		{"crowd_for_demonstrators", GoldActor{Name: "Lithuanian demonstrators", Country: "LTU"}, parley.ActorRef{Name: "Lithuanian crowds", Country: "LTU"}, true},
		{"stateless_crowd_named_two_ways", GoldActor{Name: "Kurdish protesters"}, parley.ActorRef{Name: "Kurdish demonstrators"}, true},
		{"stateless_crowds_of_two_peoples", GoldActor{Name: "Kurdish protesters"}, parley.ActorRef{Name: "Tamil demonstrators"}, false},
		{"army_known_by_its_own_name_for_its_state", GoldActor{Name: "Israel", Country: "ISR"}, parley.ActorRef{ID: "org:idf", Name: "Israel Defense Forces", Country: "ISR"}, true},
		{"army_of_another_state", GoldActor{Name: "Uganda", Country: "UGA"}, parley.ActorRef{ID: "org:rdf", Name: "Rwanda Defence Force", Country: "RWA"}, false},
		{"rebel_army_is_not_its_state", GoldActor{Name: "Myanmar", Country: "MMR"}, parley.ActorRef{ID: "org:arakan-army", Name: "Arakan Army", Country: "MMR"}, false},
		{"defence_ministry_is_not_the_army", GoldActor{Name: "France", Country: "FRA"}, parley.ActorRef{ID: "org:french-armed-forces-ministry", Name: "Ministry of the Armed Forces of France", Country: "FRA"}, false},
		{"alias_without_its_article", GoldActor{Name: "Commonwealth"}, parley.ActorRef{ID: "org:commonwealth", Name: "Commonwealth of Nations"}, true},
		{"body_sharing_a_states_last_word", GoldActor{Name: "United States", Country: "USA"}, parley.ActorRef{ID: "org:oas", Name: "Organization of American States"}, false},
		{"another_party_of_the_same_state", GoldActor{Name: "Conservative Party", Country: "GBR"}, parley.ActorRef{ID: "org:labour-party", Name: "Labour Party", Country: "GBR"}, false},
		{"body_named_for_its_state", GoldActor{Name: "Presidency of Algeria", Country: "DZA"}, parley.ActorRef{ID: "state:DZA", Name: "Algeria", Country: "DZA"}, true},
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

func TestMatchEventsPrefersTheLabelledDate(t *testing.T) {
	us, cn := GoldActor{Name: "United States", Country: "USA"}, GoldActor{Name: "China", Country: "CHN"}
	gold := []GoldEvent{
		{Type: "SANCTION", Date: "2018-08", Source: us, Target: cn},
		{Type: "SANCTION", Date: "2019-05", Source: us, Target: cn},
	}
	ref := func(id, name, c string) parley.ActorRef { return parley.ActorRef{ID: id, Name: name, Country: c} }
	pred := []parley.Event{{Type: parley.Sanction, Date: parley.Date{Year: 2019, Month: 5}, Source: ref("state:USA", "United States", "USA"), Target: ref("state:CHN", "China", "CHN")}}
	hits, _ := matchEvents(gold, pred, func(g GoldEvent, p parley.Event) bool { return string(p.Type) == g.Type && eventActorsMatch(g, p) },
		func(parley.Event) bool { return true })
	if hits[0] != -1 || hits[1] != 0 {
		t.Errorf("hits = %v, want the May 2019 label matched and the August 2018 one missed", hits)
	}
}
