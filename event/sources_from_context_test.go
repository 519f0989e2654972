package event_test

import (
	"testing"

	"parley"
)

// TestUnnamedDoers checks acts whose doer the sentence does not name:
// a passive inside words an authority reports, a passive after a
// sentence about the authority that acted.
func TestUnnamedDoers(t *testing.T) {
	tests := []eventCase{
		// An authority reporting a passive act of state did it.
		{"ministry_said_envoy_had_been_summoned", "2024-05-10",
			"Germany's foreign ministry said on Wednesday that the Russian ambassador had been summoned.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Germany", target: "Russia", date: "2024-05-08"}}},
		{"state_said_envoy_summoned_without_that", "2024-05-10",
			"Poland said on Tuesday the Belarusian envoy had been summoned.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Belarus"}}},
		{"minister_said_envoy_summoned", "2024-05-10",
			"Foreign Minister Radoslaw Sikorski said the Russian ambassador had been summoned over the drone incursion.",
			[]want{{typ: parley.Accuse, source: "Radosław Sikorski", target: "Russia"}}},
		{"government_said_diplomats_expelled", "2024-05-10",
			"The Dutch government said four Russian diplomats had been expelled.",
			[]want{{typ: parley.Sanction, source: "Netherlands", target: "Russia"}}},
		{"treasury_said_sanctions_imposed_on", "2024-05-10",
			"The US Treasury said sanctions had been imposed on three Iranian oil companies.",
			[]want{{typ: parley.Sanction, source: "United States Department of the Treasury", target: "Iran"}}},
		{"ministry_said_envoy_was_summoned_to_explain", "2024-05-10",
			"Kenya's foreign ministry said the Somali envoy was summoned to explain the remarks.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Kenya", target: "Somalia"}}},
		// A minister reporting a consultation speaks for his state's.
		{"minister_said_body_had_been_consulted", "2024-05-10",
			"Lithuania closed the rail link on Friday. Foreign Minister Gabrielius Landsbergis said the European Commission had been consulted before the ban.",
			[]want{{typ: parley.Consult, source: "Lithuania", target: "European Commission"}}},
		// A rights group reports arrests; it does not make them.
		{"rights_group_reporting_arrests_made_none", "2024-05-10",
			"Amnesty International said dozens of Georgian activists had been detained.", nil},
		// The speaker's own envoy or diplomats: the act fell on it (done
		// by the state they were expelled from).
		{"own_envoy_summoned_is_not_the_speakers_act", "2024-05-10",
			"The Kremlin said Russian diplomats had been expelled from Poland.",
			[]want{{typ: parley.Sanction, source: "Poland", target: "Russia"}}},
		// The authority the sentence before opened on acted.
		{"summoned_after_the_ministry_condemned", "2024-05-10",
			"Germany's foreign ministry condemned the cyberattack on Tuesday. The Russian ambassador was summoned on Wednesday.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Germany", target: "Russia", date: "2024-05-08"}}},
		{"summoned_after_the_office_spoke", "2024-05-10",
			"The Foreign Office said it was deeply concerned. Russia's ambassador was summoned on Monday.",
			[]want{{typ: parley.Accuse, source: "Foreign, Commonwealth and Development Office", target: "Russia", date: "2024-05-06"}}},
		// An official's words before: the state he serves summoned.
		{"summoned_after_a_minister_spoke", "2024-05-10",
			"Germany blamed Russia for the cyberattack on Thursday. \"This is unacceptable,\" Interior Minister Nancy Faeser said. The Russian ambassador was summoned on Friday.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia", date: "2024-05-10"}}},
		// No authority just before: the state the story is about.
		{"summoned_in_a_story_about_one_state", "2024-05-10",
			"Germany blamed Russia for the cyberattack on Thursday. German officials said German parties had been targeted, and Germany's interior minister vowed a response. The hackers had used phishing emails for months.\n\nThe Russian ambassador was summoned on Friday.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia", date: "2024-05-10"}}},
		{"expelled_after_the_state_blamed", "2024-05-10",
			"Britain blamed Moscow for the attack. Twenty-three Russian diplomats were expelled.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Russia"}}},
	}
	runEventCases(t, tests)
}

// TestUnnamedDoersRuledOut checks that the doer is not taken from a
// sentence that has nothing to do with it.
func TestUnnamedDoersRuledOut(t *testing.T) {
	runNotCases(t, []notCase{
		{"summoned_by_a_body_named_is_that_bodys", "2024-05-10",
			"The United States imposed new tariffs on Chinese steel on Monday. Chinese officials were summoned by the trade commission.",
			want{typ: parley.Accuse, source: "United States"}},
		{"a_state_does_not_summon_its_own_envoy", "2024-05-10",
			"Russia condemned the decision. Russia's ambassador was summoned on Monday.",
			want{typ: parley.Accuse, source: "Russia"}},
	})
}

