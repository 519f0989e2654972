package event_test

import (
	"strings"
	"testing"

	"parley"
	"parley/pipeline/pipelinetest"
)

// analyze runs every stage on a text written as an article published on day.
func analyze(t *testing.T, text, day string) *parley.Analysis {
	t.Helper()
	return pipelinetest.Analyze(t, text, day)
}

// want describes one expected event; "" fields are not checked.
type want struct {
	typ            parley.EventType
	source, target string // actor names
	status         parley.Status
	date           string // "-" for no date
	medium         parley.Medium
	place          string
}

func (w want) matches(e parley.Event) bool {
	if e.Type != w.typ {
		return false
	}
	names := e.Source.Name + "|" + e.Target.Name
	if names != w.source+"|"+w.target && !(e.Type == parley.Consult && names == w.target+"|"+w.source) {
		return false
	}
	if w.date == "-" && !e.Date.IsZero() || w.date != "-" && w.date != "" && e.Date.String() != w.date {
		return false
	}
	if w.status != "" && e.Status != w.status || w.medium != "" && e.Medium != w.medium {
		return false
	}
	return w.place == "" || e.Location != nil && e.Location.Name == w.place
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, day, text string
		want            []want // nil: the text must yield no event
	}{
		{"planned_virtual_meeting_announced", "2021-06-28",
			"Chinese foreign ministry spokesperson Hua Chunying announced on Friday that President Xi Jinping would hold a virtual meeting with his Russian counterpart Vladimir Putin on Monday.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", status: parley.Planned, date: "2021-06-28", medium: parley.Virtual}}},
		{"group_participation", "2021-06-28",
			"Xi Jinping and Vladimir Putin spoke in 2019. On May 19, the duo participated in the opening ceremony of a nuclear project.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", status: parley.Occurred, date: "2021-05-19"}}},
		{"meeting_in_place", "2021-06-17",
			"US President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Vladimir Putin", date: "2021-06-16", medium: parley.InPerson, place: "Geneva"}}},
		{"phone_call", "2022-03-04",
			"French President Emmanuel Macron spoke by phone with Vladimir Putin on Thursday.",
			[]want{{typ: parley.Consult, source: "Emmanuel Macron", target: "Vladimir Putin", date: "2022-03-03", medium: parley.Phone}}},
		{"request_with_complement", "2021-06-17",
			"During the meeting, Joe Biden demanded that Russia end its crackdown on civil society.",
			[]want{{typ: parley.Request, source: "Joe Biden", target: "Russia"}}},
		{"accusation_of_two_targets", "2019-11-19",
			"China's ambassador Liu Xiaoming accused the UK and the US of meddling in Hong Kong.",
			[]want{{typ: parley.Accuse, source: "Liu Xiaoming", target: "United Kingdom"}, {typ: parley.Accuse, source: "Liu Xiaoming", target: "United States"}}},
		{"visit_to_two_capitals", "2021-03-08",
			"German Foreign Minister Heiko Maas will travel to Tokyo and Seoul next week.",
			[]want{{typ: parley.Consult, source: "Heiko Maas", target: "Japan", status: parley.Planned},
				{typ: parley.Consult, source: "Heiko Maas", target: "South Korea", status: parley.Planned}}},
		{"host_of_a_meeting_meets_each_guest", "2025-07-28",
			"Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Somchai Rattanakorn met at the official residence of Malaysian Prime Minister Anwar Ibrahim on Monday.",
			[]want{{typ: parley.Consult, source: "Hun Manet", target: "Anwar Ibrahim", date: "2025-07-28"},
				{typ: parley.Consult, source: "Somchai Rattanakorn", target: "Anwar Ibrahim", date: "2025-07-28"},
				{typ: parley.Consult, source: "Hun Manet", target: "Somchai Rattanakorn", date: "2025-07-28"}}},
		{"talks_hosted_by", "2023-12-15",
			"Guyana's President Irfaan Ali and Venezuela's President Nicolás Maduro held talks on Thursday. The talks were hosted by Ralph Gonsalves.",
			[]want{{typ: parley.Consult, source: "Irfaan Ali", target: "Ralph Gonsalves"},
				{typ: parley.Consult, source: "Nicolás Maduro", target: "Ralph Gonsalves"}}},
		{"calls_with_each_are_no_shared_occasion", "2025-07-28",
			"Cambodian Prime Minister Hun Manet and Thai Prime Minister Somchai Rattanakorn agreed to a ceasefire at talks in Malaysia on Monday. Donald Trump held phone calls with both leaders on Saturday. The two leaders met at the residence of Anwar Ibrahim.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Somchai Rattanakorn", date: "2025-07-26"},
				{typ: parley.Consult, source: "Hun Manet", target: "Somchai Rattanakorn", date: "2025-07-28"}}},
		{"tariffs_concerning_a_state", "2019-11-20",
			"The United States has imposed tariffs on Chinese goods since 2018. China-specific tariffs took effect in July 2018.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2018-07"}}},
		{"sanctions_on_state", "2022-02-23",
			"The European Union imposed sanctions on Russia on Wednesday.",
			[]want{{typ: parley.Sanction, source: "European Union", target: "Russia", date: "2022-02-23"}}},
		{"passive_with_agent", "2022-02-23",
			"Sanctions were imposed on Russia by the United Kingdom.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Russia"}}},
		{"coordinated_subjects", "2023-03-16",
			"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met in Tokyo on Thursday.",
			[]want{{typ: parley.Consult, source: "Fumio Kishida", target: "Yoon Suk Yeol", date: "2023-03-16", place: "Tokyo"}}},
		{"negated_meeting", "2022-03-10",
			"Vladimir Putin did not meet Volodymyr Zelensky.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Volodymyr Zelensky", status: parley.Negated}}},
		{"coordinated_subject_list", "2022-02-23",
			"The United States, Britain, Germany and the European Union announced sanctions against Russia on Tuesday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Russia", date: "2022-02-22"},
				{typ: parley.Sanction, source: "Germany", target: "Russia"}, {typ: parley.Sanction, source: "European Union", target: "Russia"}}},
		{"expelled_diplomats_of_a_state", "2021-04-16",
			"On Thursday the White House expelled 10 Russian diplomats.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Russia", date: "2021-04-15"}}},
		{"reciprocal_accusations", "2019-11-20",
			"Boris Johnson and Jeremy Corbyn attacked each other's policies on Tuesday.",
			[]want{{typ: parley.Accuse, source: "Boris Johnson", target: "Jeremy Corbyn"}, {typ: parley.Accuse, source: "Jeremy Corbyn", target: "Boris Johnson"}}},
		{"phone_call_with_leaders_of_states", "2021-12-08",
			"Joe Biden spoke by phone with the leaders of France, Germany and Italy.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "France", medium: parley.Phone}, {typ: parley.Consult, source: "Joe Biden", target: "Italy"}}},
		{"shared_act_by_video_link", "2021-05-19",
			"Xi Jinping and Vladimir Putin on Wednesday jointly launched the construction of four reactors by video link.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2021-05-19", medium: parley.Virtual}}},
		{"visit_goes_to_the_host_named", "2023-03-21",
			"Xi Jinping visited Moscow on Monday and held talks with Vladimir Putin.",
			[]want{{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin", date: "2023-03-20"}}},
		{"verb_joined_by_and_keeps_subject", "2019-11-19",
			"Xi Jinping accused the UK and the US of meddling and warned that China would respond.",
			[]want{{typ: parley.Accuse, source: "Xi Jinping", target: "United Kingdom"}}},
		{"subject_after_a_conjunction", "2020-09-11",
			"The talks came a week after Defence Minister Rajnath Singh met his Chinese counterpart Wei Fenghe in Moscow.",
			[]want{{typ: parley.Consult, source: "Rajnath Singh", target: "Wei Fenghe", place: "Moscow"}}},
		{"joined_someone_for_a_summit", "2021-03-13",
			"Scott Morrison and Narendra Modi joined US President Joe Biden for the first summit of the group on Friday.",
			[]want{{typ: parley.Consult, source: "Scott Morrison", target: "Joe Biden", date: "2021-03-12"}, {typ: parley.Consult, source: "Narendra Modi", target: "Joe Biden"}}},
		{"participle_takes_the_main_subject", "2021-06-28",
			"Vladimir Putin and Xi Jinping agreed on Monday to extend the treaty that has underpinned relations between Russia and China, using a video call to present a united front.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2021-06-28", medium: parley.Virtual}}},
		{"conjunction_then_a_date", "2022-02-26",
			"The session was called after Russia on Friday vetoed a draft resolution in the Security Council.",
			[]want{{typ: parley.Reject, source: "Russia", target: "United Nations Security Council", date: "2022-02-25"}}},
		{"envoy_recalled_from_a_capital", "2022-02-24",
			"Ukraine recalled its chargé d'affaires from Moscow for consultations.",
			[]want{{typ: parley.Sanction, source: "Ukraine", target: "Russia"}}},
		{"imports_halted_of_a_country", "2022-08-05",
			"China halted imports of some Taiwanese fruit and fish.",
			[]want{{typ: parley.Sanction, source: "China", target: "Taiwan"}}},
		{"imposer_left_unnamed_is_the_protagonist", "2019-11-19",
			"Donald Trump spoke. The United States acted. Washington waited. Tariffs on Chinese goods were increased from 10% to 25% in May 2019.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2019-05"}}},
		{"tariffs_on_imports_from_a_state", "2019-11-19",
			"Donald Trump spoke. The United States acted. Washington waited. Tariffs have also been imposed on imports from the European Union.",
			[]want{{typ: parley.Sanction, source: "United States", target: "European Union"}}},
		{"second_verb_speaks_for_the_subject", "2021-06-16",
			"Joe Biden said he had raised the case of the jailed opposition leader Alexei Navalny and told Vladimir Putin that the consequences would be devastating.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Vladimir Putin"}}},
		{"made_plain_a_warning", "2022-02-12",
			"President Joe Biden made plain that a further Russian invasion of Ukraine would meet a decisive response.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Russia"}, {typ: parley.Assault, source: "Russia", target: "Ukraine", status: parley.Hypothetical}}},
		{"called_off_strikes", "2019-06-22",
			"Donald Trump said on Friday that he had called off retaliatory strikes on three Iranian sites.",
			[]want{{typ: parley.Assault, source: "Donald Trump", target: "Iran", status: parley.Negated}}},
		{"reported_act_takes_the_report_date", "2019-11-20",
			"Despite Donald Trump's Oct. 11 announcement that the United States and China had reached a trade agreement, signing a deal has proved elusive.",
			[]want{{typ: parley.Agree, source: "United States", target: "China", date: "2019-10-11"}}},
		{"vague_time_borrows_no_date", "2019-11-20",
			"The United States and China agreed on a deal on Oct. 11. The two sides continue to negotiate and could finalize an agreement in the next few weeks.",
			[]want{{typ: parley.Agree, source: "United States", target: "China", date: "2019-10-11"}, {typ: parley.Consult, source: "United States", target: "China", date: "-"}}},
		{"shelling_a_city", "2023-06-15", "Russian forces shelled Kharkiv on Monday, killing three civilians.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Russia", target: "Ukraine", date: "2023-06-12"}}},
		{"airstrikes_on_a_place", "2023-06-15", "Israel carried out airstrikes on Gaza overnight.",
			[]want{{typ: parley.Assault, source: "Israel", target: "Palestine"}}},
		{"a_country_word_and_its_force", "2023-06-15", "Pakistani jets struck targets inside Iran on Thursday.",
			[]want{{typ: parley.Assault, source: "Pakistan", target: "Iran"}}},
		{"troops_attack_positions", "2023-06-15", "Azerbaijani troops attacked Armenian positions near the border.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Azerbaijan", target: "Armenia"}}},
		{"agreed_to_allow", "2023-06-15", "Iran agreed to allow inspectors from the International Atomic Energy Agency.",
			[]want{{typ: parley.Agree, source: "Iran", target: "International Atomic Energy Agency"}}},
		{"initialled_a_treaty", "2023-06-15", "Armenia and Azerbaijan initialled a peace treaty in Washington.",
			[]want{{typ: parley.Agree, source: "Armenia", target: "Azerbaijan", place: "Washington"}}},
		{"ruled_out_concessions", "2023-06-15", "Ukraine ruled out territorial concessions to Russia.",
			[]want{{typ: parley.Reject, source: "Ukraine", target: "Russia"}}},
		{"blacklisted_firms", "2023-06-15", "Washington blacklisted 12 Chinese firms on Tuesday.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2023-06-13"}}},
		{"ambassador_ordered_to_leave", "2023-06-15", "Niger ordered the French ambassador to leave the country.",
			[]want{{typ: parley.Sanction, source: "Niger", target: "France"}}},
		{"imports_banned", "2023-06-15", "Russia banned imports of Polish apples.",
			[]want{{typ: parley.Sanction, source: "Russia", target: "Poland"}}},
		{"tanker_seized", "2023-06-15", "Iran seized a British tanker in the Strait of Hormuz.",
			[]want{{typ: parley.Coerce, source: "Iran", target: "United Kingdom"}}},
		{"independence_recognised", "2022-02-22", "Russia recognized the independence of the Donetsk People's Republic.",
			[]want{{typ: parley.Support, source: "Russia", target: "Donetsk People's Republic"}}},
		{"spokesman_speaks_for_the_ministry", "2023-06-15", "China's foreign ministry spokesman accused the United States of hypocrisy.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "United States"}}},
		{"condemned_what_happened_in_a_state", "2023-07-27", "The United Nations condemned the coup in Niger.",
			[]want{{typ: parley.Accuse, source: "United Nations", target: "Niger"}}},
		{"talks_cut_off", "2022-08-06", "China cut off military talks with the United States.",
			[]want{{typ: parley.Sanction, source: "China", target: "United States"}}},
		{"exports_suspended", "2024-09-03", "Britain suspended arms exports to Israel.",
			[]want{{typ: parley.Sanction, source: "United Kingdom", target: "Israel"}}},
		{"relations_restored", "2018-07-10", "Ethiopia and Eritrea restored diplomatic relations.",
			[]want{{typ: parley.Agree, source: "Ethiopia", target: "Eritrea"}}},
		{"dozens_detained", "2023-06-15", "Israeli police detained dozens of Palestinian protesters in Jerusalem.",
			[]want{{typ: parley.Coerce, source: "Israel Police", target: "Palestinian protesters"}}},
		{"protest_aimed_at_the_government_where_it_happens", "2023-06-15", "Protesters rallied in Tehran against the government on Saturday.",
			[]want{{typ: parley.Protest, source: "Iranian protesters", target: "Iran", date: "2023-06-10"}}},
		{"doubt_makes_hypothetical", "2019-11-19",
			"Traders wondered whether the United States and China could agree to end the trade war.",
			[]want{{typ: parley.Agree, source: "United States", target: "China", status: parley.Hypothetical}}},
		{"penalty_on_a_condition_is_a_threat", "2022-01-20",
			"President Joe Biden said on Monday he would impose new sanctions on Russia if its troops cross into Ukraine.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Russia", status: parley.Occurred, date: "2022-01-17"}}},
		{"trailing_attribution_is_no_target", "2023-04-16",
			"North Korea fired two ballistic missiles into the sea on Saturday, Japan's defence ministry said.", nil},
		{"counted_crowd_is_the_subject", "2024-06-26",
			"Thousands of protesters marched in Nairobi against tax increases on Tuesday.",
			[]want{{typ: parley.Protest, source: "Kenyan protesters", target: "Kenya", date: "2024-06-25"}}},
		{"police_belong_where_they_act", "2023-06-15",
			"Hungary and Poland met on Monday. Police in Lagos threatened to use force against the demonstrators on Tuesday.",
			[]want{{typ: parley.Threaten, source: "Police of Nigeria", target: "Nigerian demonstrators"}}},
		{"proposal_from_a_capital", "2023-06-15",
			"The Kremlin rejected the proposal from Beijing on Wednesday.",
			[]want{{typ: parley.Reject, source: "Russia", target: "China", date: "2023-06-14"}}},
		{"naming_in_censure", "2024-07-30",
			"Uruguay's foreign ministry called the Venezuelan decision unjustified and disproportionate.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Uruguay", target: "Venezuela"}}},
		{"denial_answers_the_accuser", "2023-09-20",
			"Canadian Prime Minister Justin Trudeau accused India of involvement in the killing on Monday. India's foreign ministry rejected the accusation on Tuesday.",
			[]want{{typ: parley.Reject, source: "Ministry of External Affairs", target: "Justin Trudeau", date: "2023-09-19"}}},
		{"call_framing_a_warning", "2021-12-08",
			"Joe Biden warned Vladimir Putin on Tuesday that the US would impose strong economic measures if Russia attacked Ukraine, in a two-hour video call.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Vladimir Putin", status: parley.Occurred, medium: parley.Virtual, date: "2021-12-07"},
				{typ: parley.Threaten, source: "Joe Biden", target: "Vladimir Putin", date: "2021-12-07"}}},
		{"host_is_not_one_of_the_group", "2023-08-08",
			"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed a trade deal on Friday. President Emmanuel Macron later received the two leaders at the Elysee.",
			[]want{{typ: parley.Consult, source: "William Ruto", target: "Emmanuel Macron"}, {typ: parley.Consult, source: "Samia Suluhu Hassan", target: "Emmanuel Macron"}}},
		{"subject_before_a_region", "2023-08-08",
			"Greek Foreign Minister Nikos Dendias visited the flooded region in northern Italy on Sunday and held talks with Italian Foreign Minister Antonio Tajani.",
			[]want{{typ: parley.Consult, source: "Nikos Dendias", target: "Antonio Tajani", date: "2023-08-06"}}},
		{"pausing_aid", "2021-10-26",
			"The United States said on Monday it was pausing $700 million in economic assistance to Sudan.",
			[]want{{typ: parley.Sanction, source: "United States", target: "Sudan", date: "2021-10-25"}}},
		{"suspending_imports_from", "2023-08-25",
			"China suspended all imports of seafood from Japan on Thursday.",
			[]want{{typ: parley.Sanction, source: "China", target: "Japan", date: "2023-08-24"}}},
		{"coordinated_forces_strike", "2024-01-13",
			"American and British warplanes struck more than 60 Houthi targets across Yemen on Friday.",
			[]want{{typ: parley.Assault, source: "United States", target: "Houthis", date: "2024-01-12"},
				{typ: parley.Assault, source: "United Kingdom", target: "Houthis", date: "2024-01-12"}}},
		{"diplomats_from_a_list_ordered_out", "2024-07-30",
			"Venezuela on Monday ordered diplomats from Argentina, Chile and Peru to leave the country.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Argentina"}, {typ: parley.Sanction, source: "Venezuela", target: "Peru"}}},
		{"persona_non_grata", "2024-04-06",
			"Ecuador declared Mexico's ambassador persona non grata on Thursday.",
			[]want{{typ: parley.Sanction, source: "Ecuador", target: "Mexico", date: "2024-04-04"}}},
		{"court_orders_a_state", "2024-01-27",
			"The International Court of Justice on Friday ordered Israel to take all measures to prevent genocide.",
			[]want{{typ: parley.Request, source: "International Court of Justice", target: "Israel", date: "2024-01-26"}}},
		{"granting_candidate_status", "2023-12-15",
			"The European Union granted candidate status to Georgia on Thursday.",
			[]want{{typ: parley.Support, source: "European Union", target: "Georgia", date: "2023-12-14"}}},
		{"year_before_the_subject_is_no_count", "2022-03-01",
			"On 4 February 2022 Putin met Xi in Beijing before the Winter Olympics opened.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Xi Jinping", date: "2022-02-04"}}},
		{"occasion_named_in_the_sentence", "2020-02-29",
			"US envoy Zalmay Khalilzad and Taliban leader Abdul Ghani Baradar signed an agreement in Doha on Saturday. Secretary of State Mike Pompeo met Baradar before the signing.",
			[]want{{typ: parley.Consult, source: "Mike Pompeo", target: "Abdul Ghani Baradar", date: "2020-02-29"}}},
		{"this_weeks_occasion_over_an_older_one", "2023-09-14",
			"Kim Jong Un met Vladimir Putin in Vladivostok in April 2019. Kim Jong Un held talks with Vladimir Putin at the cosmodrome on Wednesday. Kim invited Putin to Pyongyang.",
			[]want{{typ: parley.Request, source: "Kim Jong Un", target: "Vladimir Putin", date: "2023-09-13"}}},
		{"overriding_a_veto", "2024-05-29",
			"Georgia's parliament on Tuesday overrode President Salome Zourabichvili's veto of the law.",
			[]want{{typ: parley.Reject, source: "Parliament of Georgia", target: "Salome Zourabichvili", date: "2024-05-28"}}},
		{"agreed_to_resume_talks", "2023-09-21",
			"South Korea and Japan agreed on Monday to resume regular security talks.",
			[]want{{typ: parley.Agree, source: "South Korea", target: "Japan", status: parley.Occurred, date: "2023-09-18"},
				{typ: parley.Consult, source: "South Korea", target: "Japan", status: parley.Planned, date: "-"}}},
		{"envoy_recalled_from_a_capital", "2023-09-21",
			"Armenia recalled its ambassador to Moscow for consultations.",
			[]want{{typ: parley.Sanction, source: "Armenia", target: "Russia"}}},
		{"name_after_a_country_word", "2023-09-21",
			"Pakistan's foreign office lodged a strong protest with the Afghan Taliban over cross-border attacks.",
			[]want{{typ: parley.Accuse, source: "Ministry of Foreign Affairs of Pakistan", target: "Taliban"}}},
		{"title_of_state_before_the_name", "2023-12-08",
			"Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan.",
			[]want{{typ: parley.Consult, source: "Vladimir Putin", target: "Recep Tayyip Erdoğan", medium: parley.Phone}}},
		{"call_received_from", "2023-12-08",
			"Prime Minister Shri Narendra Modi received a call today from the President of France, H.E. Emmanuel Macron.",
			[]want{{typ: parley.Consult, source: "Narendra Modi", target: "Emmanuel Macron", medium: parley.Phone, date: "2023-12-08"}}},
		{"welcomed_to_a_capital", "2023-12-12",
			"Chancellor Olaf Scholz welcomed Polish Prime Minister Donald Tusk to Berlin on Monday.",
			[]want{{typ: parley.Consult, source: "Donald Tusk", target: "Olaf Scholz", medium: parley.InPerson, date: "2023-12-11"}}},
		{"nearest_date_after_the_trigger", "2019-11-20",
			"The trade war began in July 2018 and escalated quickly, with the United States imposing new tariffs on China in August 2018.",
			[]want{{typ: parley.Sanction, source: "United States", target: "China", date: "2018-08"}}},
		{"neither_nor_negates", "2019-11-20",
			"Neither the House nor the Senate has provided the money NASA requested.",
			[]want{{typ: parley.Aid, source: "United States Senate", target: "National Aeronautics and Space Administration", status: parley.Negated}}},
		{"protests_imply_their_crowd", "2023-06-15",
			"Two people were killed during protests in Peru against Congress on Sunday.",
			[]want{{typ: parley.Protest, source: "Peruvian protesters", target: "Congress of Peru", date: "2023-06-11"}}},
		{"years_since_an_act", "2021-06-28",
			"On July 16 the two countries mark twenty years since Vladimir Putin and Jiang Zemin signed the Treaty of Good-Neighbourliness in Moscow.",
			[]want{{typ: parley.Agree, source: "Vladimir Putin", target: "Jiang Zemin", date: "2001-07-16"}}},
		{"force_on_protesters", "2024-06-26",
			"Police fired tear gas at protesters in Nairobi on Tuesday.",
			[]want{{typ: parley.Assault, source: "Police of Kenya", target: "Kenyan protesters", date: "2024-06-25"}}},
		{"opened_fire", "2021-10-26",
			"Sudanese security forces opened fire on demonstrators in Khartoum on Monday.",
			[]want{{typ: parley.Assault, source: "Sudanese security forces", target: "Sudanese demonstrators", date: "2021-10-25"}}},
		{"exchanged_fire_both_ways", "2025-07-26",
			"Thai and Cambodian troops exchanged fire near an ancient temple on Thursday.",
			[]want{{typ: parley.Assault, source: "Armed Forces of Thailand", target: "Armed Forces of Cambodia", date: "2025-07-24"},
				{typ: parley.Assault, source: "Armed Forces of Cambodia", target: "Armed Forces of Thailand", date: "2025-07-24"}}},
		{"apposition_in_a_coordinated_subject", "2020-02-29",
			"US envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed an agreement in Doha on Saturday.",
			[]want{{typ: parley.Agree, source: "Zalmay Khalilzad", target: "Abdul Ghani Baradar", date: "2020-02-29"}}},
		{"body_title_person", "2023-02-27",
			"Prime Minister Rishi Sunak met European Commission President Ursula von der Leyen in Windsor today.",
			[]want{{typ: parley.Consult, source: "Rishi Sunak", target: "Ursula von der Leyen", date: "2023-02-27"}}},
		{"quoted_demand_before_said_name", "2019-11-19",
			"Iran cut the internet and Iranian security forces killed protesters in Tehran. Iran said calm had returned. “The authorities must end this brutal crackdown immediately,” said Philip Luther, Amnesty International’s research director for the Middle East.",
			[]want{{typ: parley.Request, source: "Philip Luther", target: "Iran"}}},
		{"it_announced_by_a_state", "2024-04-07",
			"On Saturday Brazil and Colombia condemned the raid, and Nicaragua announced that it was breaking off relations with Ecuador.",
			[]want{{typ: parley.Sanction, source: "Nicaragua", target: "Ecuador"}}},
		{"long_list_ordered_out", "2024-07-30",
			"Venezuela on Monday ordered diplomats from Argentina, Chile, Costa Rica, Peru, Panama, the Dominican Republic and Uruguay to leave the country.",
			[]want{{typ: parley.Sanction, source: "Venezuela", target: "Uruguay", date: "2024-07-29"}}},
		{"a_call_on_both_sides", "2022-10-05",
			"Narendra Modi reiterated his call on Russia and Ukraine for an early end to hostilities.",
			[]want{{typ: parley.Request, source: "Narendra Modi", target: "Russia"}, {typ: parley.Request, source: "Narendra Modi", target: "Ukraine"}}},
		{"also_continues_the_occasion", "2019-11-20",
			"On Tuesday China accused the United States of meddling in Hong Kong. China also accused Britain of interference in its affairs.",
			[]want{{typ: parley.Accuse, source: "China", target: "United Kingdom", date: "2019-11-19"}}},
		{"date_before_its_noun", "2019-11-20",
			"Morrison was the third witness testifying Tuesday who listened in on Donald Trump's July 25 call with Volodymyr Zelensky.",
			[]want{{typ: parley.Consult, source: "Donald Trump", target: "Volodymyr Zelensky", date: "2019-07-25"}}},
		{"reduced_passive_with_agents", "2021-06-29",
			"The treaty, signed in Moscow in July 2001 by Vladimir Putin and Jiang Zemin, commits the two countries to peace.",
			[]want{{typ: parley.Agree, source: "Vladimir Putin", target: "Jiang Zemin", date: "2001-07"}}},
		{"aside_inside_an_agent_list", "2021-06-29",
			"The treaty was signed in Moscow on 16 July 2001 by Vladimir Putin, then in his first term, and Chinese President Jiang Zemin.",
			[]want{{typ: parley.Agree, source: "Vladimir Putin", target: "Jiang Zemin", date: "2001-07-16"}}},
		{"one_event_per_listed_date", "2021-11-16",
			"Joe Biden and Xi Jinping had spoken by phone twice this year, in February and September.",
			[]want{{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", date: "2021-02"},
				{typ: parley.Consult, source: "Joe Biden", target: "Xi Jinping", date: "2021-09"}}},
		{"troops_moved_to_a_border", "2021-12-08",
			"Russia has moved about 70,000 troops towards the border with Ukraine.",
			[]want{{typ: parley.Mobilize, source: "Russia", target: "Ukraine"}}},
		{"troops_massed_on_a_border", "2021-11-10",
			"Belarus massed troops on its border with Poland.",
			[]want{{typ: parley.Mobilize, source: "Belarus", target: "Poland"}}},
		{"aid_sent", "2023-02-10",
			"Germany sent humanitarian aid to Turkey after the earthquake.",
			[]want{{typ: parley.Aid, source: "Germany", target: "Turkey"}}},
		{"bid_approved", "2023-03-31",
			"Turkey approved Finland's bid to join NATO.",
			[]want{{typ: parley.Support, source: "Turkey", target: "Finland"}}},
		{"a_heavy_price_is_a_threat", "2024-01-13",
			"Hussein al-Ezzi, a senior Houthi official, said the United States and Britain would have to prepare to pay a heavy price.",
			[]want{{typ: parley.Threaten, source: "Hussein al-Ezzi", target: "United States"}}},
		{"threat_aimed_after_if", "2021-06-15",
			"Joe Biden said in Brussels on Monday that he would tell Vladimir Putin where Washington was ready to cooperate and that the United States would respond if Russia continued its harmful activities.",
			[]want{{typ: parley.Threaten, source: "Joe Biden", target: "Russia", date: "2021-06-14"}}},
		{"leaders_take_part_as_their_states", "2025-07-29",
			"Thailand and Cambodia agreed to an immediate ceasefire on Monday. Cambodian Prime Minister Hun Manet and Thai Prime Minister Paetongtarn Shinawatra then met at the residence of Anwar Ibrahim.",
			[]want{{typ: parley.Consult, source: "Hun Manet", target: "Paetongtarn Shinawatra", date: "2025-07-28"}}},
		{"people_counted_protesting", "2024-07-30",
			"Thousands of people protested in Caracas and other cities on Monday, banging pots and blocking roads.",
			[]want{{typ: parley.Protest, source: "Venezuelan protesters", target: "Venezuela", date: "2024-07-29"}}},
		{"question_is_no_request", "2019-11-19",
			"Steve Castor asked Tim Morrison about concerns within the council.", nil},
		{"inside_a_quotation_is_no_event", "2021-06-28",
			`The analyst said: "Russia and China met many times and will meet again."`, nil},
		{"opinion_without_actors_is_no_event", "2021-06-28",
			"Analysts believe the talks will be difficult.", nil},
		{"navigation_text_is_no_event", "2021-06-28",
			"Home\nWorld\nSanctions\nMost read", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			if tt.want == nil && len(a.Events) > 0 {
				t.Errorf("want no event, got %s", describe(a.Events))
			}
			for _, w := range tt.want {
				found := false
				for _, e := range a.Events {
					found = found || w.matches(e)
				}
				if !found {
					t.Errorf("no event like %+v in %s", w, describe(a.Events))
				}
			}
		})
	}
}

