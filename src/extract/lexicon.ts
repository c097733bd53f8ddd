// Word lists the entity and quote extractors share: what titles, demonyms, organisation heads and
// speech verbs look like in English news. Lower-case keys; look words up with `.has(word.toLowerCase())`.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Words that name an office or rank; a name right after them is a person ("Governor Tevonyan"). */
export const TITLES = words(`
  president president-elect vice-president premier prime minister pm chancellor king queen prince princess emir sheikh
  pope patriarch catholicos archbishop bishop senator sen. congressman congresswoman representative rep.
  governor mayor ambassador envoy commissioner secretary-general secretary general director-general
  director spokesman spokeswoman spokesperson chairman chairwoman chairperson chair speaker mr mr. mrs mrs. ms ms.
  dr dr. h.e. prof prof. professor sir dame lord lady colonel col. general gen. major lieutenant lt. captain brigadier
  admiral marshal commander sergeant judge justice prosecutor ombudsman chief head leader deputy
  assistant minister-counsellor counsellor consul attache councilman councilwoman councillor
  assemblyman assemblywoman legislator lawmaker mp rev rev. reverend gov gov. fr fr. ceo cfo coo founder co-founder executive
  manager coach trainer referee producer editor publisher superintendent sheriff detective inspector
  administrator coordinator undersecretary under-secretary-general rapporteur adviser advisor
  adm adm. cmdr cmdr. maj maj. brig brig. capt capt. sgt sgt. supt supt.
  collector magistrate ayatollah imam mufti cardinal member martyr shaheed seyyed sayyid sayyed sayed syed gen lt col brig-gen maj-gen lt-gen
  lt-col regent bupati governor-general host shri shrimati smt cm cs barrister advocate engr engr.
  rabbi pastor priest comrade cde cde.
`);

/** Words that qualify a title without being a name ("Deputy Assistant Foreign Minister"). */
export const ROLE_WORDS = words(`
  foreign affairs defence defense interior economy economic finance justice health education security
  policy high first acting former state national federal regional european international special permanent
  senior deputy assistant vice executive general affairs bureau culture energy emergency situations
  territorial administration internal external public civil human rights diplomacy relations
  cooperation development integration staff operations intelligence trade industry agriculture transport
  infrastructure environment labour labor social protection refugees migration communications media
  information research planning diaspora poverty alleviation climate change water resources power
  petroleum railways housing works food commerce industries production law religious maritime narcotics
  control disaster management relief rehabilitation reconstruction welfare women youth sports tourism
  veterans science technology digital telecommunications fisheries forestry mines mining aviation ports
  crisis humanitarian aid neighbourhood enlargement budget competition transportation fire attorney
  resettlement homeland rear majority minority opposition cabinet local government chief
  revenue home union supreme institutional district municipal metropolitan urban rural tribal county city wing
  presidency
  squadron gen col military communication
`);

