package actor

import (
	"testing"
	"time"

	"parley/nlp/sentence"
	"parley/nlp/token"
)

// TestNamesTwoLeadersBore covers a name two office holders bore ("George
// Bush"): the one holding the office on the story's day is meant.
func TestNamesTwoLeadersBore(t *testing.T) {
	tests := []mentionCase{
		{"the_father_in_1990", "President George Bush welcomed the Lithuanian prime minister.", "1990-05-03",
			"President George Bush", []string{"person:george-h-w-bush"}},
		{"the_son_in_2005", "President George Bush welcomed the Lithuanian president.", "2005-05-03",
			"President George Bush", []string{"person:george-w-bush"}},
	}
	runMentionCases(t, tests)
}

// TestGovernmentsCapitalised covers a state's government named by its
// adjective with a capital G, as notes and statements write it ("The
// Brazilian Government expresses …"): the state, as in lower case, not a
// body of that name.
func TestGovernmentsCapitalised(t *testing.T) {
	tests := []mentionCase{
		{"note_style", "The Brazilian Government expresses its satisfaction at the conclusion of the Declaration.", "1995-02-18",
			"Brazilian Government", []string{"state:BRA"}},
		{"lower_case_alike", "The Peruvian government welcomed the Declaration.", "1995-02-18",
			"Peruvian government", []string{"state:PER"}},
	}
	runMentionCases(t, tests)
}

// TestCommunistPartiesByStory covers "the Communist Party", the short
// name of several ruling parties: the one of the state the story has
// named so far.
func TestCommunistPartiesByStory(t *testing.T) {
	tests := []mentionCase{
		{"soviet", "Mikhail Gorbachev warned Lithuania again. The Communist Party headquarters in Vilnius were seized.", "1990-04-01",
			"Communist Party", []string{"org:cpsu"}},
		{"vietnamese", "Vietnam's president met Joe Biden in Hanoi. The Communist Party leader met him too.", "2023-09-10",
			"Communist Party", []string{"org:cpv"}},
		{"chinese", "China's president Xi Jinping spoke first. The Communist Party opened its congress in Beijing.", "2022-10-16",
			"Communist Party", []string{"org:cpc"}},
	}
	runMentionCases(t, tests)
}

// TestLeadersOfANamedBody covers "the leaders of the G5 Sahel": the body
// after "of the" says whose leaders they are, so the phrase is no pair
// of the people the story named before it.
func TestLeadersOfANamedBody(t *testing.T) {
	tests := []mentionCase{
		{"after_two_of_one_state", "Idriss Déby ruled Chad until April, when his son Mahamat Déby took over. Earlier, when the leaders of the G5 Sahel met in N'Djamena, Emmanuel Macron joined by video.", "2021-06-01",
			"the leaders", nil},
	}
	runMentionCases(t, tests)
}

// TestTitleClosedByComma covers "The Minister of Defence, Morten Bødskov,
// today spoke with the head of NATO, Jens Stoltenberg": the comma after
// the name closes the title's apposition, so what follows it, a clause
// with its own verb, gives the minister no state.
func TestTitleClosedByComma(t *testing.T) {
	text := "Prime Minister Mette Frederiksen opened the pipeline in Poland. " +
		"The Minister of Defence, Morten Bødskov, today spoke with the head of NATO, Jens Stoltenberg."
	if got := unknownsState(t, text, "2022-09-27", "Prime Minister’s Office, Copenhagen", "new:person:morten-bodskov"); got != "DNK" {
		t.Errorf("Morten Bødskov's state %q, want DNK", got)
	}
}

// TestVerbAfterAName covers "Istanbul's chief prosecutor, Irfan Fidan,
// hosted the Saudi Attorney General": after the comma comes the verb
// and its object, no description of the prosecutor, so the Saudi in it
// gives him no state.
func TestVerbAfterAName(t *testing.T) {
	text := "Istanbul's chief prosecutor, Irfan Fidan, hosted the Saudi Attorney General, Saud al-Mojeb, at the courthouse."
	if got := unknownsState(t, text, "2018-10-29", "", "new:person:irfan-fidan"); got == "SAU" {
		t.Errorf("Irfan Fidan's state %q, want not SAU", got)
	}
}

// unknownsState resolves text as issuer's on day and returns the state
// given to actor id, failing the test when there is no such actor.
func unknownsState(t *testing.T, text, day, issuer, id string) string {
	t.Helper()
	on, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	r := testResolver(t).ResolveIssued(text, token.Tokenize(text), sentence.Split(text), on, issuer)
	for _, a := range r.Actors {
		if a.ID == id {
			return a.Country
		}
	}
	t.Fatalf("no actor %s among %v", id, r.Actors)
	return ""
}
