package storetest

import (
	"context"
	"testing"

	"parley"
	"parley/store"
)

// report is one article with one CONSULT event between two actors.
func report(url, site, published string, src, tgt parley.Actor, date string, medium parley.Medium, status parley.Status, sentence string) *parley.Analysis {
	b := NewArticle(url, src.Name+" and "+tgt.Name, published).Site(site)
	s := b.Sentence(sentence)
	e := parley.Event{Type: parley.Consult, Medium: medium, Status: status, Source: src.Ref(), Target: tgt.Ref(),
		Participants: []parley.ActorRef{src.Ref(), tgt.Ref()}}
	if date != "" {
		e.Date = parley.MustParseDate(date)
	}
	return b.Event(s, e, src, tgt).Analysis()
}

func testHappenings(t *testing.T, fresh func(*testing.T) store.Store) {
	ctx := context.Background()
	put := func(t *testing.T, s store.Store, as ...*parley.Analysis) {
		t.Helper()
		for _, a := range as {
			if _, err := s.PutAnalysis(ctx, a.Article.URL, a); err != nil {
				t.Fatal(err)
			}
		}
	}
	all := func(t *testing.T, s store.Store, f store.HappeningFilter) []store.Happening {
		t.Helper()
		hs, err := s.Happenings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return hs
	}
	// Leaders as the knowledge base gives their roles on the day.
	xi, putin, biden := Xi, Putin, Biden
	tests := []struct {
		name     string
		articles []*parley.Analysis
		want     int // happenings
		check    func(t *testing.T, hs []store.Happening)
	}{
		{"OutletsOfOneSummit", []*parley.Analysis{
			report("https://a.example/1", "A", "2021-06-16", putin, biden, "2021-06-16", parley.InPerson, parley.Occurred, "Putin met Biden."),
			report("https://b.example/1", "B", "2021-06-17", biden, putin, "2021-06-16", parley.InPerson, parley.Occurred, "Biden met Putin."),
			report("https://c.example/1", "C", "2021-06-20", putin, biden, "2021-06", "", parley.Occurred, "They met in June."),
		}, 1, func(t *testing.T, hs []store.Happening) {
			h := hs[0]
			if h.Date.String() != "2021-06-16" || h.Mentions != 3 || h.Articles != 3 || h.Outlets != 3 || h.Medium != parley.InPerson {
				t.Errorf("happening = %s, %d mentions, %d articles, %d outlets, %s; want 2021-06-16, 3, 3, 3, in-person", h.Date, h.Mentions, h.Articles, h.Outlets, h.Medium)
			}
			if parley.DateOf(h.FirstSeen).String() != "2021-06-16" || parley.DateOf(h.LastSeen).String() != "2021-06-20" {
				t.Errorf("seen %s … %s", h.FirstSeen, h.LastSeen)
			}
		}},
		{"LeadersAndTheirStates", []*parley.Analysis{
			report("https://a.example/2", "A", "2021-06-28", xi, putin, "2021-06-28", parley.Virtual, parley.Occurred, "Xi and Putin talked."),
			report("https://b.example/2", "B", "2021-06-28", China, Russia, "2021-06-28", parley.Phone, parley.Occurred, "China and Russia talked."),
		}, 1, func(t *testing.T, hs []store.Happening) {
			if hs[0].Source.ID != xi.ID || hs[0].Target.ID != putin.ID || hs[0].Medium != parley.Virtual {
				t.Errorf("happening %s–%s by %s, want Xi–Putin by video, people preferred to states", hs[0].Source.Name, hs[0].Target.Name, hs[0].Medium)
			}
			if len(hs[0].Actors) != 4 {
				t.Errorf("actors %v, want the two leaders and the two states", hs[0].Actors)
			}
		}},
		{"TimeZonesOfTwoOutlets", []*parley.Analysis{
			report("https://a.example/3", "A", "2021-11-16", biden, xi, "2021-11-15", parley.Virtual, parley.Occurred, "Monday night."),
			report("https://b.example/3", "B", "2021-11-16", xi, biden, "2021-11-16", parley.Virtual, parley.Occurred, "Tuesday morning."),
		}, 1, nil},
		{"NextDayOfOneOutletIsAnotherMeeting", []*parley.Analysis{
			report("https://a.example/4", "A", "2023-03-20", xi, putin, "2023-03-20", parley.InPerson, parley.Occurred, "Day one."),
			report("https://a.example/5", "A", "2023-03-21", xi, putin, "2023-03-21", parley.InPerson, parley.Occurred, "Day two."),
		}, 2, nil},
		{"OtherMediumOrPlace", []*parley.Analysis{
			report("https://a.example/6", "A", "2021-06-16", putin, biden, "2021-06-16", parley.InPerson, parley.Occurred, "In person."),
			report("https://b.example/6", "B", "2021-06-16", putin, biden, "2021-06-16", parley.Phone, parley.Occurred, "By phone."),
		}, 2, nil},
		{"PlannedThenHeld", []*parley.Analysis{
			report("https://a.example/7", "A", "2021-06-26", xi, putin, "2021-06-28", parley.Virtual, parley.Planned, "They will talk on Monday."),
			report("https://b.example/7", "B", "2021-06-28", putin, xi, "2021-06-28", parley.Virtual, parley.Occurred, "They talked on Monday."),
		}, 1, func(t *testing.T, hs []store.Happening) {
			if hs[0].Status != parley.Occurred {
				t.Errorf("status %s, want occurred", hs[0].Status)
			}
		}},
		{"APreviewSayingMetConfirmsNothing", []*parley.Analysis{
			report("https://a.example/8", "A", "2021-06-10", xi, putin, "2021-06-28", parley.Virtual, parley.Occurred, "They met on Monday."),
		}, 1, func(t *testing.T, hs []store.Happening) {
			if hs[0].Status != parley.Planned {
				t.Errorf("status %s, want planned", hs[0].Status)
			}
		}},
		{"PlannedThenCalledOff", []*parley.Analysis{
			report("https://a.example/9", "A", "2022-02-20", biden, putin, "2022-02-24", parley.InPerson, parley.Planned, "They will meet."),
			report("https://b.example/9", "B", "2022-02-22", biden, putin, "2022-02-24", parley.InPerson, parley.Negated, "The summit was called off."),
		}, 1, func(t *testing.T, hs []store.Happening) {
			if hs[0].Status != parley.Cancelled {
				t.Errorf("status %s, want cancelled", hs[0].Status)
			}
		}},
		{"UndatedNearPublication", []*parley.Analysis{
			report("https://a.example/10", "A", "2021-06-16", putin, biden, "2021-06-16", parley.InPerson, parley.Occurred, "They met today."),
			report("https://b.example/10", "B", "2021-06-17", putin, biden, "", parley.InPerson, parley.Occurred, "They met."),
			report("https://c.example/10", "C", "2021-09-01", putin, biden, "", parley.InPerson, parley.Occurred, "They met again."),
		}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fresh(t)
			put(t, s, tt.articles...)
			hs := all(t, s, store.HappeningFilter{WithSupport: true})
			if len(hs) != tt.want {
				for _, h := range hs {
					t.Logf("%s %s %s–%s %d mentions", h.Date, h.Medium, h.Source.Name, h.Target.Name, h.Mentions)
				}
				t.Fatalf("%d happenings, want %d", len(hs), tt.want)
			}
			if tt.check != nil {
				tt.check(t, hs)
			}
			// Ingesting the same articles again changes nothing.
			put(t, s, tt.articles...)
			if again := all(t, s, store.HappeningFilter{WithSupport: true}); !sameHappenings(again, hs) {
				t.Errorf("re-ingesting changed the happenings")
			}
			// Relinking gives what linking at ingest gave.
			if err := s.Relink(ctx); err != nil {
				t.Fatal(err)
			}
			if again := all(t, s, store.HappeningFilter{WithSupport: true}); !sameHappenings(again, hs) {
				t.Errorf("Relink changed the happenings")
			}
		})
	}

	t.Run("KnownBefore", func(t *testing.T) {
		s := fresh(t)
		put(t, s,
			report("https://a.example/k1", "A", "2021-06-26", xi, putin, "2021-06-28", parley.Virtual, parley.Planned, "They will talk on Monday."),
			report("https://b.example/k1", "B", "2021-06-28", putin, xi, "2021-06-28", parley.Virtual, parley.Occurred, "They talked today."),
			report("https://c.example/k1", "C", "2021-06-30", putin, biden, "2021-06-16", parley.InPerson, parley.Occurred, "They met in Geneva."))
		hs := all(t, s, store.HappeningFilter{KnownBefore: parley.MustParseDate("2021-06-28"), WithSupport: true})
		if len(hs) != 1 || hs[0].Status != parley.Planned || hs[0].Mentions != 1 || len(hs[0].Support) != 1 {
			t.Fatalf("as of 2021-06-28 got %d happenings (first %+v), want the planned meeting alone", len(hs), hs)
		}
		hs = all(t, s, store.HappeningFilter{KnownBefore: parley.MustParseDate("2021-06-29"), Statuses: []parley.Status{parley.Occurred}})
		if len(hs) != 1 || hs[0].Status != parley.Occurred {
			t.Fatalf("as of 2021-06-29 got %+v, want the held meeting", hs)
		}
	})

	t.Run("Filters", func(t *testing.T) {
		s := fresh(t)
		put(t, s,
			report("https://a.example/f1", "A", "2021-05-19", xi, putin, "2021-05-19", parley.Virtual, parley.Occurred, "One."),
			report("https://a.example/f2", "A", "2021-06-16", putin, biden, "2021-06-16", parley.InPerson, parley.Occurred, "Two."),
			report("https://a.example/f3", "A", "2021-06-26", xi, putin, "2021-06-28", parley.Virtual, parley.Planned, "Three."))
		for _, tt := range []struct {
			name string
			f    store.HappeningFilter
			want []string
		}{
			{"Pair", store.HappeningFilter{Actors: []store.AnyOf{{xi.ID}, {putin.ID}}}, []string{"2021-05-19", "2021-06-28"}},
			{"PairEitherOrder", store.HappeningFilter{Actors: []store.AnyOf{{putin.ID}, {xi.ID}}, NewestFirst: true}, []string{"2021-06-28", "2021-05-19"}},
			{"OneActorAndDates", store.HappeningFilter{Actors: []store.AnyOf{{putin.ID}}, Since: parley.MustParseDate("2021-06"), Until: parley.MustParseDate("2021-06-20")}, []string{"2021-06-16"}},
			{"PairPageNewestFirst", store.HappeningFilter{Actors: []store.AnyOf{{xi.ID, China.ID}, {putin.ID}}, NewestFirst: true, Limit: 1, Offset: 1}, []string{"2021-05-19"}},
			{"PairPageOldestFirstUntil", store.HappeningFilter{Actors: []store.AnyOf{{xi.ID}, {putin.ID}}, Until: parley.MustParseDate("2021-12"), Limit: 1, Offset: 1}, []string{"2021-06-28"}},
			{"PairPageKnownBefore", store.HappeningFilter{Actors: []store.AnyOf{{xi.ID}, {putin.ID}}, NewestFirst: true, Limit: 5, KnownBefore: parley.MustParseDate("2021-06-01")}, []string{"2021-05-19"}},
			{"Status", store.HappeningFilter{Statuses: []parley.Status{parley.Planned}}, []string{"2021-06-28"}},
			{"Page", store.HappeningFilter{Limit: 1, Offset: 1}, []string{"2021-06-16"}},
			{"EmptySet", store.HappeningFilter{Actors: []store.AnyOf{{}}}, nil},
		} {
			t.Run(tt.name, func(t *testing.T) {
				var got []string
				for _, h := range all(t, s, tt.f) {
					got = append(got, h.Date.String())
				}
				if len(got) != len(tt.want) {
					t.Fatalf("dates %v, want %v", got, tt.want)
				}
				for i := range got {
					if got[i] != tt.want[i] {
						t.Fatalf("dates %v, want %v", got, tt.want)
					}
				}
			})
		}
		if _, err := s.Happenings(ctx, store.HappeningFilter{Limit: -1}); parley.KindOf(err) != parley.Invalid {
			t.Errorf("a negative limit gave %v, want Invalid", err)
		}
	})

	t.Run("Announcement", func(t *testing.T) {
		s := fresh(t)
		b := NewArticle("https://a.example/ann", "Video summit on Monday", "2021-06-26T08:30:00+05:30").Site("A")
		s1 := b.Sentence("Xi Jinping and Vladimir Putin will hold talks by video link on Monday, Beijing announced on Friday.")
		b.Mention(s1, "Xi Jinping", parley.ViaName, xi).Mention(s1, "Vladimir Putin", parley.ViaName, putin).
			Mention(s1, "Beijing", parley.ViaMetonym, China).Date(s1, "Monday", "2021-06-28").Date(s1, "Friday", "2021-06-25")
		spokes := parley.Actor{ID: "person:hua-chunying", Name: "Hua Chunying", Kind: parley.Person, Country: "CHN",
			Role: "Spokesperson of the Ministry of Foreign Affairs of China", Known: true}
		s2 := b.Sentence("Spokesperson Hua Chunying told reporters the leaders would discuss relations.")
		b.Mention(s2, "Hua Chunying", parley.ViaName, spokes)
		b.Event(s1, parley.Event{Type: parley.Consult, Medium: parley.Virtual, Status: parley.Planned, Date: parley.MustParseDate("2021-06-28"),
			Source: xi.Ref(), Target: putin.Ref(), Participants: []parley.ActorRef{xi.Ref(), putin.Ref()}}, xi, putin)
		put(t, s, b.Analysis())
		hs := all(t, s, store.HappeningFilter{})
		if len(hs) != 1 || hs[0].Announced == nil {
			t.Fatalf("happenings %+v, want one with an announcement", hs)
		}
		an := hs[0].Announced
		if an.By.ID != spokes.ID || an.Role != spokes.Role || an.On.String() != "2021-06-25" || an.Article.Title != "Video summit on Monday" {
			t.Errorf("announced %+v, want Hua Chunying on 2021-06-25", an)
		}
	})
}

// sameHappenings compares two listings by what they say, not by ID.
func sameHappenings(a, b []store.Happening) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Date != y.Date || x.Status != y.Status || x.Mentions != y.Mentions || x.Source.ID != y.Source.ID || x.Target.ID != y.Target.ID || len(x.Support) != len(y.Support) {
			return false
		}
	}
	return true
}
