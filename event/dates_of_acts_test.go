package event_test

import (
	"testing"

	"parley"
)

// TestPartnersOfTheLead checks that acts of partnership by others, told
// on after a dated lead, take the lead's day, while others' hostile
// answers stay undated.
func TestPartnersOfTheLead(t *testing.T) {
	runEventCases(t, []eventCase{
		{"welcome_of_a_suspension", "2024-05-10",
			"The African Union suspended Mali from all its activities on Tuesday after the army seized power for the second time in nine months. Senegal's president welcomed the decision.",
			[]want{{typ: parley.Support, source: "Bassirou Diomaye Faye", target: "African Union", date: "2024-05-07"}}},
		{"call_after_a_ceasefire", "2024-05-10",
			"Egypt brokered a ceasefire between Israel and Hamas on Friday after eleven days of fighting. Jordan's King Abdullah spoke with President Sisi by phone.",
			[]want{{typ: parley.Consult, source: "Abdullah II of Jordan", target: "Abdel Fattah el-Sisi", date: "2024-05-10"}}},
		{"solidarity_with_an_expulsion", "2024-05-10",
			"Germany expelled two Russian diplomats on Monday over the murder of a Georgian exile in Berlin. France expressed its solidarity with Berlin. Moscow accused Germany of an unfriendly act.",
			[]want{{typ: parley.Support, source: "France", target: "Germany", date: "2024-05-06"},
				{typ: parley.Accuse, source: "Russia", target: "Germany", date: "-"}}},
		{"support_pledged_for_a_border_closure", "2024-05-10",
			"Finland closed its border crossings with Russia on Thursday after a surge of asylum seekers arrived from the east. Estonia pledged support for Helsinki.",
			[]want{{typ: parley.Support, source: "Estonia", target: "Finland", date: "2024-05-09"}}},
		{"neighbour_welcomes_a_pact", "2024-05-10",
			"Vietnam and the Philippines signed a maritime cooperation pact in Hanoi on Monday. Indonesia welcomed the agreement. China condemned the accord as a provocation.",
			[]want{{typ: parley.Support, source: "Indonesia", target: "Vietnam", date: "2024-05-06"},
				{typ: parley.Accuse, source: "China", target: "Vietnam", date: "-"}}},
		// Others' hostile answers are reactions on a day not told.
		{"target_denounces_sanctions_undated", "2024-05-10",
			"The European Union imposed sanctions on six Iranian officials on Monday over the supply of drones to Russia. Tehran denounced the sanctions.",
			[]want{{typ: parley.Accuse, source: "Iran", target: "European Union", date: "-"}}},
	})
}

