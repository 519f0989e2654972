package event_test

import (
	"testing"

	"parley"
)

// TestBuildUpAtTheBorder checks that forces moved to "the border" or
// "the frontier" face the state across the border the article named
// before, and no one when that border is not told or is two others'.
func TestBuildUpAtTheBorder(t *testing.T) {
	runEventCases(t, []eventCase{
		{"troops_to_the_border_named_before", "2024-05-10",
			"Tension is rising on Kosovo's border with Serbia. Serbia deployed additional troops to the border on Monday.",
			[]want{{typ: parley.Mobilize, source: "Serbia", target: "Kosovo"}}},
		{"soldiers_to_the_frontier", "2024-05-10",
			"Guyana's border with Venezuela runs through dense jungle. Guyana moved soldiers to the frontier on Tuesday.",
			[]want{{typ: parley.Mobilize, source: "Guyana", target: "Venezuela"}}},
		{"border_of_migrants", "2024-05-10",
			"Thousands of migrants are camped near the border with Belarus. Poland sent 10,000 soldiers to the frontier.",
			[]want{{typ: parley.Mobilize, source: "Poland", target: "Belarus"}}},
		{"border_named_by_the_other_side", "2024-05-10",
			"Fighting broke out along Tajikistan's border with Kyrgyzstan on Wednesday. Kyrgyzstan deployed extra troops to the border, officials said.",
			[]want{{typ: parley.Mobilize, source: "Kyrgyzstan", target: "Tajikistan"}}},
	})
	runNotCases(t, []notCase{
		// No border told before: no one faced.
		{"no_border_told", "2024-05-10",
			"Kosovo's prime minister visited Berlin. Serbia deployed additional troops to the border on Monday.",
			want{typ: parley.Mobilize, source: "Serbia"}},
		// A border between two others: a third side's troops face neither.
		{"border_of_two_others", "2024-05-10",
			"Fighting broke out on the border between Armenia and Azerbaijan. Russia sent more troops to the border.",
			want{typ: parley.Mobilize, source: "Russia"}},
	})
}

// TestReleaseOfThemDemanded checks that a demand for "his release" or
// "their release" is aimed at whoever the article told detaining them.
func TestReleaseOfThemDemanded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_for_his_release", "2024-05-10",
			"Soldiers detained President Keita on Tuesday. Guterres called for his immediate and unconditional release.",
			[]want{{typ: parley.Request, source: "António Guterres", target: "Malian Armed Forces"}}},
		{"demanded_their_release", "2024-05-10",
			"Iran seized two British tankers last week. London demanded their release on Sunday.",
			[]want{{typ: parley.Request, source: "United Kingdom", target: "Iran"}}},
		{"urged_his_swift_release", "2024-05-10",
			"Venezuelan police arrested the opposition leader on Monday. The EU urged his swift release.",
			[]want{{typ: parley.Request, source: "European Union", target: "Bolivarian National Police"}}},
	})
	runNotCases(t, []notCase{
		// Nobody told detaining anyone: no captor to ask.
		{"release_with_no_detention", "2024-05-10",
			"Russia and Ukraine held talks in Istanbul. The EU urged his swift release.",
			want{typ: parley.Request, source: "European Union"}},
	})
}

// TestFeltAboutADeed checks that being "concerned by", "alarmed at" or
// "troubled by" an act is a reproach of whoever did it, and that concern
// for a state of things is none.
func TestFeltAboutADeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"alarmed_by_the_attack", "2024-05-10",
			"Russian troops shelled Kharkiv on Monday. Germany said it was alarmed by the attack.", // (a state answers the state whose forces struck abroad)
			[]want{{typ: parley.Accuse, source: "Germany", target: "Russia"}}},
		{"concerned_about_a_treatment", "2024-05-10",
			"The UN said it was deeply concerned about China's treatment of the Uyghurs.",
			[]want{{typ: parley.Accuse, source: "United Nations", target: "China"}}},
		{"troubled_by_a_law", "2024-05-10",
			"Germany is troubled by Hungary's new media law, its foreign minister said.",
			[]want{{typ: parley.Accuse, source: "Germany", target: "Hungary"}}},
	})
	runNotCases(t, []notCase{
		{"concerned_about_the_economy", "2024-05-10",
			"Police detained the opposition leader. The EU said it was concerned about the economy.",
			want{typ: parley.Accuse, source: "European Union"}},
		{"concerned_for_own_citizens", "2024-05-10",
			"Japan said it was concerned about the safety of its citizens in Sudan.",
			want{typ: parley.Accuse, source: "Japan"}},
	})
}

