"""API pieces for ingestion: what a client sends to submit an article or follow a feed."""
from rest_framework import serializers

from articles.documents import ArticleDocument
from articles.models import Article, Feed


class ArticleSubmitSerializer(serializers.Serializer):
    """Either a `url` to fetch, or the article itself: `text` with optional `title`, `published`, `outlet`."""

    url = serializers.URLField(required=False, max_length=2000,
                               help_text="A web page to fetch; the text and metadata are taken from it.")
    title = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    text = serializers.CharField(required=False, allow_blank=False, trim_whitespace=True,
                                 help_text="The body of the article, paragraphs separated by blank lines.")
    published = serializers.DateField(required=False, allow_null=True,
                                      help_text="Publication date: relative dates in the text resolve against it.")
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=300)

    def validate(self, data):
        if not data.get("url") and not data.get("text"):
            raise serializers.ValidationError("Send either `url` (to fetch) or `text` (the article itself).")
        if data.get("url") and not data["url"].lower().startswith(("http://", "https://")):
            raise serializers.ValidationError({"url": "Only http and https URLs can be fetched."})
        return data

    def document(self) -> ArticleDocument:
        data = self.validated_data
        return ArticleDocument(
            text=data["text"], title=data.get("title", ""), url=data.get("url", ""),
            outlet=data.get("outlet", ""), published=data.get("published"),
        )


class FeedSerializer(serializers.ModelSerializer):
    class Meta:
        model = Feed
        fields = ["id", "url", "title", "active", "status", "last_error", "consecutive_failures",
                  "last_polled_at", "next_poll_at", "created_at"]
        read_only_fields = [f for f in fields if f not in ("url", "title", "active")]


STATUS_HELP = {status.value: status.label for status in Article.Status}