// TestReadingsRuledOut checks events that must not be coded, beside the
// one that must: the charge inside an accusation, and an object taken
// across a comma.
func TestReadingsRuledOut(t *testing.T) {
	tests := []struct {
		name, day, text string
		want, not       want // a zero want checks nothing; a not without actors rules out its type
	}{
		{"charge_of_an_accusation", "2022-06-30",
			"Foreign ministry spokesman Zhao Lijian accused NATO of maliciously attacking and smearing China.",
			want{typ: parley.Accuse, source: "Zhao Lijian", target: "North Atlantic Treaty Organization"},
			want{typ: parley.Assault, source: "North Atlantic Treaty Organization", target: "China"}},
		{"blame_for_a_strike", "2024-04-14",
			"Iran blamed Israel for the strike on its consulate in Damascus.",
			want{typ: parley.Accuse, source: "Iran", target: "Israel"},
			want{typ: parley.Assault, source: "Israel", target: "Iran"}},
		{"reaction_to_a_deed_told_before", "2020-09-08",
			"Belarusian security forces detained opposition leader Maria Kolesnikova in Minsk on Monday. On Tuesday Lithuanian President Gitanas Nauseda condemned the detention.",
			want{typ: parley.Accuse, source: "Gitanas Nausėda", target: "Belarusian security forces", date: "2020-09-08"},
			want{typ: parley.Accuse, source: "Gitanas Nausėda", target: "Maria Kolesnikova"}},
		{"reaction_to_a_pact_aims_at_its_parties", "2023-06-02",
			"Armenia and Azerbaijan signed a border agreement in Brussels on Thursday. The European Union welcomed the agreement.",
			want{typ: parley.Support, source: "European Union", target: "Azerbaijan"},
			want{typ: parley.Support, source: "European Union", target: "European Union"}},
		{"a_decision_is_what_was_decided_not_the_last_act", "2023-08-25",
			"Japan began releasing treated water into the Pacific on Thursday. China banned all seafood imports from Japan the same day. China's foreign ministry called the discharge an irresponsible act.",
			want{typ: parley.Sanction, source: "China", target: "Japan"},
			want{typ: parley.Accuse, source: "Ministry of Foreign Affairs of China", target: "China"}},
		{"no_object_across_a_comma", "2021-02-01",
			"UN Secretary-General António Guterres strongly condemned the detentions, his spokesman Stéphane Dujarric said.",
			want{},
			want{typ: parley.Accuse, source: "António Guterres", target: "Stéphane Dujarric"}},
		{"next_verb_ends_the_object_search", "2019-11-19",
			"The Afghan government freed three prisoners and sent them to Qatar.",
			want{},
			want{typ: parley.Retreat, source: "Afghanistan", target: "Qatar"}},
		{"adjective_makes_a_noun", "2023-06-15",
			"Beijing balked at the American demand to cut its purchases of Russian oil.",
			want{typ: parley.Reject, source: "China", target: "United States"},
			want{typ: parley.Request, source: "China", target: "Russia"}},
		{"denial_of_new_charges_names_no_accuser", "2019-11-19",
			"China accused the United States of meddling. Hong Kong police deny accusations of brutality.",
			want{typ: parley.Accuse, source: "China", target: "United States"},
			want{typ: parley.Reject}},
		{"sanction_is_no_occasion_for_a_date", "2023-06-15",
			"Beijing balked at the American demand. The United States raised tariffs on Chinese goods in May 2019.",
			want{typ: parley.Reject, source: "China", target: "United States", date: "-"},
			want{typ: parley.Reject, source: "China", target: "United States", date: "2019-05"}},
		{"the_call_named_before", "2021-12-08",
			"Joe Biden spoke with Vladimir Putin by video on Tuesday. After the call Biden spoke by phone with the leaders of France, Germany, Italy and Britain.",
			want{typ: parley.Consult, source: "Joe Biden", target: "France"},
			want{typ: parley.Consult, source: "Germany", target: "France"}},
		{"opposing_a_policy_is_no_rejection_of_a_state", "2019-11-20",
			"Kurt Volker said he opposed the hold on U.S. security assistance to Ukraine.",
			want{},
			want{typ: parley.Reject}},
		{"in_response_to_names_no_target", "2023-09-21",
			"North Korean leader Kim Jong Un vowed to bolster his country's nuclear arsenal in response to US threats.",
			want{},
			want{typ: parley.Agree}},
		{"consultations_at_home", "2023-09-21",
			"Armenia recalled its ambassador to Moscow for consultations.",
			want{},
			want{typ: parley.Consult}},
		{"what_it_called_is_no_call", "2024-06-18",
			"The US State Department condemned what it called China's escalatory and irresponsible actions.",
			want{typ: parley.Accuse, source: "United States Department of State", target: "China"},
			want{typ: parley.Consult}},
		{"a_new_clause_after_comma_and", "2021-10-26",
			"The United States said on Monday it was pausing $700 million in economic assistance to Sudan, and State Department spokesman Ned Price said the army must restore the government.",
			want{typ: parley.Sanction, source: "United States", target: "Sudan"},
			want{typ: parley.Sanction, source: "United States", target: "United States Department of State"}},
		{"speaking_to_a_matter", "2019-11-20",
			"Jennifer Williams said she could not speak to what Donald Trump's motivation was.",
			want{},
			want{typ: parley.Consult}},
		{"the_wounded_are_no_assault", "2019-11-20",
			"A doctor told Ruptly that he tried to save one of the wounded Bolivian demonstrators.",
			want{},
			want{typ: parley.Assault}},
		{"a_form_of_protest", "2019-11-18",
			"Hundreds of Iranian demonstrators blocked roads, using their parked cars as a form of protest.",
			want{},
			want{typ: parley.Protest}},
		{"lodged_protest_implies_no_crowd", "2023-08-25",
			"China lodged a strong protest with Japan over the release of treated water.",
			want{typ: parley.Accuse, source: "China", target: "Japan"},
			want{typ: parley.Protest}},
		{"beating_a_rival_team", "2022-12-19",
			"Argentina beat France on penalties in the final.",
			want{},
			want{typ: parley.Assault}},
		{"talks_called_for", "2023-02-25",
			"China published a paper that called for a ceasefire and for peace talks between Russia and Ukraine.",
			want{},
			want{typ: parley.Consult}},
		{"own_envoy_recalled", "2021-06-16",
			"Russia recalled its ambassador Anatoly Antonov for consultations in March.",
			want{},
			want{typ: parley.Sanction, source: "Russia", target: "Anatoly Antonov"}},
		{"an_analysts_view_is_no_event", "2023-07-31",
			"“ECOWAS has drawn a line it may now have to defend,” said Aisha Bello, a senior researcher at the Kano Centre for Democracy.",
			want{},
			want{typ: parley.Request}},
		{"rallying_allies_is_no_protest", "2021-06-28",
			"It came after a month in which western leaders tried to rally allies against both countries.",
			want{},
			want{typ: parley.Protest}},
		{"rally_with_an_object_is_no_protest", "2022-03-01",
			"The United States rallied allies against Russia.",
			want{},
			want{typ: parley.Protest}},
		{"suspended_aid_is_a_sanction", "2023-07-30",
			"France suspended its development aid to Niger on Saturday.",
			want{typ: parley.Sanction, source: "France", target: "Niger"},
			want{typ: parley.Aid}},
		{"told_that_a_state_must", "2020-09-11",
			"Chinese Foreign Minister Wang Yi told Mr. Jaishankar that India must immediately stop provocations.",
			want{typ: parley.Request, source: "Wang Yi", target: "India"},
			want{typ: parley.Request, source: "Wang Yi", target: "Subrahmanyam Jaishankar"}},
		{"urged_act_is_not_done", "2019-11-19",
			"Donald Trump urged Ukraine to investigate Joe Biden.",
			want{typ: parley.Request, source: "Donald Trump", target: "Ukraine"},
			want{typ: parley.Accuse}},
		{"wanted_removal_is_not_a_sanction", "2019-11-19",
			"Beijing also wants Donald Trump to eliminate the tariffs on Chinese goods.",
			want{typ: parley.Request, source: "China", target: "Donald Trump"},
			want{typ: parley.Sanction}},
		{"called_on_to_withdraw", "2019-11-17",
			"Bolivia mourned. Bolivian police patrolled Bolivia. Ombudsman Nadia Cruz called on the “interim” government to withdraw military units from the protests.",
			want{typ: parley.Request, source: "Nadia Cruz", target: "Bolivia"},
			want{typ: parley.Retreat}},
		{"proposed_summit_is_not_held", "2021-04-17",
			"Joe Biden said he had proposed to Vladimir Putin, in a phone call on Tuesday, that they hold a summit in Europe this summer.",
			want{typ: parley.Consult, source: "Joe Biden", target: "Vladimir Putin", status: parley.Occurred, date: "2021-04-13", medium: parley.Phone},
			want{typ: parley.Consult, source: "Joe Biden", target: "Vladimir Putin", status: parley.Occurred, medium: parley.InPerson}},
		{"said_sanctions_are_not_the_speakers", "2022-02-23",
			"Russia's ambassador in Washington, Anatoly Antonov, said sanctions would not make Moscow change its foreign policy.",
			want{},
			want{typ: parley.Sanction, source: "Anatoly Antonov", target: "Russia"}},
		{"envoy_in_apposition", "2021-03-23",
			"Vice Foreign Minister Qin Gang summoned the EU ambassador in Beijing, Nicolas Chapuis, to lodge a protest.",
			want{typ: parley.Accuse, source: "Qin Gang", target: "Nicolas Chapuis"},
			want{typ: parley.Accuse, source: "Qin Gang", target: "European Union"}},
		{"country_word_owns_the_noun", "2022-02-22",
			"President Joe Biden called the move the beginning of a Russian invasion of Ukraine.",
			want{typ: parley.Assault, source: "Russia", target: "Ukraine"},
			want{typ: parley.Assault, source: "Joe Biden", target: "Ukraine"}},
		{"warned_sanctions_are_threatened", "2021-12-08",
			"Joe Biden warned Vladimir Putin on Tuesday that the US and its allies would impose strong economic measures on Russia.",
			want{typ: parley.Threaten, source: "Joe Biden", target: "Vladimir Putin"},
			want{typ: parley.Sanction}},
		{"working_together_is_no_meeting", "2022-08-06",
			"Climate was one of the few areas in which the United States and China still worked together.",
			want{},
			want{typ: parley.Consult}},
		{"guest_is_not_the_visitor", "2023-03-25",
			"From 20 to 22 March 2023 Xi Jinping was Vladimir Putin's guest in Moscow on a state visit.",
			want{typ: parley.Consult, source: "Xi Jinping", target: "Vladimir Putin"},
			want{typ: parley.Consult, source: "Vladimir Putin", target: "Russia"}},
		{"called_off_is_no_request", "2019-06-22",
			"Donald Trump said on Friday that he had called off retaliatory strikes on three Iranian sites.",
			want{},
			want{typ: parley.Request}},
		{"subject_before_a_parenthesis", "2019-11-20",
			"A group of physicians, alarmed that the Trump administration is denying flu vaccines to migrants, is urging the Department of Homeland Security to act.",
			want{},
			want{typ: parley.Request, source: "United States"}},
		{"apposition_names_the_subject", "2024-06-20",
			"The chief of the Philippine armed forces, General Romeo Brawner Jr., demanded on Wednesday that China return the rifles.",
			want{typ: parley.Request, source: "Romeo Brawner Jr", target: "China"},
			want{}},
		{"cut_off_talks_are_no_meeting", "2022-08-06", "China cut off military talks with the United States.",
			want{},
			want{typ: parley.Consult}},
		{"march_the_month", "2021-06-15", "In March, Foreign Minister Sergei Lavrov held talks with Wang Yi in Guilin.",
			want{typ: parley.Consult, source: "Sergey Lavrov", target: "Wang Yi"},
			want{typ: parley.Protest}},
		{"apposition_is_the_object", "2022-08-05",
			"The White House summoned China's ambassador, Qin Gang, on Thursday.",
			want{typ: parley.Accuse, source: "United States", target: "Qin Gang"},
			want{typ: parley.Accuse, source: "United States", target: "China"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.text, tt.day)
			found := tt.want.typ == ""
			for _, e := range a.Events {
				found = found || tt.want.matches(e)
				if tt.not.matches(e) || tt.not.source == "" && tt.not.target == "" && e.Type == tt.not.typ {
					t.Errorf("unwanted event %+v in %s", tt.not, describe(a.Events))
				}
			}
			if !found {
				t.Errorf("no event like %+v in %s", tt.want, describe(a.Events))
			}
		})
	}
}

