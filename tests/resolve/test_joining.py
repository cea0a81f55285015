"""People found to be one once the clauses were read: their mentions, names and relations move to that one."""

from prosopograph.model import AliasEvidence, Relation, ResolvedEntity, RoleBinding
from prosopograph.resolve.joining import join_people


def _person(name: str, mention: int) -> ResolvedEntity:
    return ResolvedEntity("PERSON", name, [mention], [AliasEvidence(name, "name", mention)])


def test_a_joined_person_takes_mentions_names_and_relations_and_chains_hold() -> None:
    people = [_person("Mrs. Reed", 1), _person("Ann Hale", 2), _person("Anne Reed", 3), _person("Tom Reed", 4)]
    stated = [Relation(0, "spouse_of", 3, 10)]
    bindings = [RoleBinding(3, "wife", 0, 11)]
    stated, bindings = join_people(people, {0: 1}, stated, bindings)
    assert people[1].mention_ids == [2, 1] and {a.alias for a in people[1].aliases} == {"Ann Hale", "Mrs. Reed"}
    assert stated[0].subject == 1 and bindings[0].person == 1
    # joined again, into another: the first stays joined to where the second went
    stated, bindings = join_people(people, {1: 2}, stated, bindings)
    assert people[0].same_as == 2 and people[1].same_as == 2 and people[2].mention_ids == [3, 2, 1]
    assert stated[0].subject == 2 and bindings[0].person == 2
