// Word lists for entity extraction. They describe how English news prose names and labels things
// (titles, role nouns, organisation heads), never particular stories; compromise's lexicon supplies
// the general-knowledge part (countries, cities, first names, well-known organisations).
import {nlp} from '../nlp.js';
import type {EntityType} from '../types.js';

export type Tags = string | string[] | undefined;
const NO_TAGS: string[] = [];
let lexicon: Record<string, Tags> | undefined;
// The words asked about, their tags as lists: the lexicon itself is read as compromise holds it
// (copying its 25,000 entries into a map cost more than every lookup a table makes).
const asked = new Map<string, string[]>();

function loadLexicon(): Record<string, Tags> {
	return (nlp() as unknown as {model(): {one: {lexicon: Record<string, Tags>}}}).model().one.lexicon;
}

/** Has the lexicon been loaded (or handed over by provideLexicon)? */
export function lexiconLoaded(): boolean {
	return lexicon !== undefined;
}

/**
 * The lexicon as compromise holds it, unpacked elsewhere (the app unpacks it on a worker thread, so
 * that the half second it takes is not spent between two keys); ignored once one is loaded.
 */
export function provideLexicon(raw: Record<string, Tags>): void {
	lexicon ??= raw;
}

/** compromise's lexicon tags for a lowercase word or phrase (do not mutate the result). */
export function lexiconTags(lower: string): string[] {
	let tags = asked.get(lower);
	if (tags === undefined) {
		lexicon ??= loadLexicon();
		const raw = Object.hasOwn(lexicon, lower) ? lexicon[lower] : undefined;
		tags = raw === undefined ? NO_TAGS : Array.isArray(raw) ? raw : [raw];
		asked.set(lower, tags);
	}
	return tags;
}

const set = (words: string): Set<string> => new Set(words.trim().split(/\s*\|\s*|\s+/).filter(Boolean));

/**
 * Titles and honorifics stripped from the front of a person's name ("President", "Sheikh", "Sayyed",
 * "Hajj"). "Amir" is none: it is a common Persian given name ("Amir Ali ...", "Amir-Abdollahian"),
 * and the title is written "Emir".
 */
export const TITLES = set(`
	president vice-president president-elect premier chancellor minister prime secretary secretary-general
	sheikh shaikh shaykh sheik ayatollah imam mullah cleric rabbi pastor father pope cardinal bishop archbishop reverend rev
	sayyed sayyid seyed seyyed hajj hajji hojatoleslam hojjatoleslam mufti maulana mawlana allamah
	king queen prince princess emir sultan crown lord lady sir dame baron duke
	mr mrs ms miss dr doctor prof professor mx
	gen general col colonel lt lieutenant maj major capt captain sgt sergeant cpl corporal pvt private adm admiral
	brig brigadier cmdr commander marshal field-marshal commodore
	sen senator rep representative gov governor mayor judge justice magistrate attorney-general ambassador envoy
	chairman chairwoman chairperson chair ceo cfo coo founder co-founder director director-general deputy
	adviser advisor amb hon pres supt insp det atty fr whip commissioner superintendent
	congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman
	spokesman spokeswoman spokesperson chief speaker leader head emeritus former acting interim
`);

/** Titles written abbreviated with a dot before a name ("Sen.", "Dr.", "Lt. Gen."). */
export const TITLE_ABBREVIATIONS = set(`mr mrs ms dr prof rev fr sen rep gov gen col lt maj capt sgt cpl pvt adm brig cmdr amb hon pres supt insp det atty`);

/** Words that only qualify a following title ("Foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS = set(`foreign defense defence interior finance health justice state prime vice deputy
	national security former acting interim chief senior top assistant associate executive general grand`);

/** Nouns that name a person's role ("militia spokesman", "commander Qasem Soleimani"). */
export const PERSON_ROLES = set(`
	spokesman spokeswoman spokesperson president minister secretary secretary-general leader chief commander
	adviser advisor official officer general colonel director head founder chairman chairwoman ceo member
	deputy envoy ambassador analyst expert professor researcher scholar journalist reporter correspondent editor
	writer author columnist host anchor presenter senator governor mayor judge lawyer attorney prosecutor
	negotiator diplomat representative lawmaker legislator politician candidate activist campaigner cleric
	sheikh imam king queen prince emir ruler premier chancellor speaker militant fighter commander-in-chief
	strategist economist scientist doctor nurse executive manager owner investor banker adviser-general
	nominee hopeful front-runner frontrunner challenger incumbent contender
`);

