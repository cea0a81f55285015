from prosopograph.extract.inference import infer_kinship
from prosopograph.model import Relation

ANN, BEN, CORA, DAN, EVE = range(5)


def _triples(relations: list[Relation]) -> set[tuple[int, str, int]]:
    return {(r.subject, r.relation, r.object) for r in relations}


def test_a_parents_parent_is_a_grandparent_citing_both_sentences() -> None:
    found = infer_kinship([Relation(ANN, "parent_of", BEN, 10), Relation(CORA, "child_of", BEN, 20)])
    assert {(ANN, "grandparent_of", CORA), (CORA, "grandchild_of", ANN)} <= _triples(found)
    grand = next(r for r in found if r.relation == "grandparent_of")
    assert grand.inferred and {grand.sentence_id, grand.via_sentence_id} == {10, 20}


def test_two_children_of_one_parent_are_siblings() -> None:
    found = infer_kinship([Relation(BEN, "child_of", ANN, 1), Relation(CORA, "child_of", ANN, 2)])
    assert {(BEN, "sibling_of", CORA), (CORA, "sibling_of", BEN)} == _triples(found)


def test_nothing_is_inferred_between_people_a_stated_relation_already_joins() -> None:
    stated = [Relation(BEN, "child_of", ANN, 1), Relation(CORA, "child_of", ANN, 2),
              Relation(BEN, "spouse_of", CORA, 3)]
    assert not infer_kinship(stated)


def test_unrelated_parents_and_other_relations_give_nothing() -> None:
    stated = [Relation(BEN, "child_of", ANN, 1), Relation(CORA, "child_of", DAN, 2),
              Relation(EVE, "led", ANN, 3), Relation(ANN, "spouse_of", DAN, 4)]
    assert not infer_kinship(stated)


# the surname each person's name ends with: Ann Reed, Ben Reed, Cora Ames, Dan Reed, Eve Ames
SURNAMES = {ANN: "reed", BEN: "reed", CORA: "ames", DAN: "reed", EVE: "ames"}


def test_a_grandparent_sharing_one_parents_surname_is_that_parents_parent() -> None:
    # 'my grandfather, Ann Reed' (1); 'my father, Ben Reed' (2); 'my mother, Cora Ames' (3) — the narrator Dan
    stated = [Relation(ANN, "grandparent_of", DAN, 1), Relation(BEN, "parent_of", DAN, 2),
              Relation(CORA, "parent_of", DAN, 3)]
    found = infer_kinship(stated, SURNAMES.get)
    assert Relation(ANN, "parent_of", BEN, 1, 2) in found
    assert (BEN, "child_of", ANN) in _triples(found)
    assert (ANN, "parent_of", CORA) not in _triples(found)


def test_a_surname_both_parents_bear_or_neither_says_nothing() -> None:
    both = {**SURNAMES, CORA: "reed"}
    stated = [Relation(ANN, "grandparent_of", DAN, 1), Relation(BEN, "parent_of", DAN, 2),
              Relation(CORA, "parent_of", DAN, 3)]
    assert not any(r.relation == "parent_of" for r in infer_kinship(stated, both.get))
    stranger = [Relation(EVE, "grandparent_of", DAN, 1), Relation(BEN, "parent_of", DAN, 2)]
    assert not infer_kinship(stranger, SURNAMES.get)


def test_a_surname_a_mother_shares_may_be_her_husbands_and_says_nothing() -> None:
    # 'her grandfather, Ann Reed'; 'her mother, Cora Reed' (a Reed by marriage, or by birth: the text does not say)
    married = {**SURNAMES, CORA: "reed"}
    alone = [Relation(ANN, "grandparent_of", DAN, 1), Relation(CORA, "parent_of", DAN, 3)]
    assert not any(r.relation == "parent_of" for r in infer_kinship(alone, married.get, women=frozenset({CORA})))
    # negative: the father of the same surname beside her is the line, whatever her surname
    both = [*alone, Relation(BEN, "parent_of", DAN, 2)]
    found = _triples(infer_kinship(both, married.get, women=frozenset({CORA})))
    assert (ANN, "parent_of", BEN) in found and (ANN, "parent_of", CORA) not in found


def test_a_parent_by_surname_has_siblings_through_it() -> None:
    # Eve, a child the text gives Ann, and Ben, Ann's child by the surname
    stated = [Relation(ANN, "grandparent_of", DAN, 1), Relation(BEN, "parent_of", DAN, 2),
              Relation(ANN, "parent_of", EVE, 3)]
    assert (EVE, "sibling_of", BEN) in _triples(infer_kinship(stated, SURNAMES.get))


def test_one_person_read_as_both_grandparent_and_parent_is_never_their_own_parent() -> None:
    # a resolver's slip: 'her grandmother, Ann Reed' and 'her mother, Ann Reed' read for one child
    stated = [Relation(ANN, "grandparent_of", DAN, 1), Relation(ANN, "parent_of", DAN, 2)]
    assert not [r for r in infer_kinship(stated, SURNAMES.get) if r.subject == r.object]


def test_two_children_of_one_parent_one_of_whose_names_holds_the_others_are_not_siblings() -> None:
    # 'her son Hakon' and 'Hakon Dahl, her son' read as two people: one son, not two brothers; 'Mary Ann' and
    # 'Mary Jane' are two daughters
    words = {BEN: frozenset({"hakon"}), CORA: frozenset({"hakon", "dahl"}), DAN: frozenset({"mary", "ann"}),
             EVE: frozenset({"mary", "jane"})}
    stated = [Relation(k, "child_of", ANN, k) for k in (BEN, CORA, DAN, EVE)]
    found = _triples(infer_kinship(stated, name_words=lambda i: words.get(i, frozenset())))
    assert (BEN, "sibling_of", CORA) not in found and (CORA, "sibling_of", BEN) not in found
    assert {(DAN, "sibling_of", EVE), (BEN, "sibling_of", DAN), (CORA, "sibling_of", EVE)} <= found
    # no names known: siblings as before
    assert (BEN, "sibling_of", CORA) in _triples(infer_kinship(stated))
