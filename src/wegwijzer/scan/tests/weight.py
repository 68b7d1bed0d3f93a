"""Page weight as a phone on mobile data pays for it: the HTML plus every stylesheet, script, image and font it
loads, each as sent (static files gzip-compressed, as WhiteNoise serves them; the HTML as Django sends it)."""

import gzip
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.staticfiles import finders

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src|img[^>]+src)="([^"]+)"')
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


@dataclass
class PageWeight:
    url: str
    html: int
    assets: dict[str, tuple[int, int]] = field(default_factory=dict)  # url -> (raw bytes, gzip bytes)

    @property
    def raw(self) -> int:
        return self.html + sum(raw for raw, _ in self.assets.values())

    @property
    def sent(self) -> int:
        return self.html + sum(compressed for _, compressed in self.assets.values())


def _static_file(url: str) -> bytes:
    name = url.split("?")[0].removeprefix(settings.STATIC_URL)
    path = finders.find(name)
    assert path, f"static file not found: {url}"
    with open(path, "rb") as handle:
        return handle.read()


def _add(weight: PageWeight, url: str) -> None:
    if url in weight.assets or url.startswith("data:"):
        return
    content = _static_file(url)
    weight.assets[url] = (len(content), len(gzip.compress(content, compresslevel=9)))
    if url.endswith(".css"):
        for linked in CSS_URL.findall(content.decode("utf-8")):
            _add(weight, urljoin(url, linked))


def page_weight(client, url: str) -> PageWeight:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    weight = PageWeight(url, len(response.content))
    for asset in ASSET.findall(response.content.decode()):
        _add(weight, asset)
    return weight
