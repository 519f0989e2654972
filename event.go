package parley

// EventType is one of the sixteen PLOVER event types.
type EventType string

// The PLOVER event types (PLOVER manual, draft 2.0), in the manual's order.
const (
	Agree     EventType = "AGREE"
	Consult   EventType = "CONSULT"
	Support   EventType = "SUPPORT"
	Concede   EventType = "CONCEDE"
	Cooperate EventType = "COOPERATE"
	Aid       EventType = "AID"
	Retreat   EventType = "RETREAT"
	Request   EventType = "REQUEST"
	Accuse    EventType = "ACCUSE"
	Reject    EventType = "REJECT"
	Threaten  EventType = "THREATEN"
	Protest   EventType = "PROTEST"
	Sanction  EventType = "SANCTION"
	Mobilize  EventType = "MOBILIZE"
	Coerce    EventType = "COERCE"
	Assault   EventType = "ASSAULT"
)

// EventTypes lists every PLOVER type in the manual's order.
var EventTypes = []EventType{
	Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
	Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

// Quad is a PLOVER quad class: cooperation or conflict, verbal or material.
type Quad string

// The four quad classes.
const (
	VerbalCooperation   Quad = "verbal_cooperation"
	MaterialCooperation Quad = "material_cooperation"
	VerbalConflict      Quad = "verbal_conflict"
	MaterialConflict    Quad = "material_conflict"
)

// Valid reports whether t is one of the sixteen PLOVER types.
func (t EventType) Valid() bool {
	for _, v := range EventTypes {
		if t == v {
			return true
		}
	}
	return false
}

// Quad returns the PLOVER quad class of the type.
func (t EventType) Quad() Quad {
	switch t {
	case Agree, Consult, Support, Concede:
		return VerbalCooperation
	case Cooperate, Aid, Retreat:
		return MaterialCooperation
	case Request, Accuse, Reject, Threaten:
		return VerbalConflict
	case Protest, Sanction, Mobilize, Coerce, Assault:
		return MaterialConflict
	}
	return ""
}

// Cooperative reports whether the type is in one of the two cooperation quads.
func (t EventType) Cooperative() bool {
	q := t.Quad()
	return q == VerbalCooperation || q == MaterialCooperation
}

// Status says whether an event happened, is planned, or is only talked about.
type Status string

// Event statuses.
const (
	Occurred     Status = "occurred"
	Planned      Status = "planned"      // "will meet", "is set to visit", "announced that X would hold"
	Hypothetical Status = "hypothetical" // "could", "may", "if"
	Negated      Status = "negated"      // "did not meet", "refused to"
	// Cancelled is a planned happening that a later report says was
	// called off or postponed. Linking gives it to a happening (store.Happening);
	// the event coder never gives it to a single event.
	Cancelled Status = "cancelled"
)

// Medium is how a meeting or consultation took place.
type Medium string

// Media of consultation; the empty Medium means unknown or not a meeting.
const (
	InPerson Medium = "in-person"
	Virtual  Medium = "virtual" // video links, virtual summits, online meetings
	Phone    Medium = "phone"
)

// Place is where an event happened.
type Place struct {
	Name    string
	Country string // ISO 3166-1 alpha-3, or ""
}

// Evidence is the sentence that states an event, with its span in the text.
type Evidence struct {
	Span     Span
	Sentence string
}

// Event is one political interaction an article states: who did what to
// whom, when, where and how, with the sentence that says so.
type Event struct {
	Type EventType
	// Mode is the PLOVER mode ("visit", "phone", "convict", …) or "".
	Mode   string
	Medium Medium
	Status Status
	// Date is when the event happened or is planned to, from the time
	// expression that governs its clause; zero when the text does not say.
	Date Date
	// Source acts and Target is acted upon. For symmetric meetings both are
	// also in Participants, in text order; Target is zero when the event
	// has none.
	Source       ActorRef
	Target       ActorRef
	Participants []ActorRef
	Location     *Place
	Evidence     Evidence
	// CAMEO is the closest CAMEO code, so GDELT users can join.
	CAMEO string
	// Confidence in [0,1] expresses how sure the coder is of type and
	// actors; uncertain events carry a lower value rather than a wrong type.
	Confidence float64
	// Rule names the pattern that produced the event and Trigger the words
	// it fired on, so a wrong code can be traced (parley analyze --explain).
	Rule    string
	Trigger Span
}

// ReportedDate is the event's date as records report it: a day or a
// month. A year alone ("they last met in 2011") is too coarse to date an
// event record and is reported as unknown, as event-data conventions
// have it; Date keeps the year for linking and briefings.
func (e Event) ReportedDate() Date {
	if e.Date.Precision() == PrecisionYear {
		return Date{}
	}
	return e.Date
}
