"""Two differently worded articles about one phone call end as one meeting with two sources."""
import datetime as dt

import pytest

from articles.documents import ArticleDocument
from articles.models import Article
from articles.services import article_ingest
from diplomacy.models import Actor, Meeting

pytestmark = pytest.mark.django_db

FIRST = ArticleDocument(
    title="Foreign ministers of Norway and Kenya speak by phone",
    published=dt.date(2022, 9, 14),
    url="https://wire.example.org/2022/09/14/norway-kenya-call",
    text=(
        "Norwegian Foreign Minister Anniken Huitfeldt held a phone call with her Kenyan counterpart "
        "Alfred Mutua on Tuesday, the ministry said.\n\n"
        "The two ministers discussed the drought in the Horn of Africa and regional security."
    ),
)
SECOND = ArticleDocument(
    title="Kenya and Norway discuss drought response",
    published=dt.date(2022, 9, 15),
    url="https://daily.example.com/kenya-norway-drought",
    text=(
        "Kenya's Cabinet Secretary for Foreign Affairs Alfred Mutua spoke by telephone with Norway's "
        "Foreign Minister Anniken Huitfeldt on September 13, 2022, his office said on Thursday.\n\n"
        "Mutua said the call focused on the drought and on trade between the two countries."
    ),
)


def test_two_reports_of_one_call_are_one_meeting(countries, eager_celery, django_capture_on_commit_callbacks):
    for document in (FIRST, SECOND):
        with django_capture_on_commit_callbacks(execute=True):
            article, created = article_ingest(document=document)
        article.refresh_from_db()
        assert created and article.status == Article.Status.DONE, article.failure_reason

    huitfeldt = Actor.objects.get(aliases__folded="anniken huitfeldt")
    mutua = Actor.objects.get(aliases__folded="alfred mutua")
    calls = Meeting.objects.filter(participants__actor=huitfeldt).filter(participants__actor=mutua)
    assert calls.count() == 1
    call = calls.get()
    assert (call.kind, call.date_display) == ("phone_call", "2022-09-13")
    assert call.sources.count() == 2
