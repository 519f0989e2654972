package event_test

import (
	"testing"

	"parley"
)

// TestAccordsSignedBy covers an accord's signers named after "by" where
// no "was" comes first ("a 1973 treaty signed by Iran and Afghanistan")
// and signers named in apposition to their plural title ("by the
// foreign ministers of the two countries, A and B").
func TestAccordsSignedBy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"participle_after_accord", "2021-03-02",
			"The dispute over the river is governed by a 1950 treaty signed by Nepal and India.",
			[]want{{typ: parley.Agree, source: "Nepal", target: "India"}}},
		{"participle_then_day", "2021-03-02",
			"Relations still rest on a memorandum signed by Kenya and Somalia in Nairobi in April 2009.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
		{"participle_then_place_and_day_then_signers", "2021-03-02",
			"Relations still rest on a memorandum signed in Nairobi on 7 April 2009 by Kenya and Somalia.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia", date: "2009-04-07"}}},
		{"titled_apposition", "2021-03-02",
			"The boundary was fixed by an accord signed by the foreign ministers of the two countries, Sergey Lavrov and Mevlüt Çavuşoğlu.",
			[]want{{typ: parley.Agree, source: "Sergey Lavrov", target: "Mevlüt Çavuşoğlu"}}},
		{"titled_apposition_after_was", "2021-03-02",
			"The treaty was signed in Ankara by the foreign ministers of the two countries, Sergey Lavrov and Mevlüt Çavuşoğlu.",
			[]want{{typ: parley.Agree, source: "Sergey Lavrov", target: "Mevlüt Çavuşoğlu"}}},
		// the accord before "which" or "that", signed by a subject of
		// several names
		{"which_two_leaders_signed", "2021-03-02",
			"The new treaty builds on the Simla Agreement, which Indira Gandhi and Zulfikar Ali Bhutto signed in July 1972.",
			[]want{{typ: parley.Agree, source: "Indira Gandhi", target: "Zulfikar Ali Bhutto", date: "1972-07"}}},
		{"that_two_states_signed", "2021-03-02",
			"Troops left under an agreement that Armenia and Azerbaijan signed last year.",
			[]want{{typ: parley.Agree, source: "Armenia", target: "Azerbaijan"}}},
		// the last signer after a title with its portfolio written out
		{"list_ending_with_a_portfolio_title", "2021-03-02",
			"The accord was signed by Sergey Lavrov of Russia, Mevlüt Çavuşoğlu of Turkey and Minister of Foreign Affairs and Trade Péter Szijjártó of Hungary.",
			[]want{{typ: parley.Agree, source: "Sergey Lavrov", target: "Péter Szijjártó"},
				{typ: parley.Agree, source: "Mevlüt Çavuşoğlu", target: "Péter Szijjártó"}}},
	})
}

// TestAccordsSignedByAfterAComma covers a participle set off by a comma
// after an accord named for a place, with a time and a place before its
// signers: "The Treaty of Lima, signed in the same city on 5 May 1992 by
// …".
func TestAccordsSignedByAfterAComma(t *testing.T) {
	runEventCases(t, []eventCase{
		{"named_for_a_capital", "2021-03-02",
			"The Treaty of Montevideo, signed on 12 August 1980 by Argentina and Chile, set up the association.",
			[]want{{typ: parley.Agree, source: "Argentina", target: "Chile", date: "1980-08-12"}}},
		{"a_time_and_a_place_before_the_signers", "2021-03-02",
			"The accord, signed in the same city on 12 August 1980 by Argentina and Chile, set up the association.",
			[]want{{typ: parley.Agree, source: "Argentina", target: "Chile", date: "1980-08-12"}}},
	})
}

// TestAccordsSignedByAfterALongSetting covers a participle after an
// accord with its time and place set off by commas before "by" ("signed
// at Viskuli, in the Belovezhskaya Pushcha, on 8 December by …"), and a
// signer named by an office of a region before the comma ("the prefect of
// Tarija, Mario Cossío").
func TestAccordsSignedByAfterALongSetting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"place_and_day_set_off_by_commas", "1991-12-20",
			"The Commonwealth was founded by the agreement signed at Viskuli, in the Belovezhskaya Pushcha, on 8 December by Yeltsin and Kravchuk.",
			[]want{{typ: parley.Agree, source: "Boris Yeltsin", target: "Leonid Kravchuk", date: "1991-12-08"}}},
		{"the_prefect_named_after_his_office", "2008-09-16",
			"The leaders welcomed the agreement signed in La Paz on Sunday by Vice President Álvaro García Linera and the prefect of Tarija, Ramiro Vaca.",
			[]want{{typ: parley.Agree, source: "Álvaro García Linera", target: "Ramiro Vaca", date: "2008-09-14", place: "La Paz"}}},
	})
	runNotCases(t, []notCase{
		{"a_clause_of_its_own_after_the_comma", "1991-12-20",
			"The agreement signed at Viskuli, Yeltsin said on Monday, was approved by Kravchuk.",
			want{typ: parley.Agree, source: "Boris Yeltsin", target: "Leonid Kravchuk"}},
	})
}

// TestAccordsSignedAsWitnesses checks that those who sign an accord "as
// witnesses" are no parties to it, while guarantors are.
func TestAccordsSignedAsWitnesses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"signed_as_guarantors", "1988-04-15",
			"George Shultz and Eduard Shevardnadze signed the declaration as guarantors of the settlement.",
			[]want{{typ: parley.Agree, source: "George Shultz", target: "Eduard Shevardnadze"}}},
	})
	runNotCases(t, []notCase{
		{"signed_as_witnesses", "2000-12-13",
			"Kofi Annan and Madeleine Albright signed the accord as witnesses.",
			want{typ: parley.Agree}},
	})
}

// TestSignAsANoun checks "sign" after "no": a noun, no signing.
func TestSignAsANoun(t *testing.T) {
	runNotCases(t, []notCase{
		{"no_sign_of_a_pact", "2024-10-02",
			"There is still no sign of a defence pact between Iran and Saudi Arabia.",
			want{typ: parley.Agree}},
	})
}

// TestBarredFromDoing checks an act told after "from" behind a verb that
// keeps its object from it: barred, not done.
func TestBarredFromDoing(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the_bar_is_the_sanction", "2009-10-20",
			"At an extraordinary summit in Abuja on Saturday, the leaders of the Economic Community of West African States met. The summit also barred Niger from hosting the bloc's meetings.",
			[]want{{typ: parley.Sanction, source: "Economic Community of West African States", target: "Niger"}}},
	})
	runNotCases(t, []notCase{
		{"barred_from_hosting_is_no_meeting", "2009-10-20",
			"ECOWAS barred Niger from hosting ECOWAS meetings.",
			want{typ: parley.Consult}},
		{"prevented_from_meeting", "2011-05-20",
			"Syria prevented Ahmet Davutoglu from meeting Bashar al-Assad.",
			want{typ: parley.Consult}},
	})
}