// TestBuildUpReactedTo checks that drills, exercises and a deployment
// reacted to are aimed at whoever held them, and that a reaction to the
// drills of a state's forces is aimed at the state.
func TestBuildUpReactedTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"halt_to_the_drills", "2024-05-10",
			"China launched large-scale drills around Taiwan. Tokyo demanded an immediate halt to the drills.",
			[]want{{typ: parley.Request, source: "Japan", target: "China"}}},
		{"end_to_the_build_up", "2024-05-10",
			"Russia massed troops near Ukraine's border. NATO called for an end to the build-up.",
			[]want{{typ: parley.Request, source: "North Atlantic Treaty Organization", target: "Russia"}}},
		{"the_forces_drills_are_the_states", "2024-05-10",
			"The People's Liberation Army began drills around Taiwan on Saturday, after China warned Taipei. Japan demanded an immediate halt to the drills.",
			[]want{{typ: parley.Request, source: "Japan", target: "China"}}},
	})
}

// TestRevengeVowed checks that a vow of revenge naming no one is aimed
// at whoever struck the vower's side just before.
func TestRevengeVowed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"revenge_for_a_death", "2024-05-10",
			"A US drone strike killed General Soleimani in Baghdad. Khamenei vowed harsh revenge for his death.",
			[]want{{typ: parley.Threaten, source: "Ali Khamenei", target: "United States"}}},
	})
}

// TestChargeDeniedInADispute checks that a denial of a charge no
// accusation told is answered to whoever acted against the denier just
// before, and to no one when the denier did the act.
func TestChargeDeniedInADispute(t *testing.T) {
	runEventCases(t, []eventCase{
		{"denies_any_role_after_strikes", "2024-05-10",
			"India struck what it called terrorist camps in Pakistan on Wednesday. Pakistan denies any role in the attack on tourists.",
			[]want{{typ: parley.Reject, source: "Pakistan", target: "India"}}},
		{"allegations_told_not_coded", "2024-05-10",
			"Canada expelled an Indian diplomat on Monday. Trudeau told parliament there were credible allegations linking Indian agents to the killing. India rejected the accusation.",
			[]want{{typ: parley.Reject, source: "India", target: "Canada"}}},
		{"denied_violating_airspace", "2024-05-10",
			"Turkey shot down a Russian jet near the Syrian border. Moscow denied violating Turkish airspace.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Turkey"}}},
	})
	runNotCases(t, []notCase{
		// Not a party to the fighting told: no one to answer.
		{"a_bystander_denies", "2024-05-10",
			"Hamas fighters attacked towns in southern Israel. Iran denied any involvement in the assault.",
			want{typ: parley.Reject, source: "Iran"}},
		// The denier's own act: no charge of the other's told.
		{"denier_did_the_act", "2024-05-10",
			"Border guards of Tajikistan shelled Kyrgyz villages on Friday. Dushanbe denied firing first.",
			want{typ: parley.Reject, source: "Tajikistan"}},
		// Talks are no dispute.
		{"denial_after_talks", "2024-05-10",
			"Ukraine and Russia held talks. Moscow denied any role in the explosion.",
			want{typ: parley.Reject, source: "Russia"}},
	})
}

// TestSupportForTheCountry checks that support or aid "for the country"
// or sent "into the country" goes to the state the sentence before named
// as itself, not to one that only modified a noun there.
func TestSupportForTheCountry(t *testing.T) {
	runEventCases(t, []eventCase{
		{"support_for_the_country", "2024-05-10",
			"Floods devastated Pakistan last month. China pledged support for the country.",
			[]want{{typ: parley.Support, source: "China", target: "Pakistan"}}},
		{"rescue_teams_into_the_country", "2024-05-10",
			"A powerful earthquake struck Turkey on Monday. Greece sent rescue teams into the country.",
			[]want{{typ: parley.Aid, source: "Greece", target: "Turkey"}}},
		{"a_possessive_state_passed_over", "2024-05-10",
			"Ukraine is fighting Russia's invasion. Japan reaffirmed its support for the country.",
			[]want{{typ: parley.Support, source: "Japan", target: "Ukraine"}}},
	})
	runNotCases(t, []notCase{
		// "the country's democrats": not the country itself.
		{"the_countrys_people", "2024-05-10",
			"Venezuela's opposition leader fled to Spain. The US reaffirmed its support for the country's democrats.",
			want{typ: parley.Support, source: "United States", target: "Spain"}},
	})
}