// TestPresentStancesStayUndated checks that a stance told in the simple
// present ("Kigali denies backing the rebels", "Belgrade refuses to
// recognise …") takes no day from the dated occasion told before it,
// while the dated acts keep theirs.
func TestPresentStancesStayUndated(t *testing.T) {
	runEventCases(t, []eventCase{
		{"denial_after_talks", "2024-05-10",
			// (the denial answers the one who charges, not the M23 the
			// charge is about)
			"Rwanda and Congo held talks in Luanda on Saturday on the fighting in North Kivu. Kigali denies backing the M23 rebels, as Kinshasa charges.",
			[]want{{typ: parley.Consult, source: "Rwanda", target: "Democratic Republic of the Congo", date: "2024-05-04"},
				{typ: parley.Reject, source: "Rwanda", target: "Democratic Republic of the Congo", date: "-"}}},
		{"denial_after_an_accusation", "2024-05-10",
			"India accused Pakistan on Tuesday of sheltering the gunmen behind the attack in Kashmir. Pakistan denies any role in the attack.",
			[]want{{typ: parley.Accuse, source: "India", target: "Pakistan", date: "2024-05-07"},
				{typ: parley.Reject, source: "Pakistan", target: "India", date: "-"}}},
		{"claim_denied_in_the_present", "2024-05-10",
			"Colombia accused Venezuela on Monday of sheltering rebel commanders. Caracas denies the claim.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "Colombia", date: "-"}}},
		{"counter_accusation_in_the_present", "2024-05-10",
			"Somalia accused Kenya on Friday of meddling in its regional elections. Nairobi accuses Mogadishu of stoking tensions.",
			[]want{{typ: parley.Accuse, source: "Somalia", target: "Kenya", date: "2024-05-10"},
				{typ: parley.Accuse, source: "Kenya", target: "Somalia", date: "-"}}},
		{"refuses_to_recognise_after_a_meeting", "2024-05-10",
			"Serbia and Kosovo met in Brussels on Thursday for talks brokered by the EU. Belgrade refuses to recognise Kosovo's independence.",
			[]want{{typ: parley.Reject, source: "Serbia", target: "Kosovo", date: "-"}}},
	})
}

// TestMeetingAfterTheDayOfTheAct checks that a meeting told after the
// day of the main act ("told reporters on Friday after a breakfast
// meeting with …") is of that day, whether "meeting" reads as a noun
// with a modifier or as a gerund.
func TestMeetingAfterTheDayOfTheAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after_a_breakfast_meeting", "2024-05-10",
			"Kishida told reporters in Tokyo on Friday after a breakfast meeting with Pelosi that the drills were a serious problem.",
			[]want{{typ: parley.Consult, source: "Fumio Kishida", target: "Nancy Pelosi", date: "2024-05-10"}}},
		{"after_a_working_meeting", "2024-05-10",
			"Albanese spoke to reporters on Thursday after a working meeting with Modi.",
			[]want{{typ: parley.Consult, source: "Anthony Albanese", target: "Narendra Modi", date: "2024-05-09"}}},
		{"after_a_lunch_meeting", "2024-05-10",
			"Ruto announced the deal on Monday after a lunch meeting with Scholz in Nairobi.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Olaf Scholz", date: "2024-05-06"}}},
		{"after_an_emergency_meeting", "2024-05-10",
			"Tinubu addressed reporters on Thursday after an emergency meeting with Ouattara in Abuja.",
			[]want{{typ: parley.Consult, source: "Bola Tinubu", target: "Alassane Ouattara", date: "2024-05-09"}}},
		{"after_a_private_meeting", "2024-05-10",
			"Sunak said on Monday after a private meeting with Biden that the alliance was strong.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Joe Biden", date: "2024-05-06"}}},
		{"after_meeting_as_a_gerund", "2024-05-10",
			"Macron flew home on Sunday after meeting Zelensky in Kyiv.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Volodymyr Zelensky", date: "2024-05-05"}}},
		// Months of meetings are no meeting of a day.
		{"months_of_meetings_are_none", "2024-05-10",
			"Blinken said in March, after months of meeting Chinese officials, that ties were stabilising.", nil},
	})
}

// TestMeetingAfterTheActKeepsItsOwnDay checks that talks told after the
// main act's day keep a day of their own when the phrase gives one.
func TestMeetingAfterTheActKeepsItsOwnDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"gerund_with_its_own_day", "2024-05-10",
			"Lula said on Friday after meeting Xi on Wednesday that Brazil would stay neutral.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Xi Jinping", date: "2024-05-08"}}},
		{"talks_with_their_own_day", "2024-05-10",
			"Kagame flew home on Sunday after talks with Tshisekedi in Luanda on Saturday.",
			[]want{{typ: parley.Consult, source: "Paul Kagame", target: "Félix Tshisekedi", date: "2024-05-04"}}},
		{"meeting_set_off_by_commas", "2024-05-10",
			"Lula said on Friday, after his meeting with Xi on Wednesday, that Brazil would stay neutral.",
			[]want{{typ: parley.Consult, source: "Luiz Inácio Lula da Silva", target: "Xi Jinping", date: "2024-05-08"}}},
		{"call_the_previous_evening", "2024-05-10",
			"Scholz announced on Monday after a call with Biden the previous evening that Germany would send tanks.",
			[]want{{typ: parley.Consult, source: "Olaf Scholz", target: "Joe Biden", date: "2024-05-05"}}},
		{"gerund_in_a_city_with_its_own_day", "2024-05-10",
			"Erdogan returned to Ankara on Thursday after meeting Putin in Sochi on Wednesday.",
			[]want{{typ: parley.Consult, source: "Recep Tayyip Erdoğan", target: "Vladimir Putin", date: "2024-05-08"}}},
	})
}

// TestAlsoAfterARecalledMeeting checks that an act told as "also" done
// takes the day of the source's own act the story goes on with, not of a
// meeting it recalls as the last one nor of another official of the same
// state, and that a second act joined by "and held talks" shares it.
func TestAlsoAfterARecalledMeeting(t *testing.T) {
	text := "Prime Minister Narendra Modi met his Australian counterpart Anthony Albanese on the sidelines of the G20 summit in Rio de Janeiro on Monday.\n\n" +
		"The two prime ministers last met in Sydney in May 2023.\n\n" +
		"Earlier this month, External Affairs Minister S. Jaishankar visited Canberra, where he was received by Foreign Minister Penny Wong.\n\n" +
		"Modi also met Indonesian President Prabowo Subianto and held brief talks with French President Emmanuel Macron."
	tests := []eventCase{
		{"also_met_after_a_recalled_meeting", "2024-11-19", text,
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Prabowo Subianto", date: "2024-11-18"},
				{typ: parley.Consult, source: "Narendra Modi", target: "Emmanuel Macron", date: "2024-11-18"}}},
	}
	runEventCases(t, tests)
}

