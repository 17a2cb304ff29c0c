from diplomacy.models.actors import Actor, ActorAlias, ActorMention, ActorRole
from diplomacy.models.common import ReviewStatus
from diplomacy.models.countries import Country
from diplomacy.models.curation import MergeRecord
from diplomacy.models.issues import Issue, IssueAlias
from diplomacy.models.meetings import Meeting, MeetingIssue, MeetingParticipant, MeetingSource
from diplomacy.models.sides import DataVersion, MeetingCountry

__all__ = [
    "Actor", "ActorAlias", "ActorMention", "ActorRole", "Country", "DataVersion", "Issue", "IssueAlias",
    "Meeting", "MeetingCountry", "MeetingIssue", "MeetingParticipant", "MeetingSource", "MergeRecord", "ReviewStatus",
]
