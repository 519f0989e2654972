package actor

import "testing"

// TestNamesInsideLongerNames covers a known name that opens a longer
// capitalised name the knowledge base does not know: the longer name is
// another body, not the known one.
func TestNamesInsideLongerNames(t *testing.T) {
	tests := []mentionCase{
		{"an_election_commission_opening_with_union_is_no_eu", "The Union Election Commission annulled the results on Friday.", "2021-03-01", "Union Election Commission", []string{"new:organization:union-election-commission"}},
		{"nor_is_its_first_word", "The Union Election Commission annulled the results on Friday.", "2021-03-01", "The Union", nil},
		{"a_union_council_in_the_middle_of_a_sentence", "Voters complained to the Union Solidarity Council on Friday.", "2021-03-01", "Union Solidarity Council", []string{"new:organization:union-solidarity-council"}},
		{"the_union_alone_stays_the_eu", "The Union agreed on Monday to extend sanctions on Russia.", "2024-05-10", "The Union", []string{"org:eu"}},
		{"the_commission_alone_stays_itself", "The Commission proposed new tariffs on Monday.", "2024-05-10", "The Commission", []string{"org:european-commission"}},
	}
	runMentionCases(t, tests)
}

// TestGivenNamesAlone covers people news calls by their given name on
// second mention: any known person named in full first, and Ethiopians
// and Eritreans, whose second name is their father's, even unnamed.
func TestGivenNamesAlone(t *testing.T) {
	tests := []mentionCase{
		{"a_given_name_after_the_full_name", "TPLF chairman Debretsion Gebremichael spoke on Monday. Debretsion said the fighters would not give up.", "2020-11-10", "Debretsion", []string{"person:debretsion-gebremichael"}},
		{"an_ethiopian_given_name_alone", "Getachew told a news conference in Mekelle that the talks had failed.", "2022-09-10", "Getachew", []string{"person:getachew-reda"}},
		{"a_given_name_of_a_person_named_in_full", "Senator Bernie Sanders spoke on Monday. Bernie told reporters he would vote against the bill.", "2024-05-10", "Bernie", []string{"person:bernie-sanders"}},
		{"a_given_name_before_any_full_name_is_nobody", "Bernie told reporters he would vote against the bill.", "2024-05-10", "Bernie", nil},
	}
	runMentionCases(t, tests)
}