// TestTheAuthoritiesAtHome checks that "the authorities" or "the
// government" asked or reproached with no state named are those of the
// state whose police, forces or protesters the sentence before told.
func TestTheAuthoritiesAtHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called_on_the_authorities", "2024-05-10",
			"Police in Georgia detained hundreds of protesters in Tbilisi. The EU called on the authorities to release them.",
			[]want{{typ: parley.Request, source: "European Union", target: "Georgia"}}},
		{"urged_the_government", "2024-05-10",
			"Security forces fired on protesters in Nairobi on Tuesday. The US urged the government to show restraint.",
			[]want{{typ: parley.Request, source: "United States", target: "Kenya"}}},
		{"after_a_rally", "2024-05-10",
			"Thousands rallied in Belgrade against the government on Saturday. The EU urged the authorities to respect the right to protest.",
			[]want{{typ: parley.Request, source: "European Union", target: "Serbia"}}},
	})
	runNotCases(t, []notCase{
		// After an act between states, "the government" may be anyone's.
		{"after_a_strike_abroad", "2024-05-10",
			"Russia struck Kyiv overnight. Poland urged the government to accept more refugees.",
			want{typ: parley.Request, source: "Poland"}},
		// One's own authorities are not reproached by this rule.
		{"own_authorities", "2024-05-10",
			"Police detained hundreds of protesters in Tbilisi. Georgia's president criticised the authorities.",
			want{typ: parley.Accuse, target: "Georgia"}},
	})
}

// TestRefusedOutright checks that a refusal with no object ("Kyiv
// refused.", "Budapest declined, saying …") answers the demand just made
// of the refuser, and no one when none was.
func TestRefusedOutright(t *testing.T) {
	runEventCases(t, []eventCase{
		{"refused_alone", "2024-05-10",
			"Russia demanded that Ukraine withdraw from the four regions. Kyiv refused.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Russia"}}},
		{"declined_saying", "2024-05-10",
			"The EU urged Hungary to drop the law. Budapest declined, saying the law protected children.",
			[]want{{typ: parley.Reject, source: "Hungary", target: "European Union"}}},
		{"declined_alone", "2024-05-10",
			"Britain asked Iran to free the crew. Tehran declined.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United Kingdom"}}},
		{"refused_within_hours", "2018-06-11",
			"Italy asked Malta on Sunday to take in the rescue ship. Valletta refused within hours.",
			[]want{{typ: parley.Reject, source: "Malta", target: "Italy"}}},
	})
	runNotCases(t, []notCase{
		// The demand two sentences back: too far to be what is refused.
		{"demand_two_sentences_back", "2024-05-10",
			"The opposition called on Maduro to publish the results. Russia congratulated him. Maduro refused.",
			want{typ: parley.Reject, source: "Nicolás Maduro"}},
		// Declining to answer reporters is no refusal of a demand.
		{"declined_a_question", "2024-05-10",
			"Reporters asked the minister about the talks. He declined, citing confidentiality.",
			want{typ: parley.Reject}},
	})
}

// TestObjectionDropped checks that dropping an objection, a veto or a
// complaint yields to whom the dropper's side stood against before, and
// to no one when its side told no such stand.
func TestObjectionDropped(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dropped_his_objection", "2024-05-10",
			"Turkey had blocked Sweden's bid to join NATO for months. On Monday Erdogan dropped his objection.",
			[]want{{typ: parley.Concede, source: "Recep Tayyip Erdoğan", target: "Sweden"}}},
		{"lifted_its_veto", "2024-05-10",
			"Hungary vetoed the EU's aid package for Ukraine in December. Budapest lifted its veto in February.",
			[]want{{typ: parley.Concede, source: "Hungary", target: "European Union"}}},
		{"withdrew_the_complaint", "2024-05-10",
			"Ukraine filed a complaint against Poland at the WTO over the grain ban. Kyiv later withdrew the complaint.",
			[]want{{typ: parley.Concede, source: "Ukraine", target: "Poland"}}},
	})
	runNotCases(t, []notCase{
		// Another side's stand: not Poland's to drop.
		{"another_sides_objection", "2024-05-10",
			"Hungary rejected the migration pact in June. Poland dropped its objections to the budget.",
			want{typ: parley.Concede, source: "Poland"}},
	})
}

