package event_test

import (
	"testing"

	"parley"
)

// TestTalksSought checks a meeting asked for with someone: a request to
// the one to be met, not a meeting held.
func TestTalksSought(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sought_talks_with", "2015-06-10",
			"Pakistan has sought talks with India over the dispute.",
			[]want{{typ: parley.Request, source: "Pakistan", target: "India"}}},
		{"seeking_a_meeting_with_a_leader", "2015-06-10",
			"Latvian President Andris Berzins is seeking a meeting with Russian President Vladimir Putin.",
			[]want{{typ: parley.Request, source: "Andris Bērziņš", target: "Vladimir Putin"}}},
		{"called_for_talks_with", "2015-06-10",
			"Pakistan on Monday called for talks with India.",
			[]want{{typ: parley.Request, source: "Pakistan", target: "India", date: "2015-06-08"}}},
		{"asked_for_a_meeting_with", "2015-06-10",
			"Seoul asked for an urgent meeting with Japan, the foreign ministry said.",
			[]want{{typ: parley.Request, source: "South Korea", target: "Japan"}}},
		{"pressing_for_negotiations_with", "2015-06-10",
			"Greece is pressing for negotiations with Turkey on the sea border.",
			[]want{{typ: parley.Request, source: "Greece", target: "Turkey"}}},
		{"a_question_about_talks_is_no_request", "2015-06-10",
			"Kerry, asked for details of the talks with Iran, declined to comment.", nil},
	})
	runNotCases(t, []notCase{
		{"requested_talks_are_not_held", "2015-06-10",
			"Pakistan requested talks with India.",
			want{typ: parley.Consult}},
	})
}

// TestPleasedWith checks approval told as a feeling about another's act:
// "was pleased with Seoul's decision" is SUPPORT of its doer.
func TestPleasedWith(t *testing.T) {
	runEventCases(t, []eventCase{
		{"said_it_was_pleased_with", "2015-06-10",
			"Japan said on Tuesday it was pleased with South Korea's decision to resume talks.",
			[]want{{typ: parley.Support, source: "Japan", target: "South Korea"}}},
		{"satisfied_with_a_response", "2015-06-10",
			"The State Department said it was satisfied with Mexico's response.",
			[]want{{typ: parley.Support, source: "United States Department of State", target: "Mexico"}}},
		{"deeply_gratified_by", "2015-06-10",
			"Beijing is deeply gratified by Pakistan's support, a spokesman said.",
			[]want{{typ: parley.Support, source: "China", target: "Pakistan"}}},
		{"expressed_satisfaction_with", "2015-06-10",
			"Germany expressed satisfaction with Greece's reform plan on Monday.",
			[]want{{typ: parley.Support, source: "Germany", target: "Greece", date: "2015-06-08"}}},
		{"happy_with_a_proposal", "2015-06-10",
			"Merkel said she was happy with France's proposal.",
			[]want{{typ: parley.Support, source: "Angela Merkel", target: "France"}}},
		{"pleased_with_no_actor_is_none", "2015-06-10",
			"The minister was pleased with the outcome of the vote.", nil},
	})
	runNotCases(t, []notCase{
		{"not_satisfied_is_no_approval", "2015-06-10",
			"Iran is not satisfied with the report of the IAEA, Tehran said.",
			want{typ: parley.Support, status: parley.Occurred}},
	})
}

