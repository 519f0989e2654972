package event_test

import (
	"testing"

	"parley"
)

// TestHbugs11 checks reported bugs of acts and their targets: each case
// names the events the text must yield (nil: none).
func TestHbugs11(t *testing.T) {
	tests := []eventCase{
		// A person freed or pardoned by name is a release (RETREAT).
		{"pardoned_a_person_by_name", "2024-05-10",
			"Kazakhstan pardoned Bolat Nurgaliev on Tuesday.",
			[]want{{typ: parley.Retreat, source: "Kazakhstan", target: "Bolat Nurgaliev", date: "2024-05-07"}}},
		{"released_a_person_by_name", "2024-05-10",
			"Vietnam has released Pham Doan Trang, the foreign ministry said.",
			[]want{{typ: parley.Retreat, source: "Vietnam", target: "Pham Doan Trang"}}},
		{"freed_a_person_after_a_descriptor", "2024-05-10",
			"Egypt freed activist Alaa Saleh on Monday.",
			[]want{{typ: parley.Retreat, source: "Egypt", target: "Alaa Saleh", date: "2024-05-06"}}},
		{"freed_a_foreigner_is_his_state", "2024-05-10",
			"Tehran released French researcher Fariba Adelkhah.",
			[]want{{typ: parley.Retreat, source: "Iran", target: "France"}}},
		{"released_a_persons_report_is_no_release", "2024-05-10",
			"The Romanian ministry released Ana Pop's report on Monday.", nil},
		{"released_a_statement_on_a_person_is_no_release", "2024-05-10",
			"Romania released a statement on Ana Pop on Monday.", nil},
		// The state a person is extradited to, named by its capital.
		{"extradited_to_a_capital", "2024-05-10",
			"Warsaw extradited John Smith to Berlin on Monday.",
			[]want{{typ: parley.Cooperate, source: "Poland", target: "Germany", date: "2024-05-06"}}},
		{"will_extradite_to_a_capital", "2024-05-10",
			"Madrid will extradite the businessman to Caracas.",
			[]want{{typ: parley.Cooperate, source: "Spain", target: "Venezuela", status: parley.Planned}}},
		{"handed_over_to_a_capital", "2024-05-10",
			"Prague handed John Smith over to Washington on Friday.",
			[]want{{typ: parley.Cooperate, source: "Czech Republic", target: "United States", date: "2024-05-10"}}},
		{"handed_a_suspect_over_to_a_capital", "2024-05-10",
			"Hungary handed the suspect over to Belgrade.",
			[]want{{typ: parley.Cooperate, source: "Hungary", target: "Serbia"}}},
		{"extradited_to_a_city_of_ones_own_is_no_partner", "2024-05-10",
			"Madrid extradited the banker to Valencia.", nil},
		// A complaint "against" or "over" a deed whose doer follows "by".
		{"protested_against_a_detention_by", "2024-05-10",
			"Poland protested against the detention of its customs officers by Russian guards.",
			[]want{{typ: parley.Accuse, source: "Poland", target: "Russia"}}},
		{"protested_on_a_day_against_an_arrest_by", "2024-05-10",
			"Latvia protested on Monday against the arrest of two of its citizens by Russian police.",
			[]want{{typ: parley.Accuse, source: "Latvia", target: "Police of Russia", date: "2024-05-06"}}},
		{"protested_against_a_seizure_by", "2024-05-10",
			"Seoul protested against the seizure of its tanker by the Iranian navy.",
			[]want{{typ: parley.Accuse, source: "South Korea", target: "Navy of Iran"}}},
		{"outrage_over_a_detention_by", "2024-05-10",
			"Canada expressed outrage over the detention of its citizens by Iranian police.",
			[]want{{typ: parley.Accuse, source: "Canada", target: "Police of Iran"}}},
		{"outrage_over_a_failure_revealed_by_is_not_the_revealers", "2024-05-10",
			"Romania protested against the security lapses revealed by the Hungarian police.", nil},
		// Agreeing to go on with what both do for others is no accord
		// between them; a go-between is not its fellow's party.
		{"agreed_to_keep_mediating", "2024-05-10",
			"Japan and Qatar have agreed to keep mediating.", nil},
		{"agreed_to_continue_facilitating", "2024-05-10",
			"Turkey and the UN agreed on Tuesday to continue facilitating grain shipments from Odesa.", nil},
		{"agreed_to_continue_their_mediation_efforts", "2024-05-10",
			"Brazil and Mexico agreed to continue their mediation efforts in Venezuela.", nil},
		{"mediators_between_the_two_sides_are_not_each_others", "2024-05-10",
			"Egypt and Qatar are mediating between the two sides.", nil},
		{"agreed_to_continue_cooperating_stays", "2024-05-10",
			"Kenya and Uganda agreed to continue cooperating on security.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Uganda"}}},
		{"agreed_to_continue_the_ceasefire_stays", "2024-05-10",
			"Israel and Hamas agreed to continue the ceasefire.",
			[]want{{typ: parley.Agree, source: "Israel", target: "Hamas"}}},
		// Force on "the positions of" a side hits that side; ground taken
		// "from" a side is taken from it.
		{"struck_the_positions_of", "2024-05-10",
			"Israeli jets struck the positions of Hezbollah fighters.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah"}}},
		{"shelled_the_posts_of", "2024-05-10",
			"Indian troops shelled the posts of Pakistani soldiers.",
			[]want{{typ: parley.Assault, source: "Indian Army", target: "Pakistan Army"}}},
		{"attacked_a_convoy_of", "2024-05-10",
			"Malian troops attacked a convoy of the UN mission.",
			[]want{{typ: parley.Assault, source: "Malian Armed Forces", target: "United Nations"}}},
		{"captured_a_town_from", "2024-05-10",
			"Azerbaijani forces captured the town from Armenian separatists.",
			[]want{{typ: parley.Coerce, source: "Armed Forces of Azerbaijan", target: "Armenian separatists"}}},
		{"seized_a_town_from", "2024-05-10",
			"M23 rebels seized the town from the Congolese army.",
			[]want{{typ: parley.Coerce, source: "M23", target: "Armed Forces of the Democratic Republic of the Congo"}}},
		{"retook_a_village_from", "2024-05-10",
			"Ukrainian troops retook the village from Russian forces on Sunday.",
			[]want{{typ: parley.Coerce, source: "Armed Forces of Ukraine", target: "Armed Forces of the Russian Federation", date: "2024-05-05"}}},
		// A leader's "his forces" after his saying are his state's forces.
		{"leader_said_his_forces", "2024-05-10",
			"Erdogan said his forces had struck Kurdish militants in northern Iraq.",
			[]want{{typ: parley.Assault, source: "Turkish Armed Forces", target: "Kurdish militants"}}},
		{"leader_said_that_his_army", "2024-05-10",
			"Erdogan said on Tuesday that his army had hit PKK targets in Syria.",
			[]want{{typ: parley.Assault, source: "Turkish Armed Forces", target: "Kurdistan Workers' Party", date: "2024-05-07"}}},
		{"leader_said_his_forces_would_not", "2024-05-10",
			"Paul Kagame said his forces would not attack Congo.",
			[]want{{typ: parley.Assault, source: "Rwanda Defence Force", target: "Democratic Republic of the Congo", status: parley.Negated}}},
		// A bare "his counterpart" when the other side was named only as a
		// person is that person.
		{"counterpart_named_only_as_a_person", "2024-05-10",
			"Macron called Scholz on Monday. He urged his counterpart to send more air defence to Ukraine.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Olaf Scholz", date: "2024-05-06"}}},
		{"counterpart_thanked_after_a_call", "2024-05-10",
			"Sanchez spoke with Meloni by phone. He thanked his counterpart for her support.",
			[]want{{typ: parley.Support, source: "Pedro Sánchez", target: "Giorgia Meloni"}}},
		{"counterpart_after_a_titled_name", "2024-05-10",
			"Macron called German Chancellor Olaf Scholz on Monday. He urged his counterpart to act.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Olaf Scholz"}}},
		// "to punish" after a deed told in the past is its motive, no threat.
		{"deed_done_to_punish_us_is_no_threat", "2024-05-10",
			"\"Moscow cut off our gas supplies to punish us,\" Moldovan President Maia Sandu said.", nil},
		{"curbs_imposed_to_punish_is_no_threat", "2024-05-10",
			"\"They imposed these restrictions on Lithuania to punish us for Taiwan,\" Landsbergis said.", nil},
		{"blocked_exports_to_punish_is_no_threat", "2024-05-10",
			"\"Beijing blocked our exports to punish Vilnius,\" the minister said.", nil},
		{"vowed_to_punish_stays_a_threat", "2024-05-10",
			"Netanyahu vowed to punish Hamas.",
			[]want{{typ: parley.Threaten, source: "Benjamin Netanyahu", target: "Hamas"}}},
		{"would_cut_to_punish_stays_a_threat", "2024-05-10",
			"Putin said Russia would cut gas supplies to punish Moldova.",
			[]want{{typ: parley.Threaten, source: "Vladimir Putin", target: "Moldova"}}},
		// A speaker's "our troops" in his quotation are his side's.
		{"quoted_our_troops_have_struck", "2024-05-10",
			"\"Our troops have struck Russian positions near Kharkiv,\" Zelensky said.",
			[]want{{typ: parley.Assault, source: "Ukraine", target: "Russia"}}},
		{"quoted_our_forces_struck", "2024-05-10",
			"\"Our forces struck Hezbollah positions overnight,\" Netanyahu said on Monday.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Hezbollah", date: "2024-05-06"}}},
		{"lodged_a_protest_over_an_arrest_by", "2024-05-10",
			"Finland lodged a protest over the arrest of a Finnish journalist by Russian police.",
			[]want{{typ: parley.Accuse, source: "Finland", target: "Police of Russia"}}},
		{"objected_to_a_seizure_by", "2024-05-10",
			"Vietnam objected to the seizure of its fishing boats by the Chinese coast guard.",
			[]want{{typ: parley.Accuse, source: "Vietnam", target: "China Coast Guard"}}},
	}
	runEventCases(t, tests)

	runNotCases(t, []notCase{
		{"quoted_our_army_will_respond_is_the_speakers_threat_alone", "2024-05-10",
			"\"Our army will respond to any attack by Armenia,\" Aliyev said.",
			want{typ: parley.Threaten, source: "Azerbaijan", target: "Armenia"}},
		{"agreed_to_keep_supporting_is_no_accord_between_them", "2024-05-10",
			"France and Germany agreed to keep supporting Ukraine.",
			want{typ: parley.Agree, source: "France", target: "Germany"}},
	})
}