// TestRelativeYearDatesItsClause checks that a year told against the
// paper's own ("Last year, Marcos visited Tokyo") dates its clause by
// that year, so the act does not take the day of the story's lead.
func TestRelativeYearDatesItsClause(t *testing.T) {
	tests := []eventCase{
		{"last_year_after_a_dated_lead", "2024-07-08",
			"Japan and the Philippines signed a reciprocal access agreement on Monday. " +
				"Last year, Marcos visited Tokyo and held talks with then Prime Minister Fumio Kishida.",
			[]want{{typ: parley.Consult, source: "Ferdinand Marcos Jr.", target: "Fumio Kishida", date: "2023"}}},
		{"earlier_this_year", "2024-07-08",
			"Earlier this year, Japan imposed sanctions on North Korea.",
			[]want{{typ: parley.Sanction, source: "Japan", target: "North Korea", date: "2024"}}},
	}
	runEventCases(t, tests)
}

// TestActsAfterThePaperAreToCome checks that an act told in the present
// or the past tense whose day comes after the paper's is still to come.
func TestActsAfterThePaperAreToCome(t *testing.T) {
	tests := []eventCase{
		{"a_meeting_a_day_before_a_planned_visit", "2025-02-26",
			"British Prime Minister Keir Starmer will host Ukrainian President Volodymyr Zelensky in London on Sunday, a day after Zelensky meets Donald Trump at the White House.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Keir Starmer", date: "2025-03-02", status: parley.Planned},
				{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Donald Trump", date: "2025-03-01", status: parley.Planned}}},
	}
	runEventCases(t, tests)
}

// TestFrontedTimeWithoutComma checks a date that opens its sentence
// without a comma after it: a year before "the two countries" is the act's
// year, not a noun's ("the 1989 crackdown"), and no later pass gives the
// act the story's day; a day so fronted dates the act too.
func TestFrontedTimeWithoutComma(t *testing.T) {
	lead := "ADDIS ABABA, March 14, 2025 (Wire) - Ethiopia accused Eritrea on Thursday of preparing an invasion.\n\n"
	for _, tt := range []struct{ name, text, want string }{
		{"year_before_the_two_countries", "In 2018 the two countries signed a peace agreement.", "2018"},
		{"relative_year_before_the_two_countries", "Last year the two countries signed a peace agreement.", "2024"},
		{"day_before_the_two_countries", "On Monday the two countries signed a peace agreement.", "2025-03-10"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, lead+tt.text, "2025-03-14")
			found := false
			for _, e := range a.Events {
				if e.Type != parley.Agree {
					continue
				}
				found = true
				if got := e.Date.String(); got != tt.want {
					t.Errorf("date %q, want %q", got, tt.want)
				}
			}
			if !found {
				t.Errorf("no AGREE in %s", describe(a.Events))
			}
		})
	}
}

// TestNextClauseNamedByKind checks a date that opens a clause after
// ", but" whose subject the text names by its kind ("the judges"): the
// date is that clause's, not the act's before it.
func TestNextClauseNamedByKind(t *testing.T) {
	runEventCases(t, []eventCase{
		{"but_in_a_month_the_judges_ruled", "2023-12-08",
			"Venezuela rejected the ICJ's jurisdiction, but in April 2023 the judges ruled that they could hear the case.",
			[]want{{typ: parley.Reject, source: "Venezuela", target: "International Court of Justice", date: "-"}}},
	})
}

// TestColonialNames checks a state named by its colonial name.
func TestColonialNames(t *testing.T) {
	runEventCases(t, []eventCase{
		{"british_guiana_in_a_list", "2023-12-08",
			"In 1966, months before independence, Britain, Venezuela and British Guiana signed the Geneva Agreement.",
			[]want{{typ: parley.Agree, source: "United Kingdom", target: "Guyana"}, {typ: parley.Agree, source: "Venezuela", target: "Guyana"}}},
	})
}

// TestBackgroundParagraphAfterTheOccasion checks acts told in a paragraph
// that moved to another time after the week's meeting of the same pair:
// they are not dated by the meeting. A penalty tightened is a sanction,
// and a complaint to a forum is about the one whose act was just told.
func TestBackgroundParagraphAfterTheOccasion(t *testing.T) {
	text := "Japanese Prime Minister Fumio Kishida hosted South Korean President Yoon Suk Yeol in Tokyo on Thursday.\n\n" +
		"Relations collapsed in 2018, when a court ruling angered Tokyo. In July 2019, Tokyo tightened controls on exports of three chemicals to South Korea. " +
		"Seoul responded by filing a complaint with the World Trade Organization."
	runEventCases(t, []eventCase{
		{"background_acts", "2023-03-17", text,
			[]want{{typ: parley.Sanction, source: "Japan", target: "South Korea", date: "2019-07"},
				{typ: parley.Accuse, source: "South Korea", target: "Japan", date: "-"}}},
	})
}

