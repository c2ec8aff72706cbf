package entity

import "strings"

// The closed word classes the recognizer reads. Keys are lower case.

// setOf builds a set from space-separated words.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// functionWords are words that never begin a name, even with a capital.
var functionWords = setOf(`a an and as at but by for from if in into nor of on or so than that
	the then there these this those to up upon via with within without yet after before
	because while when where whether which who whom whose what why how although though
	unless until since despite during against among amid about above below over under
	between through across around behind beyond near off onto out per toward towards
	i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
	is are was were be been being am do does did done have has had having will would shall
	should can could may might must not no yes all any both each either neither every some
	such only also even just still however meanwhile moreover furthermore nevertheless
	nonetheless instead otherwise thus therefore hence indeed perhaps here now today
	yesterday tomorrow tonight said says say according one two three four five six seven
	eight nine ten first second third last next many much more most other another own same
	very too again ever never always often sometimes already soon later earlier once`)

// titleWords are titles and offices written before a person's name
// ("President", "Mr.", "envoy"); they become the person's role.
var titleWords = setOf(`president vice-president president-elect premier chancellor minister
	secretary secretary-general undersecretary envoy ambassador senator sen sen. congressman
	congresswoman representative rep rep. governor gov gov. mayor councillor councilor
	alderman lawmaker legislator speaker judge justice magistrate prosecutor attorney
	lawyer sheriff commissioner administrator director chairman chairwoman chairperson chair
	ceo cfo coo cto founder co-founder cofounder owner executive manager coach captain
	striker defender midfielder goalkeeper forward winger player spokesman spokeswoman
	spokesperson official aide adviser advisor deputy assistant chief head leader general
	gen gen. colonel col col. major maj lieutenant lt lt. sergeant sgt sgt. corporal
	commander cmdr admiral adm marshal officer inspector detective superintendent
	constable king queen prince princess emperor empress sultan sheikh emir shah pope
	cardinal archbishop bishop reverend rev rev. father sister brother rabbi imam pastor
	ayatollah dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms. miss mx sir dame
	hon hon. rt rt. honourable honorable
	lord lady baron baroness earl duke duchess count countess mp mep qc sc
	author writer novelist poet journalist reporter correspondent editor columnist
	photographer artist painter sculptor actor actress singer singer-songwriter songwriter
	musician rapper comedian director producer designer curator architect
	student teacher researcher scientist economist analyst historian professor lecturer
	dean principal activist campaigner organizer organiser candidate nominee
	negotiator diplomat strategist consultant expert physician surgeon nurse
	cosplayer illustrator publisher publishers photographers athletes athlete
	coauthor co-author member mother father son daughter wife husband widow
	brother sister uncle aunt cousin grandson granddaughter girlfriend boyfriend
	partner colleague friend resident citizen victim suspect defendant plaintiff`)

// titleQualifiers may stand before a title word inside a role ("Foreign
// Minister", "Deputy Prime Minister", "Emeritus Professor").
var titleQualifiers = setOf(`foreign prime deputy vice acting interim former senior chief
	executive emeritus associate assistant general attorney defence defense finance
	health interior home justice trade labour labor energy environment education
	transport culture agriculture economy economic treasury state national federal
	regional provincial supreme high grand crown lord first managing principal
	lead head special top junior press communications public opposition party
	majority minority house senate development security intelligence military
	police fire science research legal technical creative artistic art football
	team club club's shadow permanent`)

// honorifics are titles that mark a person but are not worth keeping as
// a role.
var honorifics = setOf(`mr mr. mrs mrs. ms ms. miss mx sir dame dr dr. madam monsieur madame
	hon hon. rt rt. honourable honorable`)

// roleNouns head a noun phrase that describes a person's role in an
// apposition ("one of Putin’s top aides", "chief of staff").
var roleNouns = setOf(`president premier chancellor minister secretary envoy ambassador
	senator congressman congresswoman representative governor mayor lawmaker legislator
	speaker judge justice prosecutor attorney lawyer sheriff commissioner administrator
	director chairman chairwoman chairperson chair ceo founder co-founder owner executive
	manager coach captain striker defender midfielder goalkeeper player spokesman
	spokeswoman spokesperson official officials aide aides adviser advisers advisor
	advisors deputy assistant chief head leader general colonel commander officer
	inspector detective king queen prince princess pope bishop rabbi imam pastor
	professor author writer journalist reporter correspondent editor photographer artist
	actor actress singer musician designer curator architect student teacher researcher
	scientist economist analyst historian activist candidate negotiator diplomat
	strategist consultant expert physician surgeon doctor nurse member members staff
	worker employee founder partner son daughter wife husband mother father brother
	sister friend girlfriend boyfriend resident victim suspect officer soldier pilot
	astronaut engineer scientist manager vice-president secretary-general coordinator
	organizer organiser presenter host anchor blogger cosplayer illustrator publisher
	collector dealer entrepreneur billionaire millionaire businessman businesswoman
	banker investor chairman-elect president-elect heir chef farmer fan fans veteran`)

