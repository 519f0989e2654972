package actor

import "testing"

// TestArmyAfterItsRulers covers "the army" or "the military" told right
// after a junta or a government: that state's armed forces, not those of
// a state named on the way nor nobody's.
func TestArmyAfterItsRulers(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"army_after_a_junta", "Myanmar's junta extended the state of emergency on Monday. The army said elections would be held next year.", "2024-05-10", "The army", []string{"org:tatmadaw"}},
		{"military_after_a_junta_and_a_foreigner", "Niger's junta ordered the French ambassador to leave. The army said it would defend the country.", "2024-05-10", "The army", []string{"org:ner-armed-forces"}},
		{"military_after_the_junta_in_a_state", "The junta in Mali expelled the French envoy. The military accused Paris of interference.", "2024-05-10", "The military", []string{"org:fama"}},
		{"army_after_a_government", "The Sudanese government rejected the plan on Monday. The army said it would keep fighting.", "2024-05-10", "The army", []string{"org:saf-sudan"}},
		{"army_after_a_government_that_accused_another", "The Venezuelan government accused Guyana of provocation. The army moved troops to the border.", "2024-05-10", "The army", []string{"org:fanb"}},
		{"the_countrys_military_after_a_junta", "Myanmar's junta extended the emergency. The country's military said elections would be held.", "2024-05-10", "The country's military", []string{"org:tatmadaw"}},
		{"the_regimes_forces", "Myanmar's junta extended the emergency. The regime's forces shelled villages.", "2024-05-10", "The regime's forces", []string{"org:tatmadaw"}},
		{"government_forces_after_a_government", "The Syrian government rejected the plan. Government forces shelled Idlib.", "2024-05-10", "Government forces", []string{"org:syrian-army"}},
		{"government_forces_of_no_rulers_named_are_nobodys", "The United States condemned attacks by government forces in Sudan. Washington said aid would continue.", "2024-05-10", "government forces", nil},
		{"a_military_government", "Mali's military government expelled the French envoy.", "2024-05-10", "Mali's military government", []string{"state:MLI"}},
	})
}

// TestHeadsOfBodiesUnnamed covers a body's head named by title alone:
// the holder on the day; but not a deputy, a head of a part of the body,
// nor a title in apposition to the head's name.
func TestHeadsOfBodiesUnnamed(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"secretary_general_in_two_words", "The UN secretary general condemned the attack.", "2024-05-10", "UN secretary general", []string{"person:antonio-guterres"}},
		{"director_general_then_a_verb", "The IAEA director general visited Tehran.", "2024-05-10", "IAEA director general", []string{"person:rafael-grossi"}},
		{"director_general_in_one_word", "The WHO Director-General declared an emergency.", "2024-05-10", "WHO Director-General", []string{"person:tedros-adhanom-ghebreyesus"}},
		{"secretary_general_of", "The Secretary-General of the United Nations called for calm.", "2024-05-10", "The Secretary-General of the United Nations", []string{"person:antonio-guterres"}},
		{"head_of", "The head of the IAEA visited Tehran.", "2024-05-10", "The head of the IAEA", []string{"person:rafael-grossi"}},
		{"a_chief_of_a_body_in_2016", "The chief of the IAEA visited Tehran.", "2016-05-10", "The chief of the IAEA", []string{"person:yukiya-amano"}},
		{"the_alliances_secretary_general", "NATO allies met in Brussels. The alliance's secretary general said Kyiv would join.", "2024-05-10", "The alliance's secretary general", []string{"person:jens-stoltenberg"}},
		{"the_alliances_members_stay_the_alliance", "NATO allies met in Brussels. The alliance's members said Kyiv would join.", "2024-05-10", "The alliance", []string{"org:nato"}},
		{"a_deputy_head_is_not_the_head", "The deputy head of the IAEA visited Tehran.", "2024-05-10", "IAEA", []string{"org:iaea"}},
		{"head_of_a_mission_of_the_body", "The head of the UN mission in Mali was expelled.", "2024-05-10", "UN", []string{"org:un"}},
		{"head_of_a_team_of_the_body", "The head of the IAEA's inspection team visited Tehran.", "2024-05-10", "IAEA", []string{"org:iaea"}},
		{"title_in_apposition_keeps_the_body", "Rafael Grossi, head of the International Atomic Energy Agency, visited Tehran.", "2024-05-10", "International Atomic Energy Agency", []string{"org:iaea"}},
	})
}