/** Nationality adjectives and plurals: "Azerbaijani", "Armenians" are not places. */
export const DEMONYMS = words(`
  armenian armenians azerbaijani azerbaijanis azeri azeris russian russians turkish turk turks iranian
  iranians persian georgian georgians french german germans spanish american americans british briton
  britons english european europeans japanese ukrainian ukrainians israeli israelis chinese indian
  indians greek greeks italian italians western westerners soviet kurdish kurds syrian syrians lebanese
  czech belgian swiss austrian dutch polish hungarian romanian belarusian kazakh uzbek arab arabs
  canadian australian karabakh-armenian greek-armenian pro-armenian anti-armenian pro-russian
  pro-azerbaijani anti-azerbaijani caucasian eastern northern southern
  asian asians african africans southeast south-east northeast north-east southwest south-west
  northwest north-west
  bahraini bahrainis bolivian bolivians burundian burundians cambodian cambodians cameroonian
  cameroonians chadian chadians ecuadorian ecuadorians ecuadorean eritrean eritreans gabonese gambian
  gambians guinean guineans kazakhstani kazakhstanis kosovar kosovars kuwaiti kuwaitis laotian laotians
  liberian liberians malawian malawians mauritanian mauritanians nicaraguan nicaraguans omani omanis
  panamanian panamanians tanzanian tanzanians zambian zambians thais khmer lao tibetan tibetans
  chechen chechens ingush dagestani dagestanis tatar tatars bashkir
  afghan afghans pakistani pakistanis iraqi iraqis libyan libyans moroccan moroccans egyptian egyptians
  sudanese ethiopian ethiopians somali somalis kenyan kenyans nigerian nigerians congolese rwandan
  rwandans ugandan ugandans malian malians nigerien nigeriens burkinabe senegalese ghanaian ghanaians
  palestinian palestinians yemeni yemenis saudi saudis emirati emiratis qatari qataris jordanian
  jordanians algerian algerians tunisian tunisians bangladeshi bangladeshis burmese thai vietnamese
  korean koreans filipino filipinos indonesian indonesians malaysian malaysians mexican mexicans
  brazilian brazilians argentine argentinian colombian colombians venezuelan venezuelans haitian
  haitians cuban cubans chilean chileans peruvian peruvians portuguese swedish swede swedes norwegian
  norwegians danish danes finnish finns irish scottish welsh serbian serbs croatian croats
  bosnian bosnians albanian albanians bulgarian bulgarians slovak slovaks lithuanian latvian estonian
  moldovan tajik kyrgyz turkmen mongolian nepali nepalese taiwanese lankan
  uruguayan uruguayans paraguayan paraguayans salvadoran salvadorans honduran hondurans guatemalan
  guatemalans jamaican jamaicans african africans mozambican mozambicans zimbabwean zimbabweans
  angolan angolans singaporean singaporeans cypriot cypriots icelandic texan texans
  philippine catholic catholics muslim muslims christian christians hindu hindus buddhist buddhists
  baloch pashtun pashtuns sindhi sindhis punjabi punjabis hazara hazaras uyghur uyghurs rohingya
`);

/**
 * Heads of Portuguese, Spanish and French bodies' names, which English reports keep as written
 * ("Plataforma Decide", "Partido Popular", "Conseil constitutionnel"): an organisation's head word.
 */
/** Heads of Portuguese, Spanish and French bodies' names, which adjectives follow ("Universidad Mayor"). */
export const ROMANCE_ORG_HEADS = words(`
  plataforma partido frente movimento movimiento instituto associação associacao asociación asociacion
  fundação fundacao fundación fundacion sindicato confederação confederacao confederación confederacion
  comissão comissao comisión comision conselho consejo conseil ministério ministerio ministère
  assembleia asamblea universidade universidad agência agencia agence polícia policia policía
  cadeia prisão prisao presídio presidio penitenciária penitenciaria cárcel carcel tribunal
`);

/** A phrase containing one of these names an organisation. */
export const ORG_HEADS = new Set([
  ...ROMANCE_ORG_HEADS,
  ...words(`
  ministry department council committee commission court assembly parliament party group institute
  institution university college academy school agency bank union organization organisation office
  bureau service services corps army forces navy police guard guards government administration cabinet
  foundation fund association federation confederation corporation company co. inc. inc ltd ltd. llc plc news times
  post press tribune herald gazette journal television tv radio network centre center mission alliance
  front movement coalition society church watch programme program authority authorities secretariat
  directorate inspectorate senate congress duma majlis commissariat embassy consulate tribunal
  observatory initiative project trust energies airlines railways co hospital clinic command
  community rail railway league house business forum
  treasury corp corp. survey force chamber presidency chancellery
  see
`),
]);

/**
 * Company words: "Georgia Power", "Duke Energy", "Ballad Health", "BAC Consulting". Weaker than
 * ORG_HEADS, since they are also surnames ("Samantha Power"): after a given name they name a person.
 */
export const COMPANY_HEADS = words(`
  power energy electric electricity health consulting consultants airways motors holdings industries
  technologies pharmaceuticals pharma petroleum telecom communications media broadcasting insurance
  logistics shipping laboratories labs ventures securities investments enterprises solutions
  research analytics economics capital partners markets advisors advisers navigation cars
`);

/** A phrase ending in one of these names a place. */
export const PLACE_HEADS = words(`
  province region district oblast county city town village mountains mountain river valley lake sea
  ocean gulf bay island islands peninsula street avenue boulevard prospekt embankment square airport
  bridge border corridor highway
  road pass marz republic territory territories cemetery park beach coast hills heights springs falls
  canyon desert forest strait channel canal plaza harbour harbor port dam barrage reservoir crossing
  checkpoint prefecture governorate municipality emirate township suburb neighbourhood neighborhood
  camp strip delta plateau basin volcano tunnel trail country triangle base station cathedral mosque
  stadium prison
`);

