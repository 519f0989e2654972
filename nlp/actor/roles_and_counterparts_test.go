package actor

import "testing"

// TestRolesStopAtABareVerb checks that the role before a new name set off
// by commas does not reach back past a verb's bare form after "to", a
// modal or a pronoun: "to meet the Prime Minister of Tajikistan, Ahmadjon
// Karimzoda", "We thank the envoy, …".
func TestRolesStopAtABareVerb(t *testing.T) {
	tests := []roleCase{
		{"Mirziyoyev flew to Dushanbe to meet the Prime Minister of Tajikistan, Ahmadjon Karimzoda, on Friday.", "Ahmadjon Karimzoda", "Prime Minister of Tajikistan"},
		{"Britain will summon the deputy head of the mission, Reza Tavakoli, on Monday.", "Reza Tavakoli", "deputy head of the mission"},
		{"Officials hope to persuade the chief negotiator, Tomas Varga, to return.", "Tomas Varga", "chief negotiator"},
		{"Kenya's ambassador to the United Nations, Martin Kamau, spoke on Monday.", "Martin Kamau", "ambassador to the United Nations"},
		// nor past a verb in the present after a pronoun
		{"We also thank the UN Special Representative, Tomas Varga, who chaired the talks.", "Tomas Varga", "UN Special Representative"},
		{"We welcome the envoy, Tomas Varga, to Nairobi.", "Tomas Varga", "envoy"},
	}
	runRoleCases(t, "2024-05-10", tests)
}

// TestRoleSetOffBeforeItsHolder checks that a role set off by a comma
// before a known person's name is that person, not whoever the knowledge
// base says held the office on the day: "Kenya's foreign minister, Musalia
// Mudavadi," before Mudavadi held it.
func TestRoleSetOffBeforeItsHolder(t *testing.T) {
	r := resolve(t, "Kenya's foreign minister, Musalia Mudavadi, and Ahmed Moalim Fiqi signed the agreement.", "2023-06-10")
	for _, a := range r.Actors {
		if a.Kind == "person" && a.Name != "Musalia Mudavadi" && a.Name != "Ahmed Moalim Fiqi" {
			t.Errorf("unwanted actor %q (%s)", a.Name, a.Role)
		}
	}
}

// TestCounterpartOfAPossessiveOfTheWrongGender checks that "his
// counterpart" after a woman in the same sentence is still hers when no
// man is named: her office's holder in the state, not its head.
func TestCounterpartOfAPossessiveOfTheWrongGender(t *testing.T) {
	for _, text := range []string{
		"Mexico's foreign minister hosted his Guatemalan counterpart on Monday.",
		"Alicia Barcena hosted his Guatemalan counterpart on Monday.",
	} {
		r := resolve(t, text, "2024-05-10")
		for _, a := range r.Actors {
			if a.Name == "Bernardo Arévalo" {
				t.Errorf("%q: the counterpart became the head of state", text)
			}
		}
	}
}

// TestRolesStartAtTheGovernedTitle checks that the role before a new name
// set off by commas starts at the title a preposition governs ("a
// courtesy call from the Foreign Minister of …", "met with the …"), not
// at the start of the clause, while a role with "from" inside it keeps it.
func TestRolesStartAtTheGovernedTitle(t *testing.T) {
	tests := []roleCase{
		{"Retno Marsudi received a courtesy call from the Foreign Minister of Timor-Leste, Bendito Freitas, on Thursday.", "Bendito Freitas", "Foreign Minister of Timor-Leste"},
		{"Retno Marsudi met with the Foreign Minister of Timor-Leste, Bendito Freitas, on Thursday.", "Bendito Freitas", "Foreign Minister of Timor-Leste"},
		{"Retno Marsudi held a meeting with the Foreign Minister of Timor-Leste, Bendito Freitas, on Thursday.", "Bendito Freitas", "Foreign Minister of Timor-Leste"},
		{"The bill was introduced by the senator from Ohio, Dana Whitcombe, on Thursday.", "Dana Whitcombe", "senator from Ohio"},
		{"She spoke with a lawmaker from the ruling party, Dana Whitcombe, on Thursday.", "Dana Whitcombe", "lawmaker from the ruling party"},
		{"Retno Marsudi met an official from the Foreign Ministry of Timor-Leste, Bendito Freitas, on Monday.", "Bendito Freitas", "official from the Foreign Ministry of Timor-Leste"},
	}
	runRoleCases(t, "2024-07-12", tests)
}

// TestRoleAfterAnotherName checks a new name's role set off by a comma
// after "and" and another person: the role is the words after "and", and
// a body of a state named in it ("his Somaliland counterpart") gives the
// state.
func TestRoleAfterAnotherName(t *testing.T) {
	text := "Taiwan's Foreign Minister Joseph Wu and his Somaliland counterpart, Yasin Hagi Mohamoud, signed a cooperation agreement on Monday."
	r := resolve(t, text, "2020-08-20")
	found := false
	for _, a := range r.Actors {
		if a.Name != "Yasin Hagi Mohamoud" {
			continue
		}
		found = true
		if a.Role != "Somaliland counterpart" || a.Country != "SOM" {
			t.Errorf("role %q, country %q; want \"Somaliland counterpart\", SOM", a.Role, a.Country)
		}
	}
	if !found {
		t.Errorf("no actor Yasin Hagi Mohamoud")
	}
}

// TestOfficeOfABodyAStateWordOpens checks that "the president of the
// Cambodian Independent Teachers' Association" is no head of Cambodia:
// the state's word opens the name of a body the base does not know, and
// the person named after the comma holds that office.
func TestOfficeOfABodyAStateWordOpens(t *testing.T) {
	texts := []string{
		"Police arrested the president of the Cambodian Independent Teachers' Association, Rong Chhun, at his home on Saturday.",
		"Officials met the chairman of the Kenyan Farmers Cooperative Union on Monday.",
	}
	for _, text := range texts {
		r := resolve(t, text, "2005-10-17")
		for _, a := range r.Actors {
			if a.Kind == "person" && a.Name != "Rong Chhun" {
				t.Errorf("%q: unwanted person %q (%s)", text, a.Name, a.Role)
			}
		}
	}
	r := resolve(t, texts[0], "2005-10-17")
	found := false
	for _, a := range r.Actors {
		found = found || a.Name == "Rong Chhun" && a.Kind == "person"
	}
	if !found {
		t.Errorf("%q: no person Rong Chhun in %+v", texts[0], r.Actors)
	}
}