// TestCoordinatedForces covers two country words before one plural
// force: each state's force; officials after an acronym stay the states.
func TestCoordinatedForces(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"first_of_two_navies", "The Indian and French navies held joint exercises on Monday.", "2024-05-10", "Indian", []string{"org:ind-navy"}},
		{"second_of_two_navies", "The Indian and French navies held joint exercises on Monday.", "2024-05-10", "French navies", []string{"org:fra-navy"}},
		{"two_armies", "The Indian and Chinese armies disengaged at two points.", "2024-05-10", "Chinese armies", []string{"org:pla"}},
		{"two_coast_guards", "The Greek and Turkish coast guards traded accusations.", "2024-05-10", "Greek", []string{"org:grc-coast-guard"}},
		{"an_acronym_before_militaries", "The US and South Korean militaries held drills.", "2024-05-10", "US", []string{"org:us-military"}},
		{"three_navies_in_a_list", "Indian, French and Japanese navies held joint exercises.", "2024-05-10", "French", []string{"org:fra-navy"}},
		{"the_first_of_three_navies", "Indian, French and Japanese navies held joint exercises.", "2024-05-10", "Indian", []string{"org:ind-navy"}},
		{"navies_of_two_states", "The navies of India and France held joint exercises.", "2024-05-10", "France", []string{"org:fra-navy"}},
		{"two_states_in_a_list_with_no_force_stay_states", "India, France and Japan signed the pact.", "2024-05-10", "France", []string{"state:FRA"}},
		{"an_acronym_before_officials_stays_the_state", "Talks between the US and Chinese officials ended.", "2024-05-10", "US", []string{"state:USA"}},
	})
}

// TestTopCourts covers a union's or a state's top court however named.
func TestTopCourts(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"eus_top_court", "The EU's top court ruled on Tuesday that the deal was illegal.", "2024-05-10", "The EU's top court", []string{"org:cjeu"}},
		{"uns_top_court", "The UN's top court ordered Israel to halt the offensive.", "2024-05-10", "The UN's top court", []string{"org:icj"}},
		{"top_un_court", "The top UN court ordered Israel to halt the offensive.", "2024-05-10", "The top UN court", []string{"org:icj"}},
		{"the_blocs_top_court", "EU leaders met in Brussels. The bloc's top court fined Poland.", "2024-05-10", "The bloc's top court", []string{"org:cjeu"}},
		{"a_states_highest_court", "Pakistan's highest court disqualified the prime minister.", "2024-05-10", "Pakistan's highest court", []string{"org:supreme-court-pakistan"}},
		{"supreme_court_by_its_alias", "Brazil's top court ordered the suspension of the platform.", "2024-05-10", "Brazil's top court", []string{"org:stf"}},
		{"supreme_court_of_a_state", "The Supreme Court of Brazil ordered the suspension of the platform.", "2024-05-10", "Supreme Court of Brazil", []string{"org:stf"}},
		{"the_countrys_top_court", "Kenya held elections in August. The country's top court upheld the result.", "2024-05-10", "The country's top court", []string{"org:ken-supreme-court"}},
		{"the_nations_ministry", "Peru said on Monday it would act. The nation's foreign ministry summoned the envoy.", "2024-05-10", "The nation's foreign ministry", []string{"org:per-ministry-of-foreign-affairs"}},
		{"the_countrys_president_is_no_body", "Kenya held elections in August. The country's president spoke.", "2024-05-10", "The country's president", nil},
	})
}

// TestOrganisationNamesAreNoPeople covers a capitalised name the KB lacks
// made of words organisations are named with: an organisation, though a
// speech verb or "led by" would make a person of an ordinary name.
func TestOrganisationNamesAreNoPeople(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"led_by", "A coalition of groups led by Global Witness urged the EU to act.", "2024-05-10", "Global Witness", []string{"new:organization:global-witness"}},
		{"before_a_speech_verb", "On Monday, Global Witness urged the EU to act.", "2024-05-10", "Global Witness", []string{"new:organization:global-witness"}},
		{"headed_by", "The inquiry was headed by Justice Action Network, which found fraud.", "2024-05-10", "Justice Action Network", []string{"new:organization:justice-action-network"}},
		{"a_person_led_by_stays_a_person", "The team was headed by Maria Lopez.", "2024-05-10", "Maria Lopez", []string{"new:person:maria-lopez"}},
		{"a_person_speaking_stays_a_person", "Tomasz Nowak said the plan was illegal.", "2024-05-10", "Tomasz Nowak", []string{"new:person:tomasz-nowak"}},
	})
}

// TestSeatsAndMinistriesByOtherNames covers a seat of government spelt
// with its "Palace" the knowledge base lacks, and a foreign ministry
// called a department or by its acronym in a story about one state.
func TestSeatsAndMinistriesByOtherNames(t *testing.T) {
	story := "The Philippines accused China on Monday of ramming a Philippine supply boat. The Philippines said it would protest. "
	runMentionCases(t, []mentionCase{
		{"a_seat_with_its_palace", "The Elysée Palace said Macron would travel to Beijing.", "2024-05-10", "The Elysée Palace", []string{"state:FRA"}},
		{"the_dfa", story + "The DFA summoned the Chinese envoy.", "2024-05-10", "The DFA", []string{"org:dfa-philippines"}},
		{"the_department_of_foreign_affairs", story + "The Department of Foreign Affairs summoned the Chinese envoy.", "2024-05-10", "Department of Foreign Affairs", []string{"org:dfa-philippines"}},
		{"an_acronym_with_no_story_state_is_nothing", "The DFA summoned the envoy.", "2024-05-10", "The DFA", nil},
	})
}

