"""The analyser in Russian, Estonian, Croatian and Slovak, on answers written in each."""

from __future__ import annotations

import pytest

from tactful.analysis import analyse

STORIES = {
    "ru": (
        "Прошлой весной я работал на линии поддержки интернет-магазина. "
        "Клиентка написала в чат, что её заказ задерживается уже на две недели, и была очень расстроена. "
        "Мне нужно было найти посылку и вернуть ей доверие к магазину. "
        "Я извинился, проверил трек-номер и выяснил, что посылка застряла на складе в Подольске. "
        "Я сам связался со складом и оформил срочную доставку на следующий день. "
        "В итоге клиентка получила заказ в пятницу и поставила нам пять звёзд."
    ),
    "et": (
        "Eelmisel talvel töötasin Telia klienditoes. "
        "Üks klient helistas, sest tema internet oli kolm päeva katki olnud ja ta oli väga vihane. "
        "Minu ülesanne oli ta rahustada ja tehnik enne nädalavahetust kohale saada. "
        "Kuulasin ta lõpuni ära, vabandasin ja kordasin üle, mida ta rääkis. "
        "Kontrollisin rikete kaarti ja broneerisin ise tehniku järgmiseks hommikuks. "
        "Tehnik parandas ühenduse järgmisel päeval ja klient andis küsitluses viis punkti viiest."
    ),
    "hr": (
        "Prošle zime radio sam u korisničkoj podršci jednog internetskog operatera. "
        "Nazvao je korisnik koji tri dana nije imao internet i bio je jako ljut. "
        "Moj zadatak bio je smiriti ga i poslati tehničara prije vikenda. "
        "Pustio sam ga da se izgovori, ispričao sam se i ponovio što mi je rekao. "
        "Provjerio sam kartu kvarova i sam sam naručio tehničara za sljedeće jutro. "
        "Tehničar je sutradan popravio vezu, a korisnik nam je u anketi dao pet od pet."
    ),
    "sk": (
        "Minulú zimu som pracoval na zákazníckej linke internetového operátora. "
        "Zavolal zákazník, ktorý už tri dni nemal internet a bol veľmi nahnevaný. "
        "Mojou úlohou bolo upokojiť ho a poslať technika ešte pred víkendom. "
        "Nechal som ho dohovoriť, ospravedlnil som sa a zopakoval som, čo mi povedal. "
        "Skontroloval som mapu porúch a sám som objednal technika na nasledujúce ráno. "
        "Technik na druhý deň opravil pripojenie a zákazník nám v prieskume dal päť bodov z piatich."
    ),
}
HYPOTHETICAL = {
    "ru": "Я бы сначала выслушал клиента и извинился. Потом я бы проверил заказ в системе. Если нужно, я бы предложил вернуть деньги.",
    "et": "Ma kuulaksin kõigepealt kliendi ära ja vabandaksin. Seejärel kontrolliksin tellimust süsteemis. Vajadusel pakuksin raha tagasi.",
    "hr": "Prvo bih saslušao korisnika i ispričao se. Zatim bih provjerio narudžbu u sustavu. Ako bi trebalo, ponudio bih povrat novca.",
    "sk": "Najprv by som si vypočul zákazníka a ospravedlnil by som sa. Potom by som skontroloval objednávku v systéme. Ak by bolo treba, ponúkol by som vrátenie peňazí.",
}
MONEY = {
    "ru": "Честно говоря, главное для меня — зарплата, здесь платят больше, чем на моей нынешней работе.",
    "et": "Ausalt öeldes on minu jaoks kõige tähtsam palk, siin makstakse rohkem kui praegusel töökohal.",
    "hr": "Iskreno, glavni razlog je plaća, ovdje plaćaju više nego na mom sadašnjem poslu.",
    "sk": "Úprimne, hlavný dôvod je plat, tu platia viac ako v mojej súčasnej práci.",
}
LANGUAGES = sorted(STORIES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_detects_the_language_and_labels_a_star_story(language: str) -> None:
    text = STORIES[language]
    report = analyse(text, question="beh-hardest-customer")
    assert report.ok, report.to_dict()
    assert report.language == language
    labels = [s.star for s in report.sentences]
    assert len(labels) == 6
    assert labels[0] == "situation"
    assert labels[2] == "task"
    assert labels[3] == labels[4] == "action"
    assert labels[5] == "result"
    assert report.star is not None and report.star.complete
    assert report.rating is not None and report.rating.value >= 4
    assert report.specificity is not None and report.specificity.numbers >= 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hypothetical_answer_is_flagged_in_each_language(language: str) -> None:
    report = analyse(HYPOTHETICAL[language], question="beh-hardest-customer", language=language)
    assert "hypothetical" in report.flag_codes()
    assert report.rating is not None and report.rating.value <= 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_money_as_the_motive_is_flagged_with_its_span(language: str) -> None:
    text = MONEY[language]
    report = analyse(text, question="mot-why-customer-service", language=language)
    flag = next(f for f in report.red_flags if f.code == "money_motive")
    assert 0 <= flag.start < flag.end <= len(text)
    assert flag.message and flag.message != "flag.money_motive"


@pytest.mark.parametrize("language", LANGUAGES)
def test_tips_and_reasons_are_written_in_the_answer_language(language: str) -> None:
    report = analyse(HYPOTHETICAL[language], question="beh-hardest-customer", language=language)
    english = analyse(
        "I would listen first. Then I would check the order. I would offer a refund.",
        question="beh-hardest-customer",
    )
    assert 1 <= len(report.tips) <= 3
    assert set(report.tips).isdisjoint(english.tips)
    assert report.rating is not None and english.rating is not None
    assert set(report.rating.reasons).isdisjoint(english.rating.reasons)


@pytest.mark.parametrize("language", LANGUAGES)
def test_empathy_evidence_points_at_the_apology(language: str) -> None:
    text = STORIES[language]
    report = analyse(text, question="beh-hardest-customer")
    empathy = report.competency("empathy")
    assert empathy is not None and empathy.score > 0
    quoted = " ".join(text[e.start : e.end].lower() for e in empathy.evidence)
    assert any(stem in quoted for stem in ("извин", "vabanda", "ispri", "ospravedl"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Виновата в этом была я. Я сразу позвонила клиенту и извинилась.", 2),
        ("en", "The call went to J. Smith in billing. He sorted it out the same day.", 2),
        ("hr", "Kupac je htio povrat novca i. Ja sam odmah provjerila narudžbu.", 2),
    ],
)
def test_a_one_letter_word_before_a_full_stop_ends_the_sentence_unless_it_is_an_initial(
    language: str, text: str, expected: int
) -> None:
    report = analyse(text, language=language)
    assert len(report.sentences) == expected
    assert text[report.sentences[1].start :].startswith(("Я сразу", "He sorted", "Ja sam"))