// TestWorkPledged checks a pledge of joint work, with the partner after
// "with" or two named together: AGREE, as "ready to work with" is.
func TestWorkPledged(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pledged_to_work_with", "2015-06-10",
			"Japan pledged on Monday to work with India on maritime security.",
			[]want{{typ: parley.Agree, source: "Japan", target: "India", date: "2015-06-08"}}},
		{"vowed_to_deepen_cooperation_with", "2015-06-10",
			"Kenya vowed to deepen cooperation with Somalia.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
		{"committed_to_working_together", "2015-06-10",
			"France and Germany have committed to working together to resolve the crisis.",
			[]want{{typ: parley.Agree, source: "France", target: "Germany"}}},
		{"remains_committed_to_working_with", "2015-06-10",
			"India remains committed to working with the United States.",
			[]want{{typ: parley.Agree, source: "India", target: "United States"}}},
		{"open_to_working_with", "2015-06-10",
			"Kenya said it is open to working with Somalia on border security.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Somalia"}}},
		{"signalled_a_willingness_to_work_with", "2015-06-10",
			"Iran signalled a willingness to work with the United States on Iraq.",
			[]want{{typ: parley.Agree, source: "Iran", target: "United States"}}},
	})
	runNotCases(t, []notCase{
		{"open_to_working_is_no_concession", "2015-06-10",
			"Kenya said it is open to working with Somalia on border security.",
			want{typ: parley.Concede}},
		{"readiness_to_cooperate_is_not_cooperation", "2015-06-10",
			"Tehran on Friday expressed its readiness to cooperate with the IAEA.",
			want{typ: parley.Cooperate}},
		{"pledged_to_work_on_trade_then_with_is_no_partner", "2015-06-10",
			"Japan pledged to work on trade issues, and with India it signed a pact.",
			want{typ: parley.Agree, source: "Japan", target: "India"}},
	})
}

// TestPossessedPartner checks an object named after its relation to
// another: "Russia's ally Belarus" is Belarus, not Russia.
func TestPossessedPartner(t *testing.T) {
	runEventCases(t, []eventCase{
		{"accused_an_ally_named_after_its_patron", "2015-06-10",
			"Lithuania accused Russia's ally Belarus of pushing migrants across the border.",
			[]want{{typ: parley.Accuse, source: "Lithuania", target: "Belarus"}}},
		{"urged_a_neighbour", "2015-06-10",
			"Seoul urged Japan's neighbour China to release the fishermen.",
			[]want{{typ: parley.Request, source: "South Korea", target: "China"}}},
		{"sanctions_on_a_close_ally", "2015-06-10",
			"The United States imposed sanctions on Russia's close ally Belarus.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Belarus"}}},
		{"talks_with_an_arch_rival", "2015-06-10",
			"Saudi Arabia held talks with Iran's arch-rival Israel.",
			[]want{{typ: parley.Consult, source: "Saudi Arabia", target: "Israel"}}},
		{"a_partner_and_another", "2015-06-10",
			"The EU criticised China's partner Russia and Iran.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Russia"}, {typ: parley.Accuse, source: "European Union", target: "Iran"}}},
	})
	runNotCases(t, []notCase{
		{"the_patron_is_not_the_target", "2015-06-10",
			"Lithuania accused Russia's ally Belarus of pushing migrants across the border.",
			want{typ: parley.Accuse, target: "Russia"}},
	})
}

// TestStateDescribed checks a state named after a description of it:
// "the Pacific island nation of Tonga" is Tonga, as subject or object.
func TestStateDescribed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"island_nation_as_subject", "2015-06-10",
			"The Caribbean island nation of Barbados has asked Venezuela for oil.",
			[]want{{typ: parley.Request, source: "Barbados", target: "Venezuela"}}},
		{"kingdom_as_subject_with_a_day", "2015-06-10",
			"The kingdom of Bhutan on Monday accused Nepal of harbouring rebels.",
			[]want{{typ: parley.Accuse, source: "Bhutan", target: "Nepal", date: "2015-06-08"}}},
		{"kingdom_as_direct_object", "2015-06-10",
			"India praised the tiny Himalayan kingdom of Bhutan for its help.",
			[]want{{typ: parley.Support, source: "India", target: "Bhutan"}}},
		{"nation_as_direct_object_of_a_request", "2015-06-10",
			"Australia urged the Pacific nation of Fiji to hold elections.",
			[]want{{typ: parley.Request, source: "Australia", target: "Fiji"}}},
		{"republic_after_a_preposition", "2015-06-10",
			"Russia signed a deal with the Central Asian republic of Kazakhstan.",
			[]want{{typ: parley.Agree, source: "Russia", target: "Kazakhstan"}}},
		{"a_nation_s_handling_is_no_state", "2015-06-10",
			"France criticised the nation's handling of the crisis.", nil},
	})
}