// TestChargesDAffairesAsTitles covers "chargé d'affaires" as a title
// before a name, as "Ambassador" is.
func TestChargesDAffairesAsTitles(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_title_before_a_name", "China summoned US chargé d'affaires Jane Doe on Monday.", "2024-05-10", "US chargé d'affaires Jane Doe", []string{"new:person:jane-doe"}},
		{"capitalised_without_accent", "US Charge d'Affaires John Smith met the minister.", "2024-05-10", "US Charge d'Affaires John Smith", []string{"new:person:john-smith"}},
	})
}

// TestDeputyTitleBeforeFamilyName covers a family name after a deputy's
// title: the namesake whose office on the day bears that title, not one
// who ranks higher ("Vice President" holds no president's office).
func TestDeputyTitleBeforeFamilyName(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"vice_president_in_two_words", "Vice President Harris met the Ukrainian leader in Munich.", "2024-05-10", "Vice President Harris", []string{"person:kamala-harris"}},
		{"vice_president_hyphenated", "Vice-President Harris flew to Manila on Sunday.", "2024-05-10", "Vice-President Harris", []string{"person:kamala-harris"}},
		{"state_before_the_title", "US Vice President Harris spoke to reporters.", "2024-05-10", "US Vice President Harris", []string{"person:kamala-harris"}},
		{"the_other_namesakes_title", "Taoiseach Harris met the Ukrainian leader in Dublin.", "2024-05-10", "Taoiseach Harris", []string{"person:simon-harris"}},
	})
}

// TestPluralTitleBeforeNames covers a plural title opening a list of
// family names: each name is its bearer, the first one too.
func TestPluralTitleBeforeNames(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"first_of_two_presidents", "Presidents Macron and Lula spoke by phone.", "2024-05-10", "Presidents Macron", []string{"person:emmanuel-macron"}},
		{"first_of_three_presidents", "Presidents Ruto, Museveni and Suluhu met in Arusha.", "2024-05-10", "Presidents Ruto", []string{"person:william-ruto"}},
		{"last_of_three_presidents", "Presidents Ruto, Museveni and Suluhu met in Arusha.", "2024-05-10", "Suluhu", []string{"person:samia-suluhu-hassan"}},
		{"first_of_two_prime_ministers", "Prime Ministers Modi and Sharif shook hands.", "2024-05-10", "Prime Ministers Modi", []string{"person:narendra-modi"}},
		{"first_of_two_leaders", "Leaders Scholz and Tusk met in Berlin.", "2024-05-10", "Leaders Scholz", []string{"person:olaf-scholz"}},
	})
}

// TestArmyChiefsByTitle covers "army chief" and "military chief" after a
// state: the holder of the office that title stands for there, or the
// state's force when the knowledge base knows no such office.
func TestArmyChiefsByTitle(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"army_chief_after_a_possessive", "Pakistan's army chief flew to Riyadh on Monday.", "2024-05-10", "Pakistan's army chief", []string{"person:asim-munir"}},
		{"military_chief_is_the_general_staff", "Russia's military chief said the offensive went on.", "2024-05-10", "Russia's military chief", []string{"person:valery-gerasimov"}},
		{"no_such_office_keeps_the_force", "Sudan's army chief flew to Riyadh on Monday.", "2024-05-10", "Sudan's army", []string{"org:saf-sudan"}},
	})
}

// TestLeaderOfAParliamentaryState covers "leader" after a state whose
// head of state reigns or presides: the head of government; a state run
// by its president keeps the president.
func TestLeaderOfAParliamentaryState(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"a_monarchy", "The British leader flew to Washington on Monday.", "2024-05-10", "The British leader", []string{"person:rishi-sunak"}},
		{"a_parliamentary_republic", "Fiji's leader flew to Canberra on Monday.", "2024-05-10", "Fiji's leader", []string{"person:sitiveni-rabuka"}},
		{"a_reigning_emperor", "The Japanese leader flew to Washington on Monday.", "2024-05-10", "The Japanese leader", []string{"person:fumio-kishida"}},
		{"a_presidential_republic", "The French leader flew to Washington on Monday.", "2024-05-10", "The French leader", []string{"person:emmanuel-macron"}},
	})
}

// TestForcesOfUnknownPlaces checks that police or troops qualified by the
// adjective of a place the knowledge base does not know are nobody's
// rather than the main state's, while a party's adjective leaves them the
// main state's.
func TestForcesOfUnknownPlaces(t *testing.T) {
	runMentionCases(t, []mentionCase{
		{"scottish_police_are_not_libyas", "Libya handed over the two men on Monday. Libya said the sanctions must end. Libya thanked Mandela. There, Scottish police arrested them.", "1999-04-06", "police", nil},
		{"bavarian_police_are_not_spains", "Spain protested on Monday. Spain said the men were innocent. Spain recalled its envoy after Bavarian police detained two men.", "2024-05-10", "police", nil},
		{"republican_lawmakers_stay_the_main_states", "The United States imposed tariffs on Monday. Trump spoke to Republican lawmakers in Philadelphia.", "2017-01-27", "lawmakers", []string{"new:organization:american-lawmakers"}},
	})
}
