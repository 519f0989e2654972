package actor

import "testing"

// TestTitleKeptFromAReferenceBack covers a capitalised bare title the
// text first uses to refer back to someone it named ("“…,” the Prime
// Minister said"): later uses keep that holder, even after another
// state whose head of government the title could name comes up.
func TestTitleKeptFromAReferenceBack(t *testing.T) {
	tests := []mentionCase{
		{"a_prime_minister_after_another_state_acts",
			"Prime Minister Muhyiddin Yassin announced on Monday that the nine Malaysians could leave. “Their safety came first,” the Prime Minister said. " + eightLines +
				"On 7 March North Korea barred all Malaysians from leaving. The Prime Minister condemned the ban the same day.",
			"2021-06-28", "The Prime Minister", []string{"person:muhyiddin-yassin"}},
		{"a_president_after_the_neighbour_is_named",
			"President Andrés Manuel López Obrador spoke in Mexico City on Friday. “We will not abandon our people,” the President said. " + eightLines +
				"Guatemala closed its border crossings on Saturday. The President called the closure a mistake.",
			"2021-06-28", "The President", []string{"person:andres-manuel-lopez-obrador"}},
		{"a_chancellor_after_austria_is_named",
			"Chancellor Angela Merkel spoke in Berlin on Monday. “Europe must stay open,” the Chancellor said. " + eightLines +
				"Austria then tightened its border checks. The Chancellor criticised the checks on Tuesday.",
			"2021-06-28", "The Chancellor", []string{"person:angela-merkel"}},
	}
	runMentionCases(t, tests)
}

// eightLines is background that names no one, long enough that a title
// no longer refers back by nearness alone.
const eightLines = "The flights were delayed. The weather was poor. Prices rose. The airport reopened. " +
	"Schools stayed shut. The rains eased. Markets recovered. Trains ran late. "

// TestMalayFormalNames covers the formal names Malaysian releases give
// their leaders, the father's name and his honorific included.
func TestMalayFormalNames(t *testing.T) {
	tests := []mentionCase{
		{"a_formal_name_with_the_father_s_name",
			"Prime Minister Mohd Najib Tun Abdul Razak announced the decision on Thursday.",
			"2017-03-30", "Prime Minister Mohd Najib Tun Abdul Razak", []string{"person:najib-razak"}},
		{"a_formal_name_registered_as_such",
			"Prime Minister Mahiaddin Md Yasin chaired the meeting on Monday.",
			"2021-06-28", "Prime Minister Mahiaddin Md Yasin", []string{"person:muhyiddin-yassin"}},
	}
	runMentionCases(t, tests)
}

// TestLeaderOfABodyByTitle covers "the president of" a body with more
// than one leading office: the holder of the office so titled.
func TestLeaderOfABodyByTitle(t *testing.T) {
	tests := []mentionCase{
		{"the_court_s_president_not_its_prosecutor", "“We regret the delay,” the president of the International Criminal Court said on Monday.", "2012-07-02", "the president of the International Criminal Court", []string{"person:sang-hyun-song"}},
		{"the_court_s_president_later", "The president of the International Criminal Court spoke in The Hague on Friday.", "2019-07-05", "The president of the International Criminal Court", []string{"person:chile-eboe-osuji"}},
	}
	runMentionCases(t, tests)
}

// TestBareTitleFollowsTheTextOverTheRecord covers "the chancellor", "the
// crown prince" and the like referring back to someone the text titled
// so, in any clause, not only before a verb of saying: the text's own
// title wins where the knowledge base, on that day, gives the person
// another office (a leader days before taking office, an heir recorded
// as a minister) or another holder would fit the level. A bare title
// that nobody fits resolves to no one rather than to a holder of a
// different office.
func TestBareTitleFollowsTheTextOverTheRecord(t *testing.T) {
	tests := []mentionCase{
		{"a_chancellor_titled_days_before_taking_office",
			"Lebanon's Prime Minister Najib Mikati spoke by phone with the French president. German Chancellor Olaf Scholz travelled to Beijing on Friday. The chancellor met Chinese President Xi Jinping for three hours.",
			"2021-12-05", "The chancellor", []string{"person:olaf-scholz"}},
		{"an_heir_the_record_lists_as_a_minister",
			"French President Emmanuel Macron arrived in Jeddah on Saturday. Saudi Crown Prince Mohammed bin Salman welcomed him at the airport. Macron held talks with the crown prince in Jeddah on Saturday.",
			"2021-12-05", "the crown prince", []string{"person:mohammed-bin-salman"}},
		{"an_heir_named_without_the_title",
			"French President Emmanuel Macron arrived in Jeddah on Saturday. He was welcomed by Mohammed bin Salman at the airport. Macron held talks with the crown prince in Jeddah on Saturday.",
			"2021-12-05", "the crown prince", []string{"person:mohammed-bin-salman"}},
		{"a_defence_minister_in_an_object",
			"Defence Minister Rajnath Singh arrived in Moscow on Tuesday. Russian officials received the defence minister at the airport.",
			"2020-09-01", "the defence minister", []string{"person:rajnath-singh"}},
	}
	runMentionCases(t, tests)
}

// TestBareTitleWithoutAHolder covers a bare title that no one named so
// far holds: no actor, not the nearest holder of another office.
func TestBareTitleWithoutAHolder(t *testing.T) {
	tests := []mentionCase{
		{"no_crown_prince_of_a_state_without_a_recorded_one",
			"French President Emmanuel Macron met the Crown Prince of Kuwait on Monday.",
			"2024-04-16", "the Crown Prince of Kuwait", nil},
		{"no_crown_prince_in_a_french_story",
			"French President Emmanuel Macron arrived in Jeddah on Saturday for the last leg of his Gulf tour. Macron held talks with the crown prince in Jeddah on Saturday.",
			"2021-12-05", "the crown prince", nil},
	}
	runMentionCases(t, tests)
}

// TestBareTitleNotAnotherOffice covers a bare title after people whose
// written titles hold it with a word that makes another office ("Vice
// President", "Former Chancellor"), and a bare body ("the government")
// after its spokesman: neither refers back to them.
func TestBareTitleNotAnotherOffice(t *testing.T) {
	tests := []mentionCase{
		{"the_president_after_the_vice_president",
			"US President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House on Wednesday. Vice President Kamala Harris attended the dinner. The President pressed Kishida on trade.",
			"2024-04-10", "The President", []string{"person:joe-biden"}},
		{"the_chancellor_after_a_former_one",
			"German Chancellor Olaf Scholz travelled to Washington on Friday. Former Chancellor Angela Merkel stayed in Berlin. The chancellor met Joe Biden on Friday.",
			"2024-04-10", "The chancellor", []string{"person:olaf-scholz"}},
		{"the_government_acting_after_its_spokesman",
			"Government spokesman Ali Ahmed spoke on Monday. The government recalled its ambassador from Kenya.",
			"2024-04-10", "The government", nil},
	}
	runMentionCases(t, tests)
}