// TestNotHesitating checks "not hesitate to", which states readiness:
// force promised is a threat, another act a plan, a past one done.
func TestNotHesitating(t *testing.T) {
	runEventCases(t, []eventCase{
		{"would_not_hesitate_to_strike", "2015-06-10",
			"Pakistan said it would not hesitate to strike India.",
			[]want{{typ: parley.Threaten, source: "Pakistan", target: "India", status: parley.Occurred}}},
		{"will_not_hesitate_to_impose_sanctions", "2015-06-10",
			"Iran will not hesitate to impose sanctions on Britain.",
			[]want{{typ: parley.Threaten, source: "Iran", target: "United Kingdom", status: parley.Occurred}}},
		{"would_not_hesitate_to_talk_is_a_plan", "2015-06-10",
			"Pakistan would not hesitate to talk to India, Khan said.",
			[]want{{typ: parley.Consult, source: "Pakistan", target: "India", status: parley.Planned}}},
		{"did_not_hesitate_to_criticise_is_done", "2015-06-10",
			"Britain did not hesitate to criticise China over Hong Kong.",
			[]want{{typ: parley.Accuse, source: "United Kingdom", target: "China", status: parley.Occurred}}},
	})
	runNotCases(t, []notCase{
		{"not_hesitating_is_no_negation", "2015-06-10",
			"Pakistan said it would not hesitate to strike India.",
			want{typ: parley.Assault}},
	})
}

// TestSnubbed checks refusals told by "snub", "brush aside", "shrug off".
func TestSnubbed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"snubbed_an_offer", "2015-06-10",
			"Pyongyang snubbed Seoul's offer of aid.",
			[]want{{typ: parley.Reject, source: "North Korea", target: "South Korea"}}},
		{"brushed_aside_a_demand", "2015-06-10",
			"Tehran brushed aside Washington's demand.",
			[]want{{typ: parley.Reject, source: "Iran", target: "United States"}}},
		{"brushed_off_calls", "2015-06-10",
			"Moscow brushed off Kyiv's calls for a ceasefire.",
			[]want{{typ: parley.Reject, source: "Russia", target: "Ukraine"}}},
		{"shrugged_off_a_proposal", "2015-06-10",
			"Ankara shrugged off Athens's proposal.",
			[]want{{typ: parley.Reject, source: "Turkey", target: "Greece"}}},
		{"the_snub_noun_is_no_verb", "2015-06-10",
			"The snub by Washington angered Paris.", nil},
		{"a_brush_with_is_no_refusal", "2015-06-10",
			"Kenya had a brush with Somalia over the border.", nil},
	})
}

// TestRebukeIdioms checks rebukes told by idiom: "took X to task",
// "pointed the finger at X", "questioned X's commitment", "rapped X".
func TestRebukeIdioms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"took_to_task", "2015-06-10",
			"Seoul took Tokyo to task over the textbook.",
			[]want{{typ: parley.Accuse, source: "South Korea", target: "Japan"}}},
		{"pointed_the_finger_at", "2015-06-10",
			"Washington pointed the finger at Russia.",
			[]want{{typ: parley.Accuse, source: "United States", target: "Russia"}}},
		{"questioned_a_commitment", "2015-06-10",
			"The EU questioned Hungary's commitment to the rule of law.",
			[]want{{typ: parley.Accuse, source: "European Union", target: "Hungary"}}},
		{"questioned_a_leader_s_handling", "2015-06-10",
			"Sharif questioned Modi's handling of the crisis.",
			[]want{{typ: parley.Accuse, source: "Nawaz Sharif", target: "Narendra Modi"}}},
		{"rapped_over_a_dispute", "2015-06-10",
			"Kenya rapped Uganda over the border dispute.",
			[]want{{typ: parley.Accuse, source: "Kenya", target: "Uganda"}}},
		{"police_questioning_is_no_rebuke", "2015-06-10",
			"Police questioned two Chinese nationals on Monday.", nil},
		{"took_by_surprise_is_no_rebuke", "2015-06-10",
			"Rwanda took Congo by surprise.", nil},
		{"pointed_to_a_partner", "2015-06-10",
			"Kagame pointed to Uganda as a partner.", nil},
	})
}

