"""The competence tree of environmental technologies, as plain data (no Django).

Slugs are stable identifiers: demo data and the data migration refer to them, so rename a label freely
but never a slug. Order within a level is the display order.
"""

from collections.abc import Iterator
from typing import TypedDict


class CompetenceNode(TypedDict):
    slug: str
    name_pl: str
    name_en: str
    children: list["CompetenceNode"]


def _node(slug: str, name_pl: str, name_en: str, *children: CompetenceNode) -> CompetenceNode:
    return {"slug": slug, "name_pl": name_pl, "name_en": name_en, "children": list(children)}


COMPETENCE_TREE: list[CompetenceNode] = [
    _node(
        "remediacja-gleb",
        "Remediacja gleb i wód podziemnych",
        "Remediation of soil and groundwater",
        _node(
            "fitoremediacja",
            "Fitoremediacja",
            "Phytoremediation",
            _node("fitostabilizacja", "Fitostabilizacja metali ciężkich", "Phytostabilisation of heavy metals"),
            _node(
                "fitoekstrakcja", "Fitoekstrakcja i rośliny hiperakumulujące", "Phytoextraction and hyperaccumulators"
            ),
        ),
        _node(
            "bioremediacja",
            "Bioremediacja",
            "Bioremediation",
            _node(
                "biodegradacja-weglowodorow",
                "Biodegradacja węglowodorów ropopochodnych i WWA",
                "Biodegradation of petroleum hydrocarbons and PAHs",
            ),
        ),
        _node(
            "stabilizacja-metali-ciezkich",
            "Stabilizacja i zestalanie metali ciężkich (Zn, Pb, Cd)",
            "Stabilisation and solidification of heavy metals (Zn, Pb, Cd)",
        ),
        _node("plukanie-gruntow", "Płukanie (przemywanie) gruntów", "Soil washing"),
        _node("bariery-reaktywne", "Przepuszczalne bariery reaktywne", "Permeable reactive barriers"),
        _node(
            "oczyszczanie-wod-podziemnych",
            "Oczyszczanie wód podziemnych (pump & treat, utlenianie in situ)",
            "Groundwater treatment (pump and treat, in-situ chemical oxidation)",
        ),
        _node(
            "rozpoznanie-zanieczyszczen",
            "Rozpoznanie zanieczyszczenia powierzchni ziemi i ocena ryzyka",
            "Contaminated land investigation and risk assessment",
        ),
    ),
    _node(
        "haldy-i-odpady-wydobywcze",
        "Hałdy i odpady wydobywcze",
        "Spoil heaps and mining waste",
        _node(
            "pozary-hald",
            "Zapobieganie pożarom hałd i ich gaszenie",
            "Prevention and suppression of spoil-heap fires",
            _node("monitoring-termiczny-hald", "Monitoring termiczny hałd", "Thermal monitoring of spoil heaps"),
            _node(
                "likwidacja-ognisk-termicznych",
                "Likwidacja ognisk termicznych (iniekcje, przekopywanie, zagęszczanie)",
                "Extinguishing thermal hotspots (injection, excavation, compaction)",
            ),
        ),
        _node("rekultywacja-hald", "Rekultywacja hałd", "Reclamation of spoil heaps"),
        _node(
            "odzysk-wegla-z-odpadow",
            "Odzysk węgla z mułów i odpadów flotacyjnych",
            "Recovery of coal from slurries and tailings",
        ),
        _node(
            "wykorzystanie-skaly-plonnej",
            "Gospodarcze wykorzystanie skały płonnej (kruszywa, geopolimery)",
            "Use of mining waste rock (aggregates, geopolymers)",
        ),
        _node(
            "osadniki-poflotacyjne",
            "Osadniki i składowiska odpadów poflotacyjnych rud cynku i ołowiu",
            "Tailings ponds from zinc and lead ore processing",
        ),
        _node(
            "odpady-hutnicze",
            "Hałdy żużli i odpadów hutniczych",
            "Slag heaps and metallurgical waste",
        ),
    ),
    _node(
        "wody-kopalniane",
        "Wody kopalniane",
        "Mine water",
        _node(
            "odwadnianie-kopaln",
            "Odwadnianie zlikwidowanych kopalń i pompownie głębinowe",
            "Drainage of closed mines and deep pumping stations",
        ),
        _node(
            "zagrozenie-wodne-po-likwidacji",
            "Zagrożenie zatopieniem i wypływami wód po likwidacji kopalń",
            "Flooding and outflow risk after mine closure",
        ),
        _node("odsalanie-wod-kopalnianych", "Odsalanie wód kopalnianych", "Desalination of mine water"),
        _node(
            "odzysk-metali-z-wod-kopalnianych",
            "Odzysk metali i surowców z wód kopalnianych",
            "Recovery of metals and raw materials from mine water",
        ),
        _node("cieplo-z-wod-kopalnianych", "Odzysk ciepła z wód kopalnianych", "Heat recovery from mine water"),
    ),
    _node(
        "woda-i-scieki",
        "Woda i ścieki",
        "Water and wastewater",
        _node("uzdatnianie-wody", "Uzdatnianie wody pitnej", "Drinking water treatment"),
        _node(
            "oczyszczanie-sciekow-komunalnych",
            "Oczyszczanie ścieków komunalnych",
            "Municipal wastewater treatment",
        ),
        _node("scieki-przemyslowe", "Oczyszczanie ścieków przemysłowych", "Industrial wastewater treatment"),
        _node(
            "osady-sciekowe",
            "Przeróbka i zagospodarowanie osadów ściekowych",
            "Sewage sludge treatment and use",
        ),
        _node(
            "wody-opadowe",
            "Retencja i zagospodarowanie wód opadowych",
            "Stormwater retention and management",
        ),
        _node("renaturyzacja-rzek", "Ochrona i renaturyzacja rzek", "River protection and restoration"),
    ),
    _node(
        "powietrze-i-niska-emisja",
        "Powietrze i niska emisja",
        "Air and low emission",
        _node(
            "wymiana-zrodel-ciepla",
            "Wymiana pozaklasowych kotłów i indywidualnych źródeł ciepła",
            "Replacement of old solid-fuel boilers and household heat sources",
        ),
        _node(
            "programy-ochrony-powietrza",
            "Programy ochrony powietrza i plany gospodarki niskoemisyjnej",
            "Air-quality plans and low-emission strategies",
        ),
        _node(
            "emisje-przemyslowe",
            "Ograniczanie emisji przemysłowych (odpylanie, odsiarczanie, odazotowanie)",
            "Industrial emission control (dedusting, desulphurisation, denitrification)",
        ),
        _node(
            "emisje-z-transportu",
            "Emisje z transportu i strefy czystego transportu",
            "Transport emissions and clean transport zones",
        ),
        _node("uciazliwosc-zapachowa", "Ograniczanie uciążliwości zapachowej", "Odour control"),
    ),
    _node(
        "odpady-i-gospodarka-obiegu-zamknietego",
        "Odpady i gospodarka o obiegu zamkniętym",
        "Waste and circular economy",
        _node(
            "recykling-odpadow-budowlanych",
            "Recykling odpadów budowlanych i kruszywa z recyklingu",
            "Construction waste recycling and recycled aggregates",
        ),
        _node(
            "skladowiska-odpadow",
            "Składowiska odpadów i ich rekultywacja",
            "Landfills and landfill closure",
            _node("odcieki-skladowiskowe", "Oczyszczanie odcieków składowiskowych", "Landfill leachate treatment"),
            _node(
                "gaz-skladowiskowy",
                "Ujmowanie i wykorzystanie gazu składowiskowego",
                "Landfill gas capture and use",
            ),
        ),
        _node(
            "usuwanie-azbestu",
            "Usuwanie i unieszkodliwianie wyrobów zawierających azbest",
            "Removal and disposal of asbestos-containing products",
        ),
        _node("bioodpady", "Kompostowanie i fermentacja bioodpadów", "Composting and anaerobic digestion of biowaste"),
        _node(
            "odzysk-surowcow-krytycznych",
            "Odzysk metali i surowców krytycznych z odpadów",
            "Recovery of metals and critical raw materials from waste",
        ),
        _node("symbioza-przemyslowa", "Symbioza przemysłowa", "Industrial symbiosis"),
    ),
    _node(
        "energia-odnawialna-i-cieplo",
        "Odnawialne źródła energii i ciepło",
        "Renewable energy and heat",
        _node(
            "fotowoltaika",
            "Fotowoltaika, także na terenach zdegradowanych",
            "Photovoltaics, including on degraded land",
        ),
        _node("pompy-ciepla", "Pompy ciepła", "Heat pumps"),
        _node("biogaz-i-biometan", "Biogaz i biometan", "Biogas and biomethane"),
        _node(
            "metan-z-pokladow-wegla",
            "Ujmowanie i wykorzystanie metanu z pokładów węgla",
            "Coal-mine methane capture and use",
        ),
        _node(
            "cieplownictwo-systemowe",
            "Ciepłownictwo systemowe i magazyny ciepła",
            "District heating and thermal storage",
        ),
        _node(
            "magazynowanie-energii",
            "Magazynowanie energii, także w wyrobiskach pogórniczych",
            "Energy storage, including in former mine workings",
        ),
    ),
    _node(
        "rewitalizacja-terenow-poprzemyslowych",
        "Rewitalizacja terenów poprzemysłowych",
        "Revitalisation of post-industrial areas",
        _node(
            "tereny-pohutnicze",
            "Tereny po hutach cynku i ołowiu",
            "Former zinc and lead smelter sites",
        ),
        _node(
            "tereny-pokoksownicze",
            "Tereny po koksowniach i zakładach chemicznych",
            "Former coking plants and chemical works",
            _node("stawy-smolowe", "Likwidacja stawów i lagun smołowych", "Remediation of tar ponds and lagoons"),
        ),
        _node(
            "szkody-gornicze",
            "Szkody górnicze, osiadania i zapadliska",
            "Mining damage, subsidence and sinkholes",
            _node(
                "zabezpieczanie-plytkich-wyrobisk",
                "Wypełnianie pustek i zabezpieczanie płytkich wyrobisk",
                "Void filling and securing shallow mine workings",
            ),
        ),
        _node(
            "tereny-inwestycyjne-brownfield",
            "Przygotowanie terenów inwestycyjnych typu brownfield",
            "Brownfield site preparation for investment",
        ),
        _node(
            "rewitalizacja-spoleczna",
            "Rewitalizacja społeczna i partycypacja mieszkańców",
            "Social revitalisation and community participation",
        ),
        _node(
            "dziedzictwo-przemyslowe",
            "Adaptacja obiektów dziedzictwa przemysłowego",
            "Adaptive reuse of industrial heritage",
        ),
    ),
    _node(
        "monitoring-i-analityka",
        "Monitoring i analityka środowiskowa",
        "Environmental monitoring and analytics",
        _node(
            "analizy-laboratoryjne",
            "Akredytowane analizy gleb, wód i odpadów",
            "Accredited laboratory analyses of soil, water and waste",
        ),
        _node(
            "monitoring-powietrza",
            "Monitoring jakości powietrza i sieci czujników",
            "Air-quality monitoring and sensor networks",
        ),
        _node(
            "monitoring-wod-podziemnych",
            "Monitoring wód podziemnych i sieci piezometrów",
            "Groundwater monitoring and piezometer networks",
        ),
        _node(
            "teledetekcja-i-drony",
            "Teledetekcja, drony i termowizja",
            "Remote sensing, drones and thermal imaging",
        ),
        _node(
            "monitoring-deformacji-terenu",
            "Monitoring deformacji terenu (InSAR, niwelacja)",
            "Ground deformation monitoring (InSAR, levelling)",
        ),
        _node(
            "gis-i-modelowanie",
            "GIS i modelowanie środowiskowe (hydrogeologia, rozprzestrzenianie zanieczyszczeń)",
            "GIS and environmental modelling (hydrogeology, contaminant transport)",
        ),
    ),
    _node(
        "rozwiazania-oparte-na-przyrodzie",
        "Rozwiązania oparte na przyrodzie i bioróżnorodność",
        "Nature-based solutions and biodiversity",
        _node(
            "zielono-niebieska-infrastruktura",
            "Zielono-niebieska infrastruktura miejska",
            "Green and blue urban infrastructure",
        ),
        _node("miejska-wyspa-ciepla", "Łagodzenie miejskiej wyspy ciepła", "Urban heat island mitigation"),
        _node(
            "siedliska-poprzemyslowe",
            "Ochrona siedlisk poprzemysłowych i muraw galmanowych",
            "Protection of post-industrial habitats and calamine grasslands",
        ),
        _node("inwentaryzacje-przyrodnicze", "Inwentaryzacje przyrodnicze", "Nature surveys and inventories"),
        _node(
            "bezpieczne-uprawy",
            "Bezpieczne uprawy na glebach zanieczyszczonych i ogrody działkowe",
            "Safe food growing on contaminated soil and allotment gardens",
        ),
        _node(
            "zalewiska-i-mokradla",
            "Odtwarzanie mokradeł i zagospodarowanie zalewisk pogórniczych",
            "Wetland restoration and subsidence ponds",
        ),
    ),
    _node(
        "efektywnosc-energetyczna-budynkow",
        "Efektywność energetyczna budynków",
        "Energy efficiency of buildings",
        _node("termomodernizacja", "Termomodernizacja budynków", "Thermal retrofitting of buildings"),
        _node(
            "audyty-energetyczne",
            "Audyty energetyczne i świadectwa charakterystyki energetycznej",
            "Energy audits and energy performance certificates",
        ),
        _node(
            "budownictwo-niskoenergetyczne",
            "Budownictwo niskoenergetyczne i pasywne",
            "Low-energy and passive buildings",
        ),
        _node(
            "zarzadzanie-energia",
            "Zarządzanie energią i automatyka budynkowa (BMS)",
            "Energy management and building automation (BMS)",
        ),
    ),
    _node(
        "prawo-i-oceny-srodowiskowe",
        "Prawo ochrony środowiska i oceny oddziaływania",
        "Environmental law and impact assessment",
        _node(
            "oceny-oddzialywania-na-srodowisko",
            "Raporty o oddziaływaniu przedsięwzięć na środowisko (OOŚ)",
            "Environmental impact assessment (EIA) reports",
        ),
        _node(
            "pozwolenia-srodowiskowe",
            "Pozwolenia zintegrowane, wodnoprawne i emisyjne",
            "Integrated, water-law and emission permits",
        ),
        _node(
            "historyczne-zanieczyszczenia-prawo",
            "Szkody w środowisku i historyczne zanieczyszczenia: obowiązki prawne",
            "Environmental damage and historical contamination: legal duties",
        ),
    ),
    _node(
        "finansowanie-projektow",
        "Finansowanie projektów środowiskowych",
        "Funding of environmental projects",
        _node(
            "fundusze-unijne",
            "Fundusze UE (FEnIKS, Fundusze Europejskie dla Śląska, Fundusz Sprawiedliwej Transformacji)",
            "EU funds (FEnIKS, European Funds for Silesia, Just Transition Fund)",
        ),
        _node(
            "fundusze-ochrony-srodowiska",
            "Programy NFOŚiGW i WFOŚiGW",
            "National and regional environmental protection funds (NFOŚiGW, WFOŚiGW)",
        ),
        _node(
            "ppp-i-esco",
            "Partnerstwo publiczno-prywatne i model ESCO",
            "Public-private partnership and ESCO model",
        ),
    ),
]


def iter_nodes(
    tree: list[CompetenceNode] = COMPETENCE_TREE, parent_slug: str | None = None, depth: int = 0
) -> Iterator[tuple[CompetenceNode, str | None, int]]:
    """Yield `(node, parent_slug, depth)` for every node, parents before their children (pre-order)."""
    for node in tree:
        yield node, parent_slug, depth
        yield from iter_nodes(node.get("children", []), node["slug"], depth + 1)
