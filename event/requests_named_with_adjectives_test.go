package event_test

import (
	"testing"

	"parley"
)

// TestRequestsNamedWithAnAdjective checks "a written request from X":
// the noun still, after an article and a word of its form, so X asked.
func TestRequestsNamedWithAnAdjective(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a_written_request_from", "2021-08-10",
			"The Portuguese government acted on a written request from Prime Minister Kyriakos Mitsotakis of Greece.",
			[]want{{typ: parley.Request, source: "Kyriakos Mitsotakis", target: "Portugal"}}},
	})
}

// TestAppealsSentAndInsistenceAccepted checks an appeal sent to someone
// ("sent Ottawa a similar appeal", "sent an urgent request to the UN"):
// a request of the one sent to, but no request in "sent troops at Kiir's
// request"; and "accepted Moscow's insistence" yields to Moscow.
func TestAppealsSentAndInsistenceAccepted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"an_appeal_sent_to_a_capital", "1970-10-16",
			"The mayor of Toronto, William Dennison, sent Ottawa a similar appeal on behalf of the city.",
			[]want{{typ: parley.Request, source: "William Dennison", target: "Canada"}}},
		{"a_request_sent_to_a_body", "2011-07-20",
			"Kenya sent an urgent request to the United Nations for food aid.",
			[]want{{typ: parley.Request, source: "Kenya", target: "United Nations"}}},
		{"insistence_accepted", "1981-11-07",
			"The Swedish government accepted Moscow's insistence that the captain be questioned aboard a Swedish ship.",
			[]want{{typ: parley.Concede, source: "Sweden", target: "Soviet Union"}}},
	})
	runNotCases(t, []notCase{
		{"troops_sent_at_a_request", "2015-08-27",
			"President Salva Kiir accused Riek Machar of attempting a coup in July 2013. Within days Uganda sent troops into South Sudan at Kiir's request, and they have fought alongside government forces since.",
			want{typ: parley.Request, source: "Uganda"}},
	})
}

// TestHouseArrestsLifted checks "lifted the house arrest on X": a
// captive freed, by those who held him.
func TestHouseArrestsLifted(t *testing.T) {
	runEventCases(t, []eventCase{
		{"house_arrest_lifted_on", "2010-11-14",
			"Myanmar's military government lifted the house arrest on Aung San Suu Kyi on Saturday.",
			[]want{{typ: parley.Retreat, source: "Myanmar", target: "Aung San Suu Kyi", date: "2010-11-13"}}},
	})
}
