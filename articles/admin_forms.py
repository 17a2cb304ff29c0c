"""Forms of the article admin: uploading files and submitting URLs."""
from django import forms

from articles.documents import SUPPORTED_SUFFIXES


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"multiple": True, "accept": ",".join(SUPPORTED_SUFFIXES)}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    files = MultipleFileField(
        required=False,
        help_text="Text (.txt), web pages (.html), or the JSON article format (.json, or .jsonl with one "
                  "article a line). Select many files at once for a bulk load.",
    )
    folder = MultipleFileField(
        required=False,
        widget=MultipleFileInput(attrs={"multiple": True, "webkitdirectory": True, "directory": True}),
        help_text="Or a whole folder: every supported file inside it is read (others are skipped).",
    )

    def clean(self):
        data = super().clean()
        folder = [f for f in data.get("folder") or [] if f and f.name.lower().endswith(SUPPORTED_SUFFIXES)]
        data["all_files"] = [f for f in data.get("files") or [] if f] + folder
        if not data["all_files"]:
            raise forms.ValidationError("Choose at least one file, or a folder with supported files in it.")
        return data


class UrlForm(forms.Form):
    urls = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="One http(s) address a line. Each page is fetched, its article text extracted.",
    )

    def clean_urls(self):
        urls = [line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()]
        bad = [u for u in urls if not u.lower().startswith(("http://", "https://"))]
        if bad:
            raise forms.ValidationError(f"Not an http(s) address: {', '.join(bad[:3])}")
        validator = forms.URLField(assume_scheme="https")
        for url in urls:
            validator.clean(url)
        return urls
