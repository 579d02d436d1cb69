"""Demo offers and applications of the Silesian cluster, as plain data (no Django).

Organisations and people are named by the slugs and e-mail addresses that seed_demo gives them.
Days are relative to the day of the load: `deadline_in` days ahead (negative: already past),
`published_ago` days back. Applications name the applicant by e-mail and the offer by its position.
"""

from typing import NotRequired, TypedDict


class OfferData(TypedDict):
    organisation: str
    author: str
    kind: str
    title: str
    description: str
    competences: list[str]
    city: str
    is_remote: bool
    working_time: str
    hours_note: str
    pay: NotRequired[tuple[int | None, int | None, str]]
    deadline_in: int
    published_ago: int
    event_url: NotRequired[str]
    closed_ago: NotRequired[int]


class ApplicationData(TypedDict):
    offer: int
    applicant: str
    message: str
    status: str
    cv_lines: list[str]


OFFERS: list[OfferData] = [
    {
        "organisation": "geoanalit",
        "author": "ewelina.kolodziej@geoanalit.example",
        "kind": "internship",
        "title": "Stażysta/stażystka w laboratorium analiz gleb",
        "description": (
            "Szukamy osoby na **trzymiesięczny staż** w dziale analiz gleb i gruntów.\n\n"
            "**Zadania:**\n\n"
            "- przygotowanie próbek gleby do oznaczeń metali (suszenie, przesiewanie, mineralizacja),\n"
            "- udział w oznaczeniach cynku, ołowiu i kadmu metodą ICP-OES,\n"
            "- prowadzenie dokumentacji zgodnie z systemem jakości PN-EN ISO/IEC 17025.\n\n"
            "**Oczekujemy:** studiów z chemii, ochrony lub inżynierii środowiska (ostatni rok albo absolwent), "
            "dokładności i chęci nauki. Zapewniamy opiekuna stażu i zaświadczenie o odbyciu stażu."
        ),
        "competences": ["analizy-laboratoryjne", "rozpoznanie-zanieczyszczen"],
        "city": "Chorzów",
        "is_remote": False,
        "working_time": "part_time",
        "hours_note": "30 godzin tygodniowo przez 3 miesiące",
        "pay": (3200, 3800, "month"),
        "deadline_in": 21,
        "published_ago": 6,
    },
    {
        "organisation": "akwadren",
        "author": "sebastian.kupka@akwadren.example",
        "kind": "job",
        "title": "Operator/ka stacji pomp wód kopalnianych",
        "description": (
            "Do pompowni głębinowej w Rudzie Śląskiej zatrudnimy operatora lub operatorkę stacji pomp.\n\n"
            "- obsługa i nadzór pomp głębinowych oraz rozdzielni średniego napięcia,\n"
            "- odczyty poziomów zwierciadła wody i prowadzenie dziennika pracy pompowni,\n"
            "- współpraca z dyspozytorem i służbami utrzymania ruchu.\n\n"
            "Mile widziane uprawnienia SEP do 1 kV i doświadczenie w zakładzie górniczym. "
            "Praca w systemie zmianowym, umowa o pracę, dodatek za pracę w nocy."
        ),
        "competences": ["odwadnianie-kopaln", "monitoring-wod-podziemnych"],
        "city": "Ruda Śląska",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "praca zmianowa w systemie czterobrygadowym",
        "pay": (6500, 7800, "month"),
        "deadline_in": 30,
        "published_ago": 9,
    },
    {
        "organisation": "fitoklar",
        "author": "agnieszka.musiol@fitoklar.example",
        "kind": "training",
        "title": "Szkolenie: fitoremediacja w praktyce",
        "description": (
            "Dwudniowe szkolenie dla pracowników gmin, firm rekultywacyjnych i studentów.\n\n"
            "**Dzień 1 (sala):** dobór gatunków do fitostabilizacji i fitoekstrakcji, wapnowanie i dodatki "
            "wiążące metale, bezpieczeństwo upraw na glebach zanieczyszczonych.\n\n"
            "**Dzień 2 (teren):** wizyta na rekultywowanej hałdzie w Piekarach Śląskich, pobieranie prób "
            "roślin i gleby, ocena pokrycia roślinnością.\n\n"
            "Udział bezpłatny dla członków klastra. Liczba miejsc ograniczona do 20 osób."
        ),
        "competences": ["fitostabilizacja", "fitoekstrakcja", "bezpieczne-uprawy"],
        "city": "Piekary Śląskie",
        "is_remote": False,
        "working_time": "flexible",
        "hours_note": "2 dni po 7 godzin, w tym zajęcia terenowe",
        "deadline_in": 14,
        "published_ago": 12,
        "event_url": "https://www.fitoklar.example/szkolenia/fitoremediacja-w-praktyce",
    },
    {
        "organisation": "termohald",
        "author": "piotr.brol@termohald.example",
        "kind": "job",
        "title": "Technik/techniczka monitoringu termicznego hałd (operator/ka drona)",
        "description": (
            "Dołącz do zespołu, który co tydzień sprawdza temperaturę kilkunastu hałd w Bytomiu i okolicy.\n\n"
            "- naloty dronem z kamerą termowizyjną i przygotowanie ortofotomap,\n"
            "- pomiary temperatury sondami w otworach kontrolnych,\n"
            "- raporty dla gmin i zarządców hałd.\n\n"
            "Wymagamy świadectwa kwalifikacji operatora BSP (lub gotowości do jego zdobycia na nasz koszt) "
            "i prawa jazdy kat. B."
        ),
        "competences": ["monitoring-termiczny-hald", "teledetekcja-i-drony"],
        "city": "Bytom",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (5500, 6800, "month"),
        "deadline_in": 25,
        "published_ago": 4,
    },
    {
        "organisation": "scbwk",
        "author": "roman.pielorz@scbwk.example",
        "kind": "assignment",
        "title": "Ekspertyza: model napływu wód do zlikwidowanej kopalni",
        "description": (
            "Zlecimy hydrogeologowi przygotowanie **modelu numerycznego napływu wód** do zatapianej kopalni "
            "w rejonie Bytomia wraz z prognozą czasu wypełnienia wyrobisk.\n\n"
            "Dane wejściowe (otwory obserwacyjne, mapy wyrobisk, dotychczasowe dopływy) udostępnimy. "
            "Oczekujemy raportu z wynikami i plikami modelu (MODFLOW lub równoważny)."
        ),
        "competences": ["zagrozenie-wodne-po-likwidacji", "gis-i-modelowanie", "odwadnianie-kopaln"],
        "city": "Katowice",
        "is_remote": True,
        "working_time": "flexible",
        "hours_note": "ok. 120 godzin w ciągu 6 tygodni",
        "pay": (18000, 24000, "total"),
        "deadline_in": 10,
        "published_ago": 8,
    },
    {
        "organisation": "solwod",
        "author": "leszek.bula@solwod.example",
        "kind": "apprenticeship",
        "title": "Kształcenie dualne: technik/techniczka technologii wody w stacji odwróconej osmozy",
        "description": (
            "Przyjmiemy dwoje uczniów technikum (zawód: technik technologii wody) na zajęcia praktyczne "
            "w ramach kształcenia dualnego.\n\n"
            "Uczniowie poznają pracę kontenerowej stacji odsalania wód kopalnianych: płukanie membran, "
            "dozowanie antyskalantów, pomiary przewodności i pobieranie próbek. Zapewniamy odzież roboczą "
            "i opiekuna praktyk."
        ),
        "competences": ["odsalanie-wod-kopalnianych", "uzdatnianie-wody"],
        "city": "Jaworzno",
        "is_remote": False,
        "working_time": "part_time",
        "hours_note": "2 dni w tygodniu w roku szkolnym",
        "pay": (900, 1400, "month"),
        "deadline_in": 45,
        "published_ago": 15,
    },
    {
        "organisation": "wodociagi-brynica",
        "author": "iwona.bugla@wodociagi-brynica.example",
        "kind": "apprenticeship",
        "title": "Praktyka zawodowa: operator/ka oczyszczalni ścieków",
        "description": (
            "Czterotygodniowa praktyka wakacyjna w oczyszczalni ścieków w Radzionkowie dla uczniów "
            "i studentów kierunków środowiskowych.\n\n"
            "- obsługa ciągu technologicznego i laboratorium zakładowego,\n"
            "- gospodarka osadowa: zagęszczanie, odwadnianie, higienizacja,\n"
            "- udział w przeglądach urządzeń.\n\n"
            "Praktykantom wypłacamy stypendium."
        ),
        "competences": ["oczyszczanie-sciekow-komunalnych", "osady-sciekowe"],
        "city": "Radzionków",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "4 tygodnie w lipcu, 8 godzin dziennie",
        "pay": (2000, 2000, "total"),
        "deadline_in": 40,
        "published_ago": 10,
    },
    {
        "organisation": "mikrobion",
        "author": "tadeusz.hajduk@mikrobion.example",
        "kind": "job",
        "title": "Kierownik/kierowniczka robót remediacyjnych (grunty zanieczyszczone ropopochodnymi)",
        "description": (
            "Poprowadzisz prace remediacyjne na terenach po stacjach paliw i zakładach chemicznych: "
            "biopryzmy, bioremediację in situ i systemy pump & treat.\n\n"
            "**Wymagania:** wykształcenie wyższe techniczne, co najmniej 3 lata doświadczenia w remediacji "
            "lub robotach ziemnych, znajomość przepisów o ochronie powierzchni ziemi. Uprawnienia budowlane "
            "będą atutem."
        ),
        "competences": ["biodegradacja-weglowodorow", "oczyszczanie-wod-podziemnych"],
        "city": "Sosnowiec",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (9000, 12000, "month"),
        "deadline_in": 28,
        "published_ago": 3,
    },
    {
        "organisation": "irgw",
        "author": "katarzyna.lis@irgw.example",
        "kind": "internship",
        "title": "Staż badawczy: testy kolumnowe materiałów do barier reaktywnych",
        "description": (
            "W projekcie badawczym testujemy materiały do przepuszczalnych barier reaktywnych "
            "(żelazo zerowartościowe, zeolity, biowęgiel). Stażysta lub stażystka będzie prowadzić "
            "testy kolumnowe, pobierać próbki odcieków i opracowywać wyniki.\n\n"
            "Staż można połączyć z pisaniem pracy magisterskiej."
        ),
        "competences": ["bariery-reaktywne", "oczyszczanie-wod-podziemnych"],
        "city": "Bytom",
        "is_remote": False,
        "working_time": "part_time",
        "hours_note": "20 godzin tygodniowo przez 4 miesiące",
        "pay": (3000, None, "month"),
        "deadline_in": 18,
        "published_ago": 11,
    },
    {
        "organisation": "gup-katowice",
        "author": "irena.kowalczyk@gup-katowice.example",
        "kind": "training",
        "title": "Szkolenie: ocena zanieczyszczenia powierzchni ziemi krok po kroku",
        "description": (
            "Jednodniowe szkolenie dla urzędników i wykonawców: jak zaplanować i przeprowadzić badania "
            "zanieczyszczenia powierzchni ziemi, jak pobierać próbki gleby i jak czytać wyniki wobec "
            "wartości dopuszczalnych.\n\n"
            "Prowadzą pracownicy Katedry Geochemii Środowiska. Uczestnicy otrzymują materiały i zaświadczenie."
        ),
        "competences": ["rozpoznanie-zanieczyszczen", "historyczne-zanieczyszczenia-prawo"],
        "city": "Katowice",
        "is_remote": True,
        "working_time": "flexible",
        "hours_note": "1 dzień, 8 godzin; możliwy udział zdalny",
        "deadline_in": 20,
        "published_ago": 5,
        "event_url": "https://www.gup-katowice.example/wydarzenia/ocena-zanieczyszczenia-gleby",
    },
    {
        "organisation": "envirosens",
        "author": "kinga.ryszka@envirosens.example",
        "kind": "job",
        "title": "Specjalista/specjalistka ds. sieci czujników jakości powietrza",
        "description": (
            "Wdrażamy sieci czujników pyłów PM10 i PM2,5 w gminach Śląska. Szukamy osoby, która:\n\n"
            "- zaplanuje rozmieszczenie czujników i skalibruje je względem stacji referencyjnych,\n"
            "- przygotuje mapy i raporty dla gmin (QGIS, Python),\n"
            "- poprowadzi spotkania z mieszkańcami o wynikach pomiarów.\n\n"
            "Praca hybrydowa: biuro w Gliwicach i wyjazdy do gmin."
        ),
        "competences": ["monitoring-powietrza", "gis-i-modelowanie"],
        "city": "Gliwice",
        "is_remote": True,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (7000, 9000, "month"),
        "deadline_in": 35,
        "published_ago": 2,
    },
    {
        "organisation": "geosonda",
        "author": "monika.kurpas@geosonda.example",
        "kind": "assignment",
        "title": "Zlecenie: interpretacja danych InSAR dla trzech gmin",
        "description": (
            "Potrzebujemy wsparcia przy interpretacji danych satelitarnych InSAR (Sentinel-1) "
            "o osiadaniu terenu w trzech gminach górniczych. Zakres: przetworzenie szeregów czasowych, "
            "wskazanie obszarów o przyspieszonym osiadaniu i krótka notatka dla każdej gminy."
        ),
        "competences": ["monitoring-deformacji-terenu", "teledetekcja-i-drony", "gis-i-modelowanie"],
        "city": "",
        "is_remote": True,
        "working_time": "flexible",
        "hours_note": "ok. 15 dni roboczych",
        "pay": (900, 1200, "day"),
        "deadline_in": 12,
        "published_ago": 7,
    },
    {
        "organisation": "gmina-bytom",
        "author": "sabina.dyrda@gmina-bytom.example",
        "kind": "internship",
        "title": "Staż w Wydziale Ochrony Środowiska: ewidencja hałd i terenów zdegradowanych",
        "description": (
            "Trzymiesięczny staż w urzędzie miasta. Stażysta lub stażystka pomoże zaktualizować gminną "
            "ewidencję hałd i zwałowisk: wizje w terenie, zdjęcia, uzupełnienie bazy danych i mapy GIS."
        ),
        "competences": ["rekultywacja-hald", "szkody-gornicze", "gis-i-modelowanie"],
        "city": "Bytom",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "3 miesiące, 40 godzin tygodniowo",
        "pay": (4300, 4300, "month"),
        "deadline_in": 16,
        "published_ago": 13,
    },
    {
        "organisation": "kzo-brzeziny",
        "author": "janusz.cichon@kzo-brzeziny.example",
        "kind": "job",
        "title": "Operator/ka instalacji odgazowania składowiska",
        "description": (
            "Obsługa instalacji ujmowania i spalania gazu składowiskowego oraz agregatu kogeneracyjnego, "
            "pomiary składu gazu, nadzór nad systemem odcieków. Szkolenie stanowiskowe zapewniamy."
        ),
        "competences": ["gaz-skladowiskowy", "odcieki-skladowiskowe"],
        "city": "Piekary Śląskie",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (6000, 7000, "month"),
        "deadline_in": 30,
        "published_ago": 14,
    },
    {
        "organisation": "cieplosfera",
        "author": "damian.szafarczyk@cieplosfera.example",
        "kind": "training",
        "title": "Szkolenie dla instalatorów: pompy ciepła w budynkach po termomodernizacji",
        "description": (
            "Praktyczne szkolenie dla instalatorów i audytorów: dobór pompy ciepła do budynku po "
            "termomodernizacji, współpraca z instalacją grzejnikową, rozliczenia w programie "
            "„Czyste Powietrze”. Część warsztatowa na stanowisku demonstracyjnym."
        ),
        "competences": ["pompy-ciepla", "termomodernizacja"],
        "city": "Siemianowice Śląskie",
        "is_remote": False,
        "working_time": "flexible",
        "hours_note": "2 dni po 6 godzin",
        "deadline_in": 25,
        "published_ago": 9,
    },
    {
        "organisation": "kruszec-eko",
        "author": "zbigniew.nowrot@kruszec-eko.example",
        "kind": "assignment",
        "title": "Krótkie zlecenie eksperckie: ocena zasobów cynku w osadnikach poflotacyjnych",
        "description": (
            "Zlecimy przegląd archiwalnych danych i przygotowanie szacunku zasobów cynku i ołowiu "
            "w dwóch osadnikach poflotacyjnych koło Tarnowskich Gór, z rekomendacją dalszych badań."
        ),
        "competences": ["osadniki-poflotacyjne", "odzysk-surowcow-krytycznych"],
        "city": "Tarnowskie Góry",
        "is_remote": True,
        "working_time": "flexible",
        "hours_note": "ok. 10 dni roboczych",
        "pay": (15000, 15000, "total"),
        "deadline_in": 15,
        "published_ago": 6,
    },
    {
        "organisation": "brownfield-silesia",
        "author": "rafal.skrzypiec@brownfield-silesia.example",
        "kind": "job",
        "title": "Koordynator/ka projektów rewitalizacji terenów pokoksowniczych",
        "description": (
            "Poprowadzisz przygotowanie terenów po dawnej koksowni do sprzedaży inwestorom: badania "
            "zanieczyszczeń, plan remediacji, uzgodnienia z RDOŚ i gminą, współpraca z wykonawcami."
        ),
        "competences": ["tereny-pokoksownicze", "tereny-inwestycyjne-brownfield", "stawy-smolowe"],
        "city": "Zabrze",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (10000, 13000, "month"),
        "deadline_in": 40,
        "published_ago": 1,
    },
    {
        "organisation": "nowa-zielen",
        "author": "dorota.gajda@nowa-zielen.example",
        "kind": "internship",
        "title": "Staż terenowy: inwentaryzacja przyrodnicza hałd w sezonie wegetacyjnym",
        "description": (
            "Szukamy osoby do pomocy przy inwentaryzacji roślinności i owadów na trzech hałdach w Rudzie "
            "Śląskiej. Nauczymy oznaczania gatunków muraw galmanowych i prowadzenia transektów."
        ),
        "competences": ["inwentaryzacje-przyrodnicze", "siedliska-poprzemyslowe"],
        "city": "Ruda Śląska",
        "is_remote": False,
        "working_time": "part_time",
        "hours_note": "3 dni w tygodniu, maj–wrzesień",
        "pay": (2800, None, "month"),
        "deadline_in": 22,
        "published_ago": 10,
    },
    {
        "organisation": "akwadren",
        "author": "sebastian.kupka@akwadren.example",
        "kind": "job",
        "title": "Elektryk/elektryczka pompowni głębinowej",
        "description": "Utrzymanie ruchu urządzeń elektrycznych pompowni głębinowej. Wymagane uprawnienia SEP.",
        "competences": ["odwadnianie-kopaln"],
        "city": "Ruda Śląska",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (6800, 8000, "month"),
        "deadline_in": -5,
        "published_ago": 40,
    },
    {
        "organisation": "geoanalit",
        "author": "ewelina.kolodziej@geoanalit.example",
        "kind": "job",
        "title": "Technik/techniczka laboratorium ICP-MS",
        "description": "Obsługa spektrometru ICP-MS, przygotowanie próbek wód i gleb, kontrola jakości wyników.",
        "competences": ["analizy-laboratoryjne"],
        "city": "Chorzów",
        "is_remote": False,
        "working_time": "full_time",
        "hours_note": "",
        "pay": (5800, 6500, "month"),
        "deadline_in": 10,
        "published_ago": 20,
        "closed_ago": 3,
    },
]

