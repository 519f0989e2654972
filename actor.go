package parley

// ActorKind is the coarse class of an actor.
type ActorKind string

// The kinds of actor Parley resolves mentions to.
const (
	Person       ActorKind = "person"
	State        ActorKind = "state"        // a country or territory acting as a whole, or its government
	Organization ActorKind = "organization" // governments' bodies, IGOs, parties, media, NGOs, armed groups
)

// Actor is a resolved participant of an article: a known person, state or
// organisation from the knowledge base, or one the text introduced ("Yang
// Jin, an expert with …"). Role is the role the actor held on the article's
// publication date.
type Actor struct {
	// ID is stable across articles for knowledge-base actors
	// ("person:xi-jinping", "state:CHN", "org:nato"). Actors the knowledge
	// base does not know get an ID derived from their name and country
	// ("new:person:yang-jin").
	ID   string
	Name string
	Kind ActorKind
	// Country is the ISO 3166-1 alpha-3 code of the state the actor is
	// or serves, or "" for international bodies and the unknown.
	Country string
	// Role is the actor's role on the publication date, such as
	// "President of China"; "" when unknown.
	Role string
	// Wikidata is the Wikidata item id ("Q7747") when known.
	Wikidata string
	// Known is true when the actor came from the knowledge base.
	Known bool
}

// Ref returns the compact reference that events and quotes carry.
func (a *Actor) Ref() ActorRef { return ActorRef{ID: a.ID, Name: a.Name, Country: a.Country} }

// ActorRef is how events and quotes name an actor: enough to read and to
// join on, with the full record in the analysis's actor list.
type ActorRef struct {
	ID      string
	Name    string
	Country string
}

// IsZero reports whether the reference names nobody.
func (r ActorRef) IsZero() bool { return r.ID == "" }

// MentionVia says how a mention was recognised and resolved, for
// explanation and for judging how far to trust it.
type MentionVia string

// The ways a stretch of text can refer to an actor.
const (
	ViaName       MentionVia = "name"       // a full name or alias from the knowledge base
	ViaSurname    MentionVia = "surname"    // "Putin" after "Vladimir Putin"
	ViaTitle      MentionVia = "title"      // "President Xi", "the Chinese president"
	ViaRole       MentionVia = "role"       // "the Russian leader", "his Russian counterpart"
	ViaMetonym    MentionVia = "metonym"    // "Moscow", "the Kremlin" for a government
	ViaAdjective  MentionVia = "adjective"  // "Chinese" in "Chinese troops"
	ViaDescriptor MentionVia = "descriptor" // a name the KB lacks, found from its context
	ViaPronoun    MentionVia = "pronoun"    // "he", "she"
	ViaGroup      MentionVia = "group"      // "the two leaders", "the duo", "both sides"
	ViaCollective MentionVia = "collective" // "the Chinese government", "Russian officials", "US troops"
)

// Mention is one stretch of text that refers to one or more actors. A group
// reference ("the two leaders") points to several.
type Mention struct {
	Span   Span
	Text   string
	Actors []string // Actor IDs, in the order the text introduced them
	Via    MentionVia
}
