package actor

import "testing"

// TestTitleOverLevel checks that a bare title in a story about a state
// whose head of state holds another title ("the President" of Iran, whose
// head of state is the Supreme Leader) names the holder of that title.
func TestTitleOverLevel(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_president_of_the_republic_is_the_president", "Iran's foreign ministry said Tehran rejected the claims. The President of the Republic spoke with Macron.", "2021-03-10", "The President of the Republic", []string{"person:hassan-rouhani"}},
		{"the_bare_president_is_the_president", "Iran said on Monday that Iran would respond. Iran's army held drills. The President met the Iraqi prime minister.", "2023-03-10", "The President", []string{"person:ebrahim-raisi"}},
	})
}

// TestPresidentFarBackNoMonarch checks that a bare "the president", too
// far from any name for the first pass, is the president the story named
// before, and never the monarch who heads a state without a president.
func TestPresidentFarBackNoMonarch(t *testing.T) {
	story := "Australia listened in to the phone of President Susilo Bambang Yudhoyono in 2009. " +
		"Canberra said little. Jakarta was furious. Its foreign minister spoke on Monday. " +
		"He recalled the ambassador. He called it an unfriendly act. Abbott spoke in Canberra on Tuesday. "
	runMentionCases(t, []mentionCase{
		{"the_president_named_far_back", story + "Abbott expressed regret for the harm caused to the president.", "2013-11-21",
			"the president", []string{"person:susilo-bambang-yudhoyono"}},
		{"no_president_in_a_monarchy", "Abbott spoke in Canberra on Tuesday. Australia's parliament sat late. Abbott said the president would decide.", "2013-11-21",
			"the president", nil},
	})
}

// TestBodySpokesperson checks that a ministry's spokesperson named by the
// post alone is the one person who held it on the day, and stays the
// ministry when several did or when the text says "a spokesman".
func TestBodySpokesperson(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"the_sole_holder_of_the_post", "Iran's foreign ministry spokesman said on Monday that Tehran rejected the claims.", "2021-03-10", "Iran's foreign ministry spokesman", []string{"person:saeed-khatibzadeh"}},
		{"the_holder_on_a_later_day", "Iran's foreign ministry spokesman said on Monday that Tehran rejected the claims.", "2023-03-10", "Iran's foreign ministry spokesman", []string{"person:nasser-kanaani"}},
		{"several_holders_leave_the_ministry", "China's foreign ministry spokesperson criticised Japan on Monday.", "2021-03-10", "China's foreign ministry", []string{"org:mfa-china"}},
		{"one_of_several_leaves_the_ministry", "A spokesman for Iran's foreign ministry said Tehran rejected the claims.", "2021-03-10", "Iran's foreign ministry", []string{"org:mfa-iran"}},
	})
}

// TestMilitaryAsAdjective checks that "military" before a thing it
// qualifies ("the military exercises") names no army, while "the
// military" acting still names the state's armed forces.
func TestMilitaryAsAdjective(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"military_exercises_are_no_army", "Germany said it would not host the military exercises with France.", "2024-05-10", "the military", nil},
		{"military_aid_is_no_army", "Germany said on Monday it would send the military aid Ukraine asked for.", "2024-05-10", "the military", nil},
		{"the_military_wing_of_a_group_is_no_army", "Israel said on Monday that the military wing of Hamas had fired the rockets.", "2024-05-10", "the military", nil},
		{"the_military_command_of_a_movement_is_no_army", "Angola's army and the military command of UNITA signed a ceasefire on Thursday.", "2002-04-10", "the military", nil},
		{"the_military_acting_is_the_army", "Sudan's generals met in Khartoum on Monday. The military launched attacks on the RSF.", "2024-05-10", "The military", []string{"org:saf-sudan"}},
	})
}

// TestTitleWrittenAlone checks a title written alone with no article, as
// readouts write it after naming the leader once: "Prime Minister also
// met …" is the person first named "Prime Minister …", and "Prime
// Minister's Office", a thing's name after "the", or a title followed by
// a name are left to their own readings.
func TestTitleWrittenAlone(t *testing.T) {
	const lead = "Prime Minister Shri Narendra Modi met the Prime Minister of Canada, Mark Carney, in Kananaskis today. "
	runMentionCases(t, []mentionCase{
		{"a_title_alone_before_a_verb", lead + "On the margins of the Summit, Prime Minister also met President Cyril Ramaphosa.", "2025-06-17", "Prime Minister", []string{"person:narendra-modi"}},
		{"a_title_alone_before_a_possessive", lead + "Prime Minister's presence was welcomed.", "2025-06-17", "Prime Minister", []string{"person:narendra-modi"}},
		{"a_title_alone_after_a_comma", lead + "In his address to the session, Prime Minister called on G7 partners to act.", "2025-06-17", "Prime Minister", []string{"person:narendra-modi"}},
	})
	for _, text := range []string{
		lead + "Prime Minister's Office\nNew Delhi",
		lead + "In his address to the Outreach Session, Prime Minister called on G7 partners to act.",
	} {
		r := resolve(t, text, "2025-06-17")
		for _, m := range r.Mentions {
			if m.Text == "Prime Minister's Office" || m.Text == "Outreach Session" || m.Text == "Prime Minister" && m.Span.Start > len(lead) && text[m.Span.End:m.Span.End+2] == "'s" {
				t.Errorf("%q: unwanted mention %q → %v", text, m.Text, m.Actors)
			}
		}
		for _, a := range r.Actors {
			if a.Name == "Outreach Session" {
				t.Errorf("%q: %q taken for a %s", text, a.Name, a.Kind)
			}
		}
	}
}

// TestTitleWordsAlone checks a title word before a document's or a
// body's name ("The General Agreement on …"), which names no person, and
// a title only one state gives ("the Taoiseach"), which names its holder
// whatever state the story is mostly about.
func TestTitleWordsAlone(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_title_word_before_a_document_names_no_person", "The General Agreement on the Establishment of Peace and National Accord was signed by President Imomali Rakhmonov and Said Abdullo Nuri on Friday.", "1997-06-28", "General Agreement", nil},
		{"a_title_only_one_state_gives", "Boris Johnson met Stephen Barclay in London. The United Kingdom wants a deal. The Taoiseach said the talks were good.", "2019-10-10", "The Taoiseach", []string{"person:leo-varadkar"}},
	})
}
