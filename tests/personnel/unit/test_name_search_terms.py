"""The index terms a name search asks for: word prefixes, and pairs of typed words that must be two words."""

from personnel.search.terms import pair_terms, word_terms


def test_each_typed_word_of_two_letters_or_more_is_a_prefix_term():
    assert word_terms(["tran", "t", "hoa"]) == ["tran~", "hoa~"]


def test_pairs_are_the_first_letters_of_two_typed_words_smaller_first():
    assert pair_terms(["tran", "thi", "hoa"]) == ["hoa|thi", "hoa|tra", "thi|tra"]
    assert pair_terms(["le", "minh"]) == ["le|min"]
    assert pair_terms(["nguyen"]) == []


def test_no_pair_for_words_that_could_be_one_word_of_the_name():
    # "an" and "anh" may both be the beginning of Anh; "ng" and "nguyen" of Nguyễn; one letter is no term.
    assert pair_terms(["an", "anh"]) == []
    assert pair_terms(["ng", "nguyen", "v"]) == []
    assert pair_terms(["an", "anh", "le"]) == ["an|le", "anh|le"]
    assert pair_terms(["nguyen", "nguyet"]) == []  # the same first three letters
