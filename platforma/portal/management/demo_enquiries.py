"""Questions sent through the contact form in the demo, so that the coordinator's inbox is not empty.

Plain data, like platforma.portal.demo_data: invented people, addresses in the reserved `.example` TLD.
"""

from typing import TypedDict


class EnquiryData(TypedDict):
    name: str
    email: str
    organisation_name: str
    topic: str
    message: str
    status: str
    days_ago: int
    hour: int
    answer: str  # the coordinator's answer; empty while the enquiry waits


ENQUIRIES: list[EnquiryData] = [
    {
        "name": "Jolanta Mrozek",
        "email": "jolanta.mrozek@zielony-kompost.example",
        "organisation_name": "Zielony Kompost sp. z o.o.",
        "topic": "membership",
        "message": (
            "Dzień dobry, prowadzimy kompostownię odpadów zielonych w Wojkowicach i chcielibyśmy dołączyć do "
            "klastra. Jakie dokumenty trzeba złożyć i czy członkostwo wiąże się ze składką? Interesuje nas "
            "zwłaszcza współpraca przy rekultywacji terenów, na których nasz kompost mógłby zostać użyty."
        ),
        "status": "new",
        "days_ago": 1,
        "hour": 8,
        "answer": "",
    },
    {
        "name": "Ryszard Kempa",
        "email": "ryszard.kempa@poczta.example",
        "organisation_name": "",
        "topic": "challenge",
        "message": (
            "Mieszkam w Bytomiu-Karbiu. Od kilku tygodni wieczorami czuć od strony hałdy zapach spalenizny, a "
            "zimą widać nad nią parę. Czy klaster zajmuje się takimi sprawami i komu najlepiej to zgłosić?"
        ),
        "status": "new",
        "days_ago": 3,
        "hour": 19,
        "answer": "",
    },
    {
        "name": "Łukasz Wieczorek",
        "email": "lukasz.wieczorek@hydrogeo-pracownia.example",
        "organisation_name": "Pracownia Hydrogeologii Stosowanej s.c.",
        "topic": "cooperation",
        "message": (
            "Przygotowujemy wniosek do programu Horyzont Europa o monitoringu wód kopalnianych po zakończeniu "
            "odwadniania kopalń. Szukamy partnerów z Górnego Śląska: gminy, która udostępni teren, i laboratorium. "
            "Czy możemy przedstawić projekt na najbliższym spotkaniu członków klastra?"
        ),
        "status": "answered",
        "days_ago": 12,
        "hour": 10,
        "answer": (
            "Dzień dobry, dziękujemy za wiadomość. Najbliższe spotkanie członków odbędzie się w EkoParku w "
            "Piekarach Śląskich – chętnie zarezerwujemy 15 minut na prezentację. Proszę przesłać krótki opis "
            "projektu, roześlemy go wcześniej do członków zajmujących się wodami kopalnianymi.\n\n"
            "Pozdrawiam serdecznie,\nAnna Wróbel, koordynatorka klastra"
        ),
    },
    {
        "name": "Grażyna Sowa",
        "email": "grazyna.sowa@sp7-chorzow.example",
        "organisation_name": "Szkoła Podstawowa nr 7 w Chorzowie",
        "topic": "platform",
        "message": (
            "Czy szkoła może korzystać z platformy? Chcielibyśmy, żeby uczniowie na zajęciach przyrody śledzili "
            "wyzwania dotyczące jakości powietrza w naszym mieście."
        ),
        "status": "answered",
        "days_ago": 20,
        "hour": 14,
        "answer": (
            "Dzień dobry, oczywiście. Wyzwania publiczne można przeglądać bez logowania, a konto może założyć "
            "każdy nauczyciel. Zapraszamy też na wycieczkę po poletkach doświadczalnych EkoParku – chętnie "
            "pokażemy uczniom, jak rośliny zatrzymują metale ciężkie w glebie.\n\n"
            "Pozdrawiam,\nAnna Wróbel"
        ),
    },
]
