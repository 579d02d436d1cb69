"""Demo articles of the knowledge base, as plain data (no Django): the region's environmental problems and
their remedies, written by people of the demo cluster (see platforma.portal.demo_data).

Everything is fictional: the numbers are plausible for Upper Silesia, not measured. People are named by
e-mail, organisations by the address label of their website (= their slug), competences by slug.
`revisions` describe earlier versions: each lacks the last `drop_last` "## " sections of the final text and
was saved by `by`; the final version is saved by the first author.
"""

from typing import NotRequired, TypedDict


class Revision(TypedDict):
    by: str
    note: str
    drop_last: int
    title: NotRequired[str]


class ArticleData(TypedDict):
    kind: str
    title: str
    summary: str
    body: str
    authors: list[str]
    organisations: list[str]
    competences: list[str]
    visibility: str
    status: str
    days_ago: int
    revisions: NotRequired[list[Revision]]
    review_note: NotRequired[str]
    final_note: NotRequired[str]


ARTICLES: list[ArticleData] = [
    {
        "kind": "good_practice",
        "title": "Fitostabilizacja hałdy cynkowo-ołowiowej w Radzionkowie: trzy sezony doświadczeń",
        "summary": (
            "Jak w trzy sezony pokryliśmy roślinnością 3,2 ha hałdy odpadów po flotacji rud Zn-Pb i ograniczyli "
            "pylenie kadmu na pobliskie osiedle. Co zadziałało, co nie i ile to kosztowało."
        ),
        "body": """## Problem

Hałda przy ul. Szybowej w Radzionkowie to około 3,2 ha odpadów poflotacyjnych z zawartością cynku do 2,5%,
ołowiu do 0,6% i kadmu do 90 mg/kg. Przy suchej pogodzie wiatr unosił pył na ogródki przydomowe oddalone o 150
m, a mieszkańcy zgłaszali go gminie od lat.

## Co zrobiliśmy

Zamiast przykrywać hałdę warstwą gleby z zewnątrz, postawiliśmy na **fitostabilizację wspomaganą**: metale
zostają na miejscu, ale przestają się przemieszczać. Na całej powierzchni rozsialiśmy wapno defekacyjne (8
t/ha), a następnie kompost z osadów ściekowych (40 t/ha), który wiąże metale i daje roślinom start. Wysialiśmy
mieszankę metalotolerancyjnych traw: kostrzewę czerwoną, mietlicę pospolitą i śmiałek darniowy, z dodatkiem
komonicy zwyczajnej.

## Wyniki

- po pierwszym sezonie pokrycie roślinnością 45%, po trzecim — 82%;
- stężenie pyłu zawieszonego na granicy osiedla w dni wietrzne spadło średnio o 60%;
- zawartość kadmu w częściach nadziemnych traw pozostała poniżej progów dla pasz, więc koszenie nie tworzy
  nowego odpadu.

## Wnioski

Najważniejsze okazało się wapnowanie: na poletkach bez wapna trawy zamarły w drugim roku. Skarpy o nachyleniu
powyżej 30° wymagały maty kokosowej. Koszt całości wyniósł ok. 95 tys. zł/ha, czyli mniej niż połowę kosztu
przykrycia hałdy glebą.""",
        "authors": ["agnieszka.musiol@fitoklar.example", "irena.kowalczyk@gup-katowice.example"],
        "organisations": ["fitoklar", "gup-katowice"],
        "competences": ["fitostabilizacja", "rekultywacja-hald", "osadniki-poflotacyjne"],
        "visibility": "public",
        "status": "published",
        "days_ago": 380,
        "revisions": [
            {"by": "agnieszka.musiol@fitoklar.example", "note": "Pierwsza wersja po dwóch sezonach.", "drop_last": 2},
            {
                "by": "irena.kowalczyk@gup-katowice.example",
                "note": "Dodano wyniki pomiarów pyłu z trzeciego sezonu.",
                "drop_last": 1,
            },
        ],
        "final_note": "Wnioski i koszty po zakończeniu projektu.",
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: fitostabilizacja wspomagana gleb skażonych Zn, Pb i Cd",
        "summary": (
            "Zwięzły opis metody: kiedy ją stosować, jakie dodatki i rośliny dobrać, ile trwa i jakie są "
            "ograniczenia. Dla gmin i zarządców terenów poprzemysłowych."
        ),
        "body": """## Na czym polega

Fitostabilizacja wspomagana łączy dodatki wiążące metale z roślinnością, która chroni powierzchnię przed erozją
wodną i wietrzną. Metale ciężkie pozostają w gruncie, ale w formach słabo rozpuszczalnych, więc nie przechodzą
do wód i roślin.

## Kiedy stosować

- duże powierzchnie (hałdy, osadniki, tereny pohutnicze), których wywiezienie jest nieopłacalne;
- zanieczyszczenie głównie cynkiem, ołowiem i kadmem, pH powyżej 5 po wapnowaniu;
- teren przeznaczony na zieleń, a nie na uprawy jadalne.

## Dodatki

Wapno (węglanowe lub defekacyjne) podnosi pH. Kompost lub osady ściekowe zwiększają zawartość materii
organicznej. Fosforany, np. mączka kostna, wiążą ołów w trwałe piromorfity. Dawki ustala się na podstawie badań
laboratoryjnych z doświadczeniem wazonowym.

## Rośliny

Trawy metalotolerancyjne z lokalnych populacji: kostrzewa czerwona, mietlica pospolita, śmiałek darniowy. Nie
należy sadzić roślin akumulujących metale (np. wierzby w pierwszym etapie), bo przenoszą je do liści.

## Czas i koszt

Pełne pokrycie roślinnością: 2–4 sezony. Koszt orientacyjny: 70–120 tys. zł/ha, w zależności od nachylenia i
dostępności kompostu.

## Ograniczenia

Metoda nie usuwa metali, wymaga więc monitoringu co kilka lat i zapisu w planie miejscowym, że teren nie służy
uprawom.""",
        "authors": ["agnieszka.musiol@fitoklar.example"],
        "organisations": ["fitoklar"],
        "competences": ["fitostabilizacja", "stabilizacja-metali-ciezkich", "tereny-pohutnicze"],
        "visibility": "public",
        "status": "published",
        "days_ago": 300,
    },
    {
        "kind": "good_practice",
        "title": "Termowizja z drona jako stały monitoring hałd zagrożonych samozapaleniem",
        "summary": (
            "Kwartalne naloty kamerą termowizyjną pozwalają wykryć ognisko termiczne na hałdzie, zanim pojawi "
            "się dym i odór. Opisujemy, jak zorganizowaliśmy monitoring trzech hałd w Bytomiu."
        ),
        "body": """## Dlaczego monitoring

Hałdy pogórnicze z dużą zawartością węgla i pirytu nagrzewają się powoli, miesiącami. Gdy mieszkańcy czują
zapach siarkowodoru, ognisko ma zwykle kilkaset metrów sześciennych i jego likwidacja kosztuje wielokrotnie
więcej niż wczesne wykrycie.

## Jak to robimy

Dron z kamerą termowizyjną o rozdzielczości 640 × 512 pikseli lata nad hałdą przed świtem, gdy różnica
temperatur między nagrzanym gruntem a otoczeniem jest największa. Jeden nalot na hałdę o powierzchni 20 ha trwa
około 40 minut. Z kilkuset zdjęć powstaje ortomozaika temperatur powierzchni, którą porównujemy z poprzednim
nalotem.

Miejsca, gdzie temperatura powierzchni przekracza otoczenie o więcej niż 10°C, sprawdzamy sondą wbijaną na
głębokość 1–2 m. Dopiero pomiar w gruncie potwierdza ognisko.

## Co daje stały monitoring

- na trzech hałdach w Bytomiu w ciągu dwóch lat wykryliśmy pięć rozwijających się ognisk, wszystkie przed
  pojawieniem się dymu;
- gmina planuje prace z wyprzedzeniem, zamiast działać w trybie awaryjnym;
- mapy temperatur są dowodem w rozmowach z właścicielem hałdy.

## Koszt

Kwartalny monitoring jednej hałdy to ok. 6–9 tys. zł rocznie, czyli mniej niż koszt jednego dnia pracy ciężkiego
sprzętu przy gaszeniu.""",
        "authors": ["monika.kurpas@geosonda.example", "piotr.brol@termohald.example"],
        "organisations": ["geosonda", "termohald"],
        "competences": ["monitoring-termiczny-hald", "teledetekcja-i-drony", "pozary-hald"],
        "visibility": "public",
        "status": "published",
        "days_ago": 260,
        "revisions": [
            {"by": "monika.kurpas@geosonda.example", "note": "Pierwsza wersja.", "drop_last": 1},
        ],
        "final_note": "Dodano koszty monitoringu na prośbę gmin.",
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: likwidacja ognisk termicznych iniekcją zawiesiny popiołowo-wodnej",
        "summary": (
            "Iniekcja zawiesiny popiołów lotnych odcina dopływ powietrza do ogniska w hałdzie bez jej "
            "przekopywania. Parametry, wydajność, zalety i ograniczenia metody."
        ),
        "body": """## Zasada działania

Ognisko w hałdzie żyje dzięki powietrzu, które przez szczeliny i pustki dociera do węgla. Zawiesina popiołu
lotnego z wodą, wtłaczana pod ciśnieniem przez otwory, wypełnia te pustki, chłodzi materiał i po związaniu
tworzy szczelną przesłonę.

## Parametry

- otwory iniekcyjne w siatce 3 × 3 m, głębokość do 12 m;
- zawiesina o gęstości 1,3–1,5 t/m³, czasem z dodatkiem cementu (3–5%);
- zużycie: 0,3–0,5 m³ zawiesiny na 1 m³ ogniska;
- wydajność zespołu: ok. 1 500 m³ ogniska na miesiąc.

## Zalety

Hałdy nie trzeba rozkopywać, więc nie ma gwałtownego uwolnienia gazów i dymu, które towarzyszy przekopywaniu.
Popioły lotne to odpad energetyki, który tu znajduje użyteczne zastosowanie. Metoda działa także pod skarpami,
gdzie ciężki sprzęt nie wjedzie.

## Ograniczenia

Przy temperaturach powyżej 600°C woda z zawiesiny gwałtownie paruje i może rozszczelnić ognisko; wtedy najpierw
stosuje się chłodzenie azotem. Skuteczność sprawdza się sondami temperaturowymi przez co najmniej 12 miesięcy po
zabiegu. Popioły muszą mieć badania wymywalności, by nie wprowadzać do hałdy nowych zanieczyszczeń.

## Koszt

Orientacyjnie 150–250 zł za 1 m³ zlikwidowanego ogniska, w zależności od głębokości i dostępu.""",
        "authors": ["piotr.brol@termohald.example"],
        "organisations": ["termohald"],
        "competences": ["likwidacja-ognisk-termicznych", "pozary-hald"],
        "visibility": "public",
        "status": "published",
        "days_ago": 210,
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: odsalanie wód kopalnianych odwróconą osmozą z krystalizacją soli",
        "summary": (
            "Układ membranowy z wyparką i krystalizatorem zamienia słoną wodę z odwadniania kopalń w wodę "
            "przemysłową i sól warzonkową. Dla jakich wód się opłaca i gdzie są wąskie gardła."
        ),
        "body": """## Problem

Wody z odwadniania czynnych i zlikwidowanych kopalń zawierają do kilkudziesięciu gramów chlorków i siarczanów na
litr. Zrzucane do Kłodnicy, Bytomki i Wisły podnoszą zasolenie rzek i utrudniają pobór wody poniżej zrzutów.

## Jak działa układ

1. **Podczyszczanie**: usunięcie żelaza i manganu (napowietrzanie, filtracja), zmiękczanie i ultrafiltracja
   chroniące membrany.
2. **Odwrócona osmoza**: dwa stopnie membran, odzysk 60–75% wody jako permeatu o zasoleniu poniżej 500 mg/l.
3. **Zagęszczanie koncentratu** w wyparce mechanicznej ze sprężaniem oparów.
4. **Krystalizacja**: chlorek sodu o czystości powyżej 99% oraz mieszanina siarczanów do dalszego przerobu.

## Dla jakich wód

Opłacalność rośnie z zasoleniem: przy 10–40 g/l produkt (sól) pokrywa znaczną część kosztów. Wody słabo zasolone
lepiej kierować do retencji i dozowania sterowanego przepływem rzeki.

## Wąskie gardła

- energia: 8–12 kWh na 1 m³ wody wchodzącej do wyparki;
- baryt i gips osadzające się na membranach — konieczne antyskalanty i częste mycie;
- zbyt soli i miejsce na odpad końcowy (ok. 2–4% masy).

## Gdzie w klastrze

Instalację pilotażową o wydajności 5 m³/h prowadzi laboratorium technologii membranowych uczelni partnerskiej;
dane z niej są dostępne dla członków klastra na żądanie.""",
        "authors": ["leszek.bula@solwod.example", "barbara.sobczyk@sats-gliwice.example"],
        "organisations": ["solwod", "sats-gliwice"],
        "competences": ["odsalanie-wod-kopalnianych", "scieki-przemyslowe", "odzysk-metali-z-wod-kopalnianych"],
        "visibility": "public",
        "status": "published",
        "days_ago": 170,
        "revisions": [
            {"by": "barbara.sobczyk@sats-gliwice.example", "note": "Szkic opisu układu pilotażowego.", "drop_last": 2},
        ],
        "final_note": "Uzupełnienie o wąskie gardła i dane z pilota.",
    },
    {
        "kind": "report",
        "title": "Raport: zasolenie Kłodnicy i Bytomki w latach 2019–2025",
        "summary": (
            "Zestawienie pomiarów chlorków i siarczanów w dwóch rzekach najbardziej obciążonych zrzutami wód "
            "kopalnianych. Trendy, udział poszczególnych zrzutów i rekomendacje."
        ),
        "body": """## Zakres

Raport obejmuje 14 punktów pomiarowych na Kłodnicy i Bytomce, pomiary miesięczne z lat 2019–2025 oraz dane o
zrzutach z pięciu pompowni odwadniających zlikwidowane kopalnie. Dane zebrało nasze laboratorium i partnerzy
klastra.

## Najważniejsze wyniki

- średnie stężenie chlorków w Kłodnicy poniżej ujścia Bytomki wynosi 1 850 mg/l, przy wartości granicznej dla
  dobrego stanu ok. 200 mg/l;
- w okresach niskich przepływów (sierpień–wrzesień) stężenia rosną nawet trzykrotnie;
- dwa zrzuty odpowiadają za ok. 70% ładunku chlorków w zlewni;
- od 2022 r. widać niewielki spadek, związany z ograniczeniem wydobycia w jednej z kopalń.

## Skutki

Zasolenie eliminuje większość gatunków bezkręgowców wodnych wrażliwych na chlorki, przyspiesza korozję urządzeń
hydrotechnicznych i ogranicza możliwość poboru wody na cele przemysłowe.

## Rekomendacje

1. Zbiorniki retencyjne przy dwóch największych zrzutach i dozowanie solanki proporcjonalne do przepływu rzeki.
2. Studium wykonalności odsalania dla wód o zasoleniu powyżej 15 g/l.
3. Wspólna, publiczna baza pomiarów prowadzona przez klaster — dane z tego raportu są w załączniku.

## Ograniczenia raportu

Pomiary miesięczne nie chwytają krótkich zrzutów po awariach pompowni ani wpływu roztopów. Dla dwóch
najważniejszych punktów proponujemy ciągły pomiar przewodności elektrycznej, który pozwala szacować stężenie
chlorków co kilkanaście minut.""",
        "authors": ["roman.pielorz@scbwk.example", "wojciech.gawlik@poczta.example"],
        "organisations": ["scbwk"],
        "competences": ["odsalanie-wod-kopalnianych", "renaturyzacja-rzek", "monitoring-wod-podziemnych"],
        "visibility": "public",
        "status": "published",
        "days_ago": 140,
    },
    {
        "kind": "guide",
        "title": "Poradnik: jak gmina może przygotować program wymiany kotłów węglowych",
        "summary": (
            "Krok po kroku: inwentaryzacja źródeł ciepła, wybór form wsparcia, współpraca z operatorem "
            "programu i mieszkańcami. Z doświadczeń trzech gmin klastra."
        ),
        "body": """## 1. Zacznij od inwentaryzacji

Bez wiedzy, ile i jakich kotłów jest w gminie, program będzie strzelaniem na ślepo. Dane z Centralnej Ewidencji
Emisyjności Budynków warto uzupełnić ankietą i wizjami terenowymi. W Radzionkowie okazało się, że pozaklasowych
kotłów jest o 30% więcej, niż wynikało z deklaracji.

## 2. Połącz źródła finansowania

Mieszkańcy mogą korzystać z programu „Czyste Powietrze”, a gmina może dołożyć własną dotację lub punkt
konsultacyjny. Najlepiej działa pakiet: doradca energetyczny + pomoc w złożeniu wniosku + lista sprawdzonych
wykonawców.

## 3. Wybierz kolejność

Największy efekt daje wymiana w zwartej zabudowie, gdzie smog gromadzi się w dolinach i między kamienicami. Tam,
gdzie jest sieć ciepłownicza, podłączenie jest zwykle tańsze od pompy ciepła.

## 4. Nie zapominaj o termomodernizacji

Pompa ciepła w nieocieplonym domu to wysokie rachunki i rozczarowani mieszkańcy. Audyt energetyczny przed
wymianą źródła pozwala zaplanować kolejność prac.

## 5. Mierz efekty

Sieć czujników pyłu PM2,5 przed i po programie pokazuje mieszkańcom, że warto. Publikujcie wyniki co kwartał.

## Typowe błędy

- zbyt krótki nabór, ogłoszony w sezonie grzewczym;
- brak kontroli, czy stary kocioł został faktycznie zezłomowany;
- jedna forma wsparcia dla wszystkich, bez pomocy dla osób starszych.""",
        "authors": ["damian.szafarczyk@cieplosfera.example", "beata.klosek@gmina-radzionkow.example"],
        "organisations": ["cieplosfera", "gmina-radzionkow"],
        "competences": ["wymiana-zrodel-ciepla", "programy-ochrony-powietrza", "fundusze-ochrony-srodowiska"],
        "visibility": "public",
        "status": "published",
        "days_ago": 330,
        "revisions": [
            {"by": "damian.szafarczyk@cieplosfera.example", "note": "Pierwsza wersja.", "drop_last": 2},
            {"by": "beata.klosek@gmina-radzionkow.example", "note": "Doświadczenia Radzionkowa.", "drop_last": 1},
        ],
        "final_note": "Dodano typowe błędy.",
    },
    {
        "kind": "case_study",
        "title": "Studium przypadku: 412 kotłów mniej w Radzionkowie w dwa sezony",
        "summary": (
            "Gmina, operator programu i fundacja zajmująca się jakością powietrza wspólnie przeprowadzili "
            "mieszkańców przez wymianę źródeł ciepła. Cel, partnerzy, zasoby, wyniki i wnioski."
        ),
        "body": """## Cel

Wymiana co najmniej 350 pozaklasowych kotłów węglowych w domach jednorodzinnych w ciągu dwóch sezonów grzewczych
i wyraźna poprawa jakości powietrza w dzielnicach o zwartej zabudowie.

## Partnerzy

- Gmina Radzionków — lider, punkt konsultacyjny i dotacja gminna;
- Ciepłosfera Sp. z o.o. — operator programu, doradcy energetyczni;
- Fundacja Przejrzyste Powietrze — sieć czujników i edukacja mieszkańców.

## Zaangażowane zasoby

- gmina: 1,2 mln zł dotacji i dwa etaty w punkcie konsultacyjnym;
- operator: 180 osobodni doradztwa;
- fundacja: 25 czujników PM2,5 i 14 spotkań z mieszkańcami.

## Rezultaty

Wymieniono 412 kotłów: 238 na pompy ciepła, 121 na kotły gazowe, 53 budynki podłączono do sieci ciepłowniczej. W
180 domach wykonano także docieplenie.

## Liczby

Średnie stężenie PM2,5 w sezonie grzewczym spadło z 41 do 29 µg/m³. Liczba dni z przekroczeniem poziomu dobowego
PM10 spadła z 54 do 31.

## Wnioski

Najskuteczniejsze okazały się wizyty doradcy w domu — połowa wniosków powstała dzięki nim. Czujniki na szkołach
przekonały więcej osób niż ulotki. Trudniej było z najemcami mieszkań komunalnych, dla których potrzebny jest
osobny program.

W kolejnym etapie gmina chce objąć programem kamienice w centrum, gdzie zamiast pomp ciepła planowane jest
rozszerzenie sieci ciepłowniczej.""",
        "authors": ["beata.klosek@gmina-radzionkow.example", "ewa.szoltysek@przejrzyste-powietrze.example"],
        "organisations": ["gmina-radzionkow", "cieplosfera", "przejrzyste-powietrze"],
        "competences": ["wymiana-zrodel-ciepla", "monitoring-powietrza", "pompy-ciepla"],
        "visibility": "public",
        "status": "published",
        "days_ago": 95,
    },
    {
        "kind": "good_practice",
        "title": "Sieć tanich czujników PM2,5 na szkołach: jak ją zbudować i utrzymać",
        "summary": (
            "Czujniki optyczne kosztują ułamek stacji referencyjnej. Pokazujemy, jak je kalibrować, gdzie "
            "montować i jak publikować dane, żeby były wiarygodne i zrozumiałe."
        ),
        "body": """## Po co

Stacje państwowego monitoringu są rzadkie: w wielu miastach regionu jedna stacja przypada na kilkadziesiąt
tysięcy mieszkańców. Czujniki niskokosztowe pozwalają zobaczyć różnice między dzielnicami i efekty wymiany
kotłów.

## Kalibracja

Czujniki optyczne przeszacowują stężenia przy wysokiej wilgotności. Przed montażem każdy czujnik przez dwa
tygodnie pracuje obok stacji referencyjnej, a potem stosujemy współczynniki korekcyjne zależne od wilgotności.
Co roku powtarzamy porównanie dla 10% czujników.

## Gdzie montować

Na wysokości 3–4 m, z dala od kominów i wylotów wentylacji, najlepiej na budynkach szkół: jest prąd, internet i
opiekun na miejscu. Uczniowie chętnie analizują dane na lekcjach.

## Publikacja danych

Mapa na stronie gminy pokazuje średnie godzinowe, a nie chwilowe odczyty. Kolory według indeksu jakości
powietrza zawsze opisujemy słownie, bo nie wszyscy rozróżniają barwy.

## Utrzymanie

- wymiana czujnika co 3–4 lata;
- automatyczny alarm, gdy czujnik milczy dłużej niż 6 godzin;
- opiekun w każdej szkole i kontakt do fundacji.

## Efekty

W Siemianowicach Śląskich 30 czujników pokazało, że najgorsze powietrze jest nie w centrum, lecz na osiedlu
domów jednorodzinnych w dolinie. Tam skierowano pierwszy nabór programu wymiany kotłów.""",
        "authors": ["kinga.ryszka@envirosens.example", "ewa.szoltysek@przejrzyste-powietrze.example"],
        "organisations": ["envirosens", "przejrzyste-powietrze"],
        "competences": ["monitoring-powietrza", "programy-ochrony-powietrza"],
        "visibility": "public",
        "status": "published",
        "days_ago": 230,
    },
    {
        "kind": "guide",
        "title": "Poradnik: remediacja terenów po koksowniach — WWA, BTEX i cyjanki",
        "summary": (
            "Co zwykle kryje grunt pod dawną koksownią, jak zaplanować rozpoznanie i które metody remediacji "
            "sprawdzają się w warunkach śląskich. Dla inwestorów i gmin."
        ),
        "body": """## Czego się spodziewać

Grunt pod dawną koksownią to przede wszystkim wielopierścieniowe węglowodory aromatyczne (WWA) ze smoły, benzen,
toluen i ksyleny (BTEX), fenole, cyjanki z oczyszczalni gazu oraz metale. Najgorsze miejsca to okolice sortowni
smoły, zbiorników benzolu i dawnych stawów osadowych.

## Rozpoznanie

Siatka odwiertów o boku 25–50 m to za mało: zanieczyszczenia koksownicze są punktowe. Warto zacząć od analizy
historycznych map zakładu i zdjęć lotniczych, a dopiero potem zagęszczać odwierty w miejscach dawnych
instalacji. Obowiązkowe są piezometry — WWA i BTEX często tworzą fazę wolną na zwierciadle wody.

## Metody

- **biodegradacja w pryzmach** dla gruntów z lżejszymi WWA — 6–12 miesięcy, tanio, ale nie działa na benzo(a)piren;
- **desorpcja termiczna** dla gleb silnie zanieczyszczonych — szybko i skutecznie, drogo;
- **stabilizacja** cementem z dodatkami sorpcyjnymi dla gruntów, które zostają pod zabudową;
- **pump & treat** lub bariery reaktywne dla wód podziemnych.

## Prawo

Zgodnie z przepisami o historycznym zanieczyszczeniu powierzchni ziemi plan remediacji uzgadnia regionalny
dyrektor ochrony środowiska. Uzgodnienie trwa zwykle 3–6 miesięcy — warto to uwzględnić w harmonogramie
inwestycji.

## Bezpieczeństwo prac

Prace ziemne na terenie pokoksowniczym wymagają pomiarów benzenu w powietrzu na stanowiskach pracy i planu
postępowania z odorami, o którym warto wcześniej poinformować sąsiadów.""",
        "authors": ["tadeusz.hajduk@mikrobion.example", "andrzej.mazur@irgw.example"],
        "organisations": ["mikrobion", "irgw"],
        "competences": ["tereny-pokoksownicze", "biodegradacja-weglowodorow", "historyczne-zanieczyszczenia-prawo"],
        "visibility": "public",
        "status": "published",
        "days_ago": 190,
    },
    {
        "kind": "case_study",
        "title": "Studium przypadku: likwidacja stawu smołowego przy dawnej koksowni w Zabrzu (etap I)",
        "summary": (
            "Pierwszy etap prac przy stawie smołowym: rozpoznanie, próby technologiczne i wybór metody. "
            "Dane szczegółowe tylko dla członków klastra."
        ),
        "body": """## Cel

Przygotowanie bezpiecznej i możliwej do sfinansowania metody likwidacji stawu z odpadami smołowymi o powierzchni
ok. 1,1 ha i głębokości do 4 m, położonego 300 m od zabudowy mieszkaniowej.

## Partnerzy

- Mikrobion Remediacje — kierowanie pracami i próby biodegradacji;
- Instytut Remediacji Gruntów i Wód — rozpoznanie i modelowanie przepływu wód podziemnych;
- Laboratorium Geoanalit — ponad 300 analiz próbek.

## Zaangażowane zasoby

Poletko doświadczalne instytutu, 60 osobodni pracy laboratorium, wiertnica i piezometry partnerów.

## Rezultaty

Rozpoznanie wykazało trzy warstwy: wierzchnią skorupę smołową, półpłynną smołę z wodą i zanieczyszczony grunt
pod dnem. Próby pokazały, że smoły nie da się biodegradować w rozsądnym czasie, natomiast grunt pod dnem — tak.

## Liczby

Objętość odpadów: ok. 32 tys. m³, w tym 9 tys. m³ smoły nadającej się do odzysku energetycznego. Stężenie
benzo(a)pirenu w gruncie pod dnem: do 180 mg/kg.

## Wnioski

Rekomendowany wariant łączy wydobycie smoły do współspalania, biodegradację gruntu spod dna w pryzmach i barierę
reaktywną na odpływie wód podziemnych. Kluczowe okazało się wczesne uzgodnienie z RDOŚ — oszczędziło to co
najmniej pół roku.

Etap II, czyli same prace likwidacyjne, wymaga finansowania zewnętrznego; partnerzy przygotowują wspólny
wniosek.""",
        "authors": ["tadeusz.hajduk@mikrobion.example"],
        "organisations": ["mikrobion", "irgw", "geoanalit"],
        "competences": ["stawy-smolowe", "tereny-pokoksownicze", "biodegradacja-weglowodorow"],
        "visibility": "members",
        "status": "published",
        "days_ago": 60,
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: odcieki składowiskowe — odwrócona osmoza czy SBR z węglem aktywnym?",
        "summary": (
            "Porównanie dwóch najczęstszych układów oczyszczania odcieków z zamkniętych kwater: skuteczność "
            "usuwania azotu amonowego i ChZT, koszty, koncentrat i eksploatacja."
        ),
        "body": """## Odcieki starych kwater

Odcieki z kwater zamkniętych kilkanaście lat temu mają mało łatwo rozkładalnej materii organicznej, za to
wysokie stężenia azotu amonowego (do 2 000 mg/l), chlorków i substancji humusowych. Klasyczna oczyszczalnia
komunalna przyjmuje je niechętnie.

## Wariant A: odwrócona osmoza

- usuwa 95–99% zanieczyszczeń, permeat można odprowadzić do rzeki;
- problemem jest koncentrat (20–30% objętości), który zawraca się na składowisko lub odparowuje;
- koszt eksploatacji: 25–40 zł/m³, głównie energia i membrany.

## Wariant B: SBR + węgiel aktywny

- reaktor sekwencyjny z nitryfikacją i denitryfikacją usuwa azot amonowy; trzeba dozować zewnętrzne źródło węgla
  (np. metanol lub glicerynę odpadową);
- węgiel aktywny usuwa ChZT trudno rozkładalne i barwę;
- brak koncentratu, ale wrażliwość na niską temperaturę zimą;
- koszt eksploatacji: 15–25 zł/m³.

## Jak wybrać

Gdy odbiornikiem jest mała rzeka o wysokich wymaganiach, lepsza jest osmoza. Gdy odcieki trafiają do kanalizacji
po podczyszczeniu, wystarczy SBR. W obu przypadkach warto najpierw ograniczyć ilość odcieków, uszczelniając
przykrycie kwater.

## Doświadczenia z Brzezin

Po uszczelnieniu przykrycia dwóch kwater ilość odcieków spadła o 35%, co pozwoliło zmniejszyć projektowaną
instalację i obniżyć koszt inwestycji o jedną czwartą.""",
        "authors": ["janusz.cichon@kzo-brzeziny.example", "iwona.bugla@wodociagi-brynica.example"],
        "organisations": ["kzo-brzeziny", "wodociagi-brynica"],
        "competences": ["odcieki-skladowiskowe", "skladowiska-odpadow", "scieki-przemyslowe"],
        "visibility": "public",
        "status": "published",
        "days_ago": 120,
        "revisions": [
            {"by": "janusz.cichon@kzo-brzeziny.example", "note": "Pierwsza wersja porównania.", "drop_last": 1},
        ],
        "final_note": "Dodano doświadczenia z Brzezin.",
    },
    {
        "kind": "guide",
        "title": "Poradnik: ogrody deszczowe i niecki chłonne na terenach poprzemysłowych",
        "summary": (
            "Rozwiązania oparte na przyrodzie zatrzymują deszcz tam, gdzie spadł. Jak je zaprojektować, gdy "
            "grunt bywa zanieczyszczony, a podłoże naruszone przez eksploatację górniczą."
        ),
        "body": """## Dlaczego

Kanalizacja ogólnospławna w miastach regionu nie nadąża za nawalnymi deszczami: przelewy burzowe zrzucają ścieki
do rzek, a ulice są zalewane. Ogrody deszczowe i niecki chłonne zatrzymują wodę lokalnie, chłodzą miasto i
tworzą siedliska.

## Najpierw zbadaj grunt

Na terenach poprzemysłowych infiltracja przez zanieczyszczony grunt może przenieść metale lub węglowodory do wód
podziemnych. Przed projektem warto wykonać podstawowe analizy gleby. Gdy grunt jest zanieczyszczony, stosuje się
ogród deszczowy w szczelnej niecce z drenażem do kanalizacji — woda jest oczyszczana przez rośliny i podłoże,
ale nie wsiąka.

## Szkody górnicze

Na terenach górniczych niecki projektuje się z zapasem spadków, bo osiadania mogą odwrócić kierunek odpływu.
Geomembrany muszą mieć zapas na odkształcenia.

## Rośliny

Gatunki znoszące zarówno zalanie, jak i suszę: kosaciec syberyjski, tojeść pospolita, turzyce, sadziec
konopiasty, a na skarpach trawy. Na podłożach z metalami sprawdzają się gatunki z muraw galmanowych.

## Utrzymanie

Pierwsze dwa lata — podlewanie w suszy i pielenie. Potem przegląd dwa razy w roku i usuwanie osadów z wlotów.

## Przykład

W Chorzowie trzy ogrody deszczowe przy szkole przejmują wodę z 1 200 m² dachów. Podczas ulewy w czerwcu
zatrzymały ok. 40 m³ wody.""",
        "authors": ["michal.wilk@gup-katowice.example"],
        "organisations": ["bzi-chorzow", "gup-katowice"],
        "competences": ["zielono-niebieska-infrastruktura", "wody-opadowe", "miejska-wyspa-ciepla"],
        "visibility": "public",
        "status": "published",
        "days_ago": 75,
    },
    {
        "kind": "guide",
        "title": "Poradnik dla działkowców: bezpieczne uprawy na glebach z kadmem i ołowiem",
        "summary": (
            "Co uprawiać, a czego unikać na działkach w pobliżu dawnych hut i hałd. Proste zasady, które "
            "zmniejszają ilość metali w warzywach i w kurzu przynoszonym do domu."
        ),
        "body": """## Sprawdź glebę

Analiza zawartości kadmu, ołowiu i cynku oraz odczynu (pH) kosztuje kilkadziesiąt złotych za próbkę.
Stowarzyszenie działkowców może zamówić badania dla wszystkich działek taniej. Bez wyników nie da się ocenić
ryzyka.

## Podnieś pH

Metale są najmniej dostępne dla roślin przy pH 6,5–7. Wapnowanie co 3–4 lata to najtańszy sposób na zmniejszenie
ich ilości w warzywach.

## Wybieraj rośliny z głową

- **bezpieczniejsze**: pomidory, ogórki, fasola, groch, dynie, owoce krzewów i drzew — metale gromadzą się w
  nich najmniej;
- **ostrożnie**: ziemniaki (obierać), marchew, buraki;
- **unikać**: sałaty, szpinaku, rzodkiewek, selera, pietruszki naciowej — gromadzą najwięcej kadmu.

## Podnieś grządki

Grządki podwyższone z czystą ziemią i geowłókniną oddzielającą od podłoża to pewne rozwiązanie dla warzyw
liściowych.

## Higiena

Myj warzywa dokładnie, zdejmuj zewnętrzne liście, zostawiaj buty robocze na działce. Dzieci nie powinny bawić
się na gołej ziemi — najlepiej przykryć ją trawnikiem albo korą.

## Gdzie szukać pomocy

Członkowie klastra wykonują analizy gleby i doradzają przy wapnowaniu. Dane z badań ogrodów w Piekarach Śląskich
i Świętochłowicach są opisane w osobnym raporcie. Stowarzyszenie prowadzi też dyżury, na których można
porozmawiać z gleboznawcą o wynikach własnej działki.""",
        "authors": ["henryk.pawlas@zdrowa-grzadka.example", "zofia.badura@poczta.example"],
        "organisations": ["zdrowa-grzadka"],
        "competences": ["bezpieczne-uprawy", "fitostabilizacja", "analizy-laboratoryjne"],
        "visibility": "public",
        "status": "published",
        "days_ago": 400,
        "revisions": [
            {
                "by": "henryk.pawlas@zdrowa-grzadka.example",
                "note": "Wersja robocza dla zarządu stowarzyszenia.",
                "drop_last": 2,
                "title": "Bezpieczne uprawy na działkach przy hucie",
            },
            {"by": "zofia.badura@poczta.example", "note": "Poprawki merytoryczne i lista roślin.", "drop_last": 1},
        ],
        "final_note": "Dodano informację o raporcie z badań gleb.",
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: przepuszczalne bariery reaktywne z żelazem metalicznym",
        "summary": (
            "Bariera w gruncie oczyszcza płynące przez nią wody podziemne bez pompowania. Dla jakich "
            "zanieczyszczeń, jak ją zaprojektować i jak długo działa."
        ),
        "body": """## Zasada

Przepuszczalna bariera reaktywna to rów lub ciąg studni wypełnionych materiałem, który reaguje z
zanieczyszczeniami niesionymi przez wody podziemne. Woda przepływa przez barierę siłą naturalnego spadku, więc
nie trzeba jej pompować.

## Wypełnienia

- **żelazo metaliczne (Fe⁰)** — rozkłada chlorowane rozpuszczalniki, redukuje chrom(VI), wiąże arsen;
- **węgiel aktywny** — sorbuje BTEX i część WWA;
- **apatyt i wapień** — wiążą ołów, cynk i kadm, podnoszą pH kwaśnych wód;
- **kompost** — wspiera redukcję siarczanów i strącanie metali.

## Projekt

Podstawą jest dobre rozpoznanie kierunku i prędkości przepływu wód podziemnych: bariera ominięta przez strumień
zanieczyszczeń nic nie da. Grubość warstwy reaktywnej dobiera się do czasu kontaktu, zwykle 1–2 m. Często
stosuje się układ „lej i brama” — szczelne ścianki kierują wodę do krótkiej bramy reaktywnej.

## Trwałość

Żelazo traci aktywność przez pasywację i wytrącanie węglanów; typowa trwałość to 10–20 lat. Monitoring
piezometrami przed i za barierą jest obowiązkowy przez cały okres działania.

## Koszt

Od 3 do 10 tys. zł za metr bieżący bariery o głębokości do 10 m. Koszt eksploatacji jest niski w porównaniu z
pompowaniem i oczyszczaniem wód, dlatego bariera zwykle zwraca się po kilku latach działania.""",
        "authors": ["katarzyna.lis@irgw.example"],
        "organisations": ["irgw"],
        "competences": ["bariery-reaktywne", "oczyszczanie-wod-podziemnych", "monitoring-wod-podziemnych"],
        "visibility": "public",
        "status": "published",
        "days_ago": 155,
    },
    {
        "kind": "guide",
        "title": "Poradnik: jak przygotować teren poprzemysłowy pod inwestycję (brownfield)",
        "summary": (
            "Od historii terenu do pozwolenia na budowę: kolejność badań, decyzji i prac, które pozwalają "
            "uniknąć niespodzianek w gruncie i w urzędach."
        ),
        "body": """## 1. Historia terenu

Stare mapy, zdjęcia lotnicze i dokumenty zakładu mówią, gdzie stały instalacje, zbiorniki i składowiska. To
najtańszy etap i oszczędza wiele odwiertów.

## 2. Rozpoznanie zanieczyszczeń

Badania gleby, ziemi i wód podziemnych wykonuje się według rozporządzenia o ocenie zanieczyszczenia powierzchni
ziemi. Na terenach górniczych trzeba dodać rozpoznanie płytkich wyrobisk i prognozę deformacji.

## 3. Ocena ryzyka i plan remediacji

Nie każdy teren trzeba oczyszczać do poziomu dla terenów mieszkaniowych. Ocena ryzyka dla planowanego sposobu
użytkowania (np. hala magazynowa) pozwala ograniczyć koszty. Plan remediacji uzgadnia regionalny dyrektor
ochrony środowiska.

## 4. Decyzje i finansowanie

Warto równolegle przygotować decyzję o środowiskowych uwarunkowaniach i wniosek o dofinansowanie. Fundusz
Sprawiedliwej Transformacji wspiera przygotowanie terenów pogórniczych pod nowe miejsca pracy.

## 5. Prace i odbiór

Remediację odbiera się badaniami potwierdzającymi osiągnięcie celów. Dokumentację trzeba przechowywać — przyda
się kolejnym nabywcom.

## Typowe pułapki

- nieznane fundamenty i kanały pod powierzchnią;
- odpady zakopane poza dawnym ogrodzeniem zakładu;
- brak ustaleń, kto odpowiada za historyczne zanieczyszczenie — sprzedający czy gmina.

Członkowie klastra pomagają na każdym etapie: od kwerendy archiwalnej, przez badania i ocenę ryzyka, po
doradztwo prawne i przygotowanie wniosku o dofinansowanie.""",
        "authors": ["rafal.skrzypiec@brownfield-silesia.example", "aleksandra.tomczyk@poczta.example"],
        "organisations": ["brownfield-silesia", "kancelaria-wk"],
        "competences": [
            "tereny-inwestycyjne-brownfield",
            "rozpoznanie-zanieczyszczen",
            "historyczne-zanieczyszczenia-prawo",
        ],
        "visibility": "public",
        "status": "published",
        "days_ago": 280,
    },
    {
        "kind": "good_practice",
        "title": "Ochrona muraw galmanowych podczas rekultywacji zwałowiska w Bytomiu",
        "summary": (
            "Murawy na odpadach cynkowo-ołowiowych są siedliskiem rzadkich roślin. Jak pogodzić "
            "zabezpieczenie zwałowiska z ich zachowaniem — doświadczenia fundacji i wykonawcy."
        ),
        "body": """## Unikatowe siedlisko

Murawy galmanowe rosną tylko na podłożach bogatych w cynk i ołów. Żyją tam gatunki, które gdzie indziej nie
wytrzymują konkurencji: fiołek galmanowy, rzeżucha Hallera, goździk kartuzek. Klasyczna rekultywacja —
przykrycie ziemią i obsianie trawą — niszczy je całkowicie.

## Co zrobiliśmy

Przed pracami wykonaliśmy inwentaryzację przyrodniczą i wyznaczyliśmy trzy płaty muraw o łącznej powierzchni 0,8
ha, które pozostały nienaruszone. Prace zabezpieczające skoncentrowano na skarpach z aktywną erozją, a na
płaskiej części zwałowiska zrezygnowano z przykrycia.

Z płatów przeznaczonych do przykrycia przenieśliśmy darń z roślinami galmanowymi na nowo uformowane, odsłonięte
fragmenty odpadów.

## Wyniki

Po dwóch latach 70% przeniesionej darni przetrwało, a fiołek galmanowy pojawił się samoistnie na dwóch nowych
stanowiskach. Erozja skarp została zatrzymana.

## Wnioski

Najważniejsza była rozmowa przyrodników z wykonawcą przed przetargiem, a nie w trakcie prac. Zapisy o ochronie
płatów muraw trafiły do specyfikacji zamówienia, dzięki czemu nie było sporów o dodatkowe koszty.

## Dalsze kroki

Fundacja co roku liczy stanowiska fiołka galmanowego i usuwa nalot brzozy, który bez koszenia zarósłby murawy w
ciągu kilkunastu lat. Gmina rozważa objęcie terenu ochroną jako użytku ekologicznego.""",
        "authors": ["dorota.gajda@nowa-zielen.example", "hanna.rduch@poczta.example"],
        "organisations": ["nowa-zielen"],
        "competences": ["siedliska-poprzemyslowe", "inwentaryzacje-przyrodnicze", "rekultywacja-hald"],
        "visibility": "public",
        "status": "published",
        "days_ago": 45,
    },
    {
        "kind": "report",
        "title": "Raport: potencjał ciepła z wód kopalnianych w Zabrzu i Bytomiu",
        "summary": (
            "Ile ciepła niosą wody pompowane ze zlikwidowanych kopalń, gdzie są odbiorcy i jakie pompy ciepła "
            "to wykorzystają. Wstępna ocena dla pięciu pompowni."
        ),
        "body": """## Zakres

Ocena objęła pięć pompowni odwadniających zlikwidowane kopalnie w Zabrzu i Bytomiu. Dla każdej zebraliśmy dane o
wydatku, temperaturze i składzie wody oraz o odbiorcach ciepła w promieniu 2 km.

## Wyniki

- łączny wydatek pompowni: ok. 85 m³/min, temperatura wody 18–26°C;
- teoretyczny potencjał cieplny przy schłodzeniu wody o 8 K: ok. 45 MW;
- realnie wykorzystywany potencjał, z uwzględnieniem odbiorców w pobliżu: 8–12 MW;
- najlepsze warunki ma pompownia w Zabrzu, 600 m od osiedla zasilanego z ciepłowni węglowej.

## Technologia

Sprężarkowe pompy ciepła o mocy 1–3 MW z wymiennikami odpornymi na zasolenie i osady żelaza. Przy temperaturze
zasilania sieci 70°C współczynnik efektywności wynosi ok. 3,2. Niezbędne jest podczyszczanie wody (usuwanie
żelaza) przed wymiennikiem.

## Bariery

Pompownie mogą zostać wyłączone, jeśli zmieni się strategia odwadniania — inwestor potrzebuje gwarancji
przepływu na 15–20 lat. Potrzebne są też porozumienia między spółką odwadniającą, gminą i przedsiębiorstwem
ciepłowniczym.

## Rekomendacje

Studium wykonalności dla pompowni w Zabrzu i rozmowy o długoterminowej umowie na odbiór wody. Warto też
sprawdzić, czy ciepło można magazynować latem w zatopionych wyrobiskach i oddawać zimą.""",
        "authors": ["roman.pielorz@scbwk.example", "jakub.nowara@sats-gliwice.example"],
        "organisations": ["scbwk", "sats-gliwice"],
        "competences": ["cieplo-z-wod-kopalnianych", "pompy-ciepla", "cieplownictwo-systemowe"],
        "visibility": "members",
        "status": "published",
        "days_ago": 30,
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: monitoring osiadań terenu metodą satelitarnej interferometrii radarowej (InSAR)",
        "summary": (
            "Zdjęcia radarowe z satelitów pokazują ruchy terenu z dokładnością do milimetrów na dużych "
            "obszarach. Możliwości, ograniczenia i łączenie z niwelacją naziemną."
        ),
        "body": """## Co mierzy

Interferometria radarowa porównuje fazę sygnału z kolejnych przelotów satelity. Z serii kilkudziesięciu zdjęć
wyznacza się prędkość i historię przemieszczeń pionowych punktów na powierzchni — budynków, dróg, nasypów.

## Dane

Zdjęcia z satelitów programu Copernicus są bezpłatne, wykonywane co 6–12 dni. Komercyjne zdjęcia o wyższej
rozdzielczości kosztują, ale dają więcej punktów w zabudowie.

## Dokładność

- prędkość osiadań: do 1–2 mm/rok;
- gęstość punktów: setki na km² w miastach, mało na terenach zalesionych i rolnych;
- trudne do uchwycenia są szybkie ruchy, np. zapadliska powstające w ciągu dni.

## Zastosowania w regionie

Mapy osiadań nad czynnymi i zlikwidowanymi kopalniami, wczesne wykrywanie ruchów nad płytkimi wyrobiskami,
kontrola stateczności hałd i nasypów.

## Łączenie z pomiarami naziemnymi

InSAR nie zastępuje niwelacji, ale pokazuje, gdzie ją zagęścić. Najlepsze wyniki daje połączenie: satelita dla
całej gminy, niwelacja i czujniki na kilku budynkach w obszarach ryzyka.

## Koszt

Analiza dla obszaru jednej gminy z danych bezpłatnych: 15–40 tys. zł, z aktualizacją co roku. Wyniki najlepiej
udostępniać jako warstwę w gminnym systemie informacji przestrzennej, obok map terenów górniczych.""",
        "authors": ["monika.kurpas@geosonda.example", "bartosz.kolorz@poczta.example"],
        "organisations": ["geosonda"],
        "competences": ["monitoring-deformacji-terenu", "szkody-gornicze", "teledetekcja-i-drony"],
        "visibility": "public",
        "status": "published",
        "days_ago": 110,
    },
    {
        "kind": "guide",
        "title": "Poradnik: gminny program usuwania azbestu krok po kroku",
        "summary": (
            "Jak zinwentaryzować wyroby zawierające azbest, zebrać wnioski mieszkańców, zorganizować "
            "odbiór i rozliczyć dotację. Z doświadczeń Tarnowskich Gór."
        ),
        "body": """## Inwentaryzacja

Baza Azbestowa zawiera dane zgłoszone przez właścicieli, ale często są one nieaktualne. W Tarnowskich Górach
inwentaryzacja terenowa wykazała o 40% więcej pokryć niż baza. Warto ją zlecić raz, porządnie, z dokumentacją
zdjęciową.

## Nabór wniosków

Nabór ogłaszamy zimą, żeby prace ruszyły wiosną. Wniosek jest krótki: lokalizacja, rodzaj wyrobu, szacunkowa
ilość, zgoda na wejście na posesję. Pomagamy osobom starszym wypełnić go telefonicznie.

## Finansowanie

Program wojewódzkiego funduszu ochrony środowiska pokrywa koszty demontażu, transportu i unieszkodliwienia.
Gmina zwykle dokłada środki na nowe pokrycie dachu dla najuboższych — bez tego wiele osób rezygnuje.

## Wykonawca

Jeden wykonawca wybrany w przetargu dla całej gminy obniża koszty. W umowie zapisujemy obowiązek uprzedzenia
sąsiadów, zwilżania płyt przed demontażem i odbioru w ciągu 7 dni od zgłoszenia.

## Rozliczenie

Karty przekazania odpadów i protokoły odbioru trzeba zbierać od razu — bez nich dotacji nie da się rozliczyć.

## Wynik

W trzech naborach usunięto 11 tys. m² pokryć z 240 posesji. W bazie pozostało jeszcze ok. 7 tys. m², głównie na
budynkach gospodarczych, których właściciele nie mieszkają w gminie — do nich piszemy imiennie i proponujemy
pomoc w formalnościach.""",
        "authors": ["lukasz.mrozek@gmina-tarnowskie-gory.example"],
        "organisations": ["gmina-tarnowskie-gory"],
        "competences": ["usuwanie-azbestu", "fundusze-ochrony-srodowiska"],
        "visibility": "public",
        "status": "published",
        "days_ago": 250,
    },
    {
        "kind": "good_practice",
        "title": "Zalewisko pogórnicze jako mokradło: renaturyzacja brzegów w dolinie Brynicy",
        "summary": (
            "Zalewiska powstałe w nieckach osiadań mogą stać się cennymi mokradłami. Opisujemy, jak "
            "stowarzyszenie i związek gmin przywróciły roślinność brzegów i ograniczyły dzikie wysypiska."
        ),
        "body": """## Skąd zalewiska

Osiadanie terenu nad wyrobiskami tworzy niecki, które wypełnia woda opadowa i gruntowa. W dolinie Brynicy jest
ich kilkanaście. Część zarasta naturalnie, część zamienia się w dzikie wysypiska.

## Co zrobiliśmy

Na zalewisku o powierzchni 4 ha wyłagodziliśmy dwa fragmenty stromych brzegów, tworząc strefy płytkiej wody.
Posadziliśmy trzcinę, pałkę, tatarak i sit, a na skarpach — wierzby krzewiaste. Usunęliśmy 30 ton odpadów z
brzegów, a dojazd dla samochodów zamknęliśmy głazami.

Mieszkańcy pomogli przy sadzeniu w czasie trzech akcji społecznych; szkoła przejęła opiekę nad ścieżką edukacyjną.

## Wyniki

- po dwóch latach pas szuwarów ma długość 600 m;
- odnotowano lęgi perkozka, trzciniaka i łabędzia niemego;
- dzikie wysypiska nie wróciły — zbierają je tylko pojedyncze worki po weekendach.

## Ryzyka

Poziom wody w zalewisku zależy od odwadniania kopalń. Zanim zaplanujesz renaturyzację, sprawdź z hydrogeologiem
prognozę poziomu wód na najbliższe lata.

## Koszt

Ok. 180 tys. zł, w tym połowa z programu małych grantów wojewódzkiego funduszu. Pozostałą część pokryły gminy
związku oraz darczyńcy, a mieszkańcy przepracowali społecznie ponad 400 godzin.""",
        "authors": ["magdalena.cieslik@brynica-zyje.example", "grzegorz.kandzia@dolina-brynicy.example"],
        "organisations": ["brynica-zyje", "dolina-brynicy"],
        "competences": ["zalewiska-i-mokradla", "renaturyzacja-rzek", "rewitalizacja-spoleczna"],
        "visibility": "public",
        "status": "published",
        "days_ago": 20,
    },
    {
        "kind": "report",
        "title": "Raport: metale ciężkie w glebach ogrodów działkowych Piekar Śląskich i Świętochłowic",
        "summary": (
            "Wyniki 420 analiz gleb z sześciu rodzinnych ogrodów działkowych: zawartość kadmu, ołowiu i cynku, "
            "odczyn gleby i rekomendacje dla działkowców oraz gmin."
        ),
        "body": """## Metodyka

Próbki pobrano z warstwy 0–20 cm, po jednej zbiorczej próbce z działki, w latach 2024–2025. Oznaczono kadm, ołów
i cynk metodą ICP-OES po mineralizacji w wodzie królewskiej oraz pH w KCl. Laboratorium ma akredytację dla tych
metod.

## Wyniki

- kadm: mediana 12 mg/kg, maksimum 86 mg/kg;
- ołów: mediana 410 mg/kg, maksimum 2 900 mg/kg;
- cynk: mediana 1 650 mg/kg, maksimum 11 400 mg/kg;
- 78% działek przekracza wartości dopuszczalne dla terenów rolnych przynajmniej dla jednego metalu;
- pH poniżej 6 stwierdzono na 31% działek — tam ryzyko przechodzenia metali do warzyw jest największe.

## Rozkład przestrzenny

Najwyższe stężenia występują w ogrodach położonych w kierunku dominujących wiatrów od dawnych hut, w odległości
do 1,5 km. Ogrody dalej niż 3 km mają stężenia kilkukrotnie niższe.

## Rekomendacje

1. Wapnowanie wszystkich działek z pH poniżej 6,5.
2. Zakaz uprawy warzyw liściowych na działkach z kadmem powyżej 10 mg/kg, chyba że na grządkach podwyższonych.
3. Badania warzyw z wybranych działek w kolejnym sezonie.
4. Fitostabilizacja nieużytkowanych działek zamiast ich ugorowania.

Szczegółowe wyniki dla każdego ogrodu stowarzyszenia otrzymały w załącznikach.""",
        "authors": ["ewelina.kolodziej@geoanalit.example", "irena.kowalczyk@gup-katowice.example"],
        "organisations": ["geoanalit", "gup-katowice", "zdrowa-grzadka"],
        "competences": ["analizy-laboratoryjne", "bezpieczne-uprawy", "rozpoznanie-zanieczyszczen"],
        "visibility": "public",
        "status": "published",
        "days_ago": 12,
    },
    {
        "kind": "technology_sheet",
        "title": "Karta technologii: odzysk cynku i żelaza z wód odwadniających dawne kopalnie rud",
        "summary": (
            "Wstępny opis układu strącania selektywnego dla wód z wyrobisk rud cynku i ołowiu. "
            "Szkic do uzupełnienia o wyniki prób."
        ),
        "body": """## Problem

Wody odpływające z dawnych wyrobisk rud cynku i ołowiu w rejonie Tarnowskich Gór zawierają cynk (10–40 mg/l),
żelazo i siarczany. Zrzucane bez oczyszczania obciążają rzeki, a jednocześnie niosą metal, który można odzyskać.

## Proponowany układ

1. Napowietrzanie i strącanie żelaza jako wodorotlenku przy pH 4–5 — osad do wykorzystania jako pigment lub sorbent.
2. Podniesienie pH do 8–9 i strącanie cynku jako węglanu lub wodorotlenku.
3. Zagęszczanie i odwadnianie osadu cynkowego, który trafia do huty jako surowiec wtórny.

## Do sprawdzenia

Skład wody w różnych porach roku, czystość osadu cynkowego i zainteresowanie odbiorców.

## Wstępne szacunki

Przy przepływie 20 m³/min i stężeniu cynku 25 mg/l z wody można odzyskać około 260 ton cynku rocznie. Przy
obecnych cenach metalu i kosztach odczynników układ mógłby pokryć koszty eksploatacji, ale nie zwróci nakładów
inwestycyjnych bez dofinansowania. Korzyścią jest też poprawa stanu rzeki poniżej zrzutu.

## Partnerzy, których szukamy

Laboratorium do badań składu wody, hydrogeolog znający system odwadniania oraz huta gotowa przyjąć osad do
próbnego przerobu.""",
        "authors": ["zbigniew.nowrot@kruszec-eko.example"],
        "organisations": ["kruszec-eko"],
        "competences": ["odzysk-metali-z-wod-kopalnianych", "scieki-przemyslowe"],
        "visibility": "members",
        "status": "draft",
        "days_ago": 8,
    },
    {
        "kind": "case_study",
        "title": "Studium przypadku: termomodernizacja sześciu szkół w formule ESCO",
        "summary": (
            "Jak gmina z ograniczonym budżetem zleciła termomodernizację szkół firmie, która zarabia na "
            "oszczędnościach energii. Umowa, gwarancje i pierwsze wyniki."
        ),
        "body": """## Cel

Obniżenie zużycia energii w sześciu szkołach o co najmniej 40% bez jednorazowego wydatku z budżetu gminy.

## Partnerzy

- gmina — właściciel budynków i zamawiający;
- firma audytorska — audyty energetyczne i weryfikacja oszczędności;
- partner ESCO wybrany w dialogu konkurencyjnym.

## Zaangażowane zasoby

Partner ESCO sfinansował docieplenie, wymianę okien, pompy ciepła i fotowoltaikę (łącznie ok. 9 mln zł). Gmina
płaci przez 12 lat stałą część dotychczasowych rachunków.

## Rezultaty

Po pierwszym sezonie grzewczym zużycie energii spadło o 46%, a emisja CO₂ o 58%. Gwarantowany poziom
oszczędności został przekroczony.

## Liczby

Łączna powierzchnia ogrzewana: 21 400 m². Zużycie ciepła przed modernizacją: 148 kWh/m² rocznie, po pierwszym
sezonie: 79 kWh/m². Instalacje fotowoltaiczne o mocy 420 kWp pokrywają ok. 35% zapotrzebowania szkół na energię
elektryczną.

## Wnioski

Kluczowy jest rzetelny audyt wyjściowy i jasny sposób liczenia oszczędności przy zmiennej pogodzie. Umowa musi
przewidywać, co się dzieje przy zmianie sposobu użytkowania budynku.

## Dla kogo ta formuła

ESCO sprawdza się w budynkach o dużym zużyciu energii i przewidywalnym sposobie użytkowania: szkołach,
przedszkolach, urzędach. Dla małych obiektów koszty przygotowania umowy i weryfikacji oszczędności są zbyt duże
w stosunku do efektów.""",
        "authors": ["damian.szafarczyk@cieplosfera.example", "marcin.szymura@poczta.example"],
        "organisations": ["cieplosfera"],
        "competences": ["termomodernizacja", "ppp-i-esco", "audyty-energetyczne"],
        "visibility": "public",
        "status": "in_review",
        "days_ago": 3,
    },
    {
        "kind": "good_practice",
        "title": "Osady ściekowe do rekultywacji hałd: doświadczenia oczyszczalni w dolinie Brynicy",
        "summary": (
            "Oczyszczalnia przekazuje ustabilizowane osady do rekultywacji biologicznej hałd. Jak spełnić "
            "wymagania prawne i nie przenieść zanieczyszczeń na rekultywowany teren."
        ),
        "body": """## Dlaczego osady

Hałdy i zwałowiska potrzebują materii organicznej, żeby utrzymała się na nich roślinność. Ustabilizowane osady
ściekowe to jej tanie źródło, a dla oczyszczalni — sposób na zagospodarowanie osadów bez spalania.

## Wymagania

Osady stosowane do rekultywacji muszą spełniać limity metali ciężkich i wymagania sanitarne. Dawkę wylicza się z
analiz gleby i osadu. Przed każdą partią wykonujemy badania w akredytowanym laboratorium.

## Jak to robimy

Osad po fermentacji i odwodnieniu jest higienizowany wapnem i dojrzewa w pryzmach przez trzy miesiące. Na hałdę
trafia wiosną, rozścielany warstwą 3–5 cm i mieszany z wierzchnią warstwą odpadów, po czym od razu wysiewamy
trawy.

## Wyniki

W dwóch sezonach przekazaliśmy 2 400 ton osadu na 14 ha hałd. Na wszystkich powierzchniach trawy utrzymały się
po pierwszej zimie, a pokrycie roślinnością po dwóch latach przekracza 70%.

## Czego się nauczyliśmy

Osad trzeba rozścielać szybko i od razu przykrywać siewem — pozostawiony na powierzchni wysycha, pyli i
zniechęca sąsiadów zapachem. Lepiej też unikać stromych skarp, z których ulewy spłukują osad do rowów.
Harmonogram dostaw uzgadniamy z wykonawcą rekultywacji z kilkutygodniowym wyprzedzeniem.""",
        "authors": ["iwona.bugla@wodociagi-brynica.example"],
        "organisations": ["wodociagi-brynica"],
        "competences": ["osady-sciekowe", "rekultywacja-hald", "bioodpady"],
        "visibility": "public",
        "status": "returned",
        "days_ago": 15,
        "review_note": (
            "Proszę dopisać, jak kontrolujecie zawartość metali w glebie hałdy po kilku latach i czy osady "
            "nie zwiększają wymywania cynku. Przydałby się też koszt w złotych na hektar."
        ),
    },
]
