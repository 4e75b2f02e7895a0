import DossierModel
import DossierText
/// Small closed word lists for recognising names: honorifics, titles, organisation and place words,
/// function words. General English, never names or places taken from any particular story.
package enum Lexicon {
    /// Abbreviated or formal honorifics that stand directly before a name: a sure sign of a person.
    package static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "gov", "sen", "rep", "gen",
        "lt", "col", "cmdr", "capt", "adm", "sgt", "maj", "rev", "fr", "messrs", "mmes", "pres", "supt", "insp",
        "det", "cpl", "pvt", "brig", "cdr", "hon", "amb",
    ]
    /// The title an abbreviated honorific stands for: "Gov." is the governor a later "the governor said" means.
    package static let honorificTitles: [String: String] = [
        "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
        "col": "colonel", "cmdr": "commander", "cdr": "commander", "capt": "captain", "adm": "admiral",
        "sgt": "sergeant", "maj": "major", "pres": "president", "supt": "superintendent", "insp": "inspector",
        "det": "detective", "amb": "ambassador", "prof": "professor", "dr": "doctor", "rev": "reverend",
        "brig": "brigadier", "cpl": "corporal",
    ]

    /// The words of a role with abbreviated honorifics written out: "Chiang Rai Gov." → chiang, rai, governor.
    package static func roleWords(_ role: String) -> [String] {
        role.lowercased().split(separator: " ").map { word in
            let bare = String(word).trimming(["."])
            return honorificTitles[bare] ?? bare
        }
    }

    /// Honorifics that name several people at once: "Messrs. Trump and Kim".
    package static let pluralHonorifics: Set<String> = ["messrs", "mmes"]

    /// Past forms that mark a clause as past: common ones and the irregular ones that do not end in
    /// "-ed" ("sank", "fell", "rose", "sought").
    package static let pastForms: Set<String> = [
        "met", "was", "were", "had", "said", "told", "reported", "arrived", "crossed", "left", "visited",
        "announced", "held", "signed", "ended", "collapsed", "died", "began", "took", "came", "went", "gave",
        "found", "killed", "struck", "hit", "won", "lost", "spoke", "wrote", "did", "made",
        "sank", "fell", "rose", "ran", "broke", "caught", "drove", "flew", "fled",
        "fought", "froze", "grew", "hid", "kept", "knew", "led", "paid", "quit", "rang", "rode", "saw", "sent",
        "shot", "shook", "slid", "sold", "spent", "stood", "stole", "swept", "swore", "swam", "taught", "tore",
        "threw", "understood", "woke", "wore", "blew", "bought", "brought", "built", "burnt", "chose", "dealt",
        "drew", "drank", "ate", "felt", "fed", "forgot", "got", "hung", "heard", "laid", "lay", "lit", "meant",
        "sought", "sprang", "stuck", "swung", "thought", "became", "arose", "bit", "bled", "crept", "dug",
        "forbade", "forgave", "ground", "knelt", "leapt", "sang", "sat", "slept", "spun", "wept",
    ]

    /// Nouns for what a person is or does, used before a name ("lawmaker Fedot Tumusov",
    /// "President Donald Trump") or in an appositive ("a professor at …").
    package static let titles: Set<String> = [
        "president", "minister", "secretary", "chancellor", "premier", "leader", "king", "queen", "prince",
        "princess", "emperor", "empress", "pope", "patriarch", "cardinal", "bishop", "archbishop", "rabbi", "imam",
        "cleric", "sheikh", "emir", "sultan", "ambassador", "envoy", "diplomat", "spokesman", "spokeswoman",
        "spokesperson", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative",
        "governor", "mayor", "judge", "justice", "prosecutor", "attorney", "commander", "admiral", "colonel",
        "captain", "lieutenant", "sergeant", "major", "general", "officer", "chief", "chairman", "chairwoman",
        "chairperson", "director", "head", "adviser", "advisor", "aide", "official", "expert", "analyst",
        "professor", "scholar", "researcher", "economist", "journalist", "reporter", "correspondent", "editor",
        "founder", "co-founder", "ceo", "executive", "dictator", "ruler", "monarch", "tsar", "czar", "delegate",
        "negotiator", "deputy", "commissioner", "councillor", "councilor", "councilman", "councilwoman", "activist",
        "lawyer", "author", "scientist", "historian", "specialist", "fellow", "lecturer", "dean", "rector",
        "strongman", "opposition", "candidate", "nominee", "speaker", "whip", "mp", "mep", "manager", "coach",
        "player", "striker", "captain", "owner", "investor", "banker", "billionaire", "businessman", "businesswoman",
        "entrepreneur", "tycoon", "consultant", "strategist", "pollster", "spy", "general-secretary",
        "secretary-general", "vice-president", "vice-chairman", "commentator", "columnist", "writer", "novelist",
        "artist", "singer", "actor", "actress", "director-general", "chairmen", "presidents", "ministers", "leaders",
        "auditor", "treasurer", "comptroller", "clerk", "sheriff", "marshal", "inspector", "superintendent",
        "constable", "trustee", "regulator", "ombudsman", "registrar", "member", "detective", "doctor", "nurse",
        "surgeon", "physician", "teacher", "pilot", "engineer", "firefighter", "paramedic", "chair", "farmer",
        "resident", "witness", "survivor", "student", "volunteer", "owner", "coach", "priest", "pastor",
        "counsel", "solicitor", "barrister", "magistrate", "coroner",
    ]

    /// Words that qualify a title: "Foreign Minister", "national security adviser", "Former President".
    package static let titleModifiers: Set<String> = [
        "former", "foreign", "prime", "deputy", "vice", "chief", "senior", "special", "national", "security",
        "defense", "defence", "finance", "economic", "economy", "trade", "interior", "state", "top", "acting",
        "interim", "executive", "supreme", "party", "presidential", "press", "first", "late", "then", "lead",
        "principal", "permanent", "assistant", "associate", "managing", "general", "foreign-policy", "policy",
        "military", "intelligence", "justice", "health", "education", "energy", "environment", "labor", "labour",
        "transport", "agriculture", "culture", "sports", "development", "communications", "unification",
        "political", "regional", "provincial", "federal", "local", "international", "veteran", "longtime",
        "independent", "opposition", "ruling", "retired", "exiled", "elected", "designate", "elect", "de", "facto",
    ]

    /// Words that make a capitalised phrase an organisation, a place, an event or a thing.
    package static let nonPersonWords: Set<String> = [
        "university", "college", "school", "academy", "institute", "institution", "center", "centre", "council",
        "committee", "commission", "ministry", "department", "agency", "service", "services", "office", "bureau",
        "administration", "government", "parliament", "congress", "senate", "assembly", "court", "party", "union",
        "federation", "republic", "kingdom", "empire", "nations", "states", "emirates", "association", "society",
        "foundation", "fund", "bank", "company", "corporation", "corp", "inc", "ltd", "llc", "group", "holdings",
        "times", "news", "post", "journal", "herald", "tribune", "daily", "gazette", "press", "media", "radio",
        "television", "tv", "network", "channel", "newswire", "wire", "magazine", "review", "weekly", "monitor",
        "peninsula", "river", "sea", "ocean", "gulf", "bay", "lake", "mountain", "mountains", "valley", "desert",
        "island", "islands", "coast", "strait", "canal", "border", "province", "region", "district", "county",
        "city", "town", "village", "square", "street", "road", "avenue", "palace", "tower",
        "building", "bridge", "airport", "port", "station", "base", "camp", "prison", "hospital", "cathedral", "mosque", "temple", "museum", "stadium", "war", "revolution", "crisis", "summit", "forum",
        "hotel", "restaurant", "resort", "casino", "theatre", "theater", "cinema", "library",
        "conference", "initiative", "treaty", "accord", "agreement", "act", "plan", "program", "programme",
        "project", "games", "olympics", "cup", "league", "club", "team", "army", "navy", "force", "forces",
        "storm", "hurricane", "typhoon", "cyclone", "tornado", "operation",
        "guard", "police", "corps", "fleet", "brigade", "division", "regiment", "command", "airlines", "airways",
        "railway", "railways", "motors", "industries", "systems", "technologies", "energy", "oil", "gas",
        "exchange", "market", "markets", "index", "capital", "partners", "images", "photo", "photos", "week", "month", "year", "era", "age", "period", "dynasty", "festival", "award", "prize", "studies",
        "sciences", "research", "strategy", "relations", "affairs", "policy", "defense", "defence", "customs",
        "east", "north", "south", "northeast", "northwest", "southeast", "southwest", "far", "central",
        "eastern", "western", "northern", "southern", "asia", "europe", "africa", "america", "americas",
        "oceania", "arctic", "antarctic", "pacific", "atlantic", "mediterranean", "middle", "union", "world",
        "international", "national", "federal", "democratic", "people's", "peoples", "soviet", "communist",
        "socialist", "liberal", "conservative", "labour", "labor", "royal", "imperial", "global",
        "security", "economic", "foreign", "nuclear", "trade", "kremlin", "pentagon",
        "internet", "website", "twitter", "facebook", "online", "app", "co", "plc", "ag", "gmbh", "llp",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "hundred", "thousand",
    ]

    /// Words for a kind of place that end place names ("Griffith Park") and some surnames ("Fiona Hill"):
    /// evidence, not proof.
    package static let placeTails: Set<String> = [
        "park", "hill", "hills", "plaza", "heights", "springs", "falls", "beach", "harbor", "harbour", "creek",
        "canyon", "peak", "ridge", "field", "fields", "garden", "gardens", "terrace", "lane", "drive",
        "boulevard", "mall", "point", "cove", "mesa", "pass", "forest", "woods", "grove", "meadows", "cave",
        "caves", "st", "ave", "blvd", "rd",
    ]

    /// Modal verbs that are also surnames ("Theresa May"): capitalised inside a sentence, the surname.
    package static let modalSurnames: Set<String> = ["may", "will"]

    /// "I’m", "We’re", "It’ll": a pronoun with a verb, never part of a name.
    package static func isContraction(_ word: String) -> Bool {
        for suffix in ["’m", "'m", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d"] where word.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// Nouns that, right before a capitalised phrase, mark it as a publication, firm or place.
    package static let nonPersonHeads: Set<String> = [
        "newspaper", "paper", "agency", "newswire", "wire", "website", "site", "magazine", "daily", "broadcaster",
        "network", "channel", "outlet", "company", "firm", "group", "bank", "organization", "organisation",
        "institute", "university", "city", "town", "village", "port", "province", "region", "state", "country",
        "capital", "river", "island", "airport", "ship", "vessel", "tanker", "carrier", "warship", "frigate",
        "destroyer", "submarine", "party", "brand", "app", "platform",
        "service", "program", "programme", "operation", "exercise", "project", "initiative", "hotel", "restaurant",
    ]

    /// Nouns that, right after a capitalised phrase, mark it as a publication or organisation.
    package static let nonPersonTails: Set<String> = [
        "newswire", "newspaper", "news", "agency", "website", "magazine", "daily", "broadcaster", "university",
        "institute", "government", "administration", "regime", "ministry", "officials", "official", "leadership",
        "authorities", "economy", "border", "region", "peninsula", "talks", "summit", "forces", "troops", "army",
        "side",  "market", "markets", "company", "firm", "group", "data",
        "initiative", "project", "corridor", "route", "pipeline", "crisis", "policy", "policies", "relations",
        // Places, buildings, vehicles and events named before their common noun: "the Tham Luang cave complex".
        "cave", "caves", "complex", "river", "lake", "mountain", "valley", "park", "forest", "island", "bay", "beach",
        "dam", "bridge", "airport", "station", "stadium", "hospital", "school", "college", "church", "mosque", "temple",
        "cathedral", "prison", "district", "province", "county", "village", "highway", "street", "road", "hotel",
        "building", "museum", "fire", "wildfire", "blaze", "storm", "cyclone", "hurricane", "earthquake", "index",
        "sedan", "car", "truck", "brand",
    ]

    /// Kinship nouns: "Kim's father" names a relative, and makes "Kim" a person.
    package static let kinship: Set<String> = [
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "grandfather",
        "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "widow",
        "widower", "predecessor", "successor", "father-in-law", "son-in-law", "half-brother", "half-sister",
        "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "stepfather", "stepmother", "stepson",
        "stepdaughter", "grandchild", "twin",
    ]

    /// Verbs of saying, in the forms news copy uses for attribution.
    package static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains",
        "noted", "notes", "wrote", "writes", "warned", "warns", "argued", "argues", "stressed", "stresses",
        "insisted", "insists", "declared", "declares", "recalled", "recalls", "replied", "replies", "continued",
        "continues", "acknowledged", "acknowledges", "admitted", "admits", "claimed", "claims", "suggested",
        "suggests", "observed", "observes", "remarked", "remarks", "predicted", "predicts", "cautioned",
        "cautions", "conceded", "concedes", "emphasized", "emphasised", "emphasizes", "called", "calls",
        "praised", "praises", "responded", "responds", "commented", "comments", "announced", "announces",
        "stated", "states", "saying", "telling", "adding", "counters", "countered", "quipped", "tweeted",
        "tweets", "posted", "testified", "concluded", "asserted", "asserts", "contended", "contends", "maintained",
        "maintains", "mused", "urged", "urges", "vowed", "vows", "pledged", "promised", "recounted", "recounts",
        "joked", "lamented", "complained", "complains", "shouted", "yelled", "texted", "echoed", "agreed",
        "reiterated", "confirmed", "denied", "wondered", "boasted", "scoffed", "exclaimed", "answered",
        "answers", "began", "offered", "described", "summed", "elaborated", "pleaded",
        // Participles that report speech ("after promising that he would remain “…”").
        "promising", "vowing", "pledging", "insisting", "arguing", "declaring", "explaining", "noting",
    ]

    /// Legal forms of companies, written after their names ("PJSC", "Inc.", "GmbH").
    package static let companyForms: Set<String> = [
        "pjsc", "ojsc", "jsc", "oao", "zao", "plc", "llc", "inc", "ltd", "gmbh", "ag", "sa", "nv", "bv", "spa", "corp",
        "lp", "llp", "pty", "kg", "se", "asa", "ab", "oyj", "sarl", "srl",
    ]

    /// Verbs that characterise something in the speaker's words when "as" brings in the quotation
    /// ("condemned the expulsions as “shocking”"); not evidence of a person on their own.
    package static let characterisingVerbs: Set<String> = [
        "condemned", "condemns", "denounced", "denounces", "hailed", "hails", "branded", "brands", "dubbed",
        "labeled", "labelled", "slammed", "slams", "blasted", "criticized", "criticised", "decried", "decries",
        "characterized", "characterised", "derided", "dismissed", "dismisses", "welcomed", "welcomes",
    ]

    /// Adverbs and auxiliaries that stand between a subject and its verb of saying ("he also said",
    /// "she has repeatedly said").
    package static let verbModifiers: Set<String> = [
        "also", "later", "then", "again", "previously", "repeatedly", "once", "has", "had", "have", "further",
        "subsequently", "earlier", "separately", "recently", "first", "publicly", "privately", "often",
        "initially", "frequently", "reportedly", "allegedly", "long", "always", "never",
    ]

    /// Words that, capitalised at the start of a sentence, are not part of a name.
    package static let functionWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "whilst", "after",
        "before", "since", "as", "at", "in", "on", "for", "from", "with", "without", "within", "despite",
        "during", "under", "over", "into", "onto", "upon", "through", "throughout", "between", "among", "amid",
        "against", "toward", "towards", "about", "above", "below", "beyond", "by", "of", "to", "via", "per",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "you", "i",
        "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "some", "many", "most", "more",
        "much", "such", "one", "two", "three", "both", "each", "every", "all", "any", "no", "not", "even",
        "still", "then", "now", "also", "only", "just", "like", "unlike", "according", "although", "though",
        "because", "however", "meanwhile", "instead", "last", "next", "why", "what", "who", "whom", "whose",
        "how", "where", "which", "whether", "other", "another", "few", "several", "analysts", "officials",
        "experts", "sources", "critics", "residents", "already", "again", "perhaps", "indeed", "yes", "well",
        "once", "twice", "until", "unless", "whereas", "let", "do", "does", "did", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
        "shall", "immediately", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "here's",
        "there's", "it's", "that's", "what's", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "years", "months", "weeks", "days", 
    ]

    /// Letter-dot abbreviations of places, bodies and eras, which are never a person's initials.
    package static let abbreviations: Set<String> = [
        "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "l.a.", "n.y.", "n.j.", "s.c.", "n.c.", "n.h.", "n.m.", "n.d.",
        "s.d.", "r.i.", "u.s.a.", "u.a.e.", "u.s.s.r.", "p.m.", "a.m.", "b.c.", "a.d.", "u.s.s.", "h.m.s.", "p.r.",
        "d.r.", "s.a.", "n.v.", "r.i.p.", "b.c.e.", "c.e.", "a.i.", "o.k.", "t.v.", "m.d.", "i.t.", "s.f.", "k.c.", "v.p.",
        "e.r.", "h.q.", "p.a.", "g.i.",
    ]

    /// Lowercase particles that can sit inside a name ("Osama bin Laden", "Ursula von der Leyen").
    package static let nameParticles: Set<String> = ["bin", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "ibn", "abu", "dos", "das", "del", "della", "ter", "ten"]

    package static func isTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        if titles.contains(lower) { return true }
        return lower.utf8.contains(UInt8(ascii: "-")) && lower.split(separator: "-").contains { titles.contains(String($0)) }
    }

    package static func isHonorific(_ word: String) -> Bool {
        honorifics.contains(word.lowercased().trimming(["."]))
    }
}
