package actor

import "testing"

// TestPlaceNamesInsidePeople covers family names that are also the names
// of capitals or states, joined to a given name by a particle: the person,
// not the state, and the same person when the name recurs alone.
func TestPlaceNamesInsidePeople(t *testing.T) {
	tests := []mentionCase{
		{"a_capital_after_a_particle", "Justice Secretary Leila de Lima ordered an inquiry on Monday.", "2016-08-20", "Justice Secretary Leila de Lima", []string{"new:person:leila-de-lima"}},
		{"a_state_s_capital_after_de", "The lawyer Ana de Paris condemned the verdict.", "2016-08-20", "Ana de Paris", []string{"new:person:ana-de-paris"}},
		{"the_family_name_alone_later", "Senator Leila de Lima spoke on Monday. De Lima said the inquiry would go on.", "2016-08-20", "De Lima", []string{"new:person:leila-de-lima"}}, // (the particle with it: her last two names)
		{"the_bare_capital_later_is_hers_too", "Senator Leila de Lima spoke on Monday. Lima then told reporters the inquiry would go on.", "2016-08-20", "Lima", []string{"new:person:leila-de-lima"}},
		{"a_capital_with_no_one_so_named", "Ministers met in Lima on Monday. Lima then told Quito to withdraw its envoy.", "2016-08-20", "Lima", []string{"state:PER"}},
	}
	runMentionCases(t, tests)
}

// TestTitlesTheNamesakeNeverHeld covers a family name after a title that
// the knowledge base's only bearer of the name never held: another person,
// whose "government" is no state the bearer led.
func TestTitlesTheNamesakeNeverHeld(t *testing.T) {
	tests := []mentionCase{
		{"a_president_who_is_no_finance_minister", "President Franco met Chávez in Caracas.", "2011-06-30", "President Franco", []string{"new:person:franco"}},
		{"the_finance_minister_himself", "Finance Minister Franco met Lagarde in Rome.", "2021-06-30", "Finance Minister Franco", []string{"person:daniele-franco"}},
		{"a_general_secretary_called_president", "President Brezhnev met President Carter in Vienna on Monday.", "1979-06-20", "President Brezhnev", []string{"person:leonid-brezhnev"}},
		{"a_government_named_for_someone_who_led_none", "Venezuela criticised the Franco government on Monday.", "2011-06-30", "Franco government", nil},
		{"a_government_named_for_a_leader", "Venezuela criticised the Franco government on Monday. Paraguay's president replied.", "2012-06-30", "Franco government", []string{"state:PRY"}},
	}
	runMentionCases(t, tests)
}

// TestCapitalsAsFamilyNames covers a capital written after a given name:
// the family name of someone the base does not know, not the state's
// government; after a word that is no given name it stays the capital.
func TestCapitalsAsFamilyNames(t *testing.T) {
	tests := []mentionCase{
		{"a_capital_after_a_given_name", "Labour MP Tommy Douglas accused the minister of misleading parliament.", "1970-10-16", "MP Tommy Douglas", []string{"new:person:tommy-douglas"}},
		{"a_capital_after_a_given_name_without_a_title", "The motion was tabled by Kenny Kingston on Monday.", "2011-06-30", "Kenny Kingston", []string{"new:person:kenny-kingston"}},
		{"a_capital_after_another_word", "A statement read on Radio Mogadishu accused Ethiopia of aggression.", "1978-03-09", "Mogadishu", []string{"state:SOM"}},
	}
	runMentionCases(t, tests)
}

// TestNamesInLawTitles covers states and bodies named inside a law's
// title ("the Taiwan Relations Act"): no actor; "Bill" as a given name,
// "Ministry of Law" and "the Law of the Sea" are no such titles.
func TestNamesInLawTitles(t *testing.T) {
	tests := []mentionCase{
		{"a_state_opening_a_law", "Carter signed the Taiwan Relations Act in April 1979.", "1979-04-20", "Taiwan", nil},
		{"a_body_inside_a_law", "Congress passed the Iran and Libya Sanctions Act on Monday.", "1996-08-06", "Libya", nil},
		{"bill_as_a_given_name", "President Bill Clinton met Jiang Zemin.", "1997-10-29", "President Bill Clinton", []string{"person:bill-clinton"}},
		{"a_ministry_of_law", "India's Ministry of Law issued a notice.", "2020-01-10", "Ministry of Law", []string{"org:ind-ministry-of-law"}},
		{"the_law_of_the_sea", "Bangladesh welcomed the ruling of the International Tribunal for the Law of the Sea.", "2012-03-15", "International Tribunal for the Law of the Sea", []string{"org:itlos"}},
	}
	runMentionCases(t, tests)
}

// TestDefenceMinistriesByTheirOwnNames covers a state's defence ministry
// that the base knows by its own name: "Mexico's Defence Ministry" is the
// Secretariat of National Defense, whichever the spelling.
func TestDefenceMinistriesByTheirOwnNames(t *testing.T) {
	tests := []mentionCase{
		{"a_ministry_known_by_its_own_name", "Mexico's Defence Ministry denied the accusation.", "1994-01-12", "Mexico's Defence Ministry", []string{"org:sedena"}},
		{"the_ministry_in_a_story_from_the_capital", "In Mexico City, the Defence Ministry denied the accusation.", "1994-01-12", "Defence Ministry", []string{"org:sedena"}},
	}
	runMentionCases(t, tests)
}

// TestStatesAfterTheirCities covers "in San José, Costa Rica,": the state
// tells where the city lies and is no actor; "Ukraine's president" after
// "In Kyiv," still is one.
func TestStatesAfterTheirCities(t *testing.T) {
	tests := []mentionCase{
		{"a_state_after_its_city", "The ministers voted in San José, Costa Rica, on Tuesday to end the sanctions.", "1975-07-30", "Costa Rica", nil},
		{"a_state_owning_a_title_after_a_city", "In Kyiv, Ukraine's president said he would travel to Warsaw.", "2023-03-01", "Ukraine's president", []string{"person:volodymyr-zelensky"}},
		{"a_state_owning_its_government_after_a_city", "In Kyiv, Ukraine's government said it would respond.", "2023-03-01", "Ukraine's government", []string{"state:UKR"}},
	}
	runMentionCases(t, tests)
}

// TestBareFightersOfTheGroupTold covers "guerrillas" or "rebels" with no
// article acting after an armed group was named: that group; with no
// group told they stay a generic band.
func TestBareFightersOfTheGroupTold(t *testing.T) {
	tests := []mentionCase{
		{"guerrillas_after_the_group", "The Zapatista National Liberation Army rose up in Chiapas on January 1. On January 2 guerrillas attacked the army at Rancho Nuevo.", "1994-01-12", "guerrillas", []string{"org:ezln"}},
		{"rebels_opening_a_sentence", "The M23 took Goma in November. Rebels shelled the airport on Monday.", "2012-12-05", "Rebels", []string{"org:m23"}},
	}
	runMentionCases(t, tests)
}
