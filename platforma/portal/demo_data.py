"""Demo content of the cluster: organisations, people and environmental challenges (plain data, no Django).

Everything here is fictional. Companies, institutes, universities and NGOs are invented; local governments
are named after real towns only as public bodies, and their people, identifiers and problems are invented.
NIP, REGON and KRS numbers pass the official checksums (python-stdnum agrees) but were generated from the
keys with a hash, not looked up, so one may by chance belong to a real entity. Web and e-mail addresses use
the reserved `.example` TLD, which never resolves.

Competence slugs come from `platforma.taxonomy.tree`; keys tie the lists together. Several challenges are
deliberately similar across organisations (allotments on heavy-metal soils, burning spoil heaps, home
boilers, subsidence), so that similar-challenge detection has something to find.
"""

from typing import NotRequired, TypedDict


class OrganisationData(TypedDict):
    key: str
    name: str
    type: str
    city: str
    postal_code: str
    street: str
    lat: float
    lon: float
    nip: str
    regon: str
    krs: str
    website: str
    email: str
    description: str
    competences: list[str]
    offers: list[str]
    needs: list[str]
    member_since_year: int | None


class PersonData(TypedDict):
    key: str
    first_name: str
    last_name: str
    email: str
    organisation: str | None
    org_role: str | None
    job_title: str
    bio: str
    competences: list[str]
    availability: str
    public_profile: bool
    city: str
    is_coordinator: NotRequired[bool]


class SupportData(TypedDict):
    organisation: str
    note: str


class ProposalData(TypedDict):
    by_person: str
    by_organisation: str | None
    title: str
    description: str


class ChallengeData(TypedDict):
    key: str
    title: str
    description: str
    organisation: str
    author: str
    city: str
    lat: float
    lon: float
    competences: list[str]
    visibility: str
    visible_to: list[str]
    status: str
    supports: list[SupportData]
    proposals: list[ProposalData]