// TestMoreDeedsReactedTo checks that an extradition, a recognition or a
// reopening reacted to is the act told before by its verb, aimed at
// whoever did it.
func TestMoreDeedsReactedTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcomed_the_extradition", "2024-05-10",
			"South Africa extradited Manuel Chang to the United States on Wednesday. Mozambique welcomed the extradition.",
			[]want{{typ: parley.Support, source: "Mozambique", target: "South Africa"}}},
		{"condemned_the_recognition", "2024-05-10",
			"Honduras recognised China in March. Taiwan condemned the recognition.",
			[]want{{typ: parley.Accuse, source: "Taiwan", target: "Honduras"}}},
		{"welcomed_the_reopening", "2024-05-10",
			"Israel reopened the Kerem Shalom crossing on Sunday. The UN welcomed the reopening.",
			[]want{{typ: parley.Support, source: "United Nations", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		// Praise of a foe's retreat is no reproach.
		{"withdrawal_called_a_victory", "2024-05-10",
			"Russia withdrew its troops from Kherson on Friday. Kyiv called the withdrawal a victory.",
			want{typ: parley.Accuse, source: "Ukraine"}},
	})
}

// TestAnyDeedWarnedOf checks that a warning against "any intervention"
// or "any attack" naming no one answers whoever threatened that deed
// just before, and that a bystander to no such threat warns no one.
func TestAnyDeedWarnedOf(t *testing.T) {
	runEventCases(t, []eventCase{
		{"any_intervention", "2024-05-10",
			"ECOWAS threatened military intervention in Niger on Sunday. Mali warned that any intervention would be a declaration of war.",
			[]want{{typ: parley.Threaten, source: "Mali", target: "Economic Community of West African States"}}},
		{"any_attack_by_the_threatener", "2024-05-10",
			"Israel threatened to strike Iran's nuclear sites. Tehran warned that any attack would be met with force.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		// The deed threatened is another: no answer to it.
		{"a_different_deed", "2024-05-10",
			"ECOWAS threatened sanctions on Niger on Sunday. Mali warned that any intervention would be a declaration of war.",
			want{typ: parley.Threaten, source: "Mali", target: "Economic Community of West African States"}},
	})
}

// TestEndToTheFighting checks that a call for a ceasefire or for "an end
// to the fighting" naming no one is made of both sides of the fighting
// told, leaving out the caller's own.
func TestEndToTheFighting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"end_to_the_hostilities", "2024-05-10",
			"Israel and Hezbollah exchanged fire across the border. France urged an end to the hostilities.",
			[]want{{typ: parley.Request, source: "France", target: "Israel"}, {typ: parley.Request, source: "France", target: "Hezbollah"}}},
		{"immediate_end_to_the_fighting", "2024-05-10",
			"Armenia and Azerbaijan traded fire on the border overnight. Russia called for an immediate end to the fighting.",
			[]want{{typ: parley.Request, source: "Russia", target: "Armenia"}, {typ: parley.Request, source: "Russia", target: "Azerbaijan"}}},
		{"called_for_a_ceasefire", "2024-05-10",
			"India and Pakistan exchanged artillery fire on Tuesday. The UN called for a ceasefire.",
			[]want{{typ: parley.Request, source: "United Nations", target: "India"}, {typ: parley.Request, source: "United Nations", target: "Pakistan"}}},
		{"own_side_left_out", "2024-05-10",
			"Russia shelled Kharkiv again. Kyiv called for an end to the violence against civilians.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Russia"}}},
	})
	runNotCases(t, []notCase{
		{"caller_not_asking_itself", "2024-05-10",
			"Russia shelled Kharkiv again. Kyiv called for an end to the violence against civilians.",
			want{typ: parley.Request, source: "Ukraine", target: "Ukraine"}},
	})
}