// TestYielded checks giving way to another's pressure or demands: a
// concession to the one who pressed.
func TestYielded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"bowed_to_pressure_from", "2015-06-10",
			"Hungary bowed to pressure from the European Union.",
			[]want{{typ: parley.Concede, source: "Hungary", target: "European Union"}}},
		{"caved_in_to_demands", "2015-06-10",
			"Greece caved in to Germany's demands.",
			[]want{{typ: parley.Concede, source: "Greece", target: "Germany"}}},
		{"yielded_to_demands", "2015-06-10",
			"Serbia yielded to Kosovo's demands.",
			[]want{{typ: parley.Concede, source: "Serbia", target: "Kosovo"}}},
		{"acceded_to_a_request", "2015-06-10",
			"Kenya acceded to Somalia's request.",
			[]want{{typ: parley.Concede, source: "Kenya", target: "Somalia"}}},
		{"gave_in_to_the_demands_of", "2015-06-10",
			"Zimbabwe gave in to the demands of the IMF.",
			[]want{{typ: parley.Concede, source: "Zimbabwe", target: "International Monetary Fund"}}},
		{"relented_under_pressure", "2015-06-10",
			"Iran relented under pressure from the IAEA.",
			[]want{{typ: parley.Concede, source: "Iran", target: "International Atomic Energy Agency"}}},
		{"made_concessions_to", "2015-06-10",
			"Ukraine made concessions to Russia.",
			[]want{{typ: parley.Concede, source: "Ukraine", target: "Russia"}}},
		{"offered_concessions_to", "2015-06-10",
			"Russia offered concessions to Ukraine.",
			[]want{{typ: parley.Concede, source: "Russia", target: "Ukraine"}}},
		{"made_no_concessions", "2015-06-10",
			"Ukraine has made no concessions to Russia.", nil},
		{"talks_yielded_results", "2015-06-10",
			"The talks yielded results for Kenya and Somalia.", nil},
	})
	runNotCases(t, []notCase{
		{"bowing_after_the_act_is_the_act", "2015-06-10",
			"France will withdraw its troops from Mali, bowing to pressure from the junta.",
			want{typ: parley.Concede}},
		{"offered_concessions_are_no_accord", "2015-06-10",
			"Russia offered concessions to Ukraine.",
			want{typ: parley.Agree}},
	})
}

