package event_test

import (
	"testing"

	"parley"
)

// TestDatesOfOccasionJustTold checks acts told "afterwards" or "following
// the meeting": they take the day of the occasion the story told just
// before, even when other people do them.
func TestDatesOfOccasionJustTold(t *testing.T) {
	tests := []eventCase{
		{"afterwards_takes_the_sentence_before's_day", "2024-06-20",
			"Arab League envoys held an emergency meeting in Cairo on Tuesday at Jordan's request. Afterwards Ahmed Aboul Gheit said the league stood with Jordan and urged Syria to stop the shelling.",
			[]want{{typ: parley.Support, source: "Ahmed Aboul Gheit", target: "Jordan", date: "2024-06-18"},
				{typ: parley.Request, source: "Ahmed Aboul Gheit", target: "Syria", date: "2024-06-18"}}},
		{"following_the_meeting_of_the_leaders", "2024-06-20",
			"Scholz and Macron met in Berlin on Monday. Following the meeting, Foreign Ministers Stéphane Séjourné and Annalena Baerbock signed a memorandum on energy security.",
			[]want{{typ: parley.Agree, source: "Stéphane Séjourné", target: "Annalena Baerbock", date: "2024-06-17"}}},
		// The talks just told, not the call of a few days before; a date
		// told after the act, in a relative clause, is not its own.
		{"end_of_the_talks_is_the_last_meeting", "2024-06-20",
			"Scholz spoke to Macron by phone on Friday. Scholz and Macron met in Berlin on Tuesday. At the end of the talks, which lasted five hours, Foreign Ministers Stéphane Séjourné and Annalena Baerbock signed a joint declaration on energy that their predecessors first drafted in 2019.",
			[]want{{typ: parley.Agree, source: "Stéphane Séjourné", target: "Annalena Baerbock", date: "2024-06-18"}}},
		// "Years afterwards" tells no day.
		{"years_afterwards_takes_no_day", "2024-06-20",
			"Chile and Peru signed a fisheries accord on 3 March 2001. Years afterwards Ecuador accused Peru of breaking it.",
			[]want{{typ: parley.Accuse, source: "Ecuador", target: "Peru", date: "-"}}},
		{"months_afterwards_takes_no_day", "2024-06-20",
			"Chile and Peru signed a fisheries accord on 3 March 2001. In the months afterwards Ecuador accused Peru of breaking it.",
			[]want{{typ: parley.Accuse, source: "Ecuador", target: "Peru", date: "-"}}},
		// An act still to come takes no day.
		{"afterwards_in_the_future_takes_no_day", "2024-06-20",
			"Scholz and Macron met in Berlin on Monday. Afterwards, Baerbock will accuse Russia of sabotage.",
			[]want{{typ: parley.Accuse, source: "Annalena Baerbock", target: "Russia", status: parley.Planned, date: "-"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfOneInterview checks a saying of no day told after sayings of
// the same speaker: it goes on with the last one that tells its day, but
// not across an act of the speaker that is no saying.
func TestDatesOfOneInterview(t *testing.T) {
	tests := []eventCase{
		{"undated_saying_between_keeps_the_day", "2024-06-20",
			"Ruto said on Monday that Uganda had closed the border without warning. \"We will not accept this,\" Ruto told reporters in Nairobi. \"Trade must go on.\" Ruto said Kenya expected Uganda to reopen the crossing and to compensate the traders.",
			[]want{{typ: parley.Request, source: "William Ruto", target: "Uganda", date: "2024-06-17"}}},
		{"another_act_between_breaks_the_run", "2024-06-20",
			"Kenya's trade minister announced new rules on Monday. Ruto said on Monday that Uganda had closed the border. Ruto visited a factory in Eldoret. Ruto said Kenya expected Uganda to reopen the crossing.",
			[]want{{typ: parley.Request, source: "William Ruto", target: "Uganda", date: "-"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfTheOccasionAsSubject checks a sentence that opens on the
// occasion told before ("The talks were hosted by …"): its act is of the
// occasion's day, as is the act of "The summit" that stands for the body
// that met; an act in a clause after "came after" is another's.
func TestDatesOfTheOccasionAsSubject(t *testing.T) {
	tests := []eventCase{
		{"the_talks_were_hosted_by", "2024-06-20",
			"Ruto and Museveni pledged on Wednesday to reopen their border after meeting in Kigali.\n\nThe border has been shut since March, stranding hundreds of lorries.\n\nThe talks were hosted by Paul Kagame, the president of Rwanda.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Paul Kagame", date: "2024-06-19"}}},
		{"the_talks_came_after_another_meeting", "2024-06-20",
			"Ruto and Museveni met in Kigali on Wednesday.\n\nThe border has been shut since March, stranding hundreds of lorries.\n\nThe talks came after Kagame hosted Tshisekedi in Goma.",
			[]want{{typ: parley.Consult, source: "Félix Tshisekedi", target: "Paul Kagame", date: "-"}}},
		{"the_summit_asks", "2016-01-10",
			"Timeline of the Burundi crisis\n\n13 June 2015: At an extraordinary summit in Johannesburg, the African Union calls for an end to the violence in Burundi.\n\nThe summit also asks the UN Security Council to send observers to Bujumbura.",
			[]want{{typ: parley.Request, source: "African Union", target: "United Nations Security Council", date: "2015-06-13"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfAgreementsOnWhatComes checks that a vague span in what was
// agreed ("to stay in contact in the coming weeks") leaves the agreement
// free to take the day of the talks; a vague span of the act itself does
// not.
func TestDatesOfAgreementsOnWhatComes(t *testing.T) {
	tests := []eventCase{
		{"coming_weeks_in_the_complement", "2024-06-20",
			"Ruto met Museveni in Kigali on Wednesday. The two presidents agreed to remain in close contact in the coming weeks.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Yoweri Museveni", date: "2024-06-19"}}},
		{"recent_weeks_before_the_verb", "2024-06-20",
			"Ruto met Museveni in Kigali on Wednesday. In recent weeks the two presidents agreed to reopen the border.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Yoweri Museveni", date: "-"}}},
		{"perfect_takes_no_day", "2024-06-20",
			"Ruto met Museveni in Kigali on Wednesday. The two presidents have agreed to remain in close contact in the coming weeks.",
			[]want{{typ: parley.Agree, source: "William Ruto", target: "Yoweri Museveni", date: "-"}}},
	}
	runEventCases(t, tests)
}

// TestDatesOfOccasionMentioned checks an act told "before the meeting"
// when no act of the article dates the meeting: the day of the sentence
// that named it, unless that meeting is still to come.
func TestDatesOfOccasionMentioned(t *testing.T) {
	tests := []eventCase{
		{"before_the_meeting_of_today", "2024-06-20",
			"At their emergency meeting in Nairobi today, East African leaders agreed to set up a joint force.\n\nThe force will have 5,000 troops and a budget of $200 million.\n\nBefore the meeting, Ruto held talks with Tshisekedi.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Félix Tshisekedi", date: "2024-06-20"}}},
		{"before_a_meeting_to_come", "2024-06-20",
			"East African leaders will discuss a joint force at a meeting in Nairobi next Friday.\n\nThe force would have 5,000 troops.\n\nBefore the meeting, Ruto held talks with Tshisekedi.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Félix Tshisekedi", date: "-"}}},
	}
	runEventCases(t, tests)
}

// TestOccasionInAsideDatesNothing checks an occasion named only inside a
// relative aside about the subject ("Díaz-Canel, whose country is one of
// the guarantors of the talks, … received Petro"): it is no occasion of
// the act, which takes the story's day rather than the talks' opening.
func TestOccasionInAsideDatesNothing(t *testing.T) {
	runRuledOut(t, []ruledOutCase{
		{"guarantor_of_the_talks", "2023-06-10",
			"Petro and the ELN seal ceasefire in Havana\n\nBarranquilla, June 10, 2023\n\nPresident Gustavo Petro and the ELN commander, Antonio García, sealed a ceasefire on Friday in Havana.\n\nCuban President Miguel Díaz-Canel, whose country is one of the guarantors of the talks together with Norway, attended the ceremony and later received Petro at the Palace of the Revolution.\n\nThe talks had opened in Caracas on November 21.",
			want{typ: parley.Consult, source: "Gustavo Petro", target: "Miguel Díaz-Canel"},
			want{typ: parley.Consult, source: "Gustavo Petro", target: "Miguel Díaz-Canel", date: "2022-11-21"}},
	})
}