// TestHelpedFendOffAnAttack checks that helping shoot down or intercept
// an attack told just before is aid to whoever was attacked.
func TestHelpedFendOffAnAttack(t *testing.T) {
	runEventCases(t, []eventCase{
		{"helped_shoot_down", "2024-05-10",
			"Iran launched more than 300 drones and missiles at Israel on Saturday. US and British jets helped shoot down dozens of the drones.",
			[]want{{typ: parley.Aid, source: "United States", target: "Israel"}, {typ: parley.Aid, source: "United Kingdom", target: "Israel"}}},
		{"helped_intercept", "2024-05-10",
			"Houthi rebels fired missiles at Saudi Arabia. American warships helped intercept the missiles.",
			[]want{{typ: parley.Aid, source: "United States", target: "Saudi Arabia"}}},
		{"helped_the_named_one", "2024-05-10",
			"Jordan helped Israel shoot down Iranian drones.",
			[]want{{typ: parley.Aid, source: "Jordan", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		// The attacked side's own defences: no aid to itself.
		{"own_defences", "2024-05-10",
			"Russia fired missiles at Kyiv overnight. Ukrainian air defences helped shoot down most of them.",
			want{typ: parley.Aid}},
		// Help of another kind is not this rule's.
		{"help_to_repair", "2024-05-10",
			"Russia fired missiles at Kyiv overnight. The EU helped repair the power grid.",
			want{typ: parley.Aid, source: "European Union", target: "Russia"}},
	})
}

// TestWarrantReactedTo checks that a warrant or an indictment reacted to
// is the court's told before.
func TestWarrantReactedTo(t *testing.T) {
	runEventCases(t, []eventCase{
		{"rejected_the_warrant", "2024-05-10",
			"The ICC issued an arrest warrant for Netanyahu. Israel rejected the warrant as absurd.",
			[]want{{typ: parley.Reject, source: "Israel", target: "International Criminal Court"}}},
		{"called_the_warrant_void", "2024-05-10",
			"The ICC issued an arrest warrant for Putin in March. Moscow called the warrant legally void.",
			[]want{{typ: parley.Accuse, source: "Russia", target: "International Criminal Court"}}},
	})
}

// TestFoeOfTheStory checks that a build-up or a vow naming no foe, with
// no hostile act in the sentences just before, faces the other side of
// the conflict the article has told most of, when the actor is one of
// its two sides; a third state faces no one.
func TestFoeOfTheStory(t *testing.T) {
	runEventCases(t, []eventCase{
		{"alert_far_from_the_strikes", "2024-05-10",
			"Russian jets bombed Kharkiv on Monday. Russian missiles hit Odesa on Tuesday. Ukraine's president visited Washington. He met Biden. They discussed aid. Ukraine has put its army on high alert.",
			[]want{{typ: parley.Mobilize, source: "Ukraine", target: "Russia"}}},
		{"revenge_far_from_the_raids", "2024-05-10",
			"Israeli jets struck Gaza on Monday. Israeli troops raided Jenin on Tuesday. Hamas leaders met in Doha. They discussed a truce. Qatar hosted the talks. Hamas vowed revenge.",
			[]want{{typ: parley.Threaten, source: "Hamas", target: "Israel"}}},
	})
	runNotCases(t, []notCase{
		{"a_third_state_on_alert", "2024-05-10",
			"Russian jets bombed Kharkiv on Monday. Russian missiles hit Odesa on Tuesday. Ukraine's president visited Washington. He met Biden. They discussed aid. Poland put its army on high alert.",
			want{typ: parley.Mobilize, source: "Poland"}},
	})
}

// TestEnvoySummonedAfterADeed checks that summoning "the ambassador"
// with no state named summons the envoy of whoever just acted against
// the summoner's side, and no one's after talks.
func TestEnvoySummonedAfterADeed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_a_seizure", "2024-05-10",
			"Iran seized a Greek tanker in the Gulf. Athens summoned the ambassador on Friday.",
			[]want{{typ: parley.Accuse, source: "Greece", target: "Iran"}}},
		{"after_sanctions", "2024-05-10",
			"China sanctioned three Lithuanian officials. Vilnius summoned the charge d'affaires in protest.",
			[]want{{typ: parley.Accuse, source: "Lithuania", target: "China"}}},
	})
	runNotCases(t, []notCase{
		{"after_talks", "2024-05-10",
			"Japan and Korea held talks. Seoul summoned the ambassador.",
			want{typ: parley.Accuse, source: "South Korea"}},
	})
}

// TestCallsOnAllParties checks a call on "all parties" after a meeting:
// made to everyone, not to the one met; while "called on them" after a
// meeting of two is still to those met.
func TestCallsOnAllParties(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"all_parties_are_not_the_guest", "2024-05-21",
			"President Mohamed bin Zayed today received Iranian Foreign Minister Hossein Amir-Abdollahian in Abu Dhabi. The President stressed the importance of dialogue and called on all parties to exercise restraint.",
			want{typ: parley.Consult, source: "Hossein Amir-Abdollahian", target: "Mohamed bin Zayed Al Nahyan"},
			want{typ: parley.Request}},
	})
	runEventCases(t, []eventCase{
		{"them_after_a_meeting", "2020-07-10",
			"Emmanuel Macron met Aleksandar Vučić in Paris on Friday. He called on them to refrain from any unilateral step.",
			[]want{{typ: parley.Request, source: "Emmanuel Macron", target: "Aleksandar Vučić"}}},
	})
}