/** Nouns that name a role; they anchor premodifier and appositive descriptors ("militia spokesman"). */
export const ROLE_NOUNS = new Set([
	...PERSON_ROLES,
	...set(`
	magazine newspaper network channel broadcaster agency outlet daily weekly website station paper
	group movement militia party faction organisation organization force forces army unit brigade brigades
	coalition alliance company firm bank network organisation body committee council administration
	government regime ministry department union association league front
`),
]);

/** Words after an organisation's name that make the phrase a label ("the Daesh terrorist group"). */
export const GROUP_NOUNS = set(`
	group movement militia militias party faction organisation organization network channel magazine newspaper
	agency administration government regime coalition alliance company firm outlet broadcaster daily website
	army forces force brigades units committee council
`);

/** Last words that make a name an organisation. */
export const ORG_HEADS = set(`
	movement movements group party parties forces force army navy corps guard guards brigade brigades battalion
	battalions units unit militia militias front council committee commission ministry department agency office
	bureau service services administration authority institute institution university college school academy
	foundation fund bank trust association federation union league alliance coalition organization organisation
	company corporation corp inc ltd llc plc co group network channel tv television radio news times post
	journal magazine herald tribune gazette telegraph guardian daily weekly press review monitor observer
	parliament assembly congress senate court tribunal police church mosque hospital centre center museum
	club team board cabinet government regime caucus society brotherhood council synod secretariat
	mission command directorate taskforce library archives laboratory observatory house
`);

/**
 * First words that make a name an organisation ("Ministry of ...", and the Arabic nouns of group
 * names: "Harakat" movement, "Kataib" brigades, "Asaib" leagues, "Jabhat" front, "Hashd"
 * mobilisation, "Tayyar" current, "Ansar" supporters).
 */
export const ORG_LEADS = set(`
	ministry department university bank office council committee commission court institute agency bureau
	house board museum church hospital school college academy foundation harakat jaish hizb kataib kata'ib
	tanzim liwa saraya majlis asaib asa'ib jabhat faylaq quwat alwiya jaysh hashd hashed tayyar jamaat jama'at
	ansar munazzamat
`);

/** Words that add nothing to an organisation's identity (dropped when comparing names). */
export const GENERIC_ORG_WORDS = set(`
	movement group organization organisation harakat haraka brigades brigade battalions faction militia
	party the of news
`);

/** Last words that make a name a place. */
export const PLACE_HEADS = set(`
	city county province governorate district region state republic island islands river sea ocean gulf
	strait bay lake mountain mountains valley peninsula desert street avenue square road airport border
	village town capital hill oblast prefecture territory territories heights coast strip bank
`);

/**
 * Last words that make a name an event, a law, a document or a programme ("Peloponnesian War",
 * "Patriot Act", "Paris Agreement"): never a person, whatever first name it starts with.
 */
export const THING_HEADS = set(`
	war wars act acts bill bills law laws treaty treaties accord accords agreement agreements amendment amendments
	doctrine plan program programme initiative crisis scandal summit conference convention games olympics
	cup award awards prize day days week eve festival revolution deal report rule rules order policy protocol
	election elections primary primaries debate debates hearing hearings era case affair trial syndrome disease
	virus pandemic epidemic flu storm hurricane massacre attack attacks bombing bombings riot riots uprising
	protest protests march rally speech address declaration constitution charter manifesto index survey poll
	strategy reform reforms budget tax tariff tariffs sanctions talks negotiations ceasefire truce
`);

/** First words that make a name an event or a programme ("Hurricane Maria", "Operation Desert Storm"). */
export const THING_LEADS = set(`hurricane typhoon cyclone storm tropical operation project`);

