"""Link crawler: walks a running server by GET and reports server errors and broken links.

Used by scripts/first-run-check to prove a fresh install works before and after set-up.
Starting from the --start paths it follows same-origin <a href> links and checks the <link href>,
<script src> and <img src> assets each page uses. A failure is any response with status >= 500 on
any redirect hop, an internal link or asset answering 404, or a redirect loop. Sign-in walls (401,
403, a redirect to /staff/sign-in) are fine for an anonymous crawl.

Links that sign out or look destructive are never followed, nor mailto:, tel: and javascript:.
At most --max-pages pages per crawl and --per-template URLs per path template (UUIDs, long tokens
and digits replaced by placeholders), so next/previous links in calendars cannot explode the crawl.
Pages are visited round-robin over templates (every template's first URL before any template's
second), so when the page cap is reached it cuts calendar variants, not unexplored pages.
With --email and --password it first signs in through the real sign-in form (CSRF token and cookies).
Every HTML page's visible text is also read for words no trainer or client should see (`developer_words`):
camelCase ids, "()", "(bool)", a doubled full stop, "Optional(", "undefined"; each is a failure.
Exits 1 if any failure was found, else 0.
"""
import argparse
import collections
import heapq
import itertools
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import requests

SKIP_WORDS = ("sign-out", "logout", "delete", "cancel", "remove")
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,}$")
TIMEOUT = 30
MAX_HOPS = 10


class LinkParser(HTMLParser):
    """Collects page links (<a href>) and assets (<link href>, <script src>, <img src>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[str] = []
        self.assets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.pages.append(found["href"])
        elif tag == "link" and found.get("href"):
            self.assets.append(found["href"])
        elif tag in ("script", "img") and found.get("src"):
            self.assets.append(found["src"])


class TextParser(HTMLParser):
    """The text a reader sees: everything outside <script>, <style> and <svg>, plus what labels and alternatives say."""

    HIDDEN = {"script", "style", "svg", "textarea"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.depth += 1
        for name, value in attrs:
            if name in ("alt", "title", "aria-label", "placeholder") and value:
                self.parts.append(value)
            if tag == "option" and name == "value":
                continue

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


# A word that starts lower-case and has a capital inside (kneesValgus, feetTurnOut, singleHop) is an id, not English;
# "iPhone"-style brands are not used on the site. Emails and web addresses are left out before matching.
CAMEL = re.compile(r"(?<![\w@/.-])[a-z]+[A-Z][A-Za-z]*(?![\w@/-])")
ADDRESS = re.compile(r"\S+@\S+|https?://\S+|/\S+")
LEAKS = [(re.compile(r"\(\)"), "()"), (re.compile(r"\(bool\)"), "(bool)"), (re.compile(r"(?<!\.)\.\.(?!\.)"), ".."),
         (re.compile(r"Optional\("), "Optional("), (re.compile(r"\bundefined\b"), "undefined")]


# Units written the way clinicians write them.
UNITS = {"mmHg"}


def developer_words(html: str) -> list[str]:
    """The developer words in a page's visible text, each with a little of its context."""
    parser = TextParser()
    parser.feed(html)
    text = ADDRESS.sub(" ", " ".join(" ".join(parser.parts).split()))
    found = [f"{match.group(0)!r} in “…{text[max(0, match.start() - 30):match.end() + 30]}…”" for match in CAMEL.finditer(text)
             if match.group(0) not in UNITS]
    for pattern, label in LEAKS:
        found += [f"{label!r} in “…{text[max(0, m.start() - 30):m.end() + 30]}…”" for m in pattern.finditer(text)]
    return found


class FormParser(HTMLParser):
    """The fields (name → value) and action of the form whose action matches `action`."""

    def __init__(self, action: str) -> None:
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.found = action, False, False
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "form" and urlsplit(found.get("action") or "").path == self.action:
            self.inside = self.found = True
        elif tag == "input" and self.inside and found.get("name"):
            self.fields[found["name"]] = found.get("value") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False


def template(url: str) -> str:
    """The URL's path with UUIDs, long tokens and digits replaced by placeholders."""
    parts = []
    for segment in urlsplit(url).path.split("/"):
        if UUID.match(segment):
            segment = "{uuid}"
        elif TOKEN.match(segment) and re.search(r"\d", segment):
            segment = "{token}"
        else:
            segment = re.sub(r"\d+", "#", segment)
        parts.append(segment)
    return "/".join(parts)


def is_skipped(href: str) -> bool:
    lowered = href.strip().lower()
    return lowered.startswith(SKIP_SCHEMES) or any(word in lowered for word in SKIP_WORDS)


