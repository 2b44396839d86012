"""The workbench in a real browser (issue 13): `vanban serve` on a store of the
bundled documents, read by headless Chromium.  Pages load, search works with
and without accents, a citation link leads to the cited document, the chart is
drawn, and no page asks for anything outside 127.0.0.1.  A screenshot of each
page is kept under output/browser/."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest

from tests.conftest import CORPUS, ROOT
from vanban.pipeline.ingest import IngestOptions, ingest
from vanban.pipeline.store.core import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make install installs it)"),
]
SCREENSHOTS = ROOT / "output" / "browser"
# Chromium's own background traffic (updates, accounts) is not the page's; the
# test tells the page's requests apart by their initiator.
QUIET = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "archive.db"
    store = Store(db)
    ingest(
        store,
        [CORPUS / name for name in ("seeds", "tvpl") if (CORPUS / name).is_dir()],
        IngestOptions(workers=2),
    )
    store.close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "vanban.pipeline", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("vanban serve did not start: " + server.stdout.read().decode())
    yield {"base": base, "db": db, "folder": folder}
    server.terminate()
    server.wait(10)


def browse(site, path: str, name: str) -> str:
    """The page's DOM after Chromium loaded it; its screenshot kept; and the
    check that every request the page made went to this machine."""
    url = site["base"] + path
    log = site["folder"] / f"{name}.netlog.json"
    dom = subprocess.run(
        [CHROMIUM, *QUIET, f"--log-net-log={log}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "</html>" in dom, f"{url} did not load"
    origin = site["base"]
    requested = {
        event["params"]["url"]
        for event in json.loads(log.read_text())["events"]
        if event.get("params", {}).get("initiator") == origin and "url" in event["params"]
    }
    outside = [u for u in requested if not u.startswith("http://127.0.0.1:")]
    assert not outside, f"{path} asked for {outside}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [CHROMIUM, *QUIET, f"--screenshot={SCREENSHOTS / (name + '.png')}", "--window-size=1280,1100", url],
        capture_output=True,
        timeout=120,
    )
    assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000
    return dom


def _documents_linked(dom: str) -> list[int]:
    return [int(n) for n in re.findall(r'href="/-/vanban/document/(\d+)"', dom)]


def test_home_and_the_documents_table(site):
    home = browse(site, "/", "home")
    assert "vanban" in home and "archive" in home
    table = browse(site, "/archive/documents", "documents")
    assert "col-doc_number" in table and "col-issuer" in table
    assert "col-text" not in table and "col-search_text" not in table  # left out of the table…
    row = browse(site, "/archive/documents/1", "document-row")
    assert "col-text" in row  # …shown on the row page


def test_search_with_and_without_accents(site):
    exact = browse(site, "/-/vanban/search?q=" + quote("Đà Nẵng"), "search-accents")
    folded = browse(site, "/-/vanban/search?q=" + quote("da nang"), "search-no-accents")
    exact_hits, folded_hits = _documents_linked(exact), _documents_linked(folded)
    assert exact_hits and len(folded_hits) > len(exact_hits)
    assert "<mark>Đà</mark> <mark>Nẵng</mark>" in exact
    number = browse(site, "/-/vanban/search?q=" + quote("11/CT-UBND"), "search-number")
    assert _documents_linked(number) and "11/CT-UBND" in number


def test_a_citation_link_leads_to_the_cited_document(site):
    store = Store(site["db"], read_only=True)
    citing, cited = store.db.execute(
        "SELECT citing_id, cited_id FROM citation_links WHERE cited_id IS NOT NULL ORDER BY citing_id LIMIT 1"
    ).fetchone()
    page = browse(site, f"/-/vanban/document/{citing}", "document")
    assert 'class="fact fact-doc_ref"' in page and 'class="fact fact-date"' in page
    cites_table = page.split('class="rows-and-columns vanban-cites"')[1].split("</table>")[0]
    assert cited in _documents_linked(cites_table)
    followed = browse(site, f"/-/vanban/document/{cited}", "document-cited")
    assert store.document(cited)["doc_number"] in followed
    cited_by_table = followed.split('class="rows-and-columns vanban-cited-by"')[1].split("</table>")[0]
    assert citing in _documents_linked(cited_by_table)


def test_the_chart_of_a_measure_is_drawn(site):
    page = browse(site, "/-/vanban/series?subject=" + quote("giới tính khi sinh"), "series")
    chart = page.split('class="vanban-chart"')[1].split("</svg>")[0]
    assert chart.count("<circle") >= 2 and "117 trẻ nam/100 trẻ nữ" in chart


def test_canned_queries_answer_the_questions(site):
    page = browse(site, "/archive/cites?number=" + quote("11/CT-UBND"), "canned-cites")
    assert "48/TB-UBND" in page


def test_canned_queries_fold_like_the_command_line(site):
    tasks = browse(site, "/archive/tasks_of_a_body?body=" + quote("So Y te"), "canned-tasks")
    assert "Sở Y tế" in tasks
    ratio = browse(site, "/archive/sex_ratio_at_birth", "canned-sex-ratio")
    assert "117 trẻ nam/100 trẻ nữ" in ratio


def test_datasettes_search_box_folds_like_the_command_line(site):
    def count(query: str) -> int:
        url = f"{site['base']}/archive/documents.json?_search={quote(query)}&_shape=array&_size=max"
        return len(json.loads(urllib.request.urlopen(url, timeout=30).read()))

    assert count("tỷ số") == count("tỉ số") > 0
    assert count("đồng") == count("dong") > 0
    page = browse(site, "/archive/documents?_search=" + quote("tỷ số giới tính"), "datasette-search")
    assert "col-doc_number" in page