export const PLACE_LEADS = set(`mount lake port gulf cape fort sea strait bay isle`);

/** Demonyms and religious/ethnic adjectives not in compromise's lexicon: not entities by themselves. */
export const GROUP_ADJECTIVES = set(`
	shia shiite shi'ite shi’ite shias shiites sunni sunnis muslim muslims christian christians jewish jew jews
	catholic catholics protestant orthodox hindu hindus buddhist buddhists sikh islamic islamist islamists
	jihadist jihadists zionist zionists arab arabs arabic kurd kurds kurdish persian pashtun druze alawite
	yazidi western westerners eastern european europeans african africans asian asians latino latinos
	hispanic hispanics democratic conservative conservatives liberal liberals progressive progressives
	libertarian socialist socialists communist communists evangelical evangelicals
`);

/** Particles inside Arabic, Persian and European names ("bin", "al", "van"). */
export const NAME_PARTICLES = set(`al el ad ar as ash at az an bin ibn bint abu abd abdul van von der den de da di du del della dos das la le`);

/** Hyphenated article prefixes of transliterated names ("al-Nujaba", "el-Sisi"). */
export const ARTICLE_PREFIX = /^(?:al|el|ul|ad|ar|as|ash|at|az|an|adh|ath|aal)[-‐‑]/i;

/** Connectors allowed inside a name after an organisation or title word ("Committee of the ..."). */
export const CONNECTORS = set(`of for de du del la`);

/** Heads that take "for" inside a name ("Center for ...", "Committee for ..."); "Party for" is a clause. */
export const FOR_HEADS = set(`center centre institute committee council commission foundation fund office agency association
	alliance coalition society campaign union organization organisation ministry department secretary movement front
	league network project partnership initiative centers centres institutes committees councils commissions
	foundations offices agencies associations organizations organisations departments`);

/** Name particles that stand as separate words inside a name ("Osama bin Laden", "van Gogh"). */
export const INNER_PARTICLES = set(`al el bin ibn bint abu abd van von der den de da di du del della dos das la le`);

/** Capitalised words that begin sentences or headlines but never names. */
export const NON_NAME_WORDS = set(`
	i i'm i’m i've i’ve i'd i’d i'll i’ll we're we've we'll we'd you're you've you'll they're they've they'll
	it's that's there's here's what's he's she's let's don't doesn't didn't can't won't isn't aren't wasn't he she it we they you his her its our their my your this that these those there here
	mr mrs ms dr
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
	september october november december today yesterday tomorrow
	god allah lord prophet
	oh yes no ok okay please thanks thank
	breaking update updated exclusive opinion editorial analysis photo video watch read listen advertisement
	sign share tweet comment comments reply subscribe click related photos photo caption captions hide skip
	more image images video videos gallery slideshow getty credit copyright newsletter email print replay watch
	play load view sponsored trending continue reading previous
	however although though despite instead still yet also thus hence therefore moreover furthermore nonetheless
	nevertheless indeed perhaps maybe sometimes often whereas unlike like amid among during since until unless
	whether if once both either neither each every many most some several few all any none other another such
	not only even just already again later earlier first second third last next finally now then tonight
	meanwhile ultimately similarly additionally overall instead according following asked speaking regarding
	commenting summing notably separately elsewhere previously recently currently
	officials experts critics analysts sources residents people police troops forces
`);