// TestSupportIdioms checks support told by idiom: "threw its weight
// behind", "sided with", "spoke out in support of", "lent its support to".
func TestSupportIdioms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"threw_its_weight_behind", "2015-06-10",
			"Germany threw its weight behind Ukraine's bid.",
			[]want{{typ: parley.Support, source: "Germany", target: "Ukraine"}}},
		{"sided_with", "2015-06-10",
			"Egypt sided with Saudi Arabia in the dispute.",
			[]want{{typ: parley.Support, source: "Egypt", target: "Saudi Arabia"}}},
		{"sides_with_in_the_present", "2015-06-10",
			"Russia sides with China on Taiwan.",
			[]want{{typ: parley.Support, source: "Russia", target: "China"}}},
		{"spoke_out_in_support_of", "2015-06-10",
			"Britain spoke out in support of Kenya.",
			[]want{{typ: parley.Support, source: "United Kingdom", target: "Kenya"}}},
		{"came_out_in_favour_of", "2015-06-10",
			"Brazil came out in favour of Argentina's claim.",
			[]want{{typ: parley.Support, source: "Brazil", target: "Argentina"}}},
		{"lent_its_support_to", "2015-06-10",
			"The EU lent its support to Moldova's reforms.",
			[]want{{typ: parley.Support, source: "European Union", target: "Moldova"}}},
		{"extended_its_support_to", "2015-06-10",
			"Kenya extended its support to Somalia's government.",
			[]want{{typ: parley.Support, source: "Kenya", target: "Somalia"}}},
		{"extended_congratulations_to", "2015-06-10",
			"Nana Akufo-Addo extended his congratulations to Muhammadu Buhari.",
			[]want{{typ: parley.Support, source: "Nana Akufo-Addo", target: "Muhammadu Buhari"}}},
		{"conveyed_greetings_to", "2015-06-10",
			"Narendra Modi conveyed his greetings and best wishes to Sheikh Hasina.",
			[]want{{typ: parley.Support, source: "Narendra Modi", target: "Sheikh Hasina"}}},
		{"both_sides_with_allies_is_no_verb", "2015-06-10",
			"Both sides with their allies gathered in Geneva.", nil},
	})
	runNotCases(t, []notCase{
		{"lent_support_is_no_aid", "2015-06-10",
			"The EU lent its support to Moldova's reforms.",
			want{typ: parley.Aid}},
	})
}

// TestRequestIdioms checks requests told by "pleaded with", "lobbied X
// to", "pushed X to", "petitioned", "turned to X for help", "asked for
// X's help" and a call or demand "for X to" act.
func TestRequestIdioms(t *testing.T) {
	runEventCases(t, []eventCase{
		{"pleaded_with", "2015-06-10",
			"Kenya pleaded with Uganda to reopen the border.",
			[]want{{typ: parley.Request, source: "Kenya", target: "Uganda"}}},
		{"lobbied_to_act", "2015-06-10",
			"Ukraine lobbied Germany to send tanks.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Germany"}}},
		{"pushed_to_act", "2015-06-10",
			"Kyiv pushed Berlin to deliver weapons.",
			[]want{{typ: parley.Request, source: "Ukraine", target: "Germany"}}},
		{"petitioned_a_body", "2015-06-10",
			"Peru petitioned the United Nations over the dispute.",
			[]want{{typ: parley.Request, source: "Peru", target: "United Nations"}}},
		{"turned_to_for_help", "2015-06-10",
			"Haiti turned to Brazil for help.",
			[]want{{typ: parley.Request, source: "Haiti", target: "Brazil"}}},
		{"asked_for_someone_s_help", "2015-06-10",
			"Tonga asked for Australia's help.",
			[]want{{typ: parley.Request, source: "Tonga", target: "Australia"}}},
		{"renewed_its_call_for_x_to_act", "2015-06-10",
			"Georgia renewed its call for Russia to withdraw.",
			[]want{{typ: parley.Request, source: "Georgia", target: "Russia"}}},
		{"repeated_its_demand_for_x_to_act", "2015-06-10",
			"Georgia repeated its demand for Russia to withdraw.",
			[]want{{typ: parley.Request, source: "Georgia", target: "Russia"}}},
		{"pushed_forces_back_is_no_request", "2015-06-10",
			"Ukraine pushed Russian forces back to the Dnipro.", nil},
		{"demand_for_gas_is_no_request", "2015-06-10",
			"Europe's demand for Russian gas fell.", nil},
		{"pleaded_guilty_is_no_request", "2015-06-10",
			"The minister pleaded guilty.", nil},
	})
}