// orgWords end (or head, before "of") the names of organisations.
var orgWords = setOf(`inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc
	gmbh ag sa group holdings bank university college school academy institute institution
	foundation association society council committee commission agency department ministry
	office bureau party union league federation confederation alliance army navy
	air force forces police guard guards corps court tribunal church mosque synagogue
	post times news herald journal press magazine review tribune gazette telegraph
	chronicle observer guardian daily weekly network networks channel radio tv television
	broadcasting studios records publishing publishers media organisation organization
	fund trust club fc team assembly parliament congress senate cabinet government
	administration authority board service services system systems airlines airways
	motors technologies technology labs laboratories pharmaceuticals energy petroleum
	oil telecom communications bancorp partners capital securities insurance
	cooperative co-op brigade regiment battalion division squad orchestra band choir
	ensemble institute initiative coalition airline aviation aerospace industries enterprises
	ventures logistics entertainment
	movement front caucus campaign commission consortium directorate secretariat
	inquiry taskforce society's department's`)

// genericOrgNouns are the words for kinds of organisation that a text
// capitalises alone to refer back to one it named ("the Company").
var genericOrgNouns = setOf(`company corporation group foundation university college school
	institute association society department agency bureau committee commission board firm
	fund trust organisation organization`)

// newspaperWords end the names of newspapers after a place's name
// ("Toronto Star", "Edmonton Sun").
var newspaperWords = setOf(`star sun mail globe standard mirror express independent inquirer
	courier record bulletin examiner enquirer dispatch sentinel register leader voice`)

// placeWords end the names of places and buildings.
var placeWords = setOf(`street st st. road rd avenue ave boulevard blvd lane drive highway
	square plaza bridge tunnel river lake sea ocean gulf bay strait channel canal
	mountain mountains mount mt mt. hill hills valley desert island islands isle peninsula
	coast beach cape forest park garden gardens reserve county province state states
	territory region district city town village borough township municipality
	airport station port harbour harbor terminal stadium arena hall palace castle
	tower towers cathedral temple hospital prison base camp memorial monument
	museum gallery library theatre theater complex building mall market center centre
	planetarium facility pad`)

// eventWords end the names of events, laws and other named things.
var eventWords = setOf(`festival championship championships cup final finals olympics games expo fair
	summit conference congress election elections war revolution award awards prize
	marathon tournament open series grand prix week day act treaty accord accords
	agreement protocol convention declaration doctrine plan bill law amendment
	crisis scandal massacre attack attacks storm hurricane typhoon cyclone earthquake
	pandemic mission show exhibition biennale season league derby race rally
	concert tour program programme project`)

// sayVerbs are verbs of saying; their subjects are people or organisations.
var sayVerbs = setOf(`said says say told tells tell added adds asked asks announced announces
	stated states declared declares explained explains noted notes wrote writes posted
	posts tweeted tweets claimed claims warned warns insisted insists argued argues
	denied denies confirmed confirms admitted admits acknowledged acknowledges replied
	replies responded responds reported reports commented comments urged urges called
	calls suggested suggests recalled recalls described describes accused accuses
	praised praises criticised criticized criticises criticizes promised promises
	threatened threatens vowed vows predicted predicts estimated estimates revealed reveals
	believes believed thinks thought hopes hoped fears feared wants wanted expects expected`)

// agentVerbs are actions whose subject, when a country, is acting as a
// state or a team rather than lying on a map.
var agentVerbs = setOf(`beat beats won wins lost loses drew draws defeated defeats played plays
	scored scores attacked attacks fired fires launched launches invaded invades signed
	signs agreed agrees refused refuses rejected rejects accepted accepts offered offers
	demanded demands imposed imposes banned bans sent sends deployed deploys struck
	strikes retaliated retaliates evacuated evacuates begins began puts put wants needs
	plans planned joined joins left leaves voted votes sued sues backed backs supports
	supported opposes opposed recognised recognized recognizes recognises
	continues continued must should had has made makes faced faces took takes gave gives
	winning losing leading trailing playing`)

// believers are adjectives and nouns of faith, which name groups of
// people rather than entities.
var believers = setOf(`muslim christian jewish jew hindu buddhist sikh catholic protestant
	orthodox mormon sunni shia shiite evangelical anglican lutheran methodist baptist
	atheist pagan`)

// competitionWords stand before the opponent of a team.
var competitionWords = setOf(`against beat beats defeated defeats faced faces vs vs. versus
	played plays edged thrashed routed`)

// prepositions take an object that is no agent.
var prepositions = setOf(`of in on at from to for with by against into over under between
	about near through across toward towards within without upon via`)

// personVerbs take a person for subject far more often than anything else.
var personVerbs = setOf(`smiled laughed cried died born married sang wept shouted whispered
	resigned retired graduated grew lives lived studied joked shrugged`)

// nonNames are all-capital abbreviations and capitalised words that are
// not names of anything in news text.
var nonNames = setOf(`am pm a.m. p.m. tv ok ceo cfo coo cto gdp ai dna rna phd utc gmt est edt
	pst pdt cst cdt bst cet faq pdf url html id vip ufo mp mps mep qc sc sms usb pc
	covid covid-19 hiv aids ngo ngos ipo q1 q2 q3 q4 fy ad bc bce ce st jr sr i ii iii iv
	ev evs suv suvs awd rwd fwd hvac led leds lcd oled usb usb-c gps vr ar it api apis
	dvd cd cds cpi etf etfs lng gmo icu mri uv nft nfts rv atv jpeg mp3 4k 5g 3d
	diy lgbt lgbtq mba rsvp asap fyi aka eta tba a.i. stem
	am. pm. etc etc. ie eg vs vs. mph kph km kg lb lbs oz ft mm cm rpm ph
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	god internet web christmas easter ramadan eid`)

// calendarWords are the names of days and months, which the text writes
// with a capital anywhere.
var calendarWords = setOf(`monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december`)