func describe(evs []parley.Event) string {
	var b strings.Builder
	for _, e := range evs {
		place := ""
		if e.Location != nil {
			place = e.Location.Name
		}
		b.WriteString("\n  " + string(e.Type) + " " + string(e.Status) + " " + e.Date.String() + " " + string(e.Medium) + " " +
			e.Source.Name + " → " + e.Target.Name + " @" + place + " [" + e.Rule + "]")
	}
	if b.Len() == 0 {
		return "no events"
	}
	return b.String()
}

func TestEvidenceIsTheSentence(t *testing.T) {
	text := "Relations warmed. Vladimir Putin met Xi Jinping in Beijing on Friday. Trade grew."
	a := analyze(t, text, "2022-02-05")
	if len(a.Events) == 0 {
		t.Fatal("no event")
	}
	e := a.Events[0]
	if e.Evidence.Sentence != "Vladimir Putin met Xi Jinping in Beijing on Friday." || text[e.Evidence.Span.Start:e.Evidence.Span.End] != e.Evidence.Sentence {
		t.Errorf("evidence = %q at %v", e.Evidence.Sentence, e.Evidence.Span)
	}
	if e.Rule == "" || text[e.Trigger.Start:e.Trigger.End] != "met" {
		t.Errorf("explanation: rule %q trigger %v", e.Rule, e.Trigger)
	}
}
