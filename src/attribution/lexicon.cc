#include "attribution/lexicon.h"

#include <algorithm>

#include "document.h"
#include "title_words.h"
#include "word_table.h"

namespace annotator {
namespace attribution {
namespace {

using std::string_view;

// Each string holds the forms of one verb, separated by spaces.
//
// Speech verbs: a speaker's words, quoted or reported ("said that …").
constexpr string_view kSpeechVerbs[] = {
    "say says said saying",
    "tell tells told telling",
    "note notes noted noting",
    "argue argues argued arguing",
    "claim claims claimed claiming",
    "insist insists insisted insisting",
    "warn warns warned warning",
    "deny denies denied denying",
    "admit admits admitted admitting",
    "announce announces announced announcing",
    "explain explains explained explaining",
    "testify testifies testified testifying",
    "assert asserts asserted asserting",
    "contend contends contended contending",
    "opine opines opined opining",
    "aver avers averred averring",
    "acknowledge acknowledges acknowledged acknowledging",
    "confirm confirms confirmed confirming",
    "report reports reported reporting",
    "reply replies replied replying",
    "respond responds responded responding",
    "ask asks asked asking",
    "suggest suggests suggested suggesting",
    "stress stresses stressed stressing",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "recall recalls recalled recalling",
    "predict predicts predicted predicting",
    "promise promises promised promising",
    "pledge pledges pledged pledging",
    "vow vows vowed vowing",
    "urge urges urged urging",
    "caution cautions cautioned cautioning",
    "complain complains complained complaining",
    "allege alleges alleged alleging",
    "tweet tweets tweeted tweeting",
    "remark remarks remarked remarking",
    "observe observes observed observing",
    "comment comments commented commenting",
    "reiterate reiterates reiterated reiterating",
    "repeat repeats repeated repeating",
    "assure assures assured assuring",
    "inform informs informed informing",
    "remind reminds reminded reminding",
    "estimate estimates estimated estimating",
    "boast boasts boasted boasting",
    "brag brags bragged bragging",
    "counter counters countered countering",
    "retort retorts retorted retorting",
    "lament laments lamented lamenting",
    "speculate speculates speculated speculating",
    "propose proposes proposed proposing",
    "recommend recommends recommended recommending",
    "demand demands demanded demanding",
    "reaffirm reaffirms reaffirmed reaffirming",
    "clarify clarifies clarified clarifying",
    "mention mentions mentioned mentioning",
    "swear swears swore sworn swearing",
    "concur concurs concurred concurring",
    "object objects objected objecting",
    "protest protests protested protesting",
    "plead pleads pleaded pled pleading",
    "advise advises advised advising",
    "forecast forecasts forecasted forecasting",
    "according",
};

// Speech only before an explicit clause ("revealed that …", "charged that
// …"): otherwise an ordinary action ("revealed its plans", "charged with").
constexpr string_view kNeedsThatClause[] = {
    "reveal reveals revealed revealing",
    "add adds added adding",
    "maintain maintains maintained maintaining",
    "state states stated stating",
    "declare declares declared declaring",
    "disclose discloses disclosed disclosing",
    "indicate indicates indicated indicating",
    "signal signals signaled signalled signaling signalling",
    "charge charges charged charging",
    "agree agrees agreed agreeing",
    "post posts posted posting",
    "conclude concludes concluded concluding",
    // A court "ruled that …" (not "ruled out", "ruled the country"; not
    // "rules", a noun as often as a verb: "the rules that govern …").
    "ruled",
    // Answered that …, not answered the critics with two goals (no quoted
    // words here: eval-quotes reads the list).
    "answer answers answered answering",
    "concede concedes conceded conceding",
    "hint hints hinted hinting",
    "question questions questioned questioning",
    "wonder wonders wondered wondering",
    "muse muses mused musing",
    // Write reports a clause (wrote that …, wrote: …), not its object (has
    // written letters for them); the list is read by eval-quotes, so no
    // quoted words here.
    "write writes wrote written writing",
};

// Quotation verbs: they introduce or frame quoted words (`“…,” he
// continued`, `called it “a disaster”`) and report nothing without them.
constexpr string_view kQuotationVerbs[] = {
    "call calls called calling",
    "describe describes described describing",
    "dub dubs dubbed dubbing",
    "label labels labeled labelled labeling labelling",
    "brand brands branded branding",
    "term terms termed terming",
    "refer refers referred referring",
    "characterize characterizes characterized characterizing characterise characterises characterised",
    "continue continues continued continuing",
    "begin begins began beginning",
    "joke jokes joked joking",
    "quip quips quipped quipping",
    "laugh laughs laughed laughing",
    "sigh sighs sighed sighing",
    "yell yells yelled yelling",
    "shout shouts shouted shouting",
    "scream screams screamed screaming",
    "whisper whispers whispered whispering",
    "mutter mutters muttered muttering",
    "exclaim exclaims exclaimed exclaiming",
    "chant chants chanted chanting",
    "sing sings sang sung singing",
    "read reads reading",
    "cry cries cried crying",
    "praise praises praised praising",
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    "condemn condemns condemned condemning",
    "denounce denounces denounced denouncing",
    "decry decries decried decrying",
    "slam slams slammed slamming",
    "blast blasts blasted blasting",
    "mock mocks mocked mocking",
    "deride derides derided deriding",
    "dismiss dismisses dismissed dismissing",
    "accuse accuses accused accusing",
    "attack attacks attacked attacking",
    "hail hails hailed hailing",
    "welcome welcomes welcomed welcoming",
    "thank thanks thanked thanking",
    "quote quotes quoted quoting",
    "cite cites cited citing",
    "recount recounts recounted recounting",
    "invoke invokes invoked invoking",
    "greet greets greeted greeting",
    "speak speaks spoke spoken speaking",
    "talk talks talked talking",
    "rip rips ripped ripping",
    "bash bashes bashed bashing",
    "hammer hammers hammered hammering",
    "knock knocks knocked knocking",
};

// Stance verbs: states of mind, intentions, perceptions and findings that
// PolNeAR annotates as attributions but a reader would not call speech.
constexpr string_view kStanceVerbs[] = {
    "believe believes believed believing",
    "think thinks thought thinking",
    "feel feels felt feeling",
    "hope hopes hoped hoping",
    "expect expects expected expecting",
    "want wants wanted wanting",
    "fear fears feared fearing",
    "worry worries worried worrying",
    "doubt doubts doubted doubting",
    "know knows knew known knowing",
    "suspect suspects suspected suspecting",
    "plan plans planned planning",
    "aim aims aimed aiming",
    "intend intends intended intending",
    "seem seems seemed seeming",
    "appear appears appeared appearing",
    "learn learns learned learnt learning",
    "find finds found finding",
    "show shows showed shown showing",
    "see sees saw seen seeing",
    "decide decides decided deciding",
    "consider considers considered considering",
    "understand understands understood understanding",
    "assume assumes assumed assuming",
    "wish wishes wished wishing",
};

// Nouns that can head a description of a speaker who is a person, by role,
// kin or place in the story.
constexpr string_view kSpeakerNouns[] = {
    "official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople",
    "aide aides adviser advisers advisor advisors analyst analysts expert experts",
    "source sources insider insiders observer observers critic critics supporter supporters defender defenders",
    "opponent opponents rival rivals ally allies backer backers donor donors member members",
    "leader leaders lawmaker lawmakers legislator legislators senator senators congressman",
    "congressmen congresswoman congresswomen representative representatives delegate delegates",
    "president presidents governor governors mayor mayors minister ministers secretary taoiseach tánaiste",
    "chairman chairwoman chair chief chiefs director directors executive executives ceo",
    "manager managers strategist strategists consultant consultants pollster pollsters",
    "candidate candidates nominee nominees contender contenders challenger incumbent",
    "diplomat diplomats ambassador ambassadors envoy envoys negotiator negotiators",
    "lawyer lawyers attorney attorneys counsel prosecutor prosecutors judge judges justice justices",
    "investigator investigators detective detectives police officer officers sheriff",
    "doctor doctors physician physicians nurse nurses scientist scientists researcher researchers",
    "professor professors scholar scholars historian historians teacher",
    "teachers student students economist economists author authors writer writers journalist journalists",
    "reporter reporters editor editors columnist columnists commentator commentators pundit",
    "pundits host hosts anchor moderator narrator activist activists advocate advocates",
    "organizer organizers organiser organisers protester protesters demonstrator demonstrators",
    "resident residents citizen citizens voter voters worker workers employee employees",
    "staff staffer staffers employer employers owner owners founder founders partner partners",
    "investor investors fund funds trader traders banker bankers farmer farmers patient patients",
    "businessman businessmen businesswoman businesswomen questioner questioners",
    "witness witnesses victim victims survivor survivors parent parents mother father wife",
    "husband son daughter brother sister friend friends neighbor neighbors neighbour family families",
    "relatives publicist publicists",
    // Sport, culture, work and daily life: "…, coach Anna Berg said".
    "coach coaches captain captains player players striker strikers midfielder midfielders goalkeeper",
    "goalkeepers boss bosses skipper referee referees umpire umpires athlete athletes driver drivers",
    "rider riders teammate teammates actor actors actress actresses singer singers musician musicians",
    "artist artists producer producers filmmaker filmmakers designer designers engineer engineers",
    "developer developers pilot pilots soldier soldiers commander commanders firefighter firefighters",
    "medic medics paramedic paramedics surgeon surgeons psychologist psychologists therapist therapists barrister",
    "barristers solicitor solicitors defendant defendants plaintiff plaintiffs juror jurors campaigner",
    "campaigners volunteer volunteers councillor councillors councilor councilors pupil pupils",
    "passenger passengers commuter commuters tourist tourists visitor visitors villager villagers",
    "refugee refugees migrant migrants evacuee evacuees rescuer rescuers colleague colleagues customer",
    "customers consumer consumers shopper shoppers fan fans user users grandmother grandfather uncle",
    "aunt cousin boyfriend girlfriend entrepreneur entrepreneurs chef chefs coroner inspector inspectors",
    "commissioner commissioners mp mps mep meps msp msps",
    // Crowns, faiths, schools, courts and the arts: "the prince said", "the
    // imam told worshippers", "the suspect told officers".
    "king queen prince princess duke duchess monarch emperor sultan emir sheikh ruler rulers pope pontiff",
    "archbishop bishop bishops cardinal cardinals priest priests pastor pastors vicar imam imams rabbi",
    "rabbis cleric clerics monk monks nun nuns headteacher headteachers headmaster headmistress principal",
    "dean lecturer lecturers chancellor premier speaker inmate inmates prisoner prisoners suspect suspects",
    "veteran veterans agent agents whistleblower whistleblowers novelist poet rapper comedian photographer",
    "shopkeeper shopkeepers landlord landlords tenant tenants homeowner homeowners motorist motorists",
    "policymaker policymakers watchdog watchdogs forecaster forecasters meteorologist meteorologists",
    "epidemiologist epidemiologists virologist virologists seismologist seismologists",
    "cyclist cyclists pedestrian pedestrians bystander bystanders onlooker onlookers eyewitness eyewitnesses",
    "mourner mourners worshipper worshippers parishioner parishioners pensioner pensioners carer carers",
    "fisherman fishermen miner miners builder builders contractor contractors landowner landowners grower",
    "growers seller sellers buyer buyers shareholder shareholders viewer viewers reader",
    "exporter exporters importer importers dealer dealers broker brokers",
    "readers subscriber subscribers blogger bloggers influencer influencers commenter commenters netizen",
    "netizens listener listeners caller callers participant participants attendee attendees",
    "neighbours man men woman women person people everyone someone nobody another",
    // Trades and jobs: "A dining hall cook in Silliman College … said" was
    // the college.
    "cook cooks waiter waiters waitress cashier cashiers clerk clerks janitor baker bakers butcher plumber",
    "electrician carpenter welder labourer labourers laborer laborers nanny housekeeper gardener tailor barber",
    "barbers hairdresser pharmacist pharmacists dentist dentists veterinarian accountant accountants librarian",
    "librarians receptionist technician technicians mechanic mechanics cleaner cleaners caddie trainer trainers",
    "instructor instructors vendor vendors miller millers hawker hawkers porter porters weaver weavers",
    "herder herders trucker truckers midwife midwives seamstress stallholder stallholders",
};

// The other nouns that can head a description of a speaker: groups,
// organisations and the documents and media that speak for them ("the
// report said", "the crowd chanted").
constexpr string_view kOtherSpeakerNouns[] = {
    "democrats republicans conservatives liberals progressives independents",
    "authorities administration government ministry department agency agencies commission",
    "committee council board court courts bench tribunal tribunals jury juries parliament congress senate cabinet "
    "campaign",
    "campaigns party parties group groups company companies firm firms corporation bank",
    "banks union unions organization organizations organisation organisations association",
    "institute foundation university network networks newspaper newspapers paper magazine media television radio",
    "outlet outlets team teams office embassy military army navy guard guards coastguard militia militias",
    "regulator regulators",
    "report reports statement statements letter memo filing filings complaint lawsuit",
    "indictment ruling study survey poll polls document documents email emails tweet",
    "book books article articles ad ads advert adverts commercial video videos clip clips announcer announcers",
    "editorial analysis review audit release camp coalition alliance panel",
    "charity charities trust trusts hospital hospitals school schools airlines retailers",
    "insurers lenders broadcaster broadcasters startup publisher chipmakers drugmakers carmakers automakers utility",
    "federation nonprofit boy boys girl girls child children teenager teenagers",
    "leadership rebels militants fighters troops force forces percent respondents",
    "country countries nation nations state states city public audience crowd",
};

constexpr string_view kBetweenSubjectAndCue[] = {
    "again",      "already",   "also",       "could",      "did",         "directly",   "does",         "explicitly",
    "finally",    "first",     "flatly",     "frequently", "had",         "has",        "have",         "initially",
    "further",    "just",      "later",      "may",        "might",       "n't",        "never",        "not",
    "n’t",        "often",     "once",       "only",       "originally",  "previously", "privately",    "publicly",
    "quickly",    "recently",  "repeatedly", "reportedly", "simply",      "still",      "subsequently", "then",
    "ultimately", "will",      "would",      "'s",         "’s",          "'re",        "’re",          "'ve",
    "’ve",        "'d",        "’d",         "'ll",        "’ll",         "always",     "usually",      "sometimes",
    "routinely",  "regularly", "constantly", "openly",     "immediately", "quietly",    "eventually",   "actually",
};

constexpr string_view kDeterminers[] = {
    "a",
    "all",
    "an",
    "another",
    "both",
    "each",
    "every",
    "her",
    "his",
    "its",
    "many",
    "most",
    "my",
    "other",
    "our",
    "several",
    "some",
    "the",
    "their",
    "these",
    "those",
    "your",
    // Numbers open a phrase as determiners do: "two officials", "said one source".
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
};

// Words that end a noun phrase scanned leftwards from a cue: clause links,
// prepositions, auxiliaries.
constexpr string_view kNotInSubject[] = {
    "about", "after",   "against", "also",  "although", "am",      "and",     "are",    "as",   "at",
    "be",    "been",    "before",  "being", "but",      "by",      "can",     "could",  "did",  "do",
    "does",  "during",  "for",     "from",  "had",      "has",     "have",    "here",   "how",  "if",
    "in",    "into",    "is",      "may",   "might",    "must",    "n't",     "not",    "n’t",  "of",
    "on",    "or",      "over",    "shall", "should",   "since",   "so",      "than",   "that", "then",
    "there", "though",  "to",      "under", "unless",   "until",   "was",     "were",   "what", "when",
    "where", "whether", "which",   "while", "who",      "whom",    "whose",   "why",    "will", "with",
    "would", "yet",     "amid",    "among", "despite",  "because", "through", "within",
};

// Verbs whose object comes before the reported clause: "told reporters that".
constexpr string_view kObjectFirstCues[] = {
    "asked",  "asks",    "assured", "informed", "reminded", "tell",   "telling", "tells",   "told",
    "warned", "warning", "warns",   "urged",    "urges",    "urging", "advised", "advises",
};

constexpr string_view kBeForms[] = {"am", "are", "be", "been", "being", "is", "was", "were"};

// Words that open an adjunct between a speech verb and its clause.
constexpr string_view kAdjunctStarts[] = {
    "again",    "also",   "at",      "during",    "earlier",    "friday",    "in",       "last",
    "later",    "monday", "on",      "publicly",  "repeatedly", "saturday",  "sunday",   "this",
    "thursday", "today",  "tuesday", "wednesday", "yesterday",  "privately", "recently",
};

// Words that open an adverbial clause or phrase, not reported content:
// "said before he died", "said several months after her release".
constexpr string_view kNotContentStarts[] = {
    "after",   "afternoon", "although", "and",     "as",     "because", "before",      "but",   "days",
    "evening", "hours",     "minutes",  "moments", "months", "morning", "night",       "nor",   "or",
    "several", "shortly",   "since",    "so",      "though", "tonight", "unless",      "until", "weeks",
    "when",    "while",     "years",    "yet",     "once",   "whereas", "immediately", "soon",
};

// Labels that open headlines with a colon.
constexpr string_view kHeadlineLabels[] = {
    "analysis",  "audio",      "breaking", "comment",   "commentary", "editorial", "episode",  "exclusive",
    "explainer", "factbox",    "gallery",  "interview", "listen",     "live",      "obituary", "opinion",
    "photos",    "podcast",    "poll",     "preview",   "profile",    "quiz",      "recap",    "review",
    "timeline",  "transcript", "update",   "video",     "watch",
};

// Words before a quotation that make it a mention of words, not their use:
// "the word “modify”", "the phrase “waive or modify”", "a so-called “reign”".
// Not "words": "his last words, “…”" quotes them.
constexpr string_view kMentionNouns[] = {
    "expression", "expressions", "hashtag",   "label", "motto", "phrase",
    "phrases",    "slogan",      "so-called", "term",  "terms", "word",
};

// Head nouns of descriptions that refer back to an organisation (bodies of
// all kinds: "The chamber said that …" was no one's speech).
constexpr string_view kOrgNouns[] = {
    "administration", "agency",     "bank",       "campaign",  "club",     "commission", "committee",   "company",
    "department",     "firm",       "government", "group",     "ministry", "network",    "newspaper",   "organisation",
    "organization",   "paper",      "party",      "team",      "website",  "court",      "council",     "university",
    "regulator",      "union",      "institute",  "chamber",   "charity",  "watchdog",   "association", "authority",
    "foundation",     "federation", "alliance",   "coalition", "utility",  "tribunal",   "embassy",     "museum",
};

// Kinds of company, which stand for the company an article is about ("the
// chipmaker said").
constexpr string_view kCompanyKinds[] = {"chipmaker",  "carmaker",     "automaker",   "drugmaker",
                                         "planemaker", "retailer",     "lender",      "insurer",
                                         "airline",    "manufacturer", "conglomerate"};

constexpr string_view kObjectPronouns[] = {"him", "her", "them", "us", "me", "you"};
constexpr string_view kPersonPronouns[] = {"he", "she"};
constexpr string_view kThingPronouns[] = {"it", "they"};
constexpr string_view kOtherPronouns[] = {"i", "we", "you"};

// After a preposition a noun phrase is an object, not a speaker.
constexpr string_view kPrepositions[] = {
    "about",   "across", "against", "atop",    "along", "amid",    "among",      "around", "at",
    "behind",  "beyond", "by",      "despite", "for",   "from",    "in",         "inside", "into",
    "near",    "of",     "on",      "outside", "over",  "through", "throughout", "to",     "toward",
    "towards", "under",  "upon",    "via",     "with",  "within",  "without",
};

// Forms of cue verbs that are also nouns ("his claim", "the report").
constexpr string_view kNounForms[] = {
    "answer answers attack attacks call calls charge charges claim claims comment comments",
    "complaint counter demand demands estimate estimates forecast forecasts note notes object",
    "objects plea pledge pledges post posts promise promises protest protests question questions",
    "quote quotes recall remark remarks reply replies report reports state states statement",
    "thanks tweet tweets vow vows welcome read reads cry cries joke jokes praise label labels brand brands",
    "term terms",
};

// Verbs of asking that need a clause: "wondered whether …", "questioned why …".
constexpr string_view kQuestionVerbs[] = {
    "question questions questioned questioning",
    "wonder wonders wondered wondering",
    "muse muses mused musing",
};

// Words that open a reported question or a clause without "that".
// ("said when she resigned" is an adjunct, so not when, where, who.)
constexpr string_view kClauseWords[] = {"whether", "if", "how", "why", "what"};

struct LexiconEntry {
  uint32_t lists = 0;  // WordList bits
  CueClass cue = CueClass::kNone;
};

using Lexicon = WordTable<LexiconEntry>;

// Calls `each` with every space-separated word of every string of `list`.
template <size_t N, typename Each>
void ForEachForm(const string_view (&list)[N], Each each) {
  for (string_view forms : list) {
    while (!forms.empty()) {
      const size_t space = forms.find(' ');
      each(forms.substr(0, space));
      if (space == string_view::npos) break;
      forms.remove_prefix(space + 1);
    }
  }
}

// Adds `bit` to the lists of every word of `list`.
template <size_t N>
void AddList(const string_view (&list)[N], uint32_t bit, Lexicon* table) {
  ForEachForm(list, [&](string_view word) { table->Insert(word)->lists |= bit; });
}

const Lexicon& TheLexicon() {
  static const Lexicon table = [] {
    Lexicon t;
    // A verb in two lists keeps the stronger class: speech over quotation.
    ForEachForm(kQuotationVerbs, [&](string_view w) { t.Insert(w)->cue = CueClass::kQuotation; });
    ForEachForm(kSpeechVerbs, [&](string_view w) { t.Insert(w)->cue = CueClass::kSpeech; });
    ForEachForm(kNeedsThatClause, [&](string_view w) {
      LexiconEntry* entry = t.Insert(w);
      if (entry->cue == CueClass::kSpeech) return;
      entry->cue = CueClass::kSpeech;
      entry->lists |= kNeedsThatClauseList;
    });
    AddList(kStanceVerbs, kStanceVerbList, &t);
    AddList(kSpeakerNouns, kSpeakerNounList | kPersonNounList, &t);
    AddList(kOtherSpeakerNouns, kSpeakerNounList, &t);
    AddList(kNounForms, kNounFormList, &t);
    AddList(kBetweenSubjectAndCue, kBetweenSubjectAndCueList, &t);
    AddList(kDeterminers, kDeterminerList, &t);
    AddList(kNotInSubject, kNotInSubjectList, &t);
    AddList(kObjectFirstCues, kObjectFirstCueList, &t);
    AddList(kBeForms, kBeFormList, &t);
    AddList(kAdjunctStarts, kAdjunctStartList, &t);
    AddList(kTitleSmallWords, kTitleSmallWordList, &t);
    AddList(kOrgNouns, kOrgNounList | kSpeakerNounList, &t);
    AddList(kCompanyKinds, kOrgNounList | kSpeakerNounList, &t);
    AddList(kPrepositions, kPrepositionList, &t);
    AddList(kPersonPronouns, kPersonPronounList, &t);
    AddList(kThingPronouns, kThingPronounList, &t);
    AddList(kOtherPronouns, kOtherPronounList, &t);
    AddList(kClauseWords, kClauseWordList, &t);
    AddList(kNotContentStarts, kNotContentStartList, &t);
    AddList(kHeadlineLabels, kHeadlineLabelList, &t);
    AddList(kObjectPronouns, kObjectPronounList, &t);
    AddList(kQuestionVerbs, kQuestionVerbList, &t);
    AddList(kMentionNouns, kMentionNounList, &t);
    t.Insert("that")->lists |= kWordThat;
    t.Insert("to")->lists |= kWordTo;
    t.Insert("according")->lists |= kWordAccording;
    t.Insert("who")->lists |= kWordWho;
    t.Insert("which")->lists |= kWordWhich;
    t.Insert("and")->lists |= kWordAnd;
    t.Insert("but")->lists |= kWordBut;
    return t;
  }();
  return table;
}

}  // namespace

namespace {

// kSpeakerNounList when `word`, in no list itself, is a speaker's noun
// after a prefix and a hyphen ("co-president", "vice-chairman",
// "ex-wife": "said Spotify co-president Gustav Söderström" named Spotify);
// else 0.
uint32_t PrefixedSpeakerNoun(string_view word) {
  for (string_view prefix : {string_view("co-"), string_view("vice-"), string_view("ex-")}) {
    if (word.size() <= prefix.size() || !EqualsLower(word.substr(0, prefix.size()), prefix)) continue;
    const LexiconEntry* noun = TheLexicon().Find(word.substr(prefix.size()));
    return noun == nullptr ? 0 : noun->lists & kSpeakerNounList;
  }
  return 0;
}

}  // namespace

uint32_t ListsOf(string_view word) {
  if (word.size() > kMaxWord) return 0;
  const LexiconEntry* entry = TheLexicon().Find(word);
  return entry == nullptr ? PrefixedSpeakerNoun(word) : entry->lists;
}

bool IsTimeOrCauseConjunction(string_view word) {
  return IsOneOf(word, {"after", "as", "because", "before", "since", "until", "when", "while"});
}

bool IsTimeOfSpeaking(string_view word) {
  static constexpr string_view kTimeWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday",
      "today",  "tonight", "yesterday", "morning",  "afternoon", "evening",  "night",
  };
  return std::any_of(std::begin(kTimeWords), std::end(kTimeWords), [&](string_view w) { return EqualsLower(word, w); });
}

bool IsMediumOfWords(string_view word) {
  return IsOneOf(
      word, {"statement", "interview", "post", "letter", "email", "tweet", "video", "speech", "message", "release"});
}

bool IsOutletNoun(string_view word) {
  return IsOneOf(word, {"newspaper", "paper", "daily", "magazine", "broadcaster", "channel", "network", "agency",
                        "website", "programme", "program", "show", "podcast"});
}

bool IsQuotingVerb(string_view word) { return IsOneOf(word, {"quoted", "cited", "quotes", "cites"}); }

bool IsKindOfCompany(string_view word) {
  return std::any_of(std::begin(kCompanyKinds), std::end(kCompanyKinds),
                     [&](string_view w) { return EqualsLower(word, w); });
}

bool IsWordOfQuantity(string_view word) {
  static constexpr string_view kQuantities[] = {"few",      "dozen",    "couple", "number", "handful",
                                                "majority", "minority", "host",   "lot",    "score",
                                                "hundred",  "thousand", "pair",   "group",  "team"};
  return std::any_of(std::begin(kQuantities), std::end(kQuantities),
                     [&](string_view w) { return EqualsLower(word, w); });
}

bool IsPossessiveDeterminer(string_view word) {
  static constexpr string_view kPossessives[] = {"his", "her", "its", "their", "our", "my", "your"};
  return std::any_of(std::begin(kPossessives), std::end(kPossessives),
                     [&](string_view w) { return EqualsLower(word, w); });
}

bool IsModal(string_view word) {
  static constexpr string_view kModals[] = {"can",    "could", "will",  "would", "shall",
                                            "should", "may",   "might", "must",  "cannot"};
  return std::any_of(std::begin(kModals), std::end(kModals), [&](string_view w) { return EqualsLower(word, w); });
}

bool IsMisspeltSpeakerNoun(string_view word) {
  constexpr size_t kMinLetters = 6;
  if (word.size() + 1 < kMinLetters || word.size() >= kMaxWord) return false;
  char lower[kMaxWord + 1];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = LowerAscii(word[i]);
  const size_t n = word.size();
  char edit[kMaxWord + 2];
  auto speaker_noun = [&](size_t size) {
    return size >= kMinLetters && (ListsOf(string_view(edit, size)) & kSpeakerNounList) != 0;
  };
  for (size_t at = 0; at <= n; ++at) {
    // A letter missed at `at`.
    for (char c = 'a'; c <= 'z'; ++c) {
      std::copy(lower, lower + at, edit);
      edit[at] = c;
      std::copy(lower + at, lower + n, edit + at + 1);
      if (speaker_noun(n + 1)) return true;
    }
    if (at == n) break;
    // A letter added at `at`.
    std::copy(lower, lower + at, edit);
    std::copy(lower + at + 1, lower + n, edit + at);
    if (speaker_noun(n - 1)) return true;
    // A letter changed at `at`, or swapped with the next.
    std::copy(lower, lower + n, edit);
    for (char c = 'a'; c <= 'z'; ++c) {
      edit[at] = c;
      if (c != lower[at] && speaker_noun(n)) return true;
    }
    edit[at] = lower[at];
    if (at + 1 < n) {
      std::swap(edit[at], edit[at + 1]);
      if (speaker_noun(n)) return true;
    }
  }
  return false;
}

Pronoun PronounOf(uint32_t lists) {
  if (lists & kPersonPronounList) return Pronoun::kPerson;
  if (lists & kThingPronounList) return Pronoun::kThing;
  if (lists & kOtherPronounList) return Pronoun::kOther;
  return Pronoun::kNone;
}

bool EndsWith(string_view word, string_view suffix) {
  if (word.size() <= suffix.size()) return false;
  const size_t start = word.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (LowerAscii(word[start + i]) != suffix[i]) return false;
  }
  return true;
}

TokenWord DescribeWord(string_view word, TokenKind kind) {
  TokenWord w;
  w.short_word = !word.empty() && word.size() <= kMaxWord;
  if (!w.short_word) return w;
  const LexiconEntry* entry = TheLexicon().Find(word);
  if (entry == nullptr) {
    w.lists = PrefixedSpeakerNoun(word);
    return w;
  }
  w.lists = entry->lists;
  if (kind == TokenKind::kWord) w.cue = entry->cue;
  return w;
}

}  // namespace attribution
}  // namespace annotator