/** Well-known aliases of places and organisations that news copy uses interchangeably. */
export const KNOWN_ALIASES: Array<{name: string; type: EntityType; aliases: string[]}> = [
	{name: 'United States', type: 'place', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States', 'the US']},
	{name: 'United Kingdom', type: 'place', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain']},
	{name: 'United Nations', type: 'organization', aliases: ['UN', 'U.N.']},
	{name: 'European Union', type: 'organization', aliases: ['EU', 'E.U.']},
	{name: 'United Arab Emirates', type: 'place', aliases: ['UAE', 'U.A.E.']},
	{name: 'Soviet Union', type: 'place', aliases: ['USSR', 'U.S.S.R.']},
	{name: 'Islamic State', type: 'organization', aliases: ['ISIS', 'ISIL', 'Daesh', 'Daish', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant']},
	{name: 'Al-Qaeda', type: 'organization', aliases: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda', 'Al-Qaida']},
	{name: 'NATO', type: 'organization', aliases: ['North Atlantic Treaty Organization', 'Nato']},
	{name: 'Democratic Party', type: 'organization', aliases: ['Democrats', 'Democrat', 'Democratic Party']},
	{name: 'Republican Party', type: 'organization', aliases: ['Republicans', 'Republican', 'GOP']},
	{name: 'Pentagon', type: 'organization', aliases: ['the Pentagon']},
	{name: 'Kremlin', type: 'organization', aliases: ['the Kremlin']},
	{name: 'White House', type: 'organization', aliases: ['the White House']},
	{name: 'Congress', type: 'organization', aliases: ['US Congress', 'U.S. Congress']},
	{name: 'Supreme Court', type: 'organization', aliases: ['US Supreme Court', 'U.S. Supreme Court']},
	{name: 'Mossad', type: 'organization', aliases: []},
	{name: 'Hamas', type: 'organization', aliases: []},
	{name: 'Hezbollah', type: 'organization', aliases: ['Hizbollah', 'Hizballah', 'Hizbullah']},
	{name: 'Taliban', type: 'organization', aliases: ['the Taliban']},
	{name: 'Houthis', type: 'organization', aliases: ['Houthi', 'Ansar Allah']},
	{name: 'Kurdistan', type: 'place', aliases: []},
	{name: 'Gaza', type: 'place', aliases: ['Gaza Strip']},
	{name: 'West Bank', type: 'place', aliases: []},
	{name: 'Wall Street', type: 'place', aliases: []},
	{name: 'Silicon Valley', type: 'place', aliases: []},
	{name: 'Facebook', type: 'organization', aliases: []},
	{name: 'YouTube', type: 'organization', aliases: []},
	{name: 'Reuters', type: 'organization', aliases: []},
	{name: 'CNN', type: 'organization', aliases: []},
	{name: 'Fox News', type: 'organization', aliases: []},
	{name: 'Medicare', type: 'other', aliases: []},
	{name: 'Medicaid', type: 'other', aliases: []},
	{name: 'Obamacare', type: 'other', aliases: ['Affordable Care Act']},
	{name: 'Brexit', type: 'other', aliases: []},
	{name: 'Covid-19', type: 'other', aliases: ['COVID-19', 'Covid', 'COVID', 'coronavirus']},
];

/**
 * English given names and their common short forms: one person is "Michael" in one outlet and
 * "Mike" in another. Each line is one name; the first word is the form used as the key.
 */
const NICKNAME_LINES = `
	michael mike mick mikey | william bill will billy willie | robert bob rob bobby bert | charles chuck charlie
	donald don donnie | thomas tom tommy | james jim jimmy jamie | joseph joe joey | richard dick rick ricky rich
	edward ed eddie ted ned | anthony tony | steven steve stephen | david dave | daniel dan danny
	benjamin ben benny bibi | andrew andy drew | nicholas nick | christopher chris | matthew matt
	patrick pat | peter pete | samuel sam sammy | timothy tim | jeffrey jeff | gregory greg | kenneth ken kenny
	lawrence larry | gerald jerry gerry | elizabeth liz beth betsy lizzie | katherine kate kathy katie
	catherine cathy | jennifer jen jenny | susan sue susie | cyrus cy | rudolph rudy | mitchell mitch
	alexander alex | ronald ron ronnie | frederick fred freddie | henry hank | jonathan jon | nathaniel nate
	zachary zach | joshua josh | jacob jake | douglas doug | raymond ray | leonard len lenny | eugene gene
	margaret maggie meg peggy | deborah debbie deb | rebecca becky | patricia pat patty | victoria vicky
`;
export const NICKNAMES = new Map<string, string>();
for (const line of NICKNAME_LINES.split('|')) {
	const [name, ...short] = line.trim().split(/\s+/);
	for (const s of [name, ...short]) if (!NICKNAMES.has(s)) NICKNAMES.set(s, name);
}
