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