// TestQuarrelEnded checks a dispute settled by both sides: AGREE between
// them ("settled their dispute", "patched up their differences").
func TestQuarrelEnded(t *testing.T) {
	runEventCases(t, []eventCase{
		{"settled_their_dispute", "2015-06-10",
			"Japan and South Korea settled their dispute.",
			[]want{{typ: parley.Agree, source: "Japan", target: "South Korea"}}},
		{"resolved_its_row_with", "2015-06-10",
			"Morocco resolved its row with Spain.",
			[]want{{typ: parley.Agree, source: "Morocco", target: "Spain"}}},
		{"patched_up_differences", "2015-06-10",
			"Morocco and Spain patched up their differences.",
			[]want{{typ: parley.Agree, source: "Morocco", target: "Spain"}}},
		{"buried_the_hatchet", "2015-06-10",
			"Kenya and Tanzania buried the hatchet.",
			[]want{{typ: parley.Agree, source: "Kenya", target: "Tanzania"}}},
		{"tried_to_resolve_is_no_settlement", "2015-06-10",
			"Russia tried to resolve its dispute with Ukraine.", nil},
	})
}

// TestHostileProspect checks a penalty raised as a prospect: "raised the
// possibility of suspending talks with Kosovo" is a threat.
func TestHostileProspect(t *testing.T) {
	runEventCases(t, []eventCase{
		{"possibility_of_suspending_talks", "2015-06-10",
			"Serbia raised the possibility of suspending talks with Kosovo.",
			[]want{{typ: parley.Threaten, source: "Serbia", target: "Kosovo"}}},
		{"prospect_of_sanctions", "2015-06-10",
			"The EU raised the prospect of sanctions against Belarus.",
			[]want{{typ: parley.Threaten, source: "European Union", target: "Belarus"}}},
		{"possibility_of_military_action", "2015-06-10",
			"Turkey raised the possibility of military action against Syria.",
			[]want{{typ: parley.Threaten, source: "Turkey", target: "Syria"}}},
		{"possibility_of_a_summit_is_no_threat", "2015-06-10",
			"Japan raised the possibility of a summit with China.", nil},
	})
}

// TestHostileIntentDisowned checks "no intention" before a hostile or
// rival act the speaker disowns ("no intention of replacing anyone"): a
// reassurance, no refusal; while no intention of accepting what another
// asked still refuses it.
func TestHostileIntentDisowned(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"no_intention_of_replacing_anyone", "2024-02-08",
			"Rabuka met China's ambassador Zhou Jian in Suva on Wednesday. Zhou said China respected Fiji's sovereignty and had no intention of replacing anyone.",
			want{},
			want{typ: parley.Reject}},
		{"no_intention_to_attack", "2024-02-08",
			"Lithuania's president met the Belarusian envoy on Monday. The envoy said Minsk had no intention to attack Lithuania.",
			want{},
			want{typ: parley.Reject}},
	})
	runEventCases(t, []eventCase{
		{"no_intention_of_accepting_demands", "2024-02-08",
			"China demanded that Japan release the captain. Japan said it had no intention of accepting China's demands.",
			[]want{{typ: parley.Reject, source: "Japan", target: "China"}}},
	})
}

// TestClaimsPutDownToACampaign checks a claim the speaker puts down to a
// campaign against the speaker's nation ("said the Lithuanian claims were
// part of an anti-Russian campaign"): a charge against the claimant; a
// campaign against something else is none.
func TestClaimsPutDownToACampaign(t *testing.T) {
	runEventCases(t, []eventCase{
		{"claims_part_of_an_anti_russian_campaign", "2024-05-07",
			"Kremlin spokesman Dmitry Peskov said the Lithuanian claims were part of an anti-Russian campaign.",
			[]want{{typ: parley.Accuse, source: "Dmitry Peskov", target: "Lithuania"}}},
		{"an_anti_corruption_campaign", "2024-05-07",
			"Peskov said Lithuania's new law was part of an anti-corruption campaign.",
			nil},
	})
}