class Crawler:
    """GET-only crawl of one origin with one requests.Session (so one set of cookies)."""

    def __init__(self, base: str, label: str, max_pages: int, per_template: int, verbose: bool = False) -> None:
        self.base, self.label, self.verbose = base.rstrip("/"), label, verbose
        self.origin = urlsplit(self.base)[:2]
        self.max_pages, self.per_template = max_pages, per_template
        self.session = requests.Session()
        self.seen: set[str] = set()
        self.per_path: collections.Counter[str] = collections.Counter()
        self.limited: set[str] = set()
        self.queue: list[tuple[int, int, str, str]] = []  # (rank within its template, order, url, referrer)
        self.order = itertools.count()
        self.pages = 0
        self.server_errors = self.broken_links = self.word_pages = 0

    # Fetching

    def fetch(self, url: str) -> tuple[list[tuple[int | str, str]], requests.Response | None]:
        """GETs `url`, following same-origin redirects by hand; returns every hop's (status, url)."""
        hops: list[tuple[int | str, str]] = []
        response = None
        for _ in range(MAX_HOPS):
            try:
                response = self.session.get(url, allow_redirects=False, timeout=TIMEOUT)
            except requests.RequestException as error:
                hops.append((f"ERR {type(error).__name__}", url))
                return hops, None
            hops.append((response.status_code, url))
            self.seen.add(url)
            location = response.headers.get("Location")
            if not (300 <= response.status_code < 400 and location):
                break
            url = urldefrag(urljoin(url, location)).url
            if not self.is_internal(url):
                break
        return hops, response

    def is_internal(self, url: str) -> bool:
        return urlsplit(url)[:2] == self.origin

    def check(self, url: str, referrer: str) -> requests.Response | None:
        """Fetches one URL and records its failures; returns the final response."""
        hops, response = self.fetch(url)
        if self.verbose:
            print(" -> ".join(f"{status} {hop}" for status, hop in hops), flush=True)
        for status, hop in hops:
            if isinstance(status, str) or status >= 500:
                self.server_errors += 1
                self.report(status, hop, referrer, url)
        status, last = hops[-1]
        if status == 404 or len(hops) == MAX_HOPS and isinstance(status, int) and 300 <= status < 400:
            self.broken_links += 1
            self.report(status if status == 404 else "redirect loop", last, referrer, url)
        return response

    def report(self, status: int | str, url: str, referrer: str, requested: str) -> None:
        via = f", redirected from {requested}" if url != requested else ""
        print(f"{status} {url} (linked from {referrer}{via})", flush=True)

    # Queueing

    def normalise(self, href: str, page: str) -> str | None:
        """The absolute, fragment-free URL of an internal link worth visiting, else None."""
        if is_skipped(href):
            return None
        url = urldefrag(urljoin(page, href.strip())).url
        if not self.is_internal(url) or url in self.seen:
            return None
        key = template(url)
        if self.per_path[key] >= self.per_template:
            self.limited.add(key)
            return None
        self.per_path[key] += 1
        self.seen.add(url)
        return url

    def enqueue(self, href: str, referrer: str) -> None:
        url = self.normalise(href, referrer)
        if url:
            rank = self.per_path[template(url)]
            heapq.heappush(self.queue, (rank, next(self.order), url, referrer))

    # Crawling

    def visit(self, url: str, referrer: str) -> None:
        self.pages += 1
        response = self.check(url, referrer)
        if response is None or response.status_code != 200 or "html" not in response.headers.get("Content-Type", ""):
            return
        page = response.url  # the last redirect hop: relative links are relative to it
        words = developer_words(response.text)
        if words:
            self.word_pages += 1
            print(f"words {page}: {'; '.join(words[:5])}", flush=True)
        parser = LinkParser()
        parser.feed(response.text)
        for href in parser.assets:
            asset = self.normalise(href, page)
            if asset:
                self.check(asset, page)
        for href in parser.pages:
            self.enqueue(href, page)

    def crawl(self, starts: list[str]) -> None:
        for start in starts:
            self.enqueue(start, "start")
        while self.queue and self.pages < self.max_pages:
            _, _, url, referrer = heapq.heappop(self.queue)
            self.visit(url, referrer)
        if self.queue:
            print(f"note {self.label}: stopped at {self.max_pages} pages, {len(self.queue)} links not visited")

    def print_summary(self) -> None:
        if self.limited:
            print(f"note {self.label}: {self.per_template} URLs at most for {', '.join(sorted(self.limited))}")
        print(f"crawl {self.label}: {self.pages} pages, {self.server_errors} server errors, "
              f"{self.broken_links} broken links, {self.word_pages} pages with developer words", flush=True)

    # Signing in

    def sign_in(self, email: str, password: str) -> bool:
        """Signs in through the HTML form, keeping the CSRF and session cookies in the session."""
        form_url = f"{self.base}/staff/sign-in"
        page = self.session.get(form_url, timeout=TIMEOUT)
        form = FormParser("/staff/sign-in")
        form.feed(page.text)
        if page.status_code != 200 or not form.found or "_csrf" not in form.fields:
            print(f"{page.status_code} {form_url} (sign-in form without a CSRF field)")
            return False
        fields = dict(form.fields, email=email, password=password)
        answer = self.session.post(form_url, data=fields, allow_redirects=False, timeout=TIMEOUT)
        check = self.session.get(f"{self.base}/staff", allow_redirects=False, timeout=TIMEOUT)
        if answer.status_code not in (302, 303) or check.status_code != 200:
            print(f"{answer.status_code} {form_url} (signing in as {email} failed; /staff then answered {check.status_code})")
            return False
        return True


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8383")
    parser.add_argument("--start", action="append", help="a path to start from (repeatable; default /)")
    parser.add_argument("--email", help="sign in as this staff member first")
    parser.add_argument("--password")
    parser.add_argument("--label", default="crawl", help="names the crawl in the summary line")
    parser.add_argument("--max-pages", type=int, default=2000)
    parser.add_argument("--per-template", type=int, default=40)
    parser.add_argument("--verbose", action="store_true", help="print every URL fetched and its redirect hops")
    return parser.parse_args()


def main() -> int:
    arguments = parse_arguments()
    crawler = Crawler(arguments.base_url, arguments.label, arguments.max_pages, arguments.per_template, arguments.verbose)
    if arguments.email and not crawler.sign_in(arguments.email, arguments.password or ""):
        print(f"crawl {arguments.label}: sign-in as {arguments.email} failed", flush=True)
        return 1
    crawler.crawl([crawler.base + path for path in arguments.start or ["/"]])
    crawler.print_summary()
    return 1 if crawler.server_errors or crawler.broken_links or crawler.word_pages else 0


if __name__ == "__main__":
    sys.exit(main())
