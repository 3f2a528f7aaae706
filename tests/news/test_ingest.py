"""News ingest: the real seed page split into items, digests, bare pages, HTML and feeds."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from etl.errors import SourceError
from etl.news.extract.periods import resolve_date
from etl.news.ingest.dates import find_dates, month_number, stamp
from etl.news.ingest.files import news_files, read_news_file
from etl.news.ingest.items import is_paragraph, is_title, split_page
from tests.shared import SEED_PAGE, shared_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seed_items(tmp_path: Path) -> list:
    """The seed page read as a bare text file from a scratch raw folder (never from the repo)."""
    folder = tmp_path / "raw" / "news" / "pages"
    folder.mkdir(parents=True)
    seed = shared_path(*SEED_PAGE)
    shutil.copy(seed, folder / seed.name)
    return read_news_file(folder / seed.name, tmp_path / "raw")


def test_seed_page_splits_into_one_article_and_five_items(seed_items: list) -> None:
    assert len(seed_items) == 6
    article, *listed = seed_items
    assert article.title.startswith("L’horlogerie française renforce")
    assert article.published_on == dt.date(2025, 10, 2)
    assert article.updated_on == dt.date(2025, 10, 2)
    assert "423 millions d’euros" in article.text
    assert "Laisser un commentaire" not in article.text
    assert "Illustration" not in article.text  # photo credits are not body text
    titles = [it.title for it in listed]
    assert titles[0].startswith("Baptiste Clerin")
    assert titles[1].startswith("Okaïdi sollicite")
    assert titles[2].startswith("Joël Baud au Sénat")
    assert titles[3].startswith("Un nouveau souffle pour le logement")
    assert titles[4].startswith("“Tournerie et Tabletterie")
    dates = [it.published_on for it in listed]
    assert dates[:4] == [dt.date(2026, 1, 27)] * 4  # the 4th states none: its neighbour's date
    assert dates[4] == dt.date(2026, 1, 23)  # the IG item's own latest date


def test_seed_page_drops_the_widget_block(seed_items: list) -> None:
    text = "\n".join(f"{it.title}\n{it.text}" for it in seed_items)
    for widget in ("Offre d'emploi", "Sondage", "hPa", "m/s", "Devenez membre", "couvert"):
        assert widget not in text
    assert all(it.outlet == "macommune.info" for it in seed_items)
    assert seed_items[-1].text.endswith("à Moirans-en-Montagne dans le Jura.")


def test_seed_items_have_stable_distinct_ids(seed_items: list, tmp_path: Path) -> None:
    ids = [it.news_id for it in seed_items]
    assert len(set(ids)) == 6 and all(i.startswith("news-") for i in ids)
    again = read_news_file(tmp_path / "raw" / "news" / "pages" / SEED_PAGE[-1], tmp_path / "raw")
    assert [it.news_id for it in again] == ids
    assert seed_items[2].lead.startswith("Le groupe IDKIDS")


def test_homologation_date_resolves_against_the_item_date(seed_items: list) -> None:
    ig = seed_items[-1]
    assert "le 28 novembre dernier" in ig.text
    assert resolve_date("le 28 novembre dernier", ig.published_on.isoformat()) == "2025-11-28"


def test_line_kinds_and_dates() -> None:
    assert is_title("Okaïdi sollicite son placement en redressement judiciaire : 14 magasins")
    assert not is_title("Sondage") and not is_title("Le marché a progressé.")
    assert is_paragraph("Le groupe emploie environ 2 000 salariés en France et ferme ses portes.")
    assert not is_paragraph("Publiez gratuitement vos actualités et événements")
    assert (
        month_number("janveir") == 1 and month_number("Août") == 8 and month_number("mar") is None
    )
    assert find_dates("le 1er octobre 2025 puis le 27 janveir 2026") == [
        dt.date(2025, 10, 1),
        dt.date(2026, 1, 27),
    ]
    assert stamp("Publié le 02/10/2025 - 16:47") == ("published", dt.date(2025, 10, 2))
    assert stamp("Mis à jour le 3 octobre 2025") == ("updated", dt.date(2025, 10, 3))


def test_plain_article_without_furniture_is_one_item() -> None:
    text = (
        "Yema ouvre un atelier\n\nPublié le 12/03/2024\n\nLa marque horlogère de Morteau ouvre "
        "un nouvel atelier de montage et embauche douze horlogers cette année.\n\n"
        "Un second atelier\n\nUn autre site suivra en 2025 selon la direction, qui ne donne "
        "pas encore de calendrier précis pour son ouverture.\n"
    )
    items = split_page(text)
    assert len(items) == 1  # its subheading stays in the body
    assert "Un second atelier" in items[0].text
    assert items[0].published_on == dt.date(2024, 3, 12)


def _write(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_digest_header_and_errors(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    good = _write(
        raw / "news" / "d",
        "ok.txt",
        "title: Un titre\noutlet: L'Est Républicain\nurl: https://example.org/a/1\n"
        "published: 2024-05-02\ntopics: watchmaking, economy\n\nLe corps du texte.\n",
    )
    (item,) = read_news_file(good, raw)
    assert (item.outlet, item.published_on, item.given_topics) == (
        "L'Est Républicain",
        dt.date(2024, 5, 2),
        ["watchmaking", "economy"],
    )
    assert item.raw_path == "raw/news/d/ok.txt" and item.url == "https://example.org/a/1"
    bad = _write(
        raw / "news" / "d", "bad.txt", "title: X\noutlet: Y\npublished: 02/05/2024\n\nTexte.\n"
    )
    with pytest.raises(SourceError) as err:
        read_news_file(bad, raw)
    assert str(err.value) == (
        "raw/news/d/bad.txt, row 3: date is not YYYY-MM-DD, YYYY-MM or YYYY (found '02/05/2024')"
    )


def test_html_page(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    page = _write(
        raw / "news" / "html",
        "page.html",
        """<html><head><title>Site</title>
        <meta property="og:title" content="Lip recrute à Besançon">
        <meta property="og:site_name" content="La Presse Test">
        <link rel="canonical" href="https://presse.example/lip-recrute">
        <meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
        <meta property="article:modified_time" content="2024-03-06T09:00:00+01:00">
        </head><body><nav>Accueil Economie Sport</nav>
        <article><h1>Lip recrute à Besançon</h1>
        <p>La manufacture horlogère Lip annonce vingt embauches dans son atelier de Besançon
        cette année, pour un chiffre d'affaires de 27 millions d'euros.</p>
        <p>Les postes concernent le montage et le contrôle des montres.</p></article>
        <footer>Mentions légales</footer><script>var x = 1;</script></body></html>""",
    )
    (item,) = read_news_file(page, raw)
    assert item.title == "Lip recrute à Besançon"
    assert item.outlet == "La Presse Test" and item.url == "https://presse.example/lip-recrute"
    assert (item.published_on, item.updated_on) == (dt.date(2024, 3, 5), dt.date(2024, 3, 6))
    assert "27 millions d'euros" in item.text and "Accueil" not in item.text
    assert "var x" not in item.text and "Mentions" not in item.text


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Journal Test</title><link>https://journal.example/</link><description>d</description>
<item><title>Yema agrandit son atelier de Morteau</title>
<link>https://journal.example/yema-atelier</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
<description><![CDATA[<p>La marque horlogère de Morteau emploie désormais 30 salariés.</p>]]></description>
</item><item><title>Bodet investit à Trémentines</title>
<link>https://journal.example/bodet</link><pubDate>Wed, 06 Mar 2024 10:00:00 +0100</pubDate>
<description>Le groupe investit 5 millions d'euros dans son usine.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Test</title><id>urn:test</id><updated>2024-04-02T00:00:00Z</updated>
<entry><title>Francéclat publie ses chiffres</title><id>urn:e1</id>
<link href="https://atom.example/franceclat"/>
<published>2024-04-01T08:00:00Z</published><updated>2024-04-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;L'horlogerie française a réalisé 410 millions d'euros.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    rss = read_news_file(_write(raw / "news" / "feeds", "journal.rss", RSS), raw)
    atom = read_news_file(_write(raw / "news" / "feeds", "atom.xml", ATOM), raw)
    assert [it.title for it in rss] == [
        "Yema agrandit son atelier de Morteau",
        "Bodet investit à Trémentines",
    ]
    assert rss[0].outlet == "Journal Test" and rss[0].published_on == dt.date(2024, 3, 5)
    assert rss[0].text == "La marque horlogère de Morteau emploie désormais 30 salariés."
    assert rss[0].news_id != rss[1].news_id
    (entry,) = atom
    assert entry.url == "https://atom.example/franceclat" and entry.outlet == "Atom Test"
    assert (entry.published_on, entry.updated_on) == (dt.date(2024, 4, 1), dt.date(2024, 4, 2))
    assert "410 millions d'euros" in entry.text
    assert [p.name for p in news_files(raw / "news")] == ["atom.xml", "journal.rss"]


def test_unreadable_files_raise_one_clear_error(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    feed = _write(raw / "news" / "f", "broken.rss", "<rss><channel><title>x</title>")
    with pytest.raises(SourceError, match=r"^raw/news/f/broken.rss: not a readable RSS/Atom feed"):
        read_news_file(feed, raw)
    empty = _write(raw / "news" / "f", "empty.txt", "Sondage\n\nOffre d'emploi\n")
    with pytest.raises(SourceError, match="no news item found"):
        read_news_file(empty, raw)
    binary = raw / "news" / "f" / "latin.txt"
    binary.write_bytes("Titre\n\nCafé à Besançon.".encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        read_news_file(binary, raw)


def test_html_listing_with_several_articles(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    page = _write(
        raw / "news" / "html",
        "liste.html",
        """<html><head><title>Economie - Journal</title>
        <meta property="og:site_name" content="Journal Test"></head><body>
        <article><h2>Morteau : un atelier de plus</h2><time datetime="2024-02-01">1 fév.</time>
        <p>Une entreprise horlogère de Morteau ouvre un second atelier et recrute dix personnes.</p>
        </article>
        <article><h2>Besançon : un salon des microtechniques</h2>
        <time datetime="2024-02-03T10:00">3 fév.</time>
        <p>Le salon a réuni une centaine d'exposants à Besançon pendant trois jours.</p></article>
        </body></html>""",
    )
    items = read_news_file(page, raw)
    assert [(it.title, it.published_on) for it in items] == [
        ("Morteau : un atelier de plus", dt.date(2024, 2, 1)),
        ("Besançon : un salon des microtechniques", dt.date(2024, 2, 3)),
    ]
    assert (
        items[0].text.startswith("Une entreprise horlogère") and items[0].outlet == "Journal Test"
    )
    assert items[0].news_id != items[1].news_id  # no own address: outlet, title and date


def test_bare_text_without_site_name(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    path = _write(
        raw / "news" / "lejournal",
        "note.txt",
        "Une usine de boîtiers rouvre\n\nPublié le 05/06/2023\n\nLa manufacture de boîtiers "
        "de montres rouvre ses portes dans le Haut-Doubs avec quinze salariés.\n",
    )
    (item,) = read_news_file(path, raw)
    assert (item.outlet, item.url, item.published_on) == (
        "lejournal",
        "raw/news/lejournal/note.txt",
        dt.date(2023, 6, 5),
    )


def test_navigation_above_the_article_and_dated_list_items() -> None:
    text = (
        "Accueil\n\nActualités Economie Sport Culture\n\n"
        "Une manufacture rouvre à Morteau\n\nPublié le 04/03/2024 - 09:00\n\n"
        "La manufacture horlogère rouvre ses ateliers et embauche douze personnes cette année.\n\n"
        "Partager\n\n"
        "Un sous-traitant investit dans le Jura\n\nPublié le 01/03/2024\n\n"
        "Le fabricant de boîtiers investit deux millions d'euros dans une nouvelle ligne.\n\n"
        "Newsletter\n"
    )
    items = split_page(text)
    assert [(it.title, it.published_on) for it in items] == [
        ("Une manufacture rouvre à Morteau", dt.date(2024, 3, 4)),
        ("Un sous-traitant investit dans le Jura", dt.date(2024, 3, 1)),
    ]
    assert "Accueil" not in items[0].text and "Partager" not in items[0].text


def test_digest_with_month_precision(tmp_path) -> None:
    """A source that prints only a month gives a month: no day is invented."""
    from etl.news.ingest.text_files import read_text

    path = tmp_path / "d.txt"
    path.write_text(
        "title: Un titre\noutlet: Le Journal\nurl: https://example.org/a\npublished: 2024-01\n\n"
        "Les exportations ont atteint 12 millions d'euros en 2023.\n",
        encoding="utf-8",
    )
    (item,) = read_text(path, "raw/news/d.txt")
    assert item.published == "2024-01"
    assert item.published_precision == "month"