ORGANISATIONS: list[OrganisationData] = [
    # --- instytucje otoczenia biznesu -------------------------------------------------------------
    {
        "key": "ekopark",
        "name": "Park Ekologiczno-Przemysłowy EkoPark",
        "type": "business_support",
        "city": "Piekary Śląskie",
        "postal_code": "41-940",
        "street": "ul. Przemysłowa 14",
        "lat": 50.38420,
        "lon": 18.93850,
        "nip": "4981041732",
        "regon": "241524156",
        "krs": "0000481043",
        "website": "https://www.ekopark.example",
        "email": "biuro@ekopark.example",
        "description": (
            "Koordynator **Śląskiego Klastra Rewitalizacji i Technologii Środowiskowych**. Łączymy "
            "przedsiębiorstwa, uczelnie, instytuty badawcze i samorządy wokół konkretnych problemów "
            "środowiskowych regionu – od skażonych gleb po wody kopalniane. Prowadzimy Platformę "
            "Środowiskową, organizujemy spotkania B2B i pomagamy konsorcjom w pozyskaniu finansowania."
        ),
        "competences": [
            "tereny-inwestycyjne-brownfield",
            "symbioza-przemyslowa",
            "fundusze-unijne",
            "rewitalizacja-spoleczna",
        ],
        "offers": [
            "Przygotowanie wniosków o dofinansowanie dla konsorcjów członków klastra.",
            "Organizacja spotkań B2B i wizyt studyjnych na terenach poprzemysłowych.",
            "Sale konferencyjne i poletka doświadczalne na terenie parku w Piekarach Śląskich.",
        ],
        "needs": ["Partnerzy do pilotażowych wdrożeń technologii rekultywacji na terenie parku."],
        "member_since_year": 2012,
    },
    {
        "key": "bite",
        "name": "Bytomski Inkubator Technologii Środowiskowych",
        "type": "business_support",
        "city": "Bytom",
        "postal_code": "41-902",
        "street": "ul. Strzelców Bytomskich 35",
        "lat": 50.35110,
        "lon": 18.92630,
        "nip": "6265048750",
        "regon": "247455634",
        "krs": "0000732830",
        "website": "https://www.inkubator-bytom.example",
        "email": "biuro@inkubator-bytom.example",
        "description": (
            "Inkubator wspierający start-upy i mikrofirmy z branży technologii środowiskowych z Bytomia i okolic. "
            "Zapewniamy biura i hale warsztatowe na preferencyjnych warunkach, doradztwo w zakresie ochrony "
            "własności intelektualnej oraz mentoring. W naszej sieci działa 14 młodych firm zajmujących się "
            "m.in. analityką wód i recyklingiem."
        ),
        "competences": ["symbioza-przemyslowa", "fundusze-unijne", "ppp-i-esco"],
        "offers": [
            "Powierzchnia biurowa i warsztatowa dla młodych firm środowiskowych.",
            "Mentoring biznesowy i pomoc w ochronie własności intelektualnej.",
        ],
        "needs": ["Eksperci branżowi do programu mentoringowego."],
        "member_since_year": 2015,
    },
    {
        "key": "sctts",
        "name": "Śląskie Centrum Transferu Technologii Środowiskowych Sp. z o.o.",
        "type": "business_support",
        "city": "Gliwice",
        "postal_code": "44-100",
        "street": "ul. Konarskiego 20",
        "lat": 50.29060,
        "lon": 18.67720,
        "nip": "6317562810",
        "regon": "242606175",
        "krs": "0000073045",
        "website": "https://www.sctts.example",
        "email": "biuro@sctts.example",
        "description": (
            "Spółka komercjalizująca wyniki badań z zakresu inżynierii środowiska. Pomagamy zespołom naukowym "
            "przygotować technologię do wdrożenia – od analizy patentowej i wyceny, przez projekt demonstracyjny, "
            "po umowę licencyjną z przedsiębiorstwem."
        ),
        "competences": ["fundusze-unijne", "fundusze-ochrony-srodowiska", "symbioza-przemyslowa"],
        "offers": [
            "Analizy patentowe i wycena technologii środowiskowych.",
            "Przygotowanie projektów demonstracyjnych i umów licencyjnych.",
        ],
        "needs": ["Przedsiębiorstwa gotowe przetestować nowe technologie oczyszczania wód."],
        "member_since_year": 2017,
    },
    # --- samorządy -----------------------------------------------------------------------------
    {
        "key": "gm_radzionkow",
        "name": "Gmina Radzionków (Referat Ochrony Środowiska)",
        "type": "local_government",
        "city": "Radzionków",
        "postal_code": "41-922",
        "street": "ul. Męczenników Oświęcimskich 42",
        "lat": 50.39980,
        "lon": 18.89360,
        "nip": "6458174547",
        "regon": "248202020",
        "krs": "",
        "website": "https://www.gmina-radzionkow.example",
        "email": "biuro@gmina-radzionkow.example",
        "description": (
            "Gmina miejska w powiecie tarnogórskim, licząca około 17 tys. mieszkańców. Referat Ochrony "
            "Środowiska prowadzi program wymiany pozaklasowych kotłów i gospodarkę wodami opadowymi, a z Bytomiem "
            "współpracuje przy zabezpieczaniu hałd na granicy obu gmin."
        ),
        "competences": ["programy-ochrony-powietrza", "wymiana-zrodel-ciepla", "wody-opadowe"],
        "offers": [
            "Udostępnienie terenów gminnych pod pilotażowe wdrożenia.",
            "Dane z ewidencji źródeł ciepła i inwentaryzacji wyrobów zawierających azbest.",
        ],
        "needs": [
            "Skuteczne sposoby przekonania mieszkańców do wymiany kotłów.",
            "Wsparcie w ocenie stanu termicznego hałdy na granicy z Bytomiem.",
        ],
        "member_since_year": 2014,
    },
    {
        "key": "gm_swietochlowice",
        "name": "Gmina Świętochłowice (Wydział Ochrony Środowiska)",
        "type": "local_government",
        "city": "Świętochłowice",
        "postal_code": "41-600",
        "street": "ul. Katowicka 54",
        "lat": 50.29640,
        "lon": 18.91710,
        "nip": "6276563935",
        "regon": "241343087",
        "krs": "",
        "website": "https://www.gmina-swietochlowice.example",
        "email": "biuro@gmina-swietochlowice.example",
        "description": (
            "Jedno z najgęściej zaludnionych miast w Polsce, z dziedzictwem hutnictwa cynku i ołowiu oraz "
            "górnictwa węgla. Wydział Ochrony Środowiska zajmuje się likwidacją niskiej emisji w starej "
            "zabudowie, rekultywacją terenów pohutniczych i poprawą jakości wód w zlewni Rawy."
        ),
        "competences": ["tereny-pohutnicze", "wymiana-zrodel-ciepla", "renaturyzacja-rzek", "rewitalizacja-spoleczna"],
        "offers": [
            "Wyniki badań gleb na terenach miejskich z lat 2015–2023.",
            "Teren pod pilotaż remediacji w dzielnicy Lipiny.",
        ],
        "needs": [
            "Rozwiązania grzewcze dla kamienic bez możliwości podłączenia do sieci ciepłowniczej.",
            "Partner do badań bezpieczeństwa upraw w ogrodach działkowych.",
        ],
        "member_since_year": 2016,
    },
    {
        "key": "gm_bytom",
        "name": "Gmina Bytom (Wydział Ochrony Środowiska)",
        "type": "local_government",
        "city": "Bytom",
        "postal_code": "41-902",
        "street": "ul. Parkowa 2",
        "lat": 50.34590,
        "lon": 18.91870,
        "nip": "6261130727",
        "regon": "240316415",
        "krs": "",
        "website": "https://www.gmina-bytom.example",
        "email": "biuro@gmina-bytom.example",
        "description": (
            "Jedno z najstarszych miast Górnego Śląska, silnie przekształcone przez górnictwo węgla i rud "
            "cynkowo-ołowiowych. Wydział koordynuje działania związane ze szkodami górniczymi, hałdami i wodami "
            "kopalnianymi, a także realizację programu ochrony powietrza w mieście."
        ),
        "competences": [
            "szkody-gornicze",
            "pozary-hald",
            "zagrozenie-wodne-po-likwidacji",
            "programy-ochrony-powietrza",
        ],
        "offers": [
            "Mapy hałd i terenów zdegradowanych w formacie GIS.",
            "Działki gminne pod poletka doświadczalne.",
        ],
        "needs": [
            "Ekspertyzy skutków ograniczenia pompowania wód kopalnianych.",
            "Metody trwałej likwidacji ognisk termicznych na hałdach.",
        ],
        "member_since_year": 2013,
    },
    {
        "key": "gm_tarnowskie",
        "name": "Gmina Tarnowskie Góry (Wydział Ochrony Środowiska)",
        "type": "local_government",
        "city": "Tarnowskie Góry",
        "postal_code": "42-600",
        "street": "Rynek 4",
        "lat": 50.44460,
        "lon": 18.85640,
        "nip": "6453911403",
        "regon": "242561538",
        "krs": "",
        "website": "https://www.gmina-tarnowskie-gory.example",
        "email": "biuro@gmina-tarnowskie-gory.example",
        "description": (
            "Miasto o kilkusetletniej tradycji górnictwa rud ołowiu i srebra, którego podziemia wpisano na "
            "Listę światowego dziedzictwa UNESCO. Wydział mierzy się z zapadliskami nad płytkimi wyrobiskami, "
            "pozostałościami po przeróbce rud i starym składowiskiem odpadów komunalnych."
        ),
        "competences": ["zabezpieczanie-plytkich-wyrobisk", "odpady-hutnicze", "skladowiska-odpadow"],
        "offers": [
            "Archiwalne mapy dawnych wyrobisk i szybów.",
            "Współpraca przy projektach edukacyjnych o dziedzictwie górniczym.",
        ],
        "needs": ["Tańsze metody rozpoznania pustek w górotworze pod zabudową."],
        "member_since_year": 2018,
    },
    {
        "key": "zwiazek_brynica",
        "name": "Międzygminny Związek Doliny Brynicy",
        "type": "local_government",
        "city": "Piekary Śląskie",
        "postal_code": "41-948",
        "street": "ul. Kalwaryjska 12",
        "lat": 50.39160,
        "lon": 18.95030,
        "nip": "4986783585",
        "regon": "380242094",
        "krs": "",
        "website": "https://www.dolina-brynicy.example",
        "email": "biuro@dolina-brynicy.example",
        "description": (
            "Związek gmin położonych w zlewni Brynicy, powołany do wspólnej ochrony rzeki, zarządzania terenami "
            "nadrzecznymi i usuwania azbestu. Koordynuje wspólne wnioski o dofinansowanie i prowadzi bazę danych "
            "o źródłach zanieczyszczeń w dolinie."
        ),
        "competences": ["renaturyzacja-rzek", "usuwanie-azbestu", "fundusze-ochrony-srodowiska"],
        "offers": [
            "Wspólne zamówienia publiczne dla gmin członkowskich.",
            "Baza danych o źródłach zanieczyszczeń w dolinie Brynicy.",
        ],
        "needs": ["Wykonawcy usuwania azbestu z małych, rozproszonych obiektów."],
        "member_since_year": 2019,
    },
    # --- organizacje pozarządowe -----------------------------------------------------------------
    {
        "key": "brynica_zyje",
        "name": "Stowarzyszenie Ekologiczne „Brynica Żyje”",
        "type": "ngo",
        "city": "Piekary Śląskie",
        "postal_code": "41-943",
        "street": "ul. Kasztanowa 8",
        "lat": 50.37540,
        "lon": 18.96240,
        "nip": "4981002896",
        "regon": "242087500",
        "krs": "0000754120",
        "website": "https://www.brynica-zyje.example",
        "email": "biuro@brynica-zyje.example",
        "description": (
            "Stowarzyszenie mieszkańców Piekar Śląskich i okolic działające na rzecz czystej Brynicy i terenów "
            "zielonych w jej dolinie. Prowadzimy obywatelski monitoring jakości wody, sprzątanie brzegów i "
            "edukację ekologiczną w szkołach. Od 2019 r. pomagamy działkowcom zbadać gleby w ich ogrodach."
        ),
        "competences": ["renaturyzacja-rzek", "bezpieczne-uprawy", "rewitalizacja-spoleczna"],
        "offers": [
            "Wolontariusze do prac terenowych i poboru próbek.",
            "Warsztaty edukacyjne dla szkół i działkowców.",
        ],
        "needs": [
            "Laboratorium, które niedrogo wykona analizy gleb z ogrodów działkowych.",
            "Pomoc w pisaniu wniosków grantowych.",
        ],
        "member_since_year": 2016,
    },
    {
        "key": "przejrzyste_powietrze",
        "name": "Fundacja Przejrzyste Powietrze",
        "type": "ngo",
        "city": "Siemianowice Śląskie",
        "postal_code": "41-100",
        "street": "ul. Jana Pawła II 11",
        "lat": 50.32710,
        "lon": 19.02930,
        "nip": "6433401780",
        "regon": "386271211",
        "krs": "0000237032",
        "website": "https://www.przejrzyste-powietrze.example",
        "email": "biuro@przejrzyste-powietrze.example",
        "description": (
            "Fundacja prowadzi kampanie antysmogowe i obywatelską sieć czujników pyłu zawieszonego w "
            "Siemianowicach Śląskich i sąsiednich miastach. Pomagamy mieszkańcom przejść przez procedury "
            "programu „Czyste Powietrze” i przyglądamy się realizacji uchwały antysmogowej."
        ),
        "competences": ["monitoring-powietrza", "programy-ochrony-powietrza", "wymiana-zrodel-ciepla"],
        "offers": [
            "Dane z 40 czujników PM2,5 i PM10 udostępniane w otwartym formacie.",
            "Doradztwo dla mieszkańców przy wymianie źródeł ciepła.",
        ],
        "needs": ["Partner naukowy do kalibracji tanich czujników pyłu."],
        "member_since_year": 2020,
    },
    {
        "key": "zdrowa_grzadka",
        "name": "Stowarzyszenie Działkowców „Zdrowa Grządka”",
        "type": "ngo",
        "city": "Świętochłowice",
        "postal_code": "41-605",
        "street": "ul. Wojska Polskiego 70",
        "lat": 50.29960,
        "lon": 18.90780,
        "nip": "6273821816",
        "regon": "384755465",
        "krs": "0000545131",
        "website": "https://www.zdrowa-grzadka.example",
        "email": "biuro@zdrowa-grzadka.example",
        "description": (
            "Stowarzyszenie skupia użytkowników trzech rodzinnych ogrodów działkowych w Świętochłowicach, "
            "położonych w sąsiedztwie dawnych zakładów hutniczych. Dbamy o to, by uprawa warzyw i owoców była "
            "bezpieczna dla zdrowia, i zabiegamy o badania gleb oraz rekultywację najbardziej skażonych kwater."
        ),
        "competences": ["bezpieczne-uprawy", "fitostabilizacja"],
        "offers": ["Dostęp do 120 działek na potrzeby badań i doświadczeń polowych."],
        "needs": [
            "Badania zawartości kadmu i ołowiu w glebie i warzywach.",
            "Jasne zalecenia, co i jak można bezpiecznie uprawiać.",
        ],
        "member_since_year": 2021,
    },
    {
        "key": "nowa_zielen",
        "name": "Fundacja Przyrody Pogórniczej „Nowa Zieleń”",
        "type": "ngo",
        "city": "Ruda Śląska",
        "postal_code": "41-709",
        "street": "ul. Piotra Niedurnego 47",
        "lat": 50.26370,
        "lon": 18.86400,
        "nip": "6414573103",
        "regon": "383228628",
        "krs": "0000830524",
        "website": "https://www.nowa-zielen.example",
        "email": "biuro@nowa-zielen.example",
        "description": (
            "Fundacja chroni przyrodę, która samorzutnie rozwinęła się na hałdach, w zapadliskach i na "
            "nieużytkach poprzemysłowych Rudy Śląskiej. Wykonujemy inwentaryzacje przyrodnicze, prowadzimy "
            "ścieżki edukacyjne i opiniujemy projekty rekultywacji, tak aby nie niszczyły cennych siedlisk."
        ),
        "competences": ["inwentaryzacje-przyrodnicze", "siedliska-poprzemyslowe", "zalewiska-i-mokradla"],
        "offers": [
            "Inwentaryzacje flory i fauny terenów poprzemysłowych.",
            "Opinie przyrodnicze do projektów rekultywacji.",
        ],
        "needs": ["Wsparcie techniczne przy ocenie zagrożenia pożarowego hałd."],
        "member_since_year": 2019,
    },
    {
        "key": "siedliska",
        "name": "Towarzystwo Siedlisk Poprzemysłowych",
        "type": "ngo",
        "city": "Dąbrowa Górnicza",
        "postal_code": "41-300",
        "street": "ul. 3 Maja 20",
        "lat": 50.32340,
        "lon": 19.18850,
        "nip": "6290425508",
        "regon": "381660400",
        "krs": "0000793958",
        "website": "https://www.siedliska-poprzemyslowe.example",
        "email": "biuro@siedliska-poprzemyslowe.example",
        "description": (
            "Młode stowarzyszenie przyrodników z Zagłębia Dąbrowskiego, zajmujące się ochroną zalewisk "
            "pogórniczych i piaszczystych nieużytków po kopalniach piasku podsadzkowego. Chcemy włączać cenne "
            "przyrodniczo tereny poprzemysłowe do miejskiego systemu zieleni."
        ),
        "competences": ["zalewiska-i-mokradla", "inwentaryzacje-przyrodnicze", "zielono-niebieska-infrastruktura"],
        "offers": ["Wolontariat przyrodniczy i monitoring ptaków na zalewiskach."],
        "needs": ["Partnerzy do projektu renaturyzacji zalewisk w dzielnicy Strzemieszyce."],
        "member_since_year": None,
    },
    # --- uczelnie -----------------------------------------------------------------------------
    {
        "key": "gup",
        "name": "Górnośląski Uniwersytet Przyrodniczy w Katowicach",
        "type": "university",
        "city": "Katowice",
        "postal_code": "40-007",
        "street": "ul. Uniwersytecka 12",
        "lat": 50.25860,
        "lon": 19.01950,
        "nip": "6345134204",
        "regon": "248363526",
        "krs": "",
        "website": "https://www.gup-katowice.example",
        "email": "biuro@gup-katowice.example",
        "description": (
            "Publiczna uczelnia kształcąca w dziedzinie nauk o Ziemi, biologii i ochrony środowiska. **Katedra "
            "Geochemii Środowiska** od 20 lat bada migrację cynku, ołowiu i kadmu w glebach Górnego Śląska, a "
            "Pracownia Ekologii Miasta – miejską wyspę ciepła i jakość małych rzek."
        ),
        "competences": [
            "rozpoznanie-zanieczyszczen",
            "fitoekstrakcja",
            "miejska-wyspa-ciepla",
            "renaturyzacja-rzek",
            "analizy-laboratoryjne",
        ],
        "offers": [
            "Analizy specjacji metali ciężkich w glebach i osadach.",
            "Prace dyplomowe i doktoraty wdrożeniowe realizowane z firmami.",
        ],
        "needs": ["Tereny do długoterminowych doświadczeń z fitoremediacją."],
        "member_since_year": 2013,
    },
    {
        "key": "sats",
        "name": "Śląska Akademia Technologii Środowiskowych w Gliwicach",
        "type": "university",
        "city": "Gliwice",
        "postal_code": "44-100",
        "street": "ul. Pszczyńska 44",
        "lat": 50.29080,
        "lon": 18.68230,
        "nip": "6311050144",
        "regon": "245512440",
        "krs": "",
        "website": "https://www.sats-gliwice.example",
        "email": "biuro@sats-gliwice.example",
        "description": (
            "Uczelnia techniczna z wydziałami inżynierii środowiska, górnictwa i energetyki. Prowadzi "
            "laboratorium technologii membranowych, w którym bada oczyszczanie wód kopalnianych, oraz stację "
            "doświadczalną rekultywacji hałd. Kształci inżynierów na kierunkach inżynieria środowiska i "
            "gospodarka o obiegu zamkniętym."
        ),
        "competences": [
            "odsalanie-wod-kopalnianych",
            "scieki-przemyslowe",
            "rekultywacja-hald",
            "wykorzystanie-skaly-plonnej",
        ],
        "offers": [
            "Badania w skali pilotowej na instalacji odwróconej osmozy o wydajności 2 m³/h.",
            "Staże i praktyki dla studentów inżynierii środowiska.",
        ],
        "needs": ["Dostęp do rzeczywistych wód kopalnianych do testów długoterminowych."],
        "member_since_year": 2014,
    },
    {
        "key": "rans",
        "name": "Rybnicka Akademia Nauk Stosowanych",
        "type": "university",
        "city": "Rybnik",
        "postal_code": "44-200",
        "street": "ul. Rudzka 13",
        "lat": 50.10360,
        "lon": 18.54210,
        "nip": "6420287810",
        "regon": "382515538",
        "krs": "",
        "website": "https://www.rans-rybnik.example",
        "email": "biuro@rans-rybnik.example",
        "description": (
            "Uczelnia zawodowa kształcąca techników i inżynierów dla regionu w transformacji. Prowadzi kierunki "
            "odnawialne źródła energii i audyt energetyczny, a jej laboratorium pomp ciepła służy również "
            "firmom instalacyjnym."
        ),
        "competences": ["pompy-ciepla", "audyty-energetyczne", "metan-z-pokladow-wegla"],
        "offers": [
            "Szkolenia instalatorów pomp ciepła i fotowoltaiki.",
            "Pomiary sprawności pomp ciepła w laboratorium.",
        ],
        "needs": ["Miejsca praktyk zawodowych dla studentów."],
        "member_since_year": 2022,
    },
    # --- jednostki badawczo-rozwojowe ------------------------------------------------------------
    {
        "key": "irgw",
        "name": "Instytut Remediacji Gruntów i Wód – Instytut Badawczy",
        "type": "rnd",
        "city": "Bytom",
        "postal_code": "41-906",
        "street": "ul. Wrocławska 58",
        "lat": 50.34660,
        "lon": 18.90130,
        "nip": "6267517485",
        "regon": "248900533",
        "krs": "0000613534",
        "website": "https://www.irgw.example",
        "email": "biuro@irgw.example",
        "description": (
            "Instytut badawczy specjalizujący się w remediacji gleb i wód podziemnych zanieczyszczonych metalami "
            "ciężkimi, węglowodorami i związkami smołowymi. Opracowaliśmy technologię stabilizacji gleb "
            "pohutniczych z użyciem popiołów z kotłów fluidalnych, przetestowaną na 6 ha w Bytomiu."
        ),
        "competences": [
            "stabilizacja-metali-ciezkich",
            "bariery-reaktywne",
            "stawy-smolowe",
            "oczyszczanie-wod-podziemnych",
            "rozpoznanie-zanieczyszczen",
        ],
        "offers": [
            "Projekty remediacji wraz z oceną ryzyka dla zdrowia ludzi.",
            "Badania laboratoryjne i kolumnowe skuteczności stabilizacji.",
        ],
        "needs": ["Partner przemysłowy do wdrożenia bariery reaktywnej w skali technicznej."],
        "member_since_year": 2012,
    },
    {
        "key": "scbwk",
        "name": "Śląskie Centrum Badań Wód Kopalnianych – Instytut Badawczy",
        "type": "rnd",
        "city": "Katowice",
        "postal_code": "40-160",
        "street": "al. Wojciecha Korfantego 138",
        "lat": 50.28200,
        "lon": 19.01890,
        "nip": "6344378625",
        "regon": "246123261",
        "krs": "0000072954",
        "website": "https://www.scbwk.example",
        "email": "biuro@scbwk.example",
        "description": (
            "Zajmujemy się hydrogeologią górniczą: prognozujemy zmiany zwierciadła wód po likwidacji kopalń, "
            "modelujemy przepływy między zlikwidowanymi zakładami i projektujemy systemy odwadniania. Prowadzimy "
            "też badania odzysku soli i metali z solanek kopalnianych."
        ),
        "competences": [
            "odwadnianie-kopaln",
            "zagrozenie-wodne-po-likwidacji",
            "gis-i-modelowanie",
            "odzysk-metali-z-wod-kopalnianych",
        ],
        "offers": [
            "Modele hydrogeologiczne obszarów górniczych.",
            "Monitoring wód kopalnianych i prognozy wypływów.",
        ],
        "needs": ["Dane z pompowni zlikwidowanych kopalń od gmin i spółek."],
        "member_since_year": 2013,
    },
    {
        "key": "cbcs",
        "name": "Centrum Badawcze Czystego Spalania – Instytut Badawczy",
        "type": "rnd",
        "city": "Zabrze",
        "postal_code": "41-800",
        "street": "ul. Wolności 251",
        "lat": 50.30580,
        "lon": 18.78020,
        "nip": "6481547889",
        "regon": "244121105",
        "krs": "0000200201",
        "website": "https://www.cbcs.example",
        "email": "biuro@cbcs.example",
        "description": (
            "Instytut badający procesy spalania paliw stałych, biomasy i odpadów oraz sposoby ograniczania emisji "
            "pyłów i tlenków azotu. Badamy kotły małej mocy pod kątem wymagań ekoprojektu i doradzamy "
            "ciepłowniom w przejściu na niskoemisyjne źródła ciepła."
        ),
        "competences": [
            "emisje-przemyslowe",
            "wymiana-zrodel-ciepla",
            "cieplownictwo-systemowe",
            "cieplo-z-wod-kopalnianych",
        ],
        "offers": [
            "Badania emisyjności kotłów i urządzeń grzewczych.",
            "Studia wykonalności dekarbonizacji ciepłowni.",
        ],
        "needs": ["Lokalizacja pilotażowej pompy ciepła zasilanej wodą kopalnianą."],
        "member_since_year": 2015,
    },
    {
        "key": "biosorb",
        "name": "Centrum Badawczo-Rozwojowe Biosorb Sp. z o.o.",
        "type": "rnd",
        "city": "Chorzów",
        "postal_code": "41-506",
        "street": "ul. Katowicka 115",
        "lat": 50.28560,
        "lon": 18.98140,
        "nip": "6274574165",
        "regon": "247043392",
        "krs": "0000522101",
        "website": "https://www.biosorb.example",
        "email": "biuro@biosorb.example",
        "description": (
            "Prywatne centrum badawczo-rozwojowe opracowujące biosorbenty i konsorcja mikroorganizmów do "
            "usuwania metali ciężkich i substancji ropopochodnych z wód i gruntów. Mamy status centrum "
            "badawczo-rozwojowego i własne laboratorium mikrobiologiczne."
        ),
        "competences": ["bioremediacja", "biodegradacja-weglowodorow", "odzysk-metali-z-wod-kopalnianych"],
        "offers": [
            "Dobór i namnażanie szczepów bakterii do bioremediacji in situ.",
            "Testy biosorbentów na próbkach klienta.",
        ],
        "needs": ["Teren do pilotażu bioremediacji gruntu zanieczyszczonego olejami."],
        "member_since_year": 2018,
    },
    # --- przedsiębiorstwa -----------------------------------------------------------------------
    {
        "key": "fitoklar",
        "name": "Fitoklar Sp. z o.o.",
        "type": "company",
        "city": "Piekary Śląskie",
        "postal_code": "41-946",
        "street": "ul. Roosevelta 102",
        "lat": 50.36880,
        "lon": 18.94200,
        "nip": "4989480023",
        "regon": "240405202",
        "krs": "0000265106",
        "website": "https://www.fitoklar.example",
        "email": "biuro@fitoklar.example",
        "description": (
            "Firma specjalizująca się w **fitoremediacji** i rekultywacji biologicznej terenów po hutnictwie "
            "cynku i ołowiu. Prowadzimy własną szkółkę roślin tolerancyjnych na metale ciężkie (m.in. kostrzewy "
            "czerwonej i mietlicy pospolitej) oraz rekultywujemy hałdy i nieużytki pod klucz."
        ),
        "competences": ["fitostabilizacja", "fitoekstrakcja", "rekultywacja-hald", "bezpieczne-uprawy"],
        "offers": [
            "Rekultywacja biologiczna hałd i terenów pohutniczych pod klucz.",
            "Sadzonki i mieszanki nasion roślin tolerancyjnych na metale ciężkie.",
        ],
        "needs": ["Laboratorium do monitoringu zawartości metali w biomasie."],
        "member_since_year": 2014,
    },
    {
        "key": "termohald",
        "name": "Termohałd Sp. z o.o.",
        "type": "company",
        "city": "Bytom",
        "postal_code": "41-907",
        "street": "ul. Stolarzowicka 164",
        "lat": 50.36780,
        "lon": 18.85960,
        "nip": "6265330529",
        "regon": "246320197",
        "krs": "0000460625",
        "website": "https://www.termohald.example",
        "email": "biuro@termohald.example",
        "description": (
            "Zajmujemy się monitoringiem termicznym i gaszeniem hałd pogórniczych. Łączymy pomiary termowizyjne "
            "z drona z siecią sond temperaturowych, a ogniska termiczne likwidujemy, wtłaczając zawiesinę "
            "popiołowo-wodną i zagęszczając materiał warstwami."
        ),
        "competences": ["monitoring-termiczny-hald", "likwidacja-ognisk-termicznych", "teledetekcja-i-drony"],
        "offers": [
            "Naloty termowizyjne dronem i mapy temperatur hałd.",
            "Likwidacja ognisk termicznych i profilaktyka przeciwpożarowa.",
        ],
        "needs": ["Tańsze i trwalsze materiały odcinające dopływ powietrza do wnętrza hałdy."],
        "member_since_year": 2016,
    },
    {
        "key": "akwadren",
        "name": "AkwaDren Sp. z o.o.",
        "type": "company",
        "city": "Ruda Śląska",
        "postal_code": "41-703",
        "street": "ul. 1 Maja 310",
        "lat": 50.25010,
        "lon": 18.85590,
        "nip": "6416880660",
        "regon": "246733456",
        "krs": "0000245644",
        "website": "https://www.akwadren.example",
        "email": "biuro@akwadren.example",
        "description": (
            "Projektujemy, budujemy i eksploatujemy pompownie głębinowe oraz systemy odwadniania zlikwidowanych "
            "kopalń. Obsługujemy pięć stacji pomp dla samorządów i spółek restrukturyzacyjnych, dbając o "
            "bezpieczeństwo wodne terenów zurbanizowanych."
        ),
        "competences": ["odwadnianie-kopaln", "zagrozenie-wodne-po-likwidacji", "monitoring-wod-podziemnych"],
        "offers": [
            "Projekt i eksploatacja pompowni głębinowych.",
            "Całodobowy monitoring poziomu wód w szybach.",
        ],
        "needs": ["Technologie obniżające koszt energii zużywanej na pompowanie."],
        "member_since_year": 2017,
    },
    {
        "key": "solwod",
        "name": "Solwod Technologie Membranowe Sp. z o.o.",
        "type": "company",
        "city": "Jaworzno",
        "postal_code": "43-603",
        "street": "ul. Grunwaldzka 235",
        "lat": 50.20420,
        "lon": 19.25620,
        "nip": "6320514034",
        "regon": "385453370",
        "krs": "0000083331",
        "website": "https://www.solwod.example",
        "email": "biuro@solwod.example",
        "description": (
            "Dostarczamy instalacje odsalania wód kopalnianych i przemysłowych w technologii odwróconej osmozy i "
            "elektrodializy. Nasze kontenerowe stacje pilotażowe o wydajności do 5 m³/h pozwalają przetestować "
            "technologię na miejscu, zanim zapadnie decyzja inwestycyjna."
        ),
        "competences": ["odsalanie-wod-kopalnianych", "scieki-przemyslowe", "uzdatnianie-wody"],
        "offers": [
            "Wynajem kontenerowych stacji pilotażowych odwróconej osmozy.",
            "Instalacje odsalania pod klucz.",
        ],
        "needs": ["Odbiorcy soli i koncentratów powstających przy odsalaniu."],
        "member_since_year": 2019,
    },
    {
        "key": "kruszec_eko",
        "name": "Kruszec-Eko Sp. z o.o.",
        "type": "company",
        "city": "Tarnowskie Góry",
        "postal_code": "42-606",
        "street": "ul. Srebrna 9",
        "lat": 50.43620,
        "lon": 18.84440,
        "nip": "6452207464",
        "regon": "389552927",
        "krs": "0000548347",
        "website": "https://www.kruszec-eko.example",
        "email": "biuro@kruszec-eko.example",
        "description": (
            "Rozwijamy technologie odzysku cynku, ołowiu i żelaza z wód kopalnianych oraz z dawnych odpadów "
            "przeróbki rud. Łączymy selektywne strącanie z wymianą jonową, a odzyskane koncentraty sprzedajemy "
            "hutom metali nieżelaznych."
        ),
        "competences": ["odzysk-metali-z-wod-kopalnianych", "osadniki-poflotacyjne", "odzysk-surowcow-krytycznych"],
        "offers": [
            "Testy laboratoryjne odzysku metali z wód i odpadów klienta.",
            "Dzierżawa mobilnej instalacji selektywnego strącania.",
        ],
        "needs": ["Dostęp do osadników poflotacyjnych do badań zasobowych."],
        "member_since_year": 2020,
    },
    {
        "key": "geosonda",
        "name": "Geosonda Śląsk Sp. z o.o.",
        "type": "company",
        "city": "Chorzów",
        "postal_code": "41-500",
        "street": "ul. Wolności 48",
        "lat": 50.29810,
        "lon": 18.95080,
        "nip": "6279520056",
        "regon": "243564214",
        "krs": "0000085013",
        "website": "https://www.geosonda.example",
        "email": "biuro@geosonda.example",
        "description": (
            "Biuro geotechniczne i geodezyjne wyspecjalizowane w terenach górniczych. Wykonujemy badania "
            "geofizyczne pustek w górotworze, monitoring osiadań z użyciem satelitarnej interferometrii radarowej "
            "(InSAR) i opinie o przydatności terenu pod zabudowę."
        ),
        "competences": [
            "monitoring-deformacji-terenu",
            "zabezpieczanie-plytkich-wyrobisk",
            "gis-i-modelowanie",
            "szkody-gornicze",
        ],
        "offers": [
            "Mapy osiadań terenu z danych InSAR.",
            "Badania georadarowe i mikrograwimetryczne pustek.",
        ],
        "needs": [],
        "member_since_year": 2015,
    },
    {
        "key": "flotakarb",
        "name": "Flotakarb Sp. z o.o.",
        "type": "company",
        "city": "Zabrze",
        "postal_code": "41-807",
        "street": "ul. Pyskowicka 32",
        "lat": 50.31610,
        "lon": 18.77140,
        "nip": "6483445466",
        "regon": "245190456",
        "krs": "0000143175",
        "website": "https://www.flotakarb.example",
        "email": "biuro@flotakarb.example",
        "description": (
            "Odzyskujemy węgiel z mułów i odpadów flotacyjnych zalegających w dawnych osadnikach kopalnianych. "
            "Nasza mobilna instalacja wzbogacania w hydrocyklonach i separatorach spiralnych daje koncentrat o "
            "wartości opałowej ponad 22 MJ/kg, a pozostałość nadaje się do rekultywacji."
        ),
        "competences": ["odzysk-wegla-z-odpadow", "wykorzystanie-skaly-plonnej", "rekultywacja-hald"],
        "offers": [
            "Mobilna instalacja odzysku węgla z mułów.",
            "Ocena zasobności osadników i hałd.",
        ],
        "needs": ["Zleceniodawcy, którzy mają osadniki mułów węglowych."],
        "member_since_year": 2018,
    },
    {
        "key": "mikrobion",
        "name": "Mikrobion Remediacje Sp. z o.o.",
        "type": "company",
        "city": "Sosnowiec",
        "postal_code": "41-200",
        "street": "ul. Mariacka 25",
        "lat": 50.27990,
        "lon": 19.12600,
        "nip": "6445833456",
        "regon": "241331598",
        "krs": "0000352982",
        "website": "https://www.mikrobion.example",
        "email": "biuro@mikrobion.example",
        "description": (
            "Wykonawca robót remediacyjnych na terenach zanieczyszczonych produktami ropopochodnymi, WWA i "
            "rozpuszczalnikami. Stosujemy bioremediację na pryzmach i in situ, utlenianie chemiczne oraz "
            "instalacje *pump & treat*; mamy za sobą ponad 40 projektów na terenach stacji paliw, baz "
            "transportowych i zakładów chemicznych."
        ),
        "competences": ["biodegradacja-weglowodorow", "oczyszczanie-wod-podziemnych", "stawy-smolowe"],
        "offers": [
            "Remediacja gruntów i wód podziemnych pod klucz.",
            "Bioremediacja gruntów na pryzmach w naszej bazie w Sosnowcu.",
        ],
        "needs": ["Wsparcie naukowe przy remediacji gruntów o wysokich stężeniach WWA."],
        "member_since_year": 2016,
    },
    {
        "key": "stabilit",
        "name": "Stabilit Inżynieria Gruntów Sp. z o.o.",
        "type": "company",
        "city": "Świętochłowice",
        "postal_code": "41-608",
        "street": "ul. Chorzowska 94",
        "lat": 50.28860,
        "lon": 18.92900,
        "nip": "6273211696",
        "regon": "241148612",
        "krs": "0000435781",
        "website": "https://www.stabilit.example",
        "email": "biuro@stabilit.example",
        "description": (
            "Stabilizujemy i zestalamy grunty zanieczyszczone metalami ciężkimi, mieszając je ze spoiwem "
            "wgłębnie albo na placu. Stosujemy spoiwa z udziałem ubocznych produktów spalania, co obniża koszty i "
            "ślad węglowy. Wykonujemy też przesłony przeciwfiltracyjne."
        ),
        "competences": ["stabilizacja-metali-ciezkich", "bariery-reaktywne", "tereny-pohutnicze"],
        "offers": [
            "Stabilizacja gruntów metodą mieszania wgłębnego.",
            "Przesłony przeciwfiltracyjne i bariery reaktywne.",
        ],
        "needs": ["Wyniki długoterminowych badań wymywalności metali ze stabilizatów."],
        "member_since_year": 2014,
    },
    {
        "key": "separgrunt",
        "name": "Separgrunt Sp. z o.o.",
        "type": "company",
        "city": "Katowice",
        "postal_code": "40-203",
        "street": "ul. Bogucicka 5",
        "lat": 50.26200,
        "lon": 19.04400,
        "nip": "6341220421",
        "regon": "380180559",
        "krs": "0000733523",
        "website": "https://www.separgrunt.example",
        "email": "biuro@separgrunt.example",
        "description": (
            "Eksploatujemy mobilną instalację płukania gruntów o wydajności 25 t/h, która oddziela frakcję "
            "drobną, kumulującą metale ciężkie, od czystego piasku i żwiru. Odzyskane kruszywo wraca na budowy, a "
            "koncentrat zanieczyszczeń trafia do unieszkodliwienia."
        ),
        "competences": ["plukanie-gruntow", "recykling-odpadow-budowlanych", "tereny-pohutnicze"],
        "offers": [
            "Płukanie zanieczyszczonych gruntów na placu budowy.",
            "Badania podatności gruntu na płukanie.",
        ],
        "needs": ["Odbiorcy kruszyw z odzysku."],
        "member_since_year": 2021,
    },
    {
        "key": "cieplosfera",
        "name": "Ciepłosfera Sp. z o.o.",
        "type": "company",
        "city": "Siemianowice Śląskie",
        "postal_code": "41-103",
        "street": "ul. Śląska 45",
        "lat": 50.31220,
        "lon": 19.03360,
        "nip": "6430741481",
        "regon": "386400542",
        "krs": "0000960315",
        "website": "https://www.cieplosfera.example",
        "email": "biuro@cieplosfera.example",
        "description": (
            "Instalujemy pompy ciepła, kolektory słoneczne i fotowoltaikę w domach jednorodzinnych i kamienicach. "
            "Jako operator gminnych programów wymiany kotłów przeprowadziliśmy ponad 2 300 modernizacji "
            "kotłowni, także w zabudowie wielorodzinnej bez dostępu do sieci ciepłowniczej."
        ),
        "competences": ["pompy-ciepla", "fotowoltaika", "wymiana-zrodel-ciepla", "termomodernizacja"],
        "offers": [
            "Kompleksowa wymiana źródeł ciepła wraz z obsługą dotacji.",
            "Obsługa gminnych programów wymiany kotłów.",
        ],
        "needs": ["Instalatorzy do pracy w sezonie grzewczym."],
        "member_since_year": 2019,
    },
    {
        "key": "enerwizja",
        "name": "Enerwizja Audyty Sp. z o.o.",
        "type": "company",
        "city": "Katowice",
        "postal_code": "40-085",
        "street": "ul. Mikołowska 72",
        "lat": 50.25350,
        "lon": 19.00230,
        "nip": "6345535825",
        "regon": "245110227",
        "krs": "0000534192",
        "website": "https://www.enerwizja.example",
        "email": "biuro@enerwizja.example",
        "description": (
            "Wykonujemy audyty energetyczne, świadectwa charakterystyki energetycznej i projekty termomodernizacji "
            "budynków publicznych i wielorodzinnych. Przygotowujemy też dokumentację do wniosków o dofinansowanie "
            "i pełnimy nadzór inwestorski."
        ),
        "competences": [
            "audyty-energetyczne",
            "termomodernizacja",
            "zarzadzanie-energia",
            "fundusze-ochrony-srodowiska",
        ],
        "offers": [
            "Audyty energetyczne i remontowe budynków.",
            "Projekty termomodernizacji wraz z nadzorem inwestorskim.",
        ],
        "needs": [],
        "member_since_year": 2017,
    },
    {
        "key": "recyklon",
        "name": "Recyklon Śląsk Sp. z o.o.",
        "type": "company",
        "city": "Dąbrowa Górnicza",
        "postal_code": "41-306",
        "street": "ul. Kasprzaka 12",
        "lat": 50.33540,
        "lon": 19.17490,
        "nip": "6292111843",
        "regon": "242211904",
        "krs": "0000084540",
        "website": "https://www.recyklon.example",
        "email": "biuro@recyklon.example",
        "description": (
            "Przetwarzamy odpady budowlane i poprodukcyjne, w tym żużle hutnicze i skałę płonną, na kruszywa z "
            "recyklingu. Mamy instalację kruszenia i przesiewania o przepustowości 300 tys. t rocznie oraz własne "
            "laboratorium kontroli jakości kruszyw."
        ),
        "competences": [
            "recykling-odpadow-budowlanych",
            "wykorzystanie-skaly-plonnej",
            "odpady-hutnicze",
            "symbioza-przemyslowa",
        ],
        "offers": [
            "Kruszywa z recyklingu z deklaracją właściwości użytkowych.",
            "Przyjmowanie odpadów budowlanych i żużli do odzysku.",
        ],
        "needs": ["Stałe źródła skały płonnej o wyrównanych parametrach."],
        "member_since_year": 2018,
    },
    {
        "key": "kzo_brzeziny",
        "name": "Komunalny Zakład Odpadów Brzeziny Sp. z o.o.",
        "type": "company",
        "city": "Piekary Śląskie",
        "postal_code": "41-947",
        "street": "ul. Składowa 3",
        "lat": 50.37120,
        "lon": 18.98870,
        "nip": "4986232810",
        "regon": "245244011",
        "krs": "0000502346",
        "website": "https://www.kzo-brzeziny.example",
        "email": "biuro@kzo-brzeziny.example",
        "description": (
            "Spółka komunalna zarządzająca instalacją przetwarzania odpadów komunalnych i składowiskiem odpadów "
            "innych niż niebezpieczne. Dwie zamknięte kwatery składowiska są w trakcie rekultywacji, a z czynnej "
            "kwatery ujmujemy gaz składowiskowy do produkcji energii elektrycznej."
        ),
        "competences": ["skladowiska-odpadow", "odcieki-skladowiskowe", "gaz-skladowiskowy", "bioodpady"],
        "offers": [
            "Przyjmowanie i przetwarzanie odpadów komunalnych i bioodpadów.",
            "Teren zamkniętej kwatery do testów fotowoltaiki na składowisku.",
        ],
        "needs": ["Skuteczna i tania technologia oczyszczania odcieków."],
        "member_since_year": 2015,
    },
    {
        "key": "wodociagi_brynica",
        "name": "Wodociągi Doliny Brynicy Sp. z o.o.",
        "type": "company",
        "city": "Radzionków",
        "postal_code": "41-922",
        "street": "ul. Śląska 18",
        "lat": 50.39650,
        "lon": 18.90310,
        "nip": "6450930765",
        "regon": "240033456",
        "krs": "0000163203",
        "website": "https://www.wodociagi-brynica.example",
        "email": "biuro@wodociagi-brynica.example",
        "description": (
            "Spółka wodociągowo-kanalizacyjna obsługująca około 45 tys. mieszkańców. Eksploatujemy oczyszczalnię "
            "ścieków o przepustowości 9 000 m³/d i 180 km sieci kanalizacyjnej, której część stanowi stara "
            "kanalizacja ogólnospławna."
        ),
        "competences": [
            "oczyszczanie-sciekow-komunalnych",
            "osady-sciekowe",
            "wody-opadowe",
            "uzdatnianie-wody",
        ],
        "offers": ["Oczyszczalnia udostępniana do testów technologii w skali pilotowej."],
        "needs": [
            "Sposób zagospodarowania osadów ściekowych inny niż spalanie.",
            "Rozwiązania retencji wód opadowych w zwartej zabudowie.",
        ],
        "member_since_year": 2016,
    },
    {
        "key": "envirosens",
        "name": "EnviroSens Śląsk Sp. z o.o.",
        "type": "company",
        "city": "Gliwice",
        "postal_code": "44-102",
        "street": "ul. Zwycięstwa 40",
        "lat": 50.29900,
        "lon": 18.67330,
        "nip": "6310801737",
        "regon": "380119465",
        "krs": "0000392522",
        "website": "https://www.envirosens.example",
        "email": "biuro@envirosens.example",
        "description": (
            "Projektujemy i produkujemy czujniki jakości powietrza oraz stacje monitoringu odorów i hałasu. Nasza "
            "platforma danych zbiera pomiary z ponad 600 urządzeń w województwie śląskim i pozwala gminom śledzić "
            "skutki uchwały antysmogowej w czasie rzeczywistym."
        ),
        "competences": ["monitoring-powietrza", "uciazliwosc-zapachowa", "gis-i-modelowanie"],
        "offers": [
            "Czujniki PM1, PM2,5 i PM10 kalibrowane względem stacji referencyjnej.",
            "Platforma wizualizacji danych dla gmin.",
        ],
        "needs": [],
        "member_since_year": 2020,
    },
    {
        "key": "geoanalit",
        "name": "Laboratorium Badań Środowiskowych Geoanalit Sp. z o.o.",
        "type": "company",
        "city": "Chorzów",
        "postal_code": "41-503",
        "street": "ul. Katowicka 22",
        "lat": 50.29370,
        "lon": 18.96340,
        "nip": "6273644751",
        "regon": "240017569",
        "krs": "0000863235",
        "website": "https://www.geoanalit.example",
        "email": "biuro@geoanalit.example",
        "description": (
            "Akredytowane laboratorium badające gleby, ziemie, osady, wody, ścieki i odpady; metale ciężkie "
            "oznaczamy metodą ICP-MS, a WWA metodą GC-MS. Sami pobieramy próbki i przygotowujemy raporty z oceny "
            "zanieczyszczenia powierzchni ziemi zgodne z obowiązującym rozporządzeniem."
        ),
        "competences": ["analizy-laboratoryjne", "rozpoznanie-zanieczyszczen", "monitoring-wod-podziemnych"],
        "offers": [
            "Akredytowane analizy gleb, wód i odpadów.",
            "Pobór próbek i raporty z oceny zanieczyszczenia powierzchni ziemi.",
        ],
        "needs": [],
        "member_since_year": 2013,
    },
    {
        "key": "kancelaria_wk",
        "name": "Kancelaria Prawa Ochrony Środowiska Wieczorek i Kania sp.k.",
        "type": "company",
        "city": "Katowice",
        "postal_code": "40-098",
        "street": "ul. Stawowa 8",
        "lat": 50.25970,
        "lon": 19.01730,
        "nip": "6340749349",
        "regon": "385323584",
        "krs": "0000884910",
        "website": "https://www.kancelaria-wk.example",
        "email": "biuro@kancelaria-wk.example",
        "description": (
            "Doradzamy przedsiębiorcom i samorządom w sprawach pozwoleń środowiskowych, odpowiedzialności za "
            "historyczne zanieczyszczenia powierzchni ziemi i szkód w środowisku. Reprezentujemy klientów w "
            "postępowaniach przed regionalnym dyrektorem ochrony środowiska i sądami administracyjnymi."
        ),
        "competences": [
            "historyczne-zanieczyszczenia-prawo",
            "pozwolenia-srodowiskowe",
            "oceny-oddzialywania-na-srodowisko",
        ],
        "offers": [
            "Analiza obowiązków prawnych właściciela zanieczyszczonego terenu.",
            "Reprezentacja w postępowaniach środowiskowych.",
        ],
        "needs": [],
        "member_since_year": 2019,
    },
    {
        "key": "brownfield_silesia",
        "name": "Brownfield Silesia Inwestycje S.A.",
        "type": "company",
        "city": "Zabrze",
        "postal_code": "41-800",
        "street": "ul. Roosevelta 81",
        "lat": 50.31450,
        "lon": 18.79080,
        "nip": "6480508249",
        "regon": "244653210",
        "krs": "0000768048",
        "website": "https://www.brownfield-silesia.example",
        "email": "biuro@brownfield-silesia.example",
        "description": (
            "Spółka inwestycyjna, która przejmuje zdegradowane tereny poprzemysłowe, przygotowuje je do nowych "
            "funkcji i sprzedaje inwestorom. W portfelu mamy 38 ha terenów, w tym teren dawnej koksowni w Zabrzu, "
            "na którym planujemy park technologiczny."
        ),
        "competences": ["tereny-inwestycyjne-brownfield", "tereny-pokoksownicze", "dziedzictwo-przemyslowe"],
        "offers": [
            "Tereny inwestycyjne po remediacji, z uregulowanym stanem prawnym.",
            "Współfinansowanie pilotaży technologii remediacji na naszych terenach.",
        ],
        "needs": [
            "Wykonawca likwidacji stawu smołowego.",
            "Ocena ryzyka środowiskowego dla inwestorów.",
        ],
        "member_since_year": 2017,
    },
    {
        "key": "bzi",
        "name": "Błękitno-Zielona Infrastruktura BZI Sp. z o.o.",
        "type": "company",
        "city": "Chorzów",
        "postal_code": "41-500",
        "street": "ul. Armii Krajowej 40",
        "lat": 50.29900,
        "lon": 18.94340,
        "nip": "6271225381",
        "regon": "389506873",
        "krs": "0000555134",
        "website": "https://www.bzi-chorzow.example",
        "email": "biuro@bzi-chorzow.example",
        "description": (
            "Projektujemy ogrody deszczowe, zielone dachy, niecki retencyjne i zadrzewienia chłodzące miasto. "
            "Łączymy hydrologię miejską z architekturą krajobrazu, a dla gmin przygotowujemy plany adaptacji do "
            "zmian klimatu."
        ),
        "competences": ["zielono-niebieska-infrastruktura", "wody-opadowe", "miejska-wyspa-ciepla"],
        "offers": [
            "Projekty ogrodów deszczowych i zielonych dachów.",
            "Mapy wyspy ciepła i plany zazieleniania.",
        ],
        "needs": [],
        "member_since_year": 2021,
    },
    {
        "key": "bezpieczny_dach",
        "name": "Bezpieczny Dach Demontaż i Utylizacja Sp. z o.o.",
        "type": "company",
        "city": "Mysłowice",
        "postal_code": "41-400",
        "street": "ul. Katowicka 50",
        "lat": 50.21380,
        "lon": 19.15520,
        "nip": "2220324220",
        "regon": "389710036",
        "krs": "0000030311",
        "website": "https://www.bezpieczny-dach.example",
        "email": "biuro@bezpieczny-dach.example",
        "description": (
            "Usuwamy wyroby zawierające azbest z budynków mieszkalnych, gospodarczych i przemysłowych, wraz z "
            "transportem i przekazaniem odpadów na składowisko. Obsługujemy gminne programy usuwania azbestu, "
            "także małe, rozproszone zlecenia."
        ),
        "competences": ["usuwanie-azbestu", "termomodernizacja"],
        "offers": ["Demontaż i utylizacja pokryć azbestowych wraz z wykonaniem nowego pokrycia dachu."],
        "needs": ["Udział w grupowych przetargach gmin."],
        "member_since_year": None,
    },
    {
        "key": "odmetan",
        "name": "Odmetan Energia Sp. z o.o.",
        "type": "company",
        "city": "Rybnik",
        "postal_code": "44-203",
        "street": "ul. Żorska 60",
        "lat": 50.08720,
        "lon": 18.56540,
        "nip": "6422431004",
        "regon": "243112191",
        "krs": "0000350010",
        "website": "https://www.odmetan.example",
        "email": "biuro@odmetan.example",
        "description": (
            "Ujmujemy metan ze zlikwidowanych kopalń oraz starych składowisk i spalamy go w agregatach "
            "kogeneracyjnych. Eksploatujemy 7 silników gazowych o łącznej mocy 8 MWe, ograniczając emisję gazu "
            "cieplarnianego, który inaczej trafiłby do atmosfery."
        ),
        "competences": ["metan-z-pokladow-wegla", "gaz-skladowiskowy", "biogaz-i-biometan"],
        "offers": [
            "Ujęcie i wykorzystanie gazu składowiskowego w modelu dzierżawy.",
            "Pomiary emisji metanu z terenów pogórniczych.",
        ],
        "needs": ["Lokalizacje z potwierdzonym wypływem metanu."],
        "member_since_year": 2016,
    },
    {
        "key": "geocieplo",
        "name": "Geociepło Kopalniane Sp. z o.o.",
        "type": "company",
        "city": "Zabrze",
        "postal_code": "41-803",
        "street": "ul. Wolności 410",
        "lat": 50.30390,
        "lon": 18.80650,
        "nip": "6485037352",
        "regon": "382402509",
        "krs": "0000242553",
        "website": "https://www.geocieplo.example",
        "email": "biuro@geocieplo.example",
        "description": (
            "Start-up rozwijający systemy ogrzewania i chłodzenia budynków pompami ciepła zasilanymi wodą z "
            "zatopionych wyrobisk kopalnianych. Przygotowujemy pierwszą instalację demonstracyjną dla osiedla w "
            "Zabrzu."
        ),
        "competences": ["cieplo-z-wod-kopalnianych", "pompy-ciepla", "cieplownictwo-systemowe"],
        "offers": ["Studia wykonalności wykorzystania ciepła wód kopalnianych."],
        "needs": ["Partner samorządowy i dostęp do szybu z wodą o temperaturze powyżej 20 °C."],
        "member_since_year": None,
    },
    {
        "key": "arnika",
        "name": "Biuro Ocen Środowiskowych Arnika Sp. z o.o.",
        "type": "company",
        "city": "Tarnowskie Góry",
        "postal_code": "42-600",
        "street": "ul. Gliwicka 12",
        "lat": 50.44250,
        "lon": 18.85410,
        "nip": "6455665428",
        "regon": "383550123",
        "krs": "0000600248",
        "website": "https://www.arnika-oos.example",
        "email": "biuro@arnika-oos.example",
        "description": (
            "Przygotowujemy raporty o oddziaływaniu przedsięwzięć na środowisko, karty informacyjne przedsięwzięć "
            "i inwentaryzacje przyrodnicze. Specjalizujemy się w przedsięwzięciach na terenach pogórniczych i w "
            "obszarach Natura 2000."
        ),
        "competences": [
            "oceny-oddzialywania-na-srodowisko",
            "inwentaryzacje-przyrodnicze",
            "pozwolenia-srodowiskowe",
        ],
        "offers": ["Raporty OOŚ i karty informacyjne przedsięwzięć."],
        "needs": ["Dane z monitoringu wód i gleb dla terenów poprzemysłowych."],
        "member_since_year": None,
    },
]


