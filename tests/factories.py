"""factory_boy factories for the knowledge base; each makes a valid row with as little as possible."""
import datetime as dt

import factory
from django.contrib.auth.models import User

from articles.models import Article
from diplomacy.models import (
    Actor, ActorAlias, ActorRole, Country, Issue, IssueAlias, Meeting, MeetingIssue, MeetingParticipant,
    MeetingSource,
)


def country(iso2: str, name: str | None = None) -> Country:
    """The Country row for a code (migrations load them; this also works on an empty table)."""
    obj, _ = Country.objects.get_or_create(
        iso2=iso2.upper(), defaults={"iso3": iso2.upper() + "X", "name": name or iso2.upper()}
    )
    return obj


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pass-word-123")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Ministers meet, report {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/story/{n}")
    outlet = "Example News"
    published_date = dt.date(2021, 4, 12)
    text = factory.Sequence(lambda n: f"Report {n}. The two foreign ministers held talks in Ankara on Monday.")
    status = Article.Status.DONE


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        skip_postgeneration_save = True

    kind = Actor.Kind.PERSON
    name = factory.Sequence(lambda n: f"Minister Number{n}")
    slug = factory.Sequence(lambda n: f"minister-number{n}")

    @factory.post_generation
    def alias(obj, create, extracted, **kwargs):
        if create:
            ActorAlias.objects.get_or_create(actor=obj, name=obj.name)


class ActorRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorRole

    actor = factory.SubFactory(ActorFactory)
    title = "Foreign Minister"
    first_seen = dt.date(2021, 4, 12)
    last_seen = dt.date(2021, 4, 12)


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Issue {n}")
    slug = factory.Sequence(lambda n: f"issue-{n}")

    @factory.post_generation
    def alias(obj, create, extracted, **kwargs):
        if create:
            IssueAlias.objects.get_or_create(issue=obj, name=obj.name)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    kind = Meeting.Kind.PHONE_CALL
    status = Meeting.Status.HELD
    date = dt.date(2021, 4, 12)
    date_precision = Meeting.DatePrecision.DAY


def meeting_with(*actors, article=None, issues=(), evidence="They met.", **fields) -> Meeting:
    """A meeting between the given actors (or countries), with one source and optional issues."""
    meeting = MeetingFactory(**fields)
    for side in actors:
        if isinstance(side, Country):
            MeetingParticipant.objects.create(meeting=meeting, country=side)
        else:
            MeetingParticipant.objects.create(meeting=meeting, actor=side)
    for issue in issues:
        MeetingIssue.objects.create(meeting=meeting, issue=issue)
    article = article or ArticleFactory()
    start = max(article.text.find(evidence), 0)
    MeetingSource.objects.create(
        meeting=meeting, article=article, evidence=evidence, evidence_start=start, evidence_end=start + len(evidence)
    )
    return meeting
