"""Stop words for Polish and English, kept in the code so that nothing is downloaded.

The lists are of surface forms (already case-folded), checked before lemmatisation: the common inflected
forms of pronouns and auxiliaries are listed one by one. Words that carry meaning in an environmental
text (e.g. "woda", "ziemia", "teren") must never be here, and neither should nouns in general.
"""

POLISH_STOP_WORDS: frozenset[str] = frozenset(
    """
    a aby abyś abyście abyśmy ach aczkolwiek aj albo ale ależ ani aż
    bardziej bardzo bez bo bowiem by byli bym byś byście byśmy był była było były będzie będą będę
    będziemy będziesz będziecie być bądź
    chce chcę chyba ci cię ciebie co cokolwiek coraz coś czasami czasem czemu czy czyli często
    dla dlaczego dlatego do dokąd dość dużo dwa dwaj dwie dwoje dziś dzisiaj
    gdy gdyby gdyż gdzie gdziekolwiek gdzieś go
    i ich ile im inna inne inny innych iż
    ja ją jak jaka jaki jakich jakie jakiego jakiej jakim jakimi jakiś jakichś jako jakoś je jeden jedna jedno
    jednak jednakże jego jej jemu jest jestem jeszcze jeśli jeżeli już
    każdy każda każde kiedy kiedyś kilka kim kimś kto ktokolwiek ktoś która które którego której który
    których którym którymi któż ku
    lecz lub
    ma mają mam mamy mi mimo między mną mnie mogą moi moim moja moje może możliwe można mój mu musi my
    na nad nam nami nas nasi nasz nasza nasze naszego naszej naszych natomiast nawet nic nich nie niech
    niego niej niemu nigdy nim nimi niż no
    o obok od około on ona one oni ono oraz owszem
    po pod podczas pomimo ponad ponieważ poza przed przede przedtem przez przy
    również
    sam sama się skąd sobie sobą swoje swój swoich swoją swojej swym są
    ta tak taka taki takich takie także tam te tego tej temu ten teraz też to tobą tobie toteż
    trzeba tu tutaj twoi twoja twoje twój ty tych tylko tym tymi tzw
    u
    w wam wami was wasi wasz wasza wasze we według wiele wielu więc więcej wszyscy wszystkich wszystkie
    wszystkim wszystko wtedy wy właśnie
    z za zapewne zawsze ze znowu znów został zostać zostały została zostało zaś
    żaden żadna żadne żadnych że żeby
    """.split()  # noqa: SIM905 - a word list reads better as running text
)

ENGLISH_STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all am an and any are as at
    be because been before being below between both but by
    can could
    did do does doing down during
    each
    few for from further
    had has have having he her here hers herself him himself his how
    i if in into is it its itself
    just
    me more most my myself
    no nor not now
    of off on once only or other our ours ourselves out over own
    same she should so some such
    than that the their theirs them themselves then there these they this those through to too
    under until up
    very
    was we were what when where which while who whom why will with would
    you your yours yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads better as running text
)

STOP_WORDS: frozenset[str] = POLISH_STOP_WORDS | ENGLISH_STOP_WORDS


def is_stop_word(token: str) -> bool:
    """Whether a case-folded token is a Polish or English stop word."""
    return token in STOP_WORDS