PEOPLE: list[PersonData] = [
    # --- EkoPark -------------------------------------------------------------------------------
    {
        "key": "awrobel",
        "first_name": "Anna",
        "last_name": "Wróbel",
        "email": "anna.wrobel@ekopark.example",
        "organisation": "ekopark",
        "org_role": "admin",
        "job_title": "Koordynatorka klastra",
        "bio": (
            "Od 2012 r. koordynuje Śląski Klaster Rewitalizacji i Technologii Środowiskowych. Wcześniej pracowała "
            "w urzędzie marszałkowskim przy programach rewitalizacji terenów poprzemysłowych."
        ),
        "competences": ["tereny-inwestycyjne-brownfield", "rewitalizacja-spoleczna", "fundusze-unijne"],
        "availability": "available",
        "public_profile": True,
        "city": "Piekary Śląskie",
        "is_coordinator": True,
    },
    {
        "key": "tkaczmarek",
        "first_name": "Tomasz",
        "last_name": "Kaczmarek",
        "email": "tomasz.kaczmarek@ekopark.example",
        "organisation": "ekopark",
        "org_role": "member",
        "job_title": "Specjalista ds. projektów i funduszy",
        "bio": (
            "Przygotowuje wnioski o dofinansowanie dla konsorcjów członków klastra. Ma na koncie 18 projektów "
            "rozliczonych z funduszy UE i WFOŚiGW."
        ),
        "competences": ["fundusze-unijne", "fundusze-ochrony-srodowiska", "ppp-i-esco"],
        "availability": "available",
        "public_profile": True,
        "city": "Piekary Śląskie",
    },
    # --- pozostałe organizacje -----------------------------------------------------------------
    {
        "key": "mzielinski",
        "first_name": "Marek",
        "last_name": "Zieliński",
        "email": "marek.zielinski@inkubator-bytom.example",
        "organisation": "bite",
        "org_role": "admin",
        "job_title": "Dyrektor inkubatora",
        "bio": "Mentor start-upów środowiskowych, wcześniej przez 12 lat prowadził firmę recyklingową.",
        "competences": ["symbioza-przemyslowa", "recykling-odpadow-budowlanych"],
        "availability": "limited",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "bklosek",
        "first_name": "Beata",
        "last_name": "Kłosek",
        "email": "beata.klosek@gmina-radzionkow.example",
        "organisation": "gm_radzionkow",
        "org_role": "admin",
        "job_title": "Kierowniczka Referatu Ochrony Środowiska",
        "bio": (
            "Odpowiada za gminny program wymiany kotłów i program usuwania azbestu. Z wykształcenia inżynierka "
            "środowiska."
        ),
        "competences": ["wymiana-zrodel-ciepla", "programy-ochrony-powietrza", "usuwanie-azbestu"],
        "availability": "limited",
        "public_profile": True,
        "city": "Radzionków",
    },
    {
        "key": "kpyka",
        "first_name": "Krzysztof",
        "last_name": "Pyka",
        "email": "krzysztof.pyka@gmina-swietochlowice.example",
        "organisation": "gm_swietochlowice",
        "org_role": "admin",
        "job_title": "Naczelnik Wydziału Ochrony Środowiska",
        "bio": (
            "Zajmuje się likwidacją niskiej emisji i rewitalizacją terenów pohutniczych. Współtworzył miejski "
            "plan gospodarki niskoemisyjnej."
        ),
        "competences": ["programy-ochrony-powietrza", "tereny-pohutnicze"],
        "availability": "limited",
        "public_profile": True,
        "city": "Świętochłowice",
    },
    {
        "key": "jmorcinek",
        "first_name": "Joanna",
        "last_name": "Morcinek",
        "email": "joanna.morcinek@gmina-swietochlowice.example",
        "organisation": "gm_swietochlowice",
        "org_role": "member",
        "job_title": "Inspektorka ds. ochrony powierzchni ziemi",
        "bio": (
            "Prowadzi miejski wykaz terenów z historycznym zanieczyszczeniem powierzchni ziemi i współpracuje z "
            "laboratoriami przy badaniach gleb."
        ),
        "competences": ["rozpoznanie-zanieczyszczen", "historyczne-zanieczyszczenia-prawo"],
        "availability": "available",
        "public_profile": True,
        "city": "Świętochłowice",
    },
    {
        "key": "sdyrda",
        "first_name": "Sabina",
        "last_name": "Dyrda",
        "email": "sabina.dyrda@gmina-bytom.example",
        "organisation": "gm_bytom",
        "org_role": "admin",
        "job_title": "Naczelniczka Wydziału Ochrony Środowiska",
        "bio": (
            "Koordynuje działania miasta dotyczące szkód górniczych i wód kopalnianych. Geolożka z 15-letnim "
            "doświadczeniem w administracji."
        ),
        "competences": ["szkody-gornicze", "zagrozenie-wodne-po-likwidacji", "bezpieczne-uprawy"],
        "availability": "limited",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "pgrabowski",
        "first_name": "Paweł",
        "last_name": "Grabowski",
        "email": "pawel.grabowski@gmina-bytom.example",
        "organisation": "gm_bytom",
        "org_role": "member",
        "job_title": "Inspektor ds. terenów zdegradowanych",
        "bio": "Prowadzi gminną ewidencję hałd i zwałowisk oraz nadzoruje prace zabezpieczające na hałdach.",
        "competences": ["pozary-hald", "rekultywacja-hald", "szkody-gornicze"],
        "availability": "available",
        "public_profile": False,
        "city": "Bytom",
    },
    {
        "key": "lmrozek",
        "first_name": "Łukasz",
        "last_name": "Mrozek",
        "email": "lukasz.mrozek@gmina-tarnowskie-gory.example",
        "organisation": "gm_tarnowskie",
        "org_role": "admin",
        "job_title": "Inspektor ds. ochrony środowiska",
        "bio": (
            "Zajmuje się gospodarką odpadami, starym składowiskiem miejskim i bezpieczeństwem terenów nad "
            "płytkimi wyrobiskami."
        ),
        "competences": ["skladowiska-odpadow", "zabezpieczanie-plytkich-wyrobisk", "odzysk-metali-z-wod-kopalnianych"],
        "availability": "available",
        "public_profile": True,
        "city": "Tarnowskie Góry",
    },
    {
        "key": "gkandzia",
        "first_name": "Grzegorz",
        "last_name": "Kandzia",
        "email": "grzegorz.kandzia@dolina-brynicy.example",
        "organisation": "zwiazek_brynica",
        "org_role": "admin",
        "job_title": "Dyrektor biura związku",
        "bio": "Koordynuje wspólne projekty gmin doliny Brynicy, w tym program usuwania azbestu i monitoring rzeki.",
        "competences": ["renaturyzacja-rzek", "usuwanie-azbestu", "fundusze-ochrony-srodowiska"],
        "availability": "limited",
        "public_profile": True,
        "city": "Piekary Śląskie",
    },
    {
        "key": "mcieslik",
        "first_name": "Magdalena",
        "last_name": "Cieślik",
        "email": "magdalena.cieslik@brynica-zyje.example",
        "organisation": "brynica_zyje",
        "org_role": "admin",
        "job_title": "Prezeska stowarzyszenia",
        "bio": (
            "Nauczycielka biologii i społeczniczka. Organizuje obywatelski monitoring Brynicy i badania gleb w "
            "ogrodach działkowych."
        ),
        "competences": ["renaturyzacja-rzek", "bezpieczne-uprawy", "rewitalizacja-spoleczna"],
        "availability": "available",
        "public_profile": True,
        "city": "Piekary Śląskie",
    },
    {
        "key": "eszoltysek",
        "first_name": "Ewa",
        "last_name": "Szołtysek",
        "email": "ewa.szoltysek@przejrzyste-powietrze.example",
        "organisation": "przejrzyste_powietrze",
        "org_role": "admin",
        "job_title": "Prezeska fundacji",
        "bio": (
            "Współtwórczyni obywatelskiej sieci czujników pyłu w Siemianowicach Śląskich. Z zawodu analityczka danych."
        ),
        "competences": ["monitoring-powietrza", "programy-ochrony-powietrza", "miejska-wyspa-ciepla"],
        "availability": "available",
        "public_profile": True,
        "city": "Siemianowice Śląskie",
    },
    {
        "key": "hpawlas",
        "first_name": "Henryk",
        "last_name": "Pawlas",
        "email": "henryk.pawlas@zdrowa-grzadka.example",
        "organisation": "zdrowa_grzadka",
        "org_role": "admin",
        "job_title": "Prezes stowarzyszenia",
        "bio": (
            "Emerytowany hutnik, działkowiec od 35 lat. Zabiega o badania gleb w ogrodach działkowych położonych "
            "przy dawnej hucie."
        ),
        "competences": ["bezpieczne-uprawy"],
        "availability": "available",
        "public_profile": True,
        "city": "Świętochłowice",
    },
    {
        "key": "dgajda",
        "first_name": "Dorota",
        "last_name": "Gajda",
        "email": "dorota.gajda@nowa-zielen.example",
        "organisation": "nowa_zielen",
        "org_role": "admin",
        "job_title": "Członkini zarządu fundacji, botaniczka",
        "bio": (
            "Bada sukcesję roślinności na hałdach. Autorka przewodnika przyrodniczego po terenach pogórniczych "
            "Rudy Śląskiej."
        ),
        "competences": ["inwentaryzacje-przyrodnicze", "siedliska-poprzemyslowe", "rekultywacja-hald"],
        "availability": "available",
        "public_profile": True,
        "city": "Ruda Śląska",
    },
    {
        "key": "ikowalczyk",
        "first_name": "Irena",
        "last_name": "Kowalczyk",
        "email": "irena.kowalczyk@gup-katowice.example",
        "organisation": "gup",
        "org_role": "admin",
        "job_title": "Profesor, kierowniczka Katedry Geochemii Środowiska",
        "bio": (
            "Od ponad 25 lat bada migrację cynku, ołowiu i kadmu w glebach i roślinach. Kierowała projektami "
            "fitostabilizacji terenów pohutniczych w Bytomiu i Piekarach Śląskich."
        ),
        "competences": ["fitostabilizacja", "rozpoznanie-zanieczyszczen", "bezpieczne-uprawy", "analizy-laboratoryjne"],
        "availability": "limited",
        "public_profile": True,
        "city": "Katowice",
    },
    {
        "key": "mwilk",
        "first_name": "Michał",
        "last_name": "Wilk",
        "email": "michal.wilk@gup-katowice.example",
        "organisation": "gup",
        "org_role": "member",
        "job_title": "Adiunkt w Pracowni Ekologii Miasta",
        "bio": "Hydrobiolog zajmujący się jakością małych rzek miejskich i wpływem wód opadowych na ich ekosystemy.",
        "competences": ["renaturyzacja-rzek", "wody-opadowe", "miejska-wyspa-ciepla"],
        "availability": "available",
        "public_profile": True,
        "city": "Katowice",
    },
    {
        "key": "bsobczyk",
        "first_name": "Barbara",
        "last_name": "Sobczyk",
        "email": "barbara.sobczyk@sats-gliwice.example",
        "organisation": "sats",
        "org_role": "admin",
        "job_title": "Profesor uczelni, kierowniczka Laboratorium Technologii Membranowych",
        "bio": (
            "Specjalistka od odsalania wód kopalnianych i odzysku soli. Kierowała trzema projektami badawczymi "
            "finansowanymi przez NCBR."
        ),
        "competences": ["odsalanie-wod-kopalnianych", "scieki-przemyslowe", "odzysk-metali-z-wod-kopalnianych"],
        "availability": "limited",
        "public_profile": True,
        "city": "Gliwice",
    },
    {
        "key": "jnowara",
        "first_name": "Jakub",
        "last_name": "Nowara",
        "email": "jakub.nowara@sats-gliwice.example",
        "organisation": "sats",
        "org_role": "member",
        "job_title": "Doktorant, Wydział Górnictwa i Inżynierii Środowiska",
        "bio": (
            "Pisze rozprawę o wykorzystaniu skały płonnej w spoiwach geopolimerowych. Szuka firmy do doktoratu "
            "wdrożeniowego."
        ),
        "competences": ["wykorzystanie-skaly-plonnej", "rekultywacja-hald"],
        "availability": "available",
        "public_profile": True,
        "city": "Gliwice",
    },
    {
        "key": "amazur",
        "first_name": "Andrzej",
        "last_name": "Mazur",
        "email": "andrzej.mazur@irgw.example",
        "organisation": "irgw",
        "org_role": "admin",
        "job_title": "Dyrektor instytutu",
        "bio": (
            "Inżynier środowiska, współautor technologii stabilizacji gleb pohutniczych popiołami fluidalnymi. "
            "Biegły sądowy w zakresie ochrony powierzchni ziemi."
        ),
        "competences": ["stabilizacja-metali-ciezkich", "stawy-smolowe", "rozpoznanie-zanieczyszczen"],
        "availability": "limited",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "klis",
        "first_name": "Katarzyna",
        "last_name": "Lis",
        "email": "katarzyna.lis@irgw.example",
        "organisation": "irgw",
        "org_role": "member",
        "job_title": "Specjalistka ds. barier reaktywnych",
        "bio": "Projektuje przepuszczalne bariery reaktywne i prowadzi badania kolumnowe materiałów reaktywnych.",
        "competences": ["bariery-reaktywne", "oczyszczanie-wod-podziemnych", "gis-i-modelowanie"],
        "availability": "available",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "rpielorz",
        "first_name": "Roman",
        "last_name": "Pielorz",
        "email": "roman.pielorz@scbwk.example",
        "organisation": "scbwk",
        "org_role": "admin",
        "job_title": "Kierownik Zakładu Hydrogeologii Górniczej",
        "bio": (
            "Hydrogeolog z 30-letnim stażem w kopalniach Górnego Śląska. Modeluje skutki zatapiania "
            "zlikwidowanych kopalń."
        ),
        "competences": ["odwadnianie-kopaln", "zagrozenie-wodne-po-likwidacji", "gis-i-modelowanie"],
        "availability": "limited",
        "public_profile": True,
        "city": "Katowice",
    },
    {
        "key": "aczech",
        "first_name": "Adam",
        "last_name": "Czech",
        "email": "adam.czech@cbcs.example",
        "organisation": "cbcs",
        "org_role": "admin",
        "job_title": "Kierownik Pracowni Niskoemisyjnych Źródeł Ciepła",
        "bio": (
            "Bada emisje z kotłów małej mocy i analizuje możliwości wykorzystania ciepła wód kopalnianych w "
            "ciepłownictwie."
        ),
        "competences": ["emisje-przemyslowe", "wymiana-zrodel-ciepla", "cieplo-z-wod-kopalnianych"],
        "availability": "limited",
        "public_profile": True,
        "city": "Zabrze",
    },
    {
        "key": "amusiol",
        "first_name": "Agnieszka",
        "last_name": "Musioł",
        "email": "agnieszka.musiol@fitoklar.example",
        "organisation": "fitoklar",
        "org_role": "admin",
        "job_title": "Prezeska zarządu",
        "bio": (
            "Inżynierka rolnictwa, od 2009 r. prowadzi rekultywację biologiczną terenów pohutniczych. Hoduje "
            "własne ekotypy traw tolerancyjnych na metale ciężkie."
        ),
        "competences": ["fitostabilizacja", "rekultywacja-hald", "bezpieczne-uprawy"],
        "availability": "available",
        "public_profile": True,
        "city": "Piekary Śląskie",
    },
    {
        "key": "pbrol",
        "first_name": "Piotr",
        "last_name": "Brol",
        "email": "piotr.brol@termohald.example",
        "organisation": "termohald",
        "org_role": "admin",
        "job_title": "Prezes zarządu",
        "bio": (
            "Były ratownik górniczy, od 15 lat zajmuje się gaszeniem hałd i profilaktyką pożarową. Licencjonowany "
            "operator dronów."
        ),
        "competences": ["monitoring-termiczny-hald", "likwidacja-ognisk-termicznych", "teledetekcja-i-drony"],
        "availability": "limited",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "skupka",
        "first_name": "Sebastian",
        "last_name": "Kupka",
        "email": "sebastian.kupka@akwadren.example",
        "organisation": "akwadren",
        "org_role": "admin",
        "job_title": "Dyrektor techniczny",
        "bio": (
            "Inżynier górnik odpowiedzialny za eksploatację pięciu pompowni głębinowych. Specjalizuje się w "
            "ograniczaniu zużycia energii przy pompowaniu."
        ),
        "competences": ["odwadnianie-kopaln", "monitoring-wod-podziemnych"],
        "availability": "unavailable",
        "public_profile": False,
        "city": "Ruda Śląska",
    },
    {
        "key": "lbula",
        "first_name": "Leszek",
        "last_name": "Bula",
        "email": "leszek.bula@solwod.example",
        "organisation": "solwod",
        "org_role": "admin",
        "job_title": "Prezes zarządu",
        "bio": (
            "Inżynier procesowy, wcześniej projektował stacje uzdatniania wody dla energetyki. Rozwija "
            "kontenerowe instalacje odwróconej osmozy."
        ),
        "competences": ["odsalanie-wod-kopalnianych", "uzdatnianie-wody"],
        "availability": "limited",
        "public_profile": True,
        "city": "Jaworzno",
    },
    {
        "key": "znowrot",
        "first_name": "Zbigniew",
        "last_name": "Nowrot",
        "email": "zbigniew.nowrot@kruszec-eko.example",
        "organisation": "kruszec_eko",
        "org_role": "admin",
        "job_title": "Prezes zarządu",
        "bio": (
            "Metalurg i przeróbkarz rud, przez wiele lat związany z przemysłem cynkowym. Założył firmę, by "
            "odzyskiwać metale z dawnych odpadów regionu."
        ),
        "competences": ["odzysk-metali-z-wod-kopalnianych", "osadniki-poflotacyjne", "odzysk-surowcow-krytycznych"],
        "availability": "available",
        "public_profile": True,
        "city": "Tarnowskie Góry",
    },
    {
        "key": "mkurpas",
        "first_name": "Monika",
        "last_name": "Kurpas",
        "email": "monika.kurpas@geosonda.example",
        "organisation": "geosonda",
        "org_role": "admin",
        "job_title": "Geofizyczka, członkini zarządu",
        "bio": (
            "Interpretuje dane InSAR i wyniki badań georadarowych na terenach górniczych. Rozpoznawała pustki pod "
            "kilkudziesięcioma budynkami w Bytomiu i Tarnowskich Górach."
        ),
        "competences": ["monitoring-deformacji-terenu", "zabezpieczanie-plytkich-wyrobisk", "szkody-gornicze"],
        "availability": "available",
        "public_profile": True,
        "city": "Chorzów",
    },
    {
        "key": "thajduk",
        "first_name": "Tadeusz",
        "last_name": "Hajduk",
        "email": "tadeusz.hajduk@mikrobion.example",
        "organisation": "mikrobion",
        "org_role": "admin",
        "job_title": "Kierownik robót remediacyjnych",
        "bio": (
            "Od 20 lat prowadzi remediację gruntów zanieczyszczonych substancjami ropopochodnymi i WWA. Wcześniej "
            "pracował w laboratorium rafinerii."
        ),
        "competences": ["biodegradacja-weglowodorow", "oczyszczanie-wod-podziemnych"],
        "availability": "limited",
        "public_profile": True,
        "city": "Sosnowiec",
    },
    {
        "key": "dszafarczyk",
        "first_name": "Damian",
        "last_name": "Szafarczyk",
        "email": "damian.szafarczyk@cieplosfera.example",
        "organisation": "cieplosfera",
        "org_role": "admin",
        "job_title": "Kierownik programów gminnych",
        "bio": (
            "Koordynuje wymianę źródeł ciepła w programach gminnych i zna od podszewki procedury programu „Czyste "
            "Powietrze”."
        ),
        "competences": ["wymiana-zrodel-ciepla", "pompy-ciepla", "termomodernizacja"],
        "availability": "available",
        "public_profile": True,
        "city": "Siemianowice Śląskie",
    },
    {
        "key": "jcichon",
        "first_name": "Janusz",
        "last_name": "Cichoń",
        "email": "janusz.cichon@kzo-brzeziny.example",
        "organisation": "kzo_brzeziny",
        "org_role": "admin",
        "job_title": "Kierownik składowiska",
        "bio": "Odpowiada za eksploatację i rekultywację kwater składowiska oraz instalację odgazowania.",
        "competences": ["skladowiska-odpadow", "odcieki-skladowiskowe", "gaz-skladowiskowy"],
        "availability": "limited",
        "public_profile": False,
        "city": "Piekary Śląskie",
    },
    {
        "key": "ibugla",
        "first_name": "Iwona",
        "last_name": "Bugla",
        "email": "iwona.bugla@wodociagi-brynica.example",
        "organisation": "wodociagi_brynica",
        "org_role": "admin",
        "job_title": "Technolożka oczyszczalni ścieków",
        "bio": (
            "Kieruje technologią oczyszczalni ścieków i gospodarką osadową spółki. Interesuje się odzyskiem "
            "fosforu z osadów."
        ),
        "competences": ["oczyszczanie-sciekow-komunalnych", "osady-sciekowe", "wody-opadowe"],
        "availability": "available",
        "public_profile": True,
        "city": "Radzionków",
    },
    {
        "key": "kryszka",
        "first_name": "Kinga",
        "last_name": "Ryszka",
        "email": "kinga.ryszka@envirosens.example",
        "organisation": "envirosens",
        "org_role": "admin",
        "job_title": "Kierowniczka działu wdrożeń",
        "bio": "Inżynierka elektroniki, odpowiada za wdrożenia sieci czujników jakości powietrza w gminach.",
        "competences": ["monitoring-powietrza", "gis-i-modelowanie"],
        "availability": "available",
        "public_profile": True,
        "city": "Gliwice",
    },
    {
        "key": "ekolodziej",
        "first_name": "Ewelina",
        "last_name": "Kołodziej",
        "email": "ewelina.kolodziej@geoanalit.example",
        "organisation": "geoanalit",
        "org_role": "admin",
        "job_title": "Kierowniczka laboratorium",
        "bio": (
            "Chemiczka analityczka, specjalistka oznaczeń metali śladowych metodą ICP-MS. Odpowiada za system "
            "jakości i akredytację laboratorium."
        ),
        "competences": ["analizy-laboratoryjne", "rozpoznanie-zanieczyszczen"],
        "availability": "limited",
        "public_profile": True,
        "city": "Chorzów",
    },
    {
        "key": "rskrzypiec",
        "first_name": "Rafał",
        "last_name": "Skrzypiec",
        "email": "rafal.skrzypiec@brownfield-silesia.example",
        "organisation": "brownfield_silesia",
        "org_role": "admin",
        "job_title": "Dyrektor ds. rozwoju terenów",
        "bio": (
            "Zarządza portfelem terenów poprzemysłowych spółki i przygotowuje je pod inwestycje. Wcześniej "
            "kierował projektami w branży deweloperskiej."
        ),
        "competences": ["tereny-inwestycyjne-brownfield", "tereny-pokoksownicze", "historyczne-zanieczyszczenia-prawo"],
        "availability": "limited",
        "public_profile": True,
        "city": "Zabrze",
    },
    # --- niezależni specjaliści, naukowcy i studenci -----------------------------------------------
    {
        "key": "zbadura",
        "first_name": "Zofia",
        "last_name": "Badura",
        "email": "zofia.badura@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Profesor emerytowana, gleboznawczyni",
        "bio": (
            "Przez 35 lat badała gleby terenów przemysłowych Górnego Śląska. Chętnie doradza młodszym zespołom "
            "przy projektach fitoremediacji."
        ),
        "competences": ["fitoremediacja", "rozpoznanie-zanieczyszczen", "bezpieczne-uprawy"],
        "availability": "limited",
        "public_profile": True,
        "city": "Katowice",
    },
    {
        "key": "wgawlik",
        "first_name": "Wojciech",
        "last_name": "Gawlik",
        "email": "wojciech.gawlik@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Hydrogeolog, niezależny ekspert",
        "bio": (
            "Projektuje sieci piezometrów i sporządza dokumentacje hydrogeologiczne. Pracował przy likwidacji "
            "kopalń w Bytomiu i Rudzie Śląskiej."
        ),
        "competences": ["monitoring-wod-podziemnych", "odwadnianie-kopaln", "zagrozenie-wodne-po-likwidacji"],
        "availability": "available",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "npietrzyk",
        "first_name": "Natalia",
        "last_name": "Pietrzyk",
        "email": "natalia.pietrzyk@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Studentka inżynierii środowiska",
        "bio": (
            "Studentka ostatniego roku studiów magisterskich, pisze pracę o fitoekstrakcji kadmu przez wierzbę "
            "energetyczną. Szuka stażu w firmie remediacyjnej."
        ),
        "competences": ["fitoekstrakcja", "analizy-laboratoryjne"],
        "availability": "available",
        "public_profile": True,
        "city": "Gliwice",
    },
    {
        "key": "mszymura",
        "first_name": "Marcin",
        "last_name": "Szymura",
        "email": "marcin.szymura@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Audytor energetyczny",
        "bio": (
            "Samodzielny audytor energetyczny i projektant instalacji OZE. Wykonał ponad 300 audytów budynków "
            "jednorodzinnych i wielorodzinnych."
        ),
        "competences": ["audyty-energetyczne", "termomodernizacja", "fotowoltaika"],
        "availability": "limited",
        "public_profile": True,
        "city": "Tarnowskie Góry",
    },
    {
        "key": "atomczyk",
        "first_name": "Aleksandra",
        "last_name": "Tomczyk",
        "email": "aleksandra.tomczyk@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Radczyni prawna, prawo ochrony środowiska",
        "bio": "Doradza gminom w sprawach historycznych zanieczyszczeń powierzchni ziemi i ocen oddziaływania.",
        "competences": ["historyczne-zanieczyszczenia-prawo", "oceny-oddzialywania-na-srodowisko"],
        "availability": "unavailable",
        "public_profile": False,
        "city": "Katowice",
    },
    {
        "key": "bkolorz",
        "first_name": "Bartosz",
        "last_name": "Kolorz",
        "email": "bartosz.kolorz@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Analityk GIS",
        "bio": (
            "Tworzy mapy zagrożeń środowiskowych i analizy przestrzenne dla samorządów. Specjalizuje się w danych "
            "satelitarnych z programu Copernicus."
        ),
        "competences": ["gis-i-modelowanie", "teledetekcja-i-drony", "monitoring-deformacji-terenu"],
        "availability": "available",
        "public_profile": True,
        "city": "Zabrze",
    },
    {
        "key": "hrduch",
        "first_name": "Hanna",
        "last_name": "Rduch",
        "email": "hanna.rduch@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Botaniczka, doktorantka",
        "bio": (
            "Bada murawy galmanowe i roślinność hałd cynkowo-ołowiowych. Wykonuje inwentaryzacje przyrodnicze "
            "na zlecenie."
        ),
        "competences": ["siedliska-poprzemyslowe", "inwentaryzacje-przyrodnicze", "fitostabilizacja"],
        "availability": "available",
        "public_profile": True,
        "city": "Bytom",
    },
    {
        "key": "ksojka",
        "first_name": "Kamil",
        "last_name": "Sojka",
        "email": "kamil.sojka@poczta.example",
        "organisation": None,
        "org_role": None,
        "job_title": "Doktorant biotechnologii środowiskowej",
        "bio": (
            "Izoluje bakterie rozkładające WWA z gruntów pokoksowniczych. Szuka partnera do testów w skali pilotowej."
        ),
        "competences": ["biodegradacja-weglowodorow", "bioremediacja"],
        "availability": "available",
        "public_profile": False,
        "city": "Sosnowiec",
    },
]


