"""Issue recall: items listed under a topic wherever the list hangs, comma lists parsed as appositions,
topic words named by a compound ("currency issues"), and plans or states the tagger takes for organisations.
Sentences of our own; names invented."""
from articles.extraction.issues import issues_in
from articles.extraction.sentences import get_nlp


def _names(text):
    return {n.lower() for n, _ in issues_in(get_nlp()(text)[:])}


def test_items_listed_under_a_range_of_issues():
    got = _names("Minister Holt and I also exchanged views on a range of international issues, including the "
                 "Horn of Africa conflict and the fight against piracy.")
    assert any("horn of africa conflict" in n for n in got)


def test_such_as_lists_topics():
    got = _names("The ministers discussed regional challenges such as the border dispute with Eritrea.")
    assert any("border dispute" in n for n in got)


def test_a_listing_inside_a_relative_clause_is_not_listed_under_the_topic():
    got = _names("They discussed the fisheries agreement, which covers several species including cod.")
    assert "cod" not in got


def test_comma_list_parsed_as_apposition():
    got = _names("The Secretary-General and the President discussed the Sustainable Energy Goals, climate "
                 "change, and refugee resettlement.")
    assert {"sustainable energy goals", "climate change", "refugee resettlement"} <= got


def test_generic_word_with_a_compound_topic():
    got = _names("The two leaders discussed currency issues and the Baltic Sea situation.")
    assert any("currency" in n for n in got)
    assert any("baltic sea" in n for n in got)


def test_generic_word_alone_is_still_no_topic():
    assert not _names("The two leaders discussed the issues and the situation.")


def test_plan_named_like_an_organisation_is_a_topic_where_discussed():
    got = _names("The President and the Secretary-General discussed the Millennium Development Goals.")
    assert any("millennium development goals" in n for n in got)


def test_body_named_in_a_discussion_slot_is_not_a_topic():
    got = _names("The ministers discussed the Foreign Correspondents' Club in Tokyo.")
    assert not any("club" in n for n in got)


def test_passive_discussion_names_its_subject_as_topic():
    got = _names("The harbour expansion and the fishing quotas were discussed at length.")
    assert any("harbour expansion" in n for n in got)


def test_passive_sharing_or_focusing_is_no_topic():
    assert not any("photo" in n for n in _names("Photos of the reception were shared by the embassy."))
    assert not any("attention" in n for n in _names("Particular attention was focused on the harbour project."))


def test_spoke_about_names_a_topic_but_not_the_partner():
    got = _names("The two presidents also spoke briefly about Danube shipping quotas.")
    assert any("danube shipping quotas" in n for n in got)
    assert not _names("The President spoke with Chancellor Olaf Brandt on Monday.")


def test_conferred_about_names_a_topic():
    got = _names("They also conferred about the sanctions regime against Ruritania.")
    assert any("sanctions regime" in n for n in got)


def test_indefinite_mention_of_a_topic_kind_is_no_topic():
    # a hoped-for "a comprehensive agreement" is no topic; "the fisheries agreement" is
    assert not _names("Officials hope the envoys can reach a comprehensive agreement before winter.")
    assert not _names("Officials said a fisheries agreement would hold until winter.")
    assert any("fisheries agreement" in n for n in _names("Officials said the fisheries agreement would hold "
                                                          "until winter."))


def test_indefinite_mention_with_a_named_modifier_is_a_topic():
    got = _names("Officials hope the envoys can reach a Baltic fisheries agreement before winter.")
    assert any("baltic fisheries agreement" in n for n in got)