APPLICATIONS: list[ApplicationData] = [
    {
        "offer": 0,
        "applicant": "natalia.pietrzyk@poczta.example",
        "message": (
            "Dzień dobry, jestem na ostatnim roku inżynierii środowiska i piszę pracę o fitoekstrakcji kadmu. "
            "W laboratorium uczelni przygotowywałam próbki gleby do mineralizacji. Chętnie odbędę staż."
        ),
        "status": "shortlisted",
        "cv_lines": ["Natalia Pietrzyk", "Studentka inzynierii srodowiska, Gliwice", "Analizy gleb, fitoekstrakcja"],
    },
    {
        "offer": 2,
        "applicant": "natalia.pietrzyk@poczta.example",
        "message": "Zgłaszam się na szkolenie — temat fitoremediacji jest tematem mojej pracy magisterskiej.",
        "status": "received",
        "cv_lines": [],
    },
    {
        "offer": 4,
        "applicant": "wojciech.gawlik@poczta.example",
        "message": (
            "Modelowałem napływy do zlikwidowanych kopalń w Bytomiu i Rudzie Śląskiej (MODFLOW). "
            "Mogę zacząć od przyszłego tygodnia."
        ),
        "status": "shortlisted",
        "cv_lines": ["Wojciech Gawlik", "Hydrogeolog, niezalezny ekspert", "Modelowanie MODFLOW, piezometry"],
    },
    {
        "offer": 1,
        "applicant": "wojciech.gawlik@poczta.example",
        "message": "Znam pracę pompowni głębinowych z nadzoru hydrogeologicznego. Interesuje mnie praca na miejscu.",
        "status": "received",
        "cv_lines": ["Wojciech Gawlik", "Hydrogeolog"],
    },
    {
        "offer": 17,
        "applicant": "hanna.rduch@poczta.example",
        "message": "Od trzech lat badam murawy galmanowe na hałdach; chętnie pomogę w inwentaryzacji.",
        "status": "received",
        "cv_lines": ["Hanna Rduch", "Botaniczka, doktorantka", "Inwentaryzacje przyrodnicze"],
    },
    {
        "offer": 2,
        "applicant": "hanna.rduch@poczta.example",
        "message": "Chciałabym poznać praktykę fitostabilizacji na hałdzie.",
        "status": "received",
        "cv_lines": [],
    },
    {
        "offer": 11,
        "applicant": "bartosz.kolorz@poczta.example",
        "message": "Przetwarzam dane Sentinel-1 od czterech lat, wykonałem analizy osiadania dla dwóch gmin.",
        "status": "hired",
        "cv_lines": ["Bartosz Kolorz", "Analityk GIS", "InSAR, Copernicus, QGIS"],
    },
    {
        "offer": 10,
        "applicant": "bartosz.kolorz@poczta.example",
        "message": "Tworzę mapy zagrożeń dla samorządów; sieć czujników to dla mnie naturalny kolejny krok.",
        "status": "received",
        "cv_lines": ["Bartosz Kolorz", "Analityk GIS"],
    },
    {
        "offer": 7,
        "applicant": "kamil.sojka@poczta.example",
        "message": "Izoluję bakterie rozkładające WWA; szukam pracy przy remediacji w skali technicznej.",
        "status": "rejected",
        "cv_lines": ["Kamil Sojka", "Doktorant biotechnologii srodowiskowej"],
    },
    {
        "offer": 14,
        "applicant": "marcin.szymura@poczta.example",
        "message": "Jestem audytorem energetycznym, chcę lepiej dobierać pompy ciepła w swoich projektach.",
        "status": "received",
        "cv_lines": [],
    },
    {
        "offer": 12,
        "applicant": "natalia.pietrzyk@poczta.example",
        "message": "Interesuje mnie praca przy ewidencji hałd; znam QGIS z zajęć na uczelni.",
        "status": "rejected",
        "cv_lines": ["Natalia Pietrzyk", "Studentka inzynierii srodowiska"],
    },
]