CHALLENGES: list[ChallengeData] = [
    # --- ogrody działkowe na glebach z metalami ciężkimi (trzy podobne wyzwania) ------------------------
    {
        "key": "dzialki-swietochlowice",
        "title": "Kadm i ołów w glebach ogrodów działkowych przy dawnej hucie cynku w Świętochłowicach",
        "description": (
            "Trzy rodzinne ogrody działkowe (łącznie **8,4 ha**, 212 działek) leżą 300–800 m od terenu dawnej "
            "huty cynku. Badania wykonane w 2022 r. na 30 działkach wykazały w wierzchniej warstwie gleby średnio "
            "**2 400 mg/kg cynku**, **650 mg/kg ołowiu** i **28 mg/kg kadmu**, przy wartościach dopuszczalnych "
            "odpowiednio 1 000, 500 i 10 mg/kg. W liściach sałaty i w marchwi stwierdzono przekroczenia "
            "dopuszczalnej zawartości kadmu w żywności.\n\n"
            "Działkowcy nie chcą rezygnować z ogrodów, ale potrzebują jasnych zaleceń: które kwatery wymagają "
            "rekultywacji, co można bezpiecznie uprawiać i czy pomogą wapnowanie, kompost lub podniesione grządki "
            "z czystą ziemią. Szukamy partnera do badań i pilotażu na 2–3 kwaterach."
        ),
        "organisation": "zdrowa_grzadka",
        "author": "hpawlas",
        "city": "Świętochłowice",
        "lat": 50.29540,
        "lon": 18.90450,
        "competences": [
            "bezpieczne-uprawy",
            "fitostabilizacja",
            "stabilizacja-metali-ciezkich",
            "analizy-laboratoryjne",
        ],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "gm_swietochlowice",
                "note": "Ten sam problem dotyczy dwóch kolejnych ogrodów w mieście; możemy współfinansować badania.",
            },
            {
                "organisation": "brynica_zyje",
                "note": "Działkowcy z Brzezin Śląskich zgłaszają nam dokładnie to samo.",
            },
        ],
        "proposals": [
            {
                "by_person": "amusiol",
                "by_organisation": "fitoklar",
                "title": "Fitostabilizacja najbardziej skażonych kwater i podniesione grządki na pozostałych",
                "description": (
                    "Proponujemy podzielić ogrody na strefy według wyników badań. Na kwaterach o najwyższej "
                    "zawartości kadmu zakładamy murawę z tolerancyjnych ekotypów kostrzewy czerwonej, z dodatkiem "
                    "kompostu i wapna, a warzywa przenosimy na podniesione grządki z certyfikowaną czystą ziemią. "
                    "Koszt pilotażu na trzech kwaterach szacujemy na ok. 90 tys. zł."
                ),
            },
            {
                "by_person": "ikowalczyk",
                "by_organisation": "gup",
                "title": "Mapa ryzyka i lista bezpiecznych upraw",
                "description": (
                    "Katedra Geochemii Środowiska może gęsto opróbować gleby (siatka 20 × 20 m) i zbadać, ile "
                    "kadmu pobierają najczęściej uprawiane warzywa. Na tej podstawie przygotujemy mapę ryzyka i "
                    "praktyczną listę upraw zalecanych i odradzanych dla każdej kwatery."
                ),
            },
        ],
    },
    {
        "key": "dzialki-bytom-szombierki",
        "title": "Ogrody działkowe w Bytomiu-Szombierkach na glebach skażonych cynkiem, ołowiem i kadmem",
        "description": (
            "W mieście jest 11 rodzinnych ogrodów działkowych położonych w strefie dawnych emisji hutniczych. W "
            "ogrodzie w Szombierkach (**5,2 ha**) badania gleb wykazały do **1 150 mg/kg ołowiu** i do **35 mg/kg "
            "kadmu**, przy pH 5,8, które sprzyja pobieraniu metali przez rośliny. Sanepid zalecił ograniczenie "
            "uprawy warzyw liściastych i korzeniowych.\n\n"
            "Miasto chce przygotować program naprawczy dla wszystkich ogrodów. Szukamy sprawdzonej, niedrogiej "
            "metody ograniczenia biodostępności metali oraz sposobu rzetelnego informowania działkowców o ryzyku."
        ),
        "organisation": "gm_bytom",
        "author": "sdyrda",
        "city": "Bytom",
        "lat": 50.35560,
        "lon": 18.87720,
        "competences": ["bezpieczne-uprawy", "fitostabilizacja", "rozpoznanie-zanieczyszczen"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "zdrowa_grzadka",
                "note": "Mamy niemal identyczną sytuację w Świętochłowicach – chętnie porównamy wyniki.",
            },
            {
                "organisation": "gm_radzionkow",
                "note": "Dwa ogrody w Radzionkowie leżą przy hałdzie po dawnej przeróbce rud.",
            },
        ],
        "proposals": [
            {
                "by_person": "zbadura",
                "by_organisation": None,
                "title": "Wapnowanie i nawożenie organiczne jako pierwszy krok",
                "description": (
                    "Podniesienie pH gleby do 6,5–7,0 i wprowadzenie kompostu może nawet o połowę zmniejszyć "
                    "pobieranie kadmu przez warzywa. To rozwiązanie tanie i możliwe do wdrożenia od razu, zanim "
                    "zapadną decyzje o rekultywacji. Mogę przygotować zalecenia dawek dla poszczególnych kwater."
                ),
            },
        ],
    },
    {
        "key": "dzialki-piekary-brzeziny",
        "title": "Ogród działkowy w Piekarach Śląskich (Brzeziny Śląskie) w sąsiedztwie pylącej hałdy pohutniczej",
        "description": (
            "Ogród działkowy w Brzezinach Śląskich (**3,1 ha**, 96 działek) graniczy z hałdą odpadów po przeróbce "
            "rud cynku i ołowiu. Przy wietrznej pogodzie pył z nieporośniętych skarp hałdy opada na działki. "
            "Nasze obywatelskie badania 24 próbek gleby wykazały od **1 800 do 4 100 mg/kg cynku** i do "
            "**900 mg/kg ołowiu**.\n\n"
            "Działkowcy pytają, czy mogą jeść swoje warzywa i czy da się zatrzymać pylenie z hałdy. Szukamy "
            "wsparcia naukowego i partnera do zazielenienia skarp."
        ),
        "organisation": "brynica_zyje",
        "author": "mcieslik",
        "city": "Piekary Śląskie",
        "lat": 50.37110,
        "lon": 18.97390,
        "competences": ["bezpieczne-uprawy", "odpady-hutnicze", "fitostabilizacja"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "zdrowa_grzadka", "note": "Tak samo jest u nas w Świętochłowicach."},
        ],
        "proposals": [
            {
                "by_person": "hrduch",
                "by_organisation": None,
                "title": "Zadarnienie skarp hałdy rodzimą roślinnością galmanową",
                "description": (
                    "Na sąsiednich hałdach samorzutnie rozwija się murawa galmanowa z fiołkiem galmanowym i "
                    "rzeżuchą Hallera, która dobrze wiąże podłoże. Proponuję wysiew nasion zebranych na miejscu i "
                    "przeniesienie płatów darni, co ograniczy pylenie i zarazem ochroni cenne siedlisko."
                ),
            },
        ],
    },
    # --- pożary hałd (trzy podobne wyzwania) -------------------------------------------------------
    {
        "key": "halda-bytom-miechowice",
        "title": "Samozapalenie hałdy pogórniczej w Bytomiu-Miechowicach i zadymienie pobliskiego osiedla",
        "description": (
            "Na hałdzie o powierzchni **14 ha** i wysokości do 25 m od 2021 r. obserwujemy ogniska termiczne; "
            "pomiary w otworach wykazały do **480 °C** na głębokości 2 m. W dni bezwietrzne mieszkańcy osiedla "
            "oddalonego o 250 m skarżą się na dym i zapach siarkowodoru.\n\n"
            "Doraźne przykrywanie gliną nie przyniosło trwałego efektu – ogniska się przemieszczają. Potrzebujemy "
            "planu trwałej likwidacji ognisk i systemu wczesnego ostrzegania."
        ),
        "organisation": "gm_bytom",
        "author": "pgrabowski",
        "city": "Bytom",
        "lat": 50.36250,
        "lon": 18.85830,
        "competences": ["pozary-hald", "monitoring-termiczny-hald", "likwidacja-ognisk-termicznych"],
        "visibility": "public",
        "visible_to": [],
        "status": "in_progress",
        "supports": [
            {"organisation": "nowa_zielen", "note": "Podobny problem mamy na hałdzie w Rudzie Śląskiej."},
            {"organisation": "gm_radzionkow", "note": "Hałda na granicy naszych gmin również się nagrzewa."},
        ],
        "proposals": [
            {
                "by_person": "pbrol",
                "by_organisation": "termohald",
                "title": "Mapa termowizyjna i wtłaczanie zawiesiny popiołowo-wodnej",
                "description": (
                    "Zaczynamy od comiesięcznych nalotów termowizyjnych dronem i sieci 40 sond temperaturowych. "
                    "Aktywne ogniska gasimy, wtłaczając zawiesinę popiołowo-wodną, a skarpy zagęszczamy warstwami, "
                    "odcinając dopływ powietrza. Prace na pierwszych 4 ha trwają od wiosny."
                ),
            },
            {
                "by_person": "bkolorz",
                "by_organisation": None,
                "title": "Wczesne ostrzeganie na podstawie danych satelitarnych",
                "description": (
                    "Dane termalne z satelitów Landsat i Sentinel-3 pozwalają co kilka dni śledzić anomalie "
                    "temperatury powierzchni hałdy. Mogę przygotować dla miasta automatyczny raport jako tanie "
                    "uzupełnienie pomiarów z drona."
                ),
            },
        ],
    },
    {
        "key": "halda-ruda-slaska",
        "title": "Ogniska termiczne na hałdzie w Rudzie Śląskiej zagrażające cennym siedliskom",
        "description": (
            "Na częściowo zrekultywowanej hałdzie (**9 ha**) w ubiegłym roku pojawiły się trzy ogniska termiczne, "
            "widoczne jako pasy zamierającej roślinności i szczeliny, z których uchodzi para wodna. Temperatura "
            "gruntu na głębokości 1 m dochodzi do **220 °C**.\n\n"
            "Hałda jest zarazem ostoją rzadkich storczyków i miejscem lęgowym ptaków, dlatego tradycyjne "
            "rozkopywanie i przegarnianie materiału zniszczyłoby siedliska. Szukamy metody gaszenia, która "
            "ograniczy ingerencję w roślinność."
        ),
        "organisation": "nowa_zielen",
        "author": "dgajda",
        "city": "Ruda Śląska",
        "lat": 50.27130,
        "lon": 18.86880,
        "competences": ["pozary-hald", "siedliska-poprzemyslowe", "monitoring-termiczny-hald"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "gm_bytom",
                "note": "Ten sam problem mamy w Miechowicach – warto wspólnie przetestować metody.",
            },
        ],
        "proposals": [
            {
                "by_person": "pbrol",
                "by_organisation": "termohald",
                "title": "Punktowe iniekcje bez przegarniania skarp",
                "description": (
                    "Na fragmentach cennych przyrodniczo stosujemy wyłącznie punktowe iniekcje przez lance wbijane "
                    "lekkim sprzętem, bez ciężkich maszyn. Przed rozpoczęciem prac wspólnie z przyrodnikami "
                    "wyznaczamy strefy wyłączone z ruchu."
                ),
            },
        ],
    },
    {
        "key": "halda-radzionkow-bytom",
        "title": "Nagrzewanie się hałdy na granicy Radzionkowa i Bytomia oraz emisja gazów",
        "description": (
            "Hałda pogórnicza o powierzchni **6,5 ha**, położona na granicy gmin, od dwóch lat ma podwyższoną "
            "temperaturę w rejonie południowej skarpy. Jednorazowy pomiar wykazał **90–140 °C** na głębokości "
            "1,5 m oraz podwyższone stężenie tlenku węgla przy powierzchni.\n\n"
            "Właściciela terenu trudno ustalić, a gmina nie ma budżetu na pełną rekultywację. Chcemy najpierw "
            "rzetelnie ocenić zagrożenie i ustalić, czy wystarczy monitoring, czy potrzebne są pilne działania."
        ),
        "organisation": "gm_radzionkow",
        "author": "bklosek",
        "city": "Radzionków",
        "lat": 50.39120,
        "lon": 18.88050,
        "competences": ["pozary-hald", "monitoring-termiczny-hald", "rekultywacja-hald"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "gm_bytom",
                "note": "Hałda leży częściowo na terenie Bytomia – możemy wspólnie zlecić badania.",
            },
        ],
        "proposals": [],
    },
    {
        "key": "rekultywacja-haldy-ekopark",
        "title": "Dobór roślin do rekultywacji biologicznej hałdy na terenie EkoParku",
        "description": (
            "Na terenie parku znajduje się **4,8 ha** hałdy po dawnej kopalni węgla kamiennego, zbudowanej z "
            "łupków i piaskowców o pH 3,8–4,5 i znikomej zawartości próchnicy. Wcześniejsze nasadzenia sosny i "
            "brzozy w większości obumarły. Potrzebowaliśmy metody, która w ciągu 2–3 lat da trwałą okrywę roślinną "
            "bez corocznego nawożenia.\n\n"
            "**Rozwiązanie:** w latach 2022–2024 wspólnie z Fitoklar i Górnośląskim Uniwersytetem Przyrodniczym "
            "zrekultywowano hałdę z użyciem osadów ściekowych, wapna i mieszanki traw; roślinność pokrywa ponad "
            "85% powierzchni."
        ),
        "organisation": "ekopark",
        "author": "tkaczmarek",
        "city": "Piekary Śląskie",
        "lat": 50.38950,
        "lon": 18.92650,
        "competences": ["rekultywacja-hald", "fitostabilizacja", "osady-sciekowe"],
        "visibility": "public",
        "visible_to": [],
        "status": "solved",
        "supports": [],
        "proposals": [
            {
                "by_person": "amusiol",
                "by_organisation": "fitoklar",
                "title": "Osady ściekowe, wapno i mieszanka traw z roślinami motylkowymi",
                "description": (
                    "Proponujemy jednorazowe wapnowanie i dodatek ustabilizowanych osadów ściekowych jako źródła "
                    "materii organicznej, a następnie hydrosiew mieszanki traw i roślin motylkowych. Po dwóch "
                    "latach wprowadzamy w gniazdach nasadzenia drzew pionierskich."
                ),
            },
        ],
    },
    # --- wody kopalniane -------------------------------------------------------------------------
    {
        "key": "wody-kopalniane-bytom",
        "title": "Ryzyko podtopień w Bytomiu po ograniczeniu pompowania wód ze zlikwidowanych kopalń",
        "description": (
            "Pod miastem znajdują się połączone wyrobiska kilku zlikwidowanych kopalń węgla. Obecnie pompuje się "
            "z nich około **25 m³/min** wody, co utrzymuje jej zwierciadło na bezpiecznej rzędnej. Planowane "
            "ograniczenie pompowania podniesie zwierciadło o kilkadziesiąt metrów, a w nieckach osiadań grozi to "
            "podtopieniem piwnic i powstaniem zalewisk.\n\n"
            "Miasto potrzebuje niezależnej prognozy: które rejony są zagrożone, w jakim czasie i jakie działania "
            "(lokalne pompownie, drenaże) trzeba zaplanować z wyprzedzeniem."
        ),
        "organisation": "gm_bytom",
        "author": "sdyrda",
        "city": "Bytom",
        "lat": 50.34180,
        "lon": 18.93290,
        "competences": [
            "zagrozenie-wodne-po-likwidacji",
            "odwadnianie-kopaln",
            "monitoring-wod-podziemnych",
            "gis-i-modelowanie",
        ],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_swietochlowice", "note": "Te same pytania mamy dla Lipin i Chropaczowa."},
        ],
        "proposals": [
            {
                "by_person": "rpielorz",
                "by_organisation": "scbwk",
                "title": "Model hydrogeologiczny połączonych zlikwidowanych kopalń",
                "description": (
                    "Zbudujemy trójwymiarowy model przepływu wód w połączonych wyrobiskach i nadkładzie, "
                    "skalibrowany na danych z pompowni i piezometrów. Model pokaże mapy zagrożeń dla kilku "
                    "scenariuszy ograniczenia pompowania."
                ),
            },
            {
                "by_person": "skupka",
                "by_organisation": "akwadren",
                "title": "Lokalne pompownie głębinowe zasilane z OZE",
                "description": (
                    "Zamiast centralnego pompowania proponujemy dwie lokalne pompownie głębinowe w najniżej "
                    "położonych rejonach, częściowo zasilane z farmy fotowoltaicznej na terenie pogórniczym. "
                    "Obniży to koszty energii o około 30%."
                ),
            },
        ],
    },
    {
        "key": "zasolenie-klodnicy",
        "title": "Zasolenie Kłodnicy przez zrzuty wód kopalnianych",
        "description": (
            "Do Kłodnicy i jej dopływów trafiają wody z odwadniania kopalń, zawierające łącznie do **2 800 mg/l "
            "chlorków i siarczanów**. Przy niskich przepływach stężenie chlorków w rzece przekracza **1 000 mg/l**, "
            "co wyklucza osiągnięcie dobrego stanu wód i utrudnia przemysłowe wykorzystanie wody.\n\n"
            "Nasze laboratorium przetestowało odwróconą osmozę na wodzie z jednego zrzutu, ale nierozwiązane "
            "pozostają zagospodarowanie solanki i koszt energii. Szukamy partnerów przemysłowych do demonstracji "
            "odsalania z odzyskiem soli w skali technicznej."
        ),
        "organisation": "sats",
        "author": "bsobczyk",
        "city": "Gliwice",
        "lat": 50.28880,
        "lon": 18.65520,
        "competences": ["odsalanie-wod-kopalnianych", "renaturyzacja-rzek", "odzysk-metali-z-wod-kopalnianych"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "wodociagi_brynica",
                "note": "Zasolone dopływy utrudniają pracę części biologicznej naszej oczyszczalni.",
            },
        ],
        "proposals": [
            {
                "by_person": "lbula",
                "by_organisation": "solwod",
                "title": "Kontenerowa stacja pilotażowa z krystalizacją solanki",
                "description": (
                    "Udostępnimy kontenerową stację odwróconej osmozy o wydajności 5 m³/h z modułem zatężania i "
                    "krystalizacji. Półroczny pilotaż na zrzucie wskazanym przez uczelnię pozwoli ustalić "
                    "rzeczywisty koszt energii i jakość odzyskanej soli."
                ),
            },
        ],
    },
    {
        "key": "sztolnia-tarnowskie-gory",
        "title": "Odzysk cynku i żelaza z wód odwadniających dawne wyrobiska rud w Tarnowskich Górach",
        "description": (
            "Z historycznej sztolni odwadniającej wypływa około **9 m³/min** wody zawierającej do **12 mg/l "
            "cynku** i **18 mg/l żelaza**, która trafia do lokalnego cieku. Osady wodorotlenków żelaza barwią "
            "koryto na pomarańczowo na odcinku ok. 2 km.\n\n"
            "Gmina chce poprawić stan cieku i zarazem sprawdzić, czy odzysk metali pokryłby część kosztów "
            "oczyszczania. Rozwiązanie musi uwzględniać ochronę zabytkowych obiektów górniczych."
        ),
        "organisation": "gm_tarnowskie",
        "author": "lmrozek",
        "city": "Tarnowskie Góry",
        "lat": 50.43020,
        "lon": 18.83960,
        "competences": ["odzysk-metali-z-wod-kopalnianych", "scieki-przemyslowe", "renaturyzacja-rzek"],
        "visibility": "members",
        "visible_to": [],
        "status": "open",
        "supports": [],
        "proposals": [
            {
                "by_person": "klis",
                "by_organisation": "irgw",
                "title": "Pasywne oczyszczanie: kaskada, osadnik, złoże wapienne i mokradło",
                "description": (
                    "Proponujemy układ pasywny: kaskadę napowietrzającą i osadnik do wytrącenia żelaza, a dalej "
                    "złoże wapienne i sztuczne mokradło do usuwania cynku. Takie systemy od lat pracują na "
                    "wypływach z dawnych kopalń rud w Wielkiej Brytanii przy bardzo niskich kosztach eksploatacji."
                ),
            },
            {
                "by_person": "znowrot",
                "by_organisation": "kruszec_eko",
                "title": "Selektywne strącanie z odzyskiem koncentratu cynku",
                "description": (
                    "Nasza mobilna instalacja najpierw wytrąca żelazo, a potem cynk w postaci koncentratu "
                    "nadającego się do sprzedaży hucie. Przed decyzją proponujemy trzymiesięczny test na części "
                    "przepływu."
                ),
            },
        ],
    },
    # --- niska emisja (podobne wyzwania) ---------------------------------------------------------
    {
        "key": "kotly-radzionkow",
        "title": "Około 1 200 pozaklasowych kotłów węglowych w domach jednorodzinnych Radzionkowa",
        "description": (
            "Według gminnej inwentaryzacji źródeł ciepła w mieście wciąż pracuje około **1 200 kotłów "
            "pozaklasowych**, głównie w starych domach jednorodzinnych. W sezonie grzewczym dobowe stężenie PM10 "
            "przekracza **50 µg/m³** przez ponad 40 dni w roku.\n\n"
            "Mimo dotacji wymienia się tylko ok. 150 kotłów rocznie: wielu mieszkańców – często starszych – nie "
            "radzi sobie z procedurami i obawia się kosztów ogrzewania pompą ciepła w nieocieplonym domu. Od "
            "2024 r. gmina prowadzi z partnerami punkt doradczy i program łączący wymianę kotła z dociepleniem."
        ),
        "organisation": "gm_radzionkow",
        "author": "bklosek",
        "city": "Radzionków",
        "lat": 50.40250,
        "lon": 18.90120,
        "competences": ["wymiana-zrodel-ciepla", "programy-ochrony-powietrza", "pompy-ciepla", "termomodernizacja"],
        "visibility": "public",
        "visible_to": [],
        "status": "in_progress",
        "supports": [
            {"organisation": "gm_swietochlowice", "note": "U nas ten sam problem dotyczy kamienic."},
            {"organisation": "przejrzyste_powietrze", "note": "Widzimy to samo w danych z czujników w Siemianowicach."},
            {"organisation": "gm_tarnowskie", "note": "Tempo wymiany kotłów w naszych dzielnicach jest podobne."},
        ],
        "proposals": [
            {
                "by_person": "dszafarczyk",
                "by_organisation": "cieplosfera",
                "title": "Operator programu „od drzwi do drzwi”",
                "description": (
                    "Przejmujemy całą obsługę mieszkańca: audyt, wniosek o dotację, dobór źródła ciepła, montaż i "
                    "rozliczenie. W domach nieocieplonych zaczynamy od ocieplenia stropu i wymiany okien, a dopiero "
                    "potem montujemy pompę ciepła mniejszej mocy."
                ),
            },
            {
                "by_person": "mszymura",
                "by_organisation": None,
                "title": "Uproszczone audyty dla gospodarstw domowych",
                "description": (
                    "Proponuję jednodniowe uproszczone audyty z kamerą termowizyjną: mieszkaniec dostaje jedną "
                    "stronę zaleceń i szacunek kosztów ogrzewania po modernizacji. To zwykle przełamuje obawy "
                    "przed pompą ciepła."
                ),
            },
        ],
    },
    {
        "key": "kamienice-lipiny",
        "title": "Piece kaflowe w kamienicach Świętochłowic-Lipin bez dostępu do sieci ciepłowniczej",
        "description": (
            "W dzielnicy Lipiny około **2 600 mieszkań** w kamienicach z początku XX w. ogrzewa się węglem w "
            "piecach kaflowych. Sieć ciepłownicza kończy się ok. 700 m od dzielnicy, a wąskie podwórza i "
            "zabytkowe elewacje utrudniają montaż pomp ciepła i docieplenie od zewnątrz.\n\n"
            "Połowa lokali to mieszkania komunalne, zamieszkane przez osoby zagrożone ubóstwem energetycznym. "
            "Szukamy rozwiązania technicznego i finansowego dla całych budynków, a nie pojedynczych mieszkań."
        ),
        "organisation": "gm_swietochlowice",
        "author": "kpyka",
        "city": "Świętochłowice",
        "lat": 50.29300,
        "lon": 18.89870,
        "competences": ["wymiana-zrodel-ciepla", "pompy-ciepla", "termomodernizacja", "cieplownictwo-systemowe"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_bytom", "note": "Śródmieście Bytomia ma te same kamienice i te same ograniczenia."},
            {"organisation": "gm_radzionkow", "note": "Dotyczy nas w mniejszej skali."},
        ],
        "proposals": [
            {
                "by_person": "aczech",
                "by_organisation": "cbcs",
                "title": "Przedłużenie sieci albo kotłownie blokowe z pompami ciepła",
                "description": (
                    "Proponujemy porównać dwa warianty: przedłużenie sieci ciepłowniczej z węzłem w każdej "
                    "kamienicy albo kotłownie blokowe z pompami ciepła powietrze–woda na dachach. Dla obu "
                    "policzymy koszt ogrzania mieszkania i efekt ekologiczny."
                ),
            },
        ],
    },
    {
        "key": "czujniki-siemianowice",
        "title": "Brak wiarygodnych pomiarów pyłu PM2,5 na osiedlach Siemianowic Śląskich",
        "description": (
            "W mieście działała jedna stacja pomiarowa, niereprezentatywna dla osiedli domów jednorodzinnych, gdzie "
            "smog jest największy. Tanie czujniki kupowane przez mieszkańców zawyżały wyniki nawet o **60%** przy "
            "wysokiej wilgotności powietrza. Potrzebowaliśmy gęstej, skalibrowanej sieci, której wynikom uwierzą "
            "i mieszkańcy, i urzędnicy.\n\n"
            "**Rozwiązanie:** w 2024 r. uruchomiono 40 czujników z korekcją wilgotności, kalibrowanych co kwartał "
            "względem stacji referencyjnej; dane trafiają na otwartą mapę."
        ),
        "organisation": "przejrzyste_powietrze",
        "author": "eszoltysek",
        "city": "Siemianowice Śląskie",
        "lat": 50.31580,
        "lon": 19.02100,
        "competences": ["monitoring-powietrza", "programy-ochrony-powietrza"],
        "visibility": "public",
        "visible_to": [],
        "status": "solved",
        "supports": [
            {"organisation": "gm_radzionkow", "note": "Chcielibyśmy powtórzyć to rozwiązanie w Radzionkowie."},
        ],
        "proposals": [
            {
                "by_person": "kryszka",
                "by_organisation": "envirosens",
                "title": "Sieć 40 czujników z korekcją wilgotności",
                "description": (
                    "Dostarczymy czujniki z podgrzewanym wlotem i algorytmem korekcji wilgotności, skalibrowane na "
                    "stacji referencyjnej. Dane trafią na otwartą mapę i do interfejsu API, z którego skorzystają "
                    "fundacja i urząd miasta."
                ),
            },
        ],
    },
    # --- tereny poprzemysłowe --------------------------------------------------------------------
    {
        "key": "staw-smolowy-zabrze",
        "title": "Staw smołowy na terenie dawnej koksowni w Zabrzu",
        "description": (
            "Na terenie dawnej koksowni (**11 ha**) znajduje się staw z odpadami smołowymi o objętości około "
            "**4 500 m³**, uszczelniony jedynie warstwą gliny. W wodach podziemnych pod stawem stwierdzono do "
            "**3,2 mg/l benzenu** i do **180 µg/l WWA**, a smuga zanieczyszczeń przesuwa się w kierunku rowu "
            "melioracyjnego.\n\n"
            "Spółka planuje tu park technologiczny i do 2027 r. musi zlikwidować staw oraz oczyścić grunt. Wyniki "
            "badań i szacunki kosztów udostępniamy tylko wybranym partnerom ze względu na trwające rozmowy z "
            "inwestorami."
        ),
        "organisation": "brownfield_silesia",
        "author": "rskrzypiec",
        "city": "Zabrze",
        "lat": 50.31880,
        "lon": 18.80450,
        "competences": [
            "stawy-smolowe",
            "biodegradacja-weglowodorow",
            "oczyszczanie-wod-podziemnych",
            "tereny-pokoksownicze",
        ],
        "visibility": "restricted",
        "visible_to": ["irgw", "mikrobion", "ekopark"],
        "status": "in_progress",
        "supports": [],
        "proposals": [
            {
                "by_person": "amazur",
                "by_organisation": "irgw",
                "title": "Wydobycie odpadów smołowych, stabilizacja gruntu i bariera reaktywna",
                "description": (
                    "Odpady smołowe wydobywamy i przekazujemy do współspalania w cementowni, grunt spod stawu "
                    "stabilizujemy, a na drodze smugi budujemy barierę reaktywną z węglem aktywnym. Pierwszy etap "
                    "– badania uzupełniające i projekt – jest w toku."
                ),
            },
            {
                "by_person": "thajduk",
                "by_organisation": "mikrobion",
                "title": "Bioremediacja gruntów na pryzmach po likwidacji stawu",
                "description": (
                    "Grunty z otoczenia stawu zanieczyszczone węglowodorami (szacunkowo 12 tys. m³) oczyścimy "
                    "metodą bioremediacji na napowietrzanych pryzmach, na miejscu, bez wywozu. Czas realizacji: dwa "
                    "sezony."
                ),
            },
        ],
    },
    {
        "key": "teren-huty-cynku-swietochlowice",
        "title": "Zagospodarowanie terenu po hucie cynku w Świętochłowicach – żużle i gleby z kadmem",
        "description": (
            "Miasto przejęło **7,5 ha** terenu po zlikwidowanej hucie cynku, na którym chce urządzić park i "
            "tereny rekreacyjne. Teren pokrywa warstwa żużli i gruzu o miąższości 1–4 m, a gleby zawierają do "
            "**5 600 mg/kg cynku**, **1 900 mg/kg ołowiu** i **60 mg/kg kadmu**.\n\n"
            "Usunięcie całego zanieczyszczonego materiału kosztowałoby ponad 40 mln zł, co przekracza możliwości "
            "budżetu. Szukamy rozwiązania łączącego stabilizację na miejscu, warstwę izolacyjną i zieleń, "
            "zgodnego z wymaganiami regionalnego dyrektora ochrony środowiska."
        ),
        "organisation": "gm_swietochlowice",
        "author": "jmorcinek",
        "city": "Świętochłowice",
        "lat": 50.28980,
        "lon": 18.91080,
        "competences": ["tereny-pohutnicze", "stabilizacja-metali-ciezkich", "odpady-hutnicze", "plukanie-gruntow"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_bytom", "note": "W Bytomiu mamy dwa podobne tereny po przeróbce rud."},
        ],
        "proposals": [
            {
                "by_person": "amazur",
                "by_organisation": "irgw",
                "title": "Stabilizacja popiołami fluidalnymi i okrywa z gleby urodzajnej",
                "description": (
                    "Na terenie testowym w Bytomiu nasza technologia stabilizacji popiołami fluidalnymi "
                    "ograniczyła wymywalność cynku o ponad 90%. Proponujemy stabilizację strefy przypowierzchniowej, "
                    "warstwę izolacyjną o grubości 0,5 m i zieleń z roślin tolerancyjnych na metale."
                ),
            },
            {
                "by_person": "npietrzyk",
                "by_organisation": None,
                "title": "Fitoekstrakcja kadmu wierzbą na części terenu",
                "description": (
                    "Na fragmentach o najwyższej zawartości kadmu warto założyć doświadczalną plantację wierzby, "
                    "która gromadzi kadm w pędach. Chętnie poprowadzę to doświadczenie w ramach pracy magisterskiej "
                    "i późniejszego stażu."
                ),
            },
        ],
    },
    {
        "key": "teren-inwestycyjny-ekopark",
        "title": "Przygotowanie 12 ha terenu poprzemysłowego w Piekarach Śląskich pod strefę aktywności gospodarczej",
        "description": (
            "Park chce przygotować pod inwestycje **12 ha** terenu po dawnych zakładach przemysłowych, "
            "przylegającego do jego infrastruktury. Na terenie stoją ruiny hal, są nasypy niekontrolowane i "
            "prawdopodobnie płytkie wyrobiska górnicze.\n\n"
            "Przed rozpoczęciem projektowania potrzebujemy rozpoznania zanieczyszczeń, oceny warunków "
            "geotechnicznych i wariantów finansowania z funduszy na sprawiedliwą transformację. Szukamy zespołu, "
            "który w ciągu 6 miesięcy przygotuje kompletną koncepcję."
        ),
        "organisation": "ekopark",
        "author": "tkaczmarek",
        "city": "Piekary Śląskie",
        "lat": 50.38660,
        "lon": 18.93020,
        "competences": [
            "tereny-inwestycyjne-brownfield",
            "rozpoznanie-zanieczyszczen",
            "szkody-gornicze",
            "fundusze-unijne",
        ],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "brownfield_silesia",
                "note": "Przygotowujemy podobne tereny w Zabrzu – chętnie wymienimy się doświadczeniami.",
            },
        ],
        "proposals": [
            {
                "by_person": "mkurpas",
                "by_organisation": "geosonda",
                "title": "Rozpoznanie geofizyczne pustek i nasypów",
                "description": (
                    "Proponujemy badania georadarowe i mikrograwimetryczne całego terenu oraz wiercenia "
                    "weryfikacyjne w miejscach anomalii. Wynikiem będzie mapa stref przydatności pod zabudowę."
                ),
            },
            {
                "by_person": "ekolodziej",
                "by_organisation": "geoanalit",
                "title": "Badania zanieczyszczenia gruntu w siatce 50 × 50 m",
                "description": (
                    "Opróbujemy gleby i ziemie w siatce 50 × 50 m, oznaczając metale ciężkie, WWA i oleje "
                    "mineralne, i przygotujemy raport z oceny zanieczyszczenia powierzchni ziemi zgodny z "
                    "obowiązującym rozporządzeniem. Wyniki laboratoryjne dostarczymy w ciągu 6 tygodni od poboru "
                    "próbek."
                ),
            },
        ],
    },
    # --- odpady i składowiska --------------------------------------------------------------------
    {
        "key": "odcieki-brzeziny",
        "title": "Odcieki z zamkniętych kwater składowiska w Piekarach Śląskich o wysokiej zawartości azotu amonowego",
        "description": (
            "Z dwóch zamkniętych kwater składowiska (**9 ha**) powstaje ok. **45 m³ odcieków na dobę**, "
            "zawierających do **800 mg/l azotu amonowego** i do 4 000 mg/l ChZT. Odcieki wywozimy beczkowozami do "
            "oczyszczalni komunalnej, co kosztuje ponad 1,1 mln zł rocznie, a oczyszczalnia zgłasza problemy z "
            "nitryfikacją.\n\n"
            "W skali laboratoryjnej testujemy odwróconą osmozę i deamonifikację. Dane eksploatacyjne "
            "udostępniamy tylko partnerom projektu."
        ),
        "organisation": "kzo_brzeziny",
        "author": "jcichon",
        "city": "Piekary Śląskie",
        "lat": 50.37380,
        "lon": 18.99150,
        "competences": ["odcieki-skladowiskowe", "skladowiska-odpadow", "scieki-przemyslowe"],
        "visibility": "restricted",
        "visible_to": ["irgw", "geoanalit", "wodociagi_brynica", "ekopark"],
        "status": "in_progress",
        "supports": [],
        "proposals": [
            {
                "by_person": "ibugla",
                "by_organisation": "wodociagi_brynica",
                "title": "Podczyszczanie na miejscu i zrzut do kanalizacji",
                "description": (
                    "Proponujemy instalację deamonifikacji (proces anammox) na terenie składowiska i zrzut "
                    "podczyszczonych odcieków do kanalizacji. Zmniejszy to ładunek azotu trafiający do naszej "
                    "oczyszczalni i wyeliminuje koszty transportu."
                ),
            },
        ],
    },
    {
        "key": "gaz-skladowisko-tarnowskie-gory",
        "title": "Niekontrolowana emisja gazu ze starego składowiska odpadów komunalnych w Tarnowskich Górach",
        "description": (
            "Składowisko eksploatowane w latach 1975–2005 (**7 ha**) nie ma instalacji odgazowania. Pomiary z "
            "2023 r. wykazały na jego powierzchni punktowo do **4% obj. metanu**, a w studzienkach "
            "kanalizacyjnych przy pobliskich ogródkach – do 0,8%.\n\n"
            "Gmina rozważa budowę biernej lub czynnej instalacji odgazowania; wariant energetyczny może się nie "
            "opłacić przy malejącej produkcji gazu. Szkic do uzupełnienia o wyniki badań z 2024 r."
        ),
        "organisation": "gm_tarnowskie",
        "author": "lmrozek",
        "city": "Tarnowskie Góry",
        "lat": 50.45800,
        "lon": 18.88150,
        "competences": ["gaz-skladowiskowy", "skladowiska-odpadow", "biogaz-i-biometan"],
        "visibility": "members",
        "visible_to": [],
        "status": "draft",
        "supports": [],
        "proposals": [],
    },
    {
        "key": "azbest-dolina-brynicy",
        "title": "Usunięcie około 18 tys. m² pokryć azbestowych z małych budynków w gminach doliny Brynicy",
        "description": (
            "Według gminnych inwentaryzacji na budynkach gospodarczych, garażach i domach w gminach związku "
            "pozostaje około **18 tys. m²** płyt azbestowo-cementowych, rozproszonych w ponad 600 lokalizacjach. "
            "Pojedyncze zlecenia (średnio 30 m²) są dla wykonawców nieopłacalne, a właściciele – często emeryci – "
            "nie są w stanie sfinansować nowego pokrycia dachu.\n\n"
            "Krajowy program oczyszczania kraju z azbestu zakłada zakończenie prac do 2032 r. Szukamy modelu "
            "zamówień zbiorczych, który połączy usuwanie azbestu z dofinansowaniem nowych pokryć."
        ),
        "organisation": "zwiazek_brynica",
        "author": "gkandzia",
        "city": "Piekary Śląskie",
        "lat": 50.39830,
        "lon": 18.96580,
        "competences": ["usuwanie-azbestu", "fundusze-ochrony-srodowiska"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_radzionkow", "note": "W Radzionkowie do usunięcia zostało około 3 tys. m²."},
            {"organisation": "gm_tarnowskie", "note": "Mamy ten sam kłopot z małymi, rozproszonymi zleceniami."},
        ],
        "proposals": [],
    },
    {
        "key": "osadnik-poflotacyjny-szarlej",
        "title": "Pylenie z osadnika odpadów poflotacyjnych rud cynku i ołowiu w Piekarach Śląskich",
        "description": (
            "Nieczynny osadnik odpadów poflotacyjnych z przeróbki rud cynku i ołowiu zajmuje **16 ha**; odpady "
            "zawierają średnio **1,8% cynku** i **0,6% ołowiu**. Przy suchej, wietrznej pogodzie z nieporośniętej "
            "powierzchni unosi się pył, a w kurzu domowym w najbliższych zabudowaniach stwierdzono podwyższoną "
            "zawartość ołowiu.\n\n"
            "Związek rozważa dwa warianty: trwałe zazielenienie osadnika albo wcześniejszy odzysk metali z "
            "odpadów. Ze względu na nieuregulowany stan prawny terenu informacje udostępniamy tylko wybranym "
            "partnerom."
        ),
        "organisation": "zwiazek_brynica",
        "author": "gkandzia",
        "city": "Piekary Śląskie",
        "lat": 50.36520,
        "lon": 18.93650,
        "competences": ["osadniki-poflotacyjne", "odzysk-surowcow-krytycznych", "fitostabilizacja"],
        "visibility": "restricted",
        "visible_to": ["irgw", "kruszec_eko", "fitoklar", "ekopark"],
        "status": "open",
        "supports": [],
        "proposals": [
            {
                "by_person": "amusiol",
                "by_organisation": "fitoklar",
                "title": "Zazielenienie osadnika hydrosiewem z kompostem",
                "description": (
                    "Proponujemy hydrosiew mieszanki traw tolerancyjnych na metale z kompostem i lepiszczem, który "
                    "w pierwszym sezonie ograniczy pylenie. Docelowo powierzchnia osadnika zostanie trwale "
                    "zadarniona bez przykrywania glebą."
                ),
            },
            {
                "by_person": "znowrot",
                "by_organisation": "kruszec_eko",
                "title": "Ocena zasobów i odzysk cynku przed zazielenieniem",
                "description": (
                    "Przy 1,8% cynku odpady mogą być surowcem wtórnym. Proponujemy wiercenia rozpoznawcze i "
                    "testy flotacji, które pokażą, czy odzysk metali pokryje koszt późniejszej rekultywacji."
                ),
            },
        ],
    },
    {
        "key": "muly-weglowe-zabrze",
        "title": "Zagospodarowanie mułów węglowych z dawnych osadników kopalni w Zabrzu",
        "description": (
            "Na jednym z terenów spółki znajdują się trzy osadniki z ok. **300 tys. t** mułów węglowych o "
            "zawartości popiołu 35–45%. Rozważaliśmy odzysk węgla, sprzedaż koncentratu i rekultywację terenu pod "
            "funkcje magazynowe.\n\n"
            "Po analizie rynku w 2024 r. odstąpiliśmy od projektu: spadek cen węgla energetycznego i wymagania "
            "prawne dotyczące spalania mułów sprawiły, że odzysk przestał się opłacać. Teren zostanie "
            "zrekultywowany bez odzysku, a wyzwanie przeniesiono do archiwum."
        ),
        "organisation": "brownfield_silesia",
        "author": "rskrzypiec",
        "city": "Zabrze",
        "lat": 50.30920,
        "lon": 18.75880,
        "competences": ["odzysk-wegla-z-odpadow", "rekultywacja-hald", "tereny-inwestycyjne-brownfield"],
        "visibility": "public",
        "visible_to": [],
        "status": "archived",
        "supports": [],
        "proposals": [
            {
                "by_person": "jnowara",
                "by_organisation": "sats",
                "title": "Muły i odpady przeróbcze jako składnik geopolimerów",
                "description": (
                    "Badamy zastosowanie odpadów przeróbki węgla jako wypełniacza w spoiwach geopolimerowych. "
                    "Materiał z osadników mógłby posłużyć do produkcji prefabrykatów, co obniżyłoby koszt "
                    "rekultywacji."
                ),
            },
        ],
    },
    # --- szkody górnicze -------------------------------------------------------------------------
    {
        "key": "osiadania-bytom-karb",
        "title": "Osiadanie terenu i pękanie budynków w bytomskiej dzielnicy Karb",
        "description": (
            "W dzielnicy Karb od lat obserwuje się osiadanie terenu związane z dawną eksploatacją węgla; w ciągu "
            "ostatnich pięciu lat niwelacja wykazała obniżenia do **35 cm**. W 14 budynkach wielorodzinnych "
            "pojawiły się nowe pęknięcia, a dwa wyłączono z użytkowania.\n\n"
            "Mieszkańcy chcą wiedzieć, czy proces wygasa. Miasto potrzebuje ciągłego monitoringu deformacji i "
            "oceny, czy pod zabudową występują płytkie pustki wymagające wypełnienia."
        ),
        "organisation": "gm_bytom",
        "author": "pgrabowski",
        "city": "Bytom",
        "lat": 50.33710,
        "lon": 18.94920,
        "competences": ["szkody-gornicze", "monitoring-deformacji-terenu", "zabezpieczanie-plytkich-wyrobisk"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "gm_tarnowskie",
                "note": "Podobne pytania o pustki pod zabudową mamy w centrum Tarnowskich Gór.",
            },
        ],
        "proposals": [
            {
                "by_person": "mkurpas",
                "by_organisation": "geosonda",
                "title": "Monitoring InSAR z walidacją niwelacyjną",
                "description": (
                    "Proponujemy comiesięczne mapy przemieszczeń z danych Sentinel-1 dla całej dzielnicy, "
                    "uzupełnione niwelacją precyzyjną w 60 punktach. Pod budynkami z największymi pęknięciami "
                    "wykonamy badania georadarowe podłoża."
                ),
            },
        ],
    },
    {
        "key": "zapadliska-tarnowskie-gory",
        "title": "Zapadliska nad płytkimi wyrobiskami rud ołowiu i srebra w Tarnowskich Górach",
        "description": (
            "W latach 2020–2024 na terenie miasta powstało **17 zapadlisk** o średnicy od 1 do 6 m, w tym dwa na "
            "drogach gminnych i jedno w ogrodzie przedszkola. Przyczyną są XIX-wieczne płytkie wyrobiska i szyby "
            "rud ołowiu i srebra, często nieujęte na żadnych mapach.\n\n"
            "Zapadliska zasypuje się doraźnie, bez rozpoznania pustek w ich otoczeniu. Szukamy metody "
            "systematycznego rozpoznania zagrożonych obszarów i taniej technologii wypełniania pustek."
        ),
        "organisation": "gm_tarnowskie",
        "author": "lmrozek",
        "city": "Tarnowskie Góry",
        "lat": 50.44120,
        "lon": 18.86550,
        "competences": ["zabezpieczanie-plytkich-wyrobisk", "szkody-gornicze", "monitoring-deformacji-terenu"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_bytom", "note": "W Bytomiu również powstają zapadliska nad płytkimi wyrobiskami."},
        ],
        "proposals": [],
    },
    # --- rzeki, wody opadowe, ścieki -------------------------------------------------------------
    {
        "key": "brynica-wyloty-deszczowe",
        "title": "Zanieczyszczenie Brynicy poniżej wylotów kanalizacji deszczowej w Piekarach Śląskich",
        "description": (
            "Obywatelski monitoring, który prowadzimy od 2020 r. w 8 punktach, pokazuje, że poniżej trzech wylotów "
            "kanalizacji deszczowej stężenie azotu amonowego rośnie do **4,5 mg/l**, a liczba bakterii coli "
            "wskazuje na nielegalne podłączenia ścieków bytowych. Po ulewach na odcinku ok. 1,5 km widać pianę i "
            "śnięte ryby.\n\n"
            "Chcemy wspólnie z gminami i spółką wodociągową znaleźć nielegalne podłączenia i zaproponować tanie "
            "sposoby podczyszczania wód opadowych przed wylotami."
        ),
        "organisation": "brynica_zyje",
        "author": "mcieslik",
        "city": "Piekary Śląskie",
        "lat": 50.38540,
        "lon": 19.00120,
        "competences": ["renaturyzacja-rzek", "wody-opadowe", "oczyszczanie-sciekow-komunalnych"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "zwiazek_brynica",
                "note": "Problem dotyczy kilku gmin w zlewni; możemy skoordynować wspólną inwentaryzację wylotów.",
            },
            {"organisation": "wodociagi_brynica", "note": "Sami szukamy nielegalnych podłączeń w naszej sieci."},
        ],
        "proposals": [
            {
                "by_person": "mwilk",
                "by_organisation": "gup",
                "title": "Inwentaryzacja wylotów i badania znacznikowe",
                "description": (
                    "Proponujemy kampanię pomiarową z użyciem znaczników fluorescencyjnych i inspekcji kamerą, "
                    "która wskaże nielegalne podłączenia. Przed wylotami warto zbudować ogrody deszczowe i osadniki "
                    "z roślinnością, które zatrzymają część zanieczyszczeń."
                ),
            },
        ],
    },
    {
        "key": "rawa-tlen-i-odor",
        "title": "Deficyt tlenu i odór siarkowodoru w Rawie na odcinku chorzowskim",
        "description": (
            "Rawa na znacznej długości płynie betonowym, częściowo zakrytym korytem i przyjmuje wody z przelewów "
            "burzowych kanalizacji ogólnospławnej. Latem, przy niskim przepływie i temperaturze wody powyżej "
            "**22 °C**, stężenie tlenu spada poniżej **2 mg/l**, a nad rzeką unosi się odór siarkowodoru.\n\n"
            "Badamy tę rzekę od 2018 r. i widzimy, że bez ograniczenia przelewów i przywrócenia choćby fragmentów "
            "naturalnego koryta poprawy nie będzie. Szukamy partnerów samorządowych i projektowych do koncepcji "
            "renaturyzacji wybranego odcinka."
        ),
        "organisation": "gup",
        "author": "mwilk",
        "city": "Chorzów",
        "lat": 50.28560,
        "lon": 18.97600,
        "competences": [
            "renaturyzacja-rzek",
            "uciazliwosc-zapachowa",
            "wody-opadowe",
            "zielono-niebieska-infrastruktura",
        ],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_swietochlowice", "note": "Górny odcinek Rawy płynie przez nasze miasto."},
        ],
        "proposals": [],
    },
    {
        "key": "kanalizacja-radzionkow",
        "title": "Przeciążenie kanalizacji ogólnospławnej podczas nawalnych deszczy w Radzionkowie",
        "description": (
            "W centrum Radzionkowa działa stara kanalizacja ogólnospławna, która przy deszczach o natężeniu "
            "powyżej **25 mm/h** nie nadąża z odbiorem wody: w 2023 r. sześć razy ścieki wybiły na ulice i do "
            "piwnic, a przelewy burzowe zrzuciły nieoczyszczone ścieki do cieku.\n\n"
            "Rozdział kanalizacji w zwartej zabudowie kosztowałby ok. 60 mln zł. Szukamy rozwiązań retencji "
            "rozproszonej – ogrodów deszczowych, skrzynek retencyjnych, rozszczelnienia parkingów – i metody "
            "oceny, ile wody da się zatrzymać w poszczególnych kwartałach."
        ),
        "organisation": "wodociagi_brynica",
        "author": "ibugla",
        "city": "Radzionków",
        "lat": 50.39870,
        "lon": 18.89090,
        "competences": ["wody-opadowe", "zielono-niebieska-infrastruktura", "oczyszczanie-sciekow-komunalnych"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {
                "organisation": "gm_radzionkow",
                "note": "Gmina udostępni tereny i może współfinansować pilotaż.",
            },
            {"organisation": "gm_swietochlowice", "note": "Mamy podobne problemy z przelewami do Rawy."},
        ],
        "proposals": [
            {
                "by_person": "mwilk",
                "by_organisation": "gup",
                "title": "Model hydrodynamiczny zlewni i pilotaż ogrodów deszczowych",
                "description": (
                    "Zbudujemy model zlewni kanalizacyjnej i wskażemy kwartały, w których retencja rozproszona da "
                    "największy efekt. Pilotaż obejmie 10 ogrodów deszczowych przy budynkach gminnych, z pomiarem "
                    "odpływu."
                ),
            },
        ],
    },
    {
        "key": "osady-sciekowe-brynica",
        "title": "Zagospodarowanie osadów ściekowych z oczyszczalni w dolinie Brynicy",
        "description": (
            "Oczyszczalnia wytwarza rocznie ok. **2 400 t suchej masy** osadów ściekowych, które obecnie "
            "przekazujemy do termicznego przekształcania poza regionem za ok. 480 zł/t. Osady spełniają wymagania "
            "stawiane przy rekultywacji terenów na cele nierolnicze.\n\n"
            "Rozważamy ich wykorzystanie do rekultywacji hałd w regionie oraz odzysk fosforu. Szkic – do "
            "uzupełnienia o wyniki badań osadów."
        ),
        "organisation": "wodociagi_brynica",
        "author": "ibugla",
        "city": "Radzionków",
        "lat": 50.40560,
        "lon": 18.91130,
        "competences": ["osady-sciekowe", "bioodpady", "rekultywacja-hald"],
        "visibility": "members",
        "visible_to": [],
        "status": "draft",
        "supports": [],
        "proposals": [],
    },
    # --- energia i klimat miejski ------------------------------------------------------------------
    {
        "key": "cieplo-wod-kopalnianych-zabrze",
        "title": "Wykorzystanie ciepła wód kopalnianych do ogrzewania osiedla w Zabrzu",
        "description": (
            "Z pompowni głębinowej zlikwidowanej kopalni wypompowuje się ok. **8 m³/min** wody o temperaturze "
            "**24–26 °C**, która trafia prosto do cieku. Ciepło tej wody, odzyskane pompami ciepła, mogłoby "
            "pokryć szacunkowo **4–5 MW** zapotrzebowania pobliskiego osiedla ogrzewanego z kotłowni węglowej.\n\n"
            "Do rozwiązania pozostają korozyjność i zasolenie wody, własność pompowni oraz model biznesowy z "
            "udziałem miejskiego ciepłownictwa. Szukamy partnerów do studium wykonalności i instalacji "
            "demonstracyjnej."
        ),
        "organisation": "cbcs",
        "author": "aczech",
        "city": "Zabrze",
        "lat": 50.29560,
        "lon": 18.76410,
        "competences": [
            "cieplo-z-wod-kopalnianych",
            "pompy-ciepla",
            "cieplownictwo-systemowe",
            "odwadnianie-kopaln",
        ],
        "visibility": "members",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_bytom", "note": "Pompownie w Bytomiu również odprowadzają ciepłą wodę do rzek."},
        ],
        "proposals": [
            {
                "by_person": "skupka",
                "by_organisation": "akwadren",
                "title": "Wymiennik ciepła w pompowni i dane eksploatacyjne",
                "description": (
                    "Udostępnimy dane z pompowni i zaprojektujemy odporny na zasolenie wymiennik płytowy, "
                    "zainstalowany przed zrzutem wody do cieku. Proponujemy wspólny wniosek do programu dla "
                    "regionów górniczych."
                ),
            },
        ],
    },
    {
        "key": "termomodernizacja-szkol-radzionkow",
        "title": "Termomodernizacja sześciu szkół w Radzionkowie przy ograniczonym budżecie",
        "description": (
            "Sześć budynków szkolnych z lat 1960–1985 zużywa łącznie ok. **3 100 MWh** ciepła rocznie, a "
            "wskaźnik zapotrzebowania na energię przekracza **250 kWh/(m²·rok)**. Pełna termomodernizacja z "
            "wymianą instalacji kosztowałaby ok. 28 mln zł, a gmina może przeznaczyć na nią najwyżej 6 mln zł w "
            "ciągu 4 lat.\n\n"
            "Rozważamy model ESCO, w którym wykonawca otrzymuje wynagrodzenie z uzyskanych oszczędności. W 2025 r. "
            "wykonano audyty energetyczne i zaczęto przygotowywać przetarg na dwie pierwsze szkoły."
        ),
        "organisation": "gm_radzionkow",
        "author": "bklosek",
        "city": "Radzionków",
        "lat": 50.40180,
        "lon": 18.89720,
        "competences": ["termomodernizacja", "audyty-energetyczne", "ppp-i-esco", "fotowoltaika"],
        "visibility": "public",
        "visible_to": [],
        "status": "in_progress",
        "supports": [
            {"organisation": "gm_tarnowskie", "note": "Przygotowujemy podobny program dla budynków oświatowych."},
        ],
        "proposals": [
            {
                "by_person": "mszymura",
                "by_organisation": None,
                "title": "Etapowanie prac według prostego okresu zwrotu",
                "description": (
                    "Proponuję zacząć od działań o najkrótszym okresie zwrotu: regulacji i modernizacji instalacji "
                    "c.o., ocieplenia stropodachów i fotowoltaiki na dachach. Ocieplenie ścian i wymianę okien można "
                    "przesunąć do drugiego etapu, finansowanego z oszczędności i dotacji."
                ),
            },
        ],
    },
    {
        "key": "wyspa-ciepla-siemianowice",
        "title": "Miejska wyspa ciepła w śródmieściu Siemianowic Śląskich",
        "description": (
            "Nasze czujniki pokazały, że w upalne noce powietrze w zabudowanym śródmieściu jest nawet o **6 °C** "
            "cieplejsze niż w pobliskim parku. Na zdjęciach termalnych najcieplejsze są uszczelnione podwórza, "
            "parkingi i place bez drzew, których nawierzchnia nagrzewa się do **55 °C**.\n\n"
            "W śródmieściu mieszka wiele osób starszych, szczególnie narażonych na skutki upałów. Chcemy razem z "
            "mieszkańcami przygotować plan rozszczelnienia i zazielenienia kilku podwórek i placów oraz znaleźć "
            "na niego pieniądze."
        ),
        "organisation": "przejrzyste_powietrze",
        "author": "eszoltysek",
        "city": "Siemianowice Śląskie",
        "lat": 50.32660,
        "lon": 19.02970,
        "competences": ["miejska-wyspa-ciepla", "zielono-niebieska-infrastruktura", "teledetekcja-i-drony"],
        "visibility": "public",
        "visible_to": [],
        "status": "open",
        "supports": [
            {"organisation": "gm_swietochlowice", "note": "Gęsta zabudowa Świętochłowic ma ten sam problem."},
        ],
        "proposals": [
            {
                "by_person": "bkolorz",
                "by_organisation": None,
                "title": "Mapa wyspy ciepła z danych satelitarnych i lotniczych",
                "description": (
                    "Przygotuję mapę temperatury powierzchni z danych Landsat i nalotów termalnych oraz wskażę "
                    "20 miejsc, w których zazielenienie da największy efekt chłodzący w przeliczeniu na koszt. "
                    "Mapę można potem co roku aktualizować, by sprawdzać skutki nasadzeń."
                ),
            },
        ],
    },
    # --- przyroda na terenach poprzemysłowych ------------------------------------------------------
    {
        "key": "murawy-galmanowe-bytom",
        "title": "Rekultywacja zwałowiska w Bytomiu a ochrona muraw galmanowych",
        "description": (
            "Projekt rekultywacji zwałowiska odpadów po przeróbce rud cynku i ołowiu (**5 ha**) przewidywał "
            "przykrycie całej powierzchni glebą i zalesienie. Tymczasem na zwałowisku rozwinęła się murawa "
            "galmanowa z fiołkiem galmanowym i rzeżuchą Hallera – siedlisko rzadkie i cenne przyrodniczo. "
            "Trzeba było pogodzić ograniczenie pylenia i ryzyka dla ludzi z zachowaniem siedliska.\n\n"
            "**Rozwiązanie:** w 2023 r. wydzielono 1,8 ha chronionej murawy, resztę terenu zrekultywowano, a "
            "ścieżka edukacyjna prowadzi ruch pieszy poza siedliskiem."
        ),
        "organisation": "gup",
        "author": "ikowalczyk",
        "city": "Bytom",
        "lat": 50.37150,
        "lon": 18.89840,
        "competences": ["siedliska-poprzemyslowe", "rekultywacja-hald", "inwentaryzacje-przyrodnicze"],
        "visibility": "public",
        "visible_to": [],
        "status": "solved",
        "supports": [
            {"organisation": "nowa_zielen", "note": "Ten sam dylemat mamy przy hałdach w Rudzie Śląskiej."},
        ],
        "proposals": [
            {
                "by_person": "hrduch",
                "by_organisation": None,
                "title": "Strefowanie: ochrona murawy i rekultywacja reszty terenu",
                "description": (
                    "Proponuję wyznaczyć strefę ochronną obejmującą najcenniejsze płaty murawy, a rekultywację "
                    "techniczną prowadzić wyłącznie poza nią. Krawędź strefy warto obsadzić krzewami, które "
                    "ograniczą wywiewanie pyłu."
                ),
            },
            {
                "by_person": "amusiol",
                "by_organisation": "fitoklar",
                "title": "Fitostabilizacja zamiast warstwy gleby na pozostałej części",
                "description": (
                    "Na części przeznaczonej do rekultywacji proponujemy fitostabilizację lokalnymi ekotypami traw "
                    "tolerancyjnych na metale zamiast warstwy gleby. Obniży to koszty i zbliży roślinność do "
                    "naturalnej murawy."
                ),
            },
        ],
    },
]