// TestThanksForWorkSince checks that a day after "since" in what someone
// is thanked for dates the work thanked for, not the thanks.
func TestThanksForWorkSince(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"thanked_for_facilitation_since", "2019-08-22",
			"President Museveni thanked President Lourenço for his facilitation since the first summit in Luanda on 12 July.",
			want{typ: parley.Support, source: "Yoweri Museveni", target: "João Lourenço"},
			want{typ: parley.Support, date: "2019-07-12"}},
	})
}

// TestDatesOfActsAskedFor checks that a time to come in the infinitive of
// what was asked dates the act asked for, not the asking, which stays
// told in the past; a past day there is the asking's own.
func TestDatesOfActsAskedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"elections_asked_for_next_month", "2023-06-29",
			"The British representative called on the Malian authorities to hold elections in February as promised.",
			[]want{{typ: parley.Request, source: "United Kingdom", target: "Mali", date: "-", status: parley.Occurred}}},
		{"a_fronted_day_is_the_askings", "2023-06-29",
			"On Monday, the British representative called on the Malian authorities to hold elections in February as promised.",
			[]want{{typ: parley.Request, source: "United Kingdom", target: "Mali", date: "2023-06-26", status: parley.Occurred}}},
		{"a_past_day_at_the_end_is_the_askings", "2009-04-09",
			"Chisinau ordered Romania's ambassador to leave the country on Wednesday.",
			[]want{{typ: parley.Sanction, source: "Moldova", target: "Romania", date: "2009-04-08"}}},
	})
}

// TestRelativeYearsBeforeAPhrase checks that a year told relative to the
// paper's dates the act even when a phrase follows it, unlike a bare year
// before a noun ("the 1989 crackdown").
func TestRelativeYearsBeforeAPhrase(t *testing.T) {
	runEventCases(t, []eventCase{
		{"last_year_before_the_reason", "2024-08-21",
			"Boric criticised Milei last year for his remarks about Venezuela.",
			[]want{{typ: parley.Accuse, source: "Gabriel Boric", target: "Javier Milei", date: "2023"}}},
		{"a_bare_year_before_its_noun_dates_nothing", "2024-08-21",
			"Boric criticised Milei over the 2019 crackdown in Santiago.",
			[]want{{typ: parley.Accuse, source: "Gabriel Boric", target: "Javier Milei", date: "-"}}},
	})
}

// TestMeetingsOnADatedVisit checks that a meeting with a visitor whose
// visit is told with its day, in the same sentence, is of that day and
// place; and that a ranked "since" dates the last time, not this one.
func TestMeetingsOnADatedVisit(t *testing.T) {
	runEventCases(t, []eventCase{
		{"met_the_guest_who_arrived_on_monday", "2024-04-23",
			"Zelensky met with Polish President Andrzej Duda, who arrived in Kyiv on a working visit on Monday.",
			[]want{{typ: parley.Consult, source: "Volodymyr Zelensky", target: "Andrzej Duda", date: "2024-04-22", medium: parley.InPerson, place: "Kyiv"}}},
		{"a_visit_since_a_year_lends_no_day", "2025-06-18",
			"Modi held a bilateral meeting with Carney, on his first visit to Canada since 2015.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Mark Carney", date: "-"}}},
		{"the_first_meeting_since_a_month", "2024-11-17",
			"It was the first meeting between Xi and Biden since November 2023.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Joe Biden", date: "-"}}},
	})
}

// TestNextClauseWithAModal checks that a clause after ", and" whose
// subject acts with a modal keeps its time and its plan to itself.
func TestNextClauseWithAModal(t *testing.T) {
	runEventCases(t, []eventCase{
		{"blocked_and_leaders_will_try_again", "2023-12-15",
			"But Orbán blocked a 50-billion-euro aid package for Kyiv, and EU leaders will try again in January.",
			[]want{{typ: parley.Reject, source: "Viktor Orbán", target: "Ukraine", status: parley.Occurred, date: "-"}}},
		{"summoned_and_the_ministry_will_protest_again", "2024-06-20",
			"Lithuania summoned Russia's chargé d'affaires on Monday, and the foreign ministry will protest again next week.",
			[]want{{typ: parley.Accuse, source: "Lithuania", target: "Russia", status: parley.Occurred, date: "2024-06-17"}}},
	})
}
