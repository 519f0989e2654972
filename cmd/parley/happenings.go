package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"parley"
	"parley/store"
)

// listHappenings prints the happenings that pass the filter, the default
// of `parley events`.
func listHappenings(ctx context.Context, e *env, st store.Store, ef store.EventFilter, format string) error {
	f := store.HappeningFilter{Actors: ef.Actors, Types: ef.Types, Statuses: ef.Statuses, Since: ef.Since, Until: ef.Until,
		NewestFirst: ef.NewestFirst, Limit: ef.Limit}
	if f.Limit > 0 {
		f.Limit++ // one more, to tell the user when there is more
	}
	hs, err := st.Happenings(ctx, f)
	if err != nil {
		return err
	}
	more := f.Limit > 0 && len(hs) == f.Limit
	if more {
		hs = hs[:len(hs)-1]
	}
	switch format {
	case "json":
		err = writeHappeningsJSON(e.stdout, hs)
	case "csv":
		err = writeHappeningsCSV(e.stdout, hs)
	default:
		err = writeHappeningsTable(e.stdout, hs)
	}
	if err != nil {
		return err
	}
	if more {
		fmt.Fprintf(e.stderr, "showing the first %d happenings; use --limit 0 to see all\n", len(hs))
	}
	return nil
}

// happeningJSON is one happening of `parley events --format json`.
type happeningJSON struct {
	ID           int64            `json:"id"`
	Date         string           `json:"date"`
	Type         string           `json:"type"`
	Mode         string           `json:"mode"`
	Status       string           `json:"status"`
	Medium       string           `json:"medium"`
	Source       actorJSON        `json:"source"`
	Target       *actorJSON       `json:"target"`
	Actors       []actorJSON      `json:"actors"`
	Location     *placeJSON       `json:"location"`
	Mentions     int              `json:"mentions"`
	Articles     int              `json:"articles"`
	Outlets      int              `json:"outlets"`
	FirstSeen    string           `json:"first_seen"`
	LastSeen     string           `json:"last_seen"`
	Announcement *announcementRef `json:"announced"`
}

type placeJSON struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

type actorJSON struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"`
}

type announcementRef struct {
	By      actorJSON `json:"by"`
	Role    string    `json:"role"`
	On      string    `json:"on"`
	Article int64     `json:"article_id"`
}

func toActorJSON(r parley.ActorRef) actorJSON {
	return actorJSON{ID: r.ID, Name: r.Name, Country: r.Country}
}

func happeningToJSON(h store.Happening) happeningJSON {
	j := happeningJSON{ID: h.ID, Date: h.Date.String(), Type: string(h.Type), Mode: h.Mode, Status: string(h.Status),
		Medium: string(h.Medium), Source: toActorJSON(h.Source), Actors: []actorJSON{},
		Mentions: h.Mentions, Articles: h.Articles, Outlets: h.Outlets}
	if h.Location != nil {
		j.Location = &placeJSON{Name: h.Location.Name, Country: h.Location.Country}
	}
	if h.Target.ID != "" {
		t := toActorJSON(h.Target)
		j.Target = &t
	}
	for _, a := range h.Actors {
		j.Actors = append(j.Actors, toActorJSON(a))
	}
	if !h.FirstSeen.IsZero() {
		j.FirstSeen, j.LastSeen = h.FirstSeen.Format(time.RFC3339), h.LastSeen.Format(time.RFC3339)
	}
	if an := h.Announced; an != nil {
		j.Announcement = &announcementRef{By: toActorJSON(an.By), Role: an.Role, On: an.On.String(), Article: an.Article.ID}
	}
	return j
}

func writeHappeningsJSON(w io.Writer, hs []store.Happening) error {
	out := make([]happeningJSON, 0, len(hs))
	for _, h := range hs {
		out = append(out, happeningToJSON(h))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

var happeningCSVHeader = []string{"id", "date", "type", "mode", "status", "medium", "source_id", "source_name",
	"target_id", "target_name", "actors", "location_name", "location_country", "mentions", "articles", "outlets",
	"first_seen", "last_seen", "announced_by", "announced_on"}

func writeHappeningsCSV(w io.Writer, hs []store.Happening) error {
	cw := csv.NewWriter(w)
	cw.Write(happeningCSVHeader)
	for _, h := range hs {
		j := happeningToJSON(h)
		var ids []string
		for _, a := range h.Actors {
			ids = append(ids, a.ID)
		}
		var loc parley.Place
		if h.Location != nil {
			loc = *h.Location
		}
		var annBy, annOn string
		if j.Announcement != nil {
			annBy, annOn = j.Announcement.By.ID, j.Announcement.On
		}
		cw.Write([]string{strconv.FormatInt(h.ID, 10), j.Date, j.Type, j.Mode, j.Status, j.Medium,
			h.Source.ID, h.Source.Name, h.Target.ID, h.Target.Name, strings.Join(ids, ";"), loc.Name, loc.Country,
			strconv.Itoa(h.Mentions), strconv.Itoa(h.Articles), strconv.Itoa(h.Outlets), j.FirstSeen, j.LastSeen, annBy, annOn})
	}
	cw.Flush()
	return cw.Error()
}

func writeHappeningsTable(w io.Writer, hs []store.Happening) error {
	if len(hs) == 0 {
		_, err := fmt.Fprintln(w, "no happenings match")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tSTATUS\tMEDIUM\tPLACE\tACTORS\tSOURCES")
	for _, h := range hs {
		place := ""
		if h.Location != nil {
			place = h.Location.Name
			if h.Location.Country != "" {
				place += ", " + h.Location.Country
			}
		}
		actors := h.Source.Name
		if h.Target.ID != "" {
			sep := " → "
			if h.Type == parley.Consult || h.Type == parley.Agree || h.Type == parley.Cooperate {
				sep = " – "
			}
			actors += sep + h.Target.Name
		}
		sources := fmt.Sprintf("%d art., %d outl.", h.Articles, h.Outlets)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(h.Date.String()), h.Type, h.Status, orDash(string(h.Medium)),
			cell(place, 24), cell(actors, 48), sources)
	}
	return tw.Flush()
}