/** Words after which "to" leads to a place: "fled to Goris", "flights to Yerevan", "a visit to Baku". */
export const MOTION_WORDS = words(`
  fled flee flees fleeing travelled traveled travel travels travelling traveling returned return
  returning moved move moving went go goes going flew fly flying headed heading evacuated relocated
  deported transferred shipped airlifted drove driven walked sailed arrived trip trips journey visit
  visits flight flights road roads route routes way
`);

/** Words that open a place's name: "Port Harcourt", "Mount Sinjar", "Lake Chad", "Fort Worth". */
export const PLACE_PREFIXES = words(`
  port mount mt lake fort cape isle saint st st. camp
  avenida rua praça praca calle rue palacio palácio palais palazzo
  san santa santo são sao
  koh mueang muang wat khao doi phnom pulau kampong kampung bukit tanjung sungai
`);

/** Named things that are neither people, places nor organisations (diseases too): left out. */
export const MISC_HEADS = words(`
  statute declaration treaty agreement accord accords summit conference war wars day week act law
  convention conventions protocol protocols plan prize cup games olympics festival revolution operation initiative doctrine
  format process charter resolution constitution hurricane typhoon cyclone storm decree intermediate year
  code
  covid covid-19 ebola mpox sars sars-cov-2 mers
`);

/** Capitalised words that start sentences and headings but never begin a name. */
export const STOP_CAPS = words(`
  the a an this that these those but and or if in on at for from to by with as after before when while
  since during it he she they we i you his her their our its my your there here what which who whom how
  why where yes no some many most all both each every any several meanwhile however moreover also still
  now then yet such other another one two three four five six seven eight nine ten more less last next
  earlier later today tonight tomorrow yesterday breaking update read according despite although though
  because unlike like about among between under over against without within through across instead
  mr mrs ms not nor so than thus hence indeed even just only well oh please let
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  et edt est pt pdt pst ct cdt cst gmt utc bst cet cest msk am pm
  rs rs. tk ksh sh lakh crore
  eminence excellency holiness majesty highness
`);

/** Lower-case nouns after which a capitalised word is a person's name ("his daughter Ani"). */
export const PERSON_NOUNS = words(`
  daughter son wife husband mother father brother sister grandmother grandfather uncle aunt cousin
  resident residents refugee farmer neighbour neighbor named called nicknamed analyst observer expert
  journalist reporter correspondent activist lawyer doctor nurse teacher student spokesman spokeswoman
  spokesperson official officer soldier commander leader aide adviser advisor researcher scholar
  professor colleague friend mr mrs ms witness survivor victim mayor pastor priest owner manager
  director worker driver volunteer nurse businessman businesswoman blogger head chief chairman
  chairwoman chair president member mourner shopkeeper vendor villager fisherman pilgrim
  economist historian scientist seismologist volcanologist meteorologist climatologist geologist
  engineer photographer writer novelist poet artist challenger candidate incumbent winner opponent
  rival suspect defendant detainee hostage captive pilot miner surgeon paramedic firefighter rescuer
  guard negotiator mediator delegate protester demonstrator organiser organizer campaigner
  counterpart predecessor successor envoy lawmaker legislator mechanic trader coordinator politician
`);

/** Verbs that introduce speech or a stated view; used for both speaker cues and quote attribution. */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell added adds wrote writes write stated states announced announces
  declared declares explained explains noted notes stressed stresses emphasised emphasized emphasises
  emphasizes insisted insists warned warns replied replies responded responds answered answers asked
  asks argued argues claimed claims believes believe believed thinks think thought recalled recalls
  continued continues concluded concludes commented comments remarked remarks reported reports tweeted
  tweets posted posts urged urges acknowledged acknowledges admitted admits confirmed confirms denied
  denies quoted quotes pointed underlined underlines assured assures called calls
  complained complains suggested suggests predicted predicts vowed vows promised promises described
  describes shouted whispered testified spoke notified informed reiterated reiterates affirmed affirms
  indicated indicates specified specifies highlighted highlights maintained maintains clarified
  clarifies lamented laments repeated repeats