// TestTheGovernment checks a bare "The government" opening a sentence:
// the state the story last called the owner of a government, else the
// state it names most.
func TestTheGovernment(t *testing.T) {
	runEventCases(t, []eventCase{
		{"government_named_before_by_its_state", "2024-05-10",
			"The Finnish government announced new border rules. The government also accused Russia of sending migrants to the border.",
			[]want{{typ: parley.Accuse, source: "Finland", target: "Russia"}}},
		{"government_after_a_time_phrase", "2024-05-10",
			"Peru's government expelled the Mexican ambassador. On Wednesday the government accused Mexico of meddling.",
			[]want{{typ: parley.Accuse, source: "Peru", target: "Mexico", date: "2024-05-08"}}},
		{"government_in_an_explainer", "2024-05-10",
			"In Sri Lanka, the ruling party lost its majority. President Ranil Wickremesinghe called elections. Sri Lanka's central bank raised rates. The government has said it will open talks with China on its debt.",
			[]want{{typ: parley.Consult, source: "Sri Lanka", target: "China", status: parley.Planned}}},
	})
	runNotCases(t, []notCase{
		// Two states told alike: whose government is unclear.
		{"government_between_two_states_threatens_no_one", "2024-05-10",
			"Russia and Ukraine traded blame for the strike. The government said it would retaliate.",
			want{typ: parley.Threaten}},
		// An object "the government" is left to the event stage.
		{"called_on_the_government_is_not_the_last_state", "2024-05-10",
			"Colombia's government and the rebels met in Havana. Rebel commander Antonio Garcia called on the government to comply with the deal.",
			want{typ: parley.Request, target: "Cuba"}},
	})
}

// TestCoupMakers checks soldiers named only by the coup they made: the
// council the junta of the state just named rules through.
func TestCoupMakers(t *testing.T) {
	runEventCases(t, []eventCase{
		{"officers_seized_power_and_placed_under_arrest", "2023-08-31",
			"The African Union suspended Gabon on Thursday, a day after army officers seized power and placed President Ali Bongo under house arrest.",
			[]want{{typ: parley.Coerce, source: "Committee for the Transition and Restoration of Institutions", target: "Ali Bongo Ondimba"}}},
		{"soldiers_who_seized_power_asked", "2023-08-31",
			"ECOWAS imposed sanctions on Niger on Sunday. The bloc demanded that the officers who seized power restore President Bazoum.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "National Council for the Safeguard of the Homeland"}}},
		{"soldiers_who_took_power_urged", "2023-08-31",
			"Guinea was suspended from ECOWAS. West African leaders urged the soldiers who took power to free Alpha Conde.",
			[]want{{typ: parley.Request, source: "Economic Community of West African States", target: "National Committee of Reconciliation and Development"}}},
	})
	runNotCases(t, []notCase{
		// No junta rules Israel: its soldiers stay the state's.
		{"soldiers_of_a_state_without_junta", "2023-08-31",
			"Israel raided Jenin. Israeli soldiers detained ten people.",
			want{typ: parley.Coerce, source: "National Council for the Safeguard of the Homeland"}},
		// Soldiers who seize a place make no coup.
		{"soldiers_seizing_an_airport_are_no_junta", "2023-08-31",
			"Niger's junta closed the border. Soldiers seized the airport in Niamey and detained two French nationals.",
			want{typ: parley.Coerce, source: "National Council for the Safeguard of the Homeland", target: "France"}},
	})
}

// TestOwnForces checks "its forces" and "their forces" acting: the
// forces of the body that reports them or of the state the sentence
// before was about.
func TestOwnForces(t *testing.T) {
	runEventCases(t, []eventCase{
		{"ministry_said_its_forces_struck", "2024-05-10",
			"The Turkish Defence Ministry said on Friday that its forces had struck PKK targets in northern Iraq.",
			[]want{{typ: parley.Assault, source: "Turkish Armed Forces", target: "Kurdistan Workers' Party"}}},
		{"its_forces_opening_the_next_sentence", "2024-05-10",
			"Israel pounded Hezbollah positions on Friday. Its forces also shelled villages in southern Lebanon.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Lebanon"}}},
	})
	runNotCases(t, []notCase{
		// "its" of a thing, not of an actor: no forces of the last state.
		{"its_forces_of_no_actor", "2024-05-10",
			"Russia criticised the plan. The coalition said its forces would stay neutral.",
			want{typ: parley.Mobilize, source: "Russia"}},
	})
}

