package actor

import (
	"slices"
	"testing"
)

// TestDoubleFamilyNames covers people of Spanish-speaking states named
// again by both family names ("Lacalle Pou"), and names whose last two
// words are a given name and one family name, which give no such key.
func TestDoubleFamilyNames(t *testing.T) {
	tests := []mentionCase{
		{"both_family_names_after_the_full_name", "Uruguay's president, Luis Lacalle Pou, flew to Santiago on Monday. Lacalle Pou urged Chile to join the trade pact.", "2022-05-10", "Lacalle Pou", []string{"person:luis-lacalle-pou"}},
		{"both_family_names_alone_of_the_office_holder", "Rodríguez Parrilla told the General Assembly that the embargo had cost Cuba billions.", "2021-06-23", "Rodríguez Parrilla", []string{"person:bruno-rodriguez-parrilla"}},
		{"both_family_names_in_a_paraguayan_story", "ASUNCIÓN — Paraguay will not reopen its embassy in Caracas, Abdo Benítez said on Friday.", "2020-02-14", "Abdo Benítez", []string{"person:mario-abdo-benitez"}},
		{"a_second_given_name_is_no_family_name", "The Cuban singer Carlos Varela played in Havana on Saturday.", "2019-06-01", "Carlos Varela", []string{"new:person:carlos-varela"}},
	}
	runMentionCases(t, tests)
}

// TestFamilyNameOfAShortForm covers people whose full name in the base
// runs past the form news uses ("Salva Kiir Mayardit", known as "Salva
// Kiir"): the short form's last word names them alone once the article
// has named them in full, and never when it is a title ("Sheikh" of
// "Hassan Sheikh Mohamud") nor before a full mention ("Valencia" of "José
// Valencia Amores" in a story about the city).
func TestFamilyNameOfAShortForm(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_short_forms_family_name", "President Salva Kiir received Sudan's leaders in Juba on Saturday. General al-Burhan thanked Kiir for hosting the talks.", "2020-10-04", "Kiir", []string{"person:salva-kiir-mayardit"}},
	})
	for _, tt := range []struct{ text, word, id string }{
		{"Sheikh Tamim met the Somali president on Monday.", "Sheikh", "person:hassan-sheikh-mohamud"},
		{"Ecuador's embassy in Valencia reopened on Monday.", "Valencia", "person:jose-valencia-amores"},
	} {
		r := resolve(t, tt.text, "2019-05-10")
		for _, m := range r.Mentions {
			if m.Text == tt.word && slices.Contains(m.Actors, tt.id) {
				t.Errorf("%q: %q taken for %s", tt.text, m.Text, tt.id)
			}
		}
	}
}

// TestMothersFamilyNameAlone checks that the mother's family name closing
// a Spanish name of two family names names no one alone ("Ferrer" of
// "José Figueres Ferrer"), while the father's names the person once the
// article has named him in full, and both together do at once.
func TestMothersFamilyNameAlone(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"fathers_name_after_the_full_name", "President Julio César Turbay Ayala arrived in Caracas on Monday. Turbay met the Venezuelan president.", "1980-06-10", "Turbay", []string{"person:julio-cesar-turbay-ayala"}},
		{"both_family_names", "Turbay Ayala arrived in Caracas on Monday.", "1980-06-10", "Turbay Ayala", []string{"person:julio-cesar-turbay-ayala"}},
	})
	r := resolve(t, "Opposition leader José Daniel Ferrer was detained in Santiago de Cuba on Sunday.", "2021-07-13")
	for _, m := range r.Mentions {
		if slices.Contains(m.Actors, "person:jose-figueres-ferrer") {
			t.Errorf("%q taken for José Figueres Ferrer", m.Text)
		}
	}
}

// TestFathersFamilyNameAlone checks the first of two family names alone
// ("Rodríguez" for Eduardo Rodríguez Veltzé) once the article has named
// its bearer in full, though others in the base bear it as their only
// family name; and that those others keep it when the article names them.
func TestFathersFamilyNameAlone(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"after_the_full_name", "Eduardo Rodríguez Veltzé was sworn in as president of Bolivia on Thursday. Rodríguez asked the protesters to lift their blockades.",
			"2005-06-10", "Rodríguez", []string{"person:eduardo-rodriguez-veltze"}},
		{"a_pronoun_before_it", "Eduardo Rodríguez Veltzé was sworn in as president of Bolivia on Thursday. In his first address, Rodríguez asked the protesters to lift their blockades.",
			"2005-06-10", "Rodríguez", []string{"person:eduardo-rodriguez-veltze"}},
		{"the_other_bearer_named", "Jorge Rodríguez, Venezuela's vice-president, met Eduardo Rodríguez Veltzé in La Paz. Rodríguez told reporters that Caracas would send aid.",
			"2005-06-10", "Rodríguez", []string{"person:jorge-rodriguez"}},
	})
}