`);

/** Common given names that mark a two-word capitalised phrase as a person. A hint, not a limit. */
export const GIVEN_NAMES = words(`
  john james robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
  peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur
  austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
  wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley ben tom bob simon guy
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
  katherine catherine christine debra rachel carolyn janet virginia maria heather diane julie joyce
  victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah
  jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail
  marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella
  alexis kayla charlotte austin sydney chad florence sofia santiago georgia
  nikol ilham vladimir sergey sergei dmitry dmitri maria olga irina natalia tatiana elena anna svetlana
  ararat tigran hakob hayk armen aram arman artur arthur vahagn vahan gagik levon serzh robert ruben
  samvel suren sedrak davit david narek karen gevorg ashot aram anahit lilit ani armine gohar mariam
  nune siranush sona tatev marine olesya arayik artak edmon eduard hovhannes kristine zaruhi
  jeyhun hikmet mehriban elchin elnur rashad farid fuad ali mammad mamed kamran zakir leyla aykhan
  ayhan ramiz anar vusal tural nigar gunel
  recep tayyip hakan mevlut omer ibrahim ahmet mehmet mustafa emine fatma ebrahim hossein hassan
  mohammad mohammed javad abbas irakli salome giorgi nino mikheil tina volodymyr olena andriy
  emmanuel catherine olaf annalena josep charles ursula toivo pedro giorgia rishi antony joseph kamala
  vedant ben marco masaki akihiro fumio yoko yoshimasa shigeru narendra jinping xi
  martin antonio antónio jens janez volker filippo tedros lloyd raed tawfik ghulam
  ahmed ahmad mahmoud mahmood muhammad muhammed mohamed abdul abdel abdullah abdallah khalid khaled omar
  umar yusuf yousef youssef hamid hamza hussein husain karim kareem tariq tareq walid waleed samir
  sameer nabil faisal fahad salem salim saleh salah sami rami ziad imran imtiaz shehbaz shahbaz nawaz
  asif bilawal maryam ayesha aisha fatima zainab nour amina asma shazia benazir sana hina yahya idris
  jamal kemal murat elif ayse zeynep ismail musa issa rahul sonia priya amit sanjay arvind abiy
  mahamat abdelfattah hemedti jean-pierre felix moussa amadou aminata oumar ibrahima cheikh
  michel françois francois nicolas sébastien sebastien édouard edouard laurent philippe thierry
  pierre alain bernard jean-luc jean-marie jean-yves gérald
  tasnim nahid tanvir rakib sajib shafiqul obaidul
`);

/** Given names that are (almost always) women's: "she" cannot mean a man, "he" cannot mean these. */
export const FEMALE_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
  katherine catherine christine debra rachel carolyn janet virginia maria heather diane julie joyce
  victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah
  jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail
  marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella
  alexis kayla charlotte ursula annalena giorgia kamala yoko salome nino tina olena emine fatma
  olga irina natalia tatiana elena svetlana anahit lilit ani armine gohar mariam nune siranush sona
  tatev marine olesya kristine zaruhi lusine narine karine hasmik astghik gayane hripsime mehriban
  leyla nigar gunel aynur sevinj samira maryam ayesha aisha fatima zainab nour amina asma shazia
  benazir sana hina elif ayse zeynep sonia priya aminata sherry
`);

/** Words after an organisation's name that make it a modifier: "an EU diplomat", "a UN official". */
export const MODIFIED_NOUNS = words(`
  diplomat diplomats official officials source sources spokesman spokeswoman spokesperson envoy
  envoys representative representatives negotiator negotiators staffer staff employee employees
  worker workers member members delegation delegate delegates observer observers monitor monitors
  expert experts analyst analysts adviser advisers advisor advisors officer officers chief head
  correspondent reporter reporters journalist journalists commander commanders soldier soldiers
`);

/** Plural nouns for groups that speak without a name: "Armenian analysts", "Witnesses said". */
export const GROUP_NOUNS = words(`
  analysts officials experts diplomats sources observers residents refugees authorities leaders
  lawmakers politicians activists journalists protesters witnesses critics ministers commentators
  media officers soldiers villagers locals neighbours neighbors families volunteers doctors
  police government army military troops rescuers medics paramedics firefighters prosecutors
  investigators survivors relatives parents students workers scientists forecasters meteorologists
  seismologists engineers economists researchers negotiators mediators inspectors crews teams farmers
  fishermen migrants passengers motorists drivers voters militants rebels fighters insurgents gunmen
  attackers assailants settlers peacekeepers guards lawyers judges nurses teachers pilots donors
  hospitals clinics schools treasury staff commuters patients opposition junta coalition regime
`);