// TestQuotedAsSaying checks a quotation an agency relays with "quoted X
// as saying" after it: X speaks, not the agency.
func TestQuotedAsSaying(t *testing.T) {
	runEventCases(t, []eventCase{
		{"agency_quoted_speaker_as_saying", "2024-05-10",
			"\"We will retaliate against any provocation by Seoul,\" KCNA quoted Kim Yo Jong as saying.",
			[]want{{typ: parley.Threaten, source: "Kim Yo Jong", target: "South Korea"}}},
		{"speaker_was_quoted_as_saying_by_agency", "2024-05-10",
			"\"We will retaliate against any provocation by Seoul,\" Kim Yo Jong was quoted as saying by KCNA.",
			[]want{{typ: parley.Threaten, source: "Kim Yo Jong", target: "South Korea"}}},
		{"long_agency_phrase_and_a_day", "2024-05-10",
			"\"The United States must stop its interference in Taiwan,\" the official Xinhua news agency quoted Foreign Minister Wang Yi as saying on Tuesday.",
			[]want{{typ: parley.Request, source: "Wang Yi", target: "United States"}}},
		{"agency_quoted_spokesman", "2024-05-10",
			"\"Kyiv's attack on Belgorod is an act of terrorism,\" Interfax quoted Kremlin spokesman Dmitry Peskov as saying.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "Ukraine"}}},
		{"witness_quoted_is_no_actor", "2024-05-10",
			"\"The weather was fine,\" Reuters quoted a witness as saying.", nil},
	})
}

// TestSpeakingDocuments checks a paper made the subject of an act: the
// state or body that issued it acts.
func TestSpeakingDocuments(t *testing.T) {
	runEventCases(t, []eventCase{
		{"statement_after_the_act_it_announced", "2024-05-10",
			"Mali's junta ordered the French ambassador to leave on Monday. The statement accused French officials of hostile remarks.",
			[]want{{typ: parley.Accuse, source: "Mali", target: "France"}}},
		{"joint_statement_issued_by_a_group", "2024-05-10",
			"G7 foreign ministers issued a joint statement on Wednesday. The statement condemned China's military drills around Taiwan.",
			[]want{{typ: parley.Accuse, source: "Group of Seven", target: "China"}}},
		{"resolution_adopted_by_an_assembly", "2024-05-10",
			"The UN General Assembly adopted a resolution on Wednesday. The resolution demands that Russia withdraw its troops from Ukraine.",
			[]want{{typ: parley.Request, source: "United Nations General Assembly", target: "Russia"}}},
		{"statement_issued_by_a_ministry", "2024-05-10",
			"Japan's foreign ministry issued a statement on Friday. The statement urged China to release the detained Japanese national.",
			[]want{{typ: parley.Request, source: "Ministry of Foreign Affairs of Japan", target: "China"}}},
		{"declaration_signed_by_two_states", "2024-05-10",
			"Poland and Lithuania signed a declaration on Monday. The declaration calls on Belarus to stop the flow of migrants.",
			[]want{{typ: parley.Request, source: "Poland", target: "Belarus"}, {typ: parley.Request, source: "Lithuania", target: "Belarus"}}},
		// A relative clause hung on the paper: its issuer acts.
		{"declaration_that_called_on", "2024-05-10",
			"The Arab League issued a declaration on Saturday that called on Israel to halt its offensive in Gaza.",
			[]want{{typ: parley.Request, source: "Arab League", target: "Israel", date: "2024-05-04"}}},
		{"declaration_which_urged", "2024-05-10",
			"The EU foreign ministers adopted a declaration which urged Serbia and Kosovo to de-escalate.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}}},
	})
	runNotCases(t, []notCase{
		// A resolution vetoed is not the vetoing state's.
		{"vetoed_resolution_is_not_the_vetoers", "2024-05-10",
			"Russia vetoed a resolution that condemned its annexation of four Ukrainian regions.",
			want{typ: parley.Accuse, source: "Russia"}},
		// A paper that is itself acted on acts for no one.
		{"statement_as_object_is_no_actor", "2024-05-10",
			"The statement was issued late on Monday. Russia rejected it.",
			want{typ: parley.Reject, target: "Russia"}},
	})
}

// TestListedStatesActing checks groups of states referred to after a
// list: "They" after "The leaders of A, B and C met", "the three juntas".
func TestListedStatesActing(t *testing.T) {
	runEventCases(t, []eventCase{
		{"they_after_the_leaders_of_a_list", "2024-05-10",
			"The leaders of Mali, Burkina Faso and Niger met in Niamey. They signed a treaty creating a confederation.",
			[]want{{typ: parley.Agree, source: "Mali", target: "Niger"}}},
		{"they_after_the_foreign_ministers_of_a_list", "2024-05-10",
			"The foreign ministers of Brazil, India and South Africa met in New York. They called on Israel to end the blockade of Gaza.",
			[]want{{typ: parley.Request, source: "Subrahmanyam Jaishankar", target: "Israel"}}},
		{"the_three_juntas", "2024-05-10",
			"Mali, Burkina Faso and Niger left ECOWAS in January. The three juntas accused the bloc of serving French interests.",
			[]want{{typ: parley.Accuse, source: "Burkina Faso", target: "Economic Community of West African States", date: "-"}}},
	})
	runNotCases(t, []notCase{
		// A list after "of" that is no one's leaders is no subject.
		{"they_after_a_list_of_places_talked_of", "2024-05-10",
			"Talks on the future of Iraq, Syria and Lebanon stalled. They accused Israel of aggression.",
			want{typ: parley.Accuse}},
	})
}
