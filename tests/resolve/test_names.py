"""A personal name's parts, on names of our own."""

from prosopograph.resolve.names import family_name, given_name


def test_the_given_name_is_the_first_word_after_any_title() -> None:
    assert given_name("Major Tom Reed") == "tom"
    assert given_name("Hakon the Tall") == "hakon" and given_name("Hakon") == "hakon"
    # an initial or a married title gives no given name
    assert given_name("U. S. Grant") is None and given_name("Mrs. Reed") is None
    assert family_name("Major Tom Reed") == "reed" and family_name("Hakon") is None
