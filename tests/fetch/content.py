"""Feeds and pages the fetch tests serve, written here (our own words, invented outlets)."""

from __future__ import annotations

from html import escape

WATCH = (
    "La manufacture horlogère Duval, installée à Besançon, emploie 120 salariés. "
    "Son chiffre d'affaires a atteint 14 millions d'euros en 2025, selon sa direction. "
    "Elle prévoit de recruter une vingtaine de personnes d'ici l'été."
)
ECONOMY = (
    "L'entreprise de décolletage Martin, basée à Morteau, investit 3 millions d'euros dans une "
    "nouvelle usine. Le site comptera 45 emplois à son ouverture prévue en 2027."
)
SPORT = (
    "Le club de handball local a remporté son match de dimanche devant un public nombreux. "
    "L'entraîneur a salué l'engagement de ses joueurs pendant toute la rencontre."
)


def rss(items: list[dict], title: str = "Le Courrier du Doubs (test)") -> str:
    """RSS 2.0; each item: title, link, date (RFC 822), text."""
    body = "".join(
        f"<item><title>{escape(i['title'])}</title><link>{escape(i['link'])}</link>"
        f"<pubDate>{i.get('date', 'Mon, 10 Nov 2026 08:00:00 +0100')}</pubDate>"
        f"<description>{escape('<p>' + i['text'] + '</p>')}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>{body}</channel></rss>"
    )


def atom(entries: list[dict]) -> str:
    """Atom 1.0; each entry: title, link, updated (ISO), text (may be empty)."""
    body = "".join(
        f'<entry><title>{escape(e["title"])}</title><link href="{escape(e["link"])}"/>'
        f"<id>{escape(e['link'])}</id><updated>{e.get('updated', '2026-11-12T09:00:00Z')}</updated>"
        f"<summary>{escape(e.get('text', ''))}</summary></entry>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom test</title><id>urn:test</id><updated>2026-11-12T09:00:00Z</updated>{body}</feed>"
    )


def article(title: str, text: str, date: str = "2026-11-12", charset: str = "utf-8") -> str:
    """An article page with navigation, a sidebar and a footer around the article."""
    paras = "".join(f"<p>{escape(s)}</p>" for s in text.split(". ") if s)
    return (
        f'<html><head><meta charset="{charset}"><title>{escape(title)}</title>'
        f'<meta property="article:published_time" content="{date}T08:00:00+01:00"></head><body>'
        "<nav><ul><li><a href='/'>Accueil</a></li><li><a href='/eco'>Économie</a></li></ul></nav>"
        f"<article><h1>{escape(title)}</h1>{paras}</article>"
        "<aside><h3>Les plus lus</h3><p>Météo : 12 degrés demain matin sur le Haut-Doubs.</p></aside>"
        "<footer>Mentions légales · Tous droits réservés</footer></body></html>"
    )


def several(items: list[tuple[str, str, str]]) -> str:
    """A page of short items, each an <article> with a heading, a date and a paragraph."""
    arts = "".join(
        f"<article><h2>{escape(t)}</h2><time datetime='{d}'>{d}</time><p>{escape(x)}</p></article>"
        for t, d, x in items
    )
    return (
        "<html><head><meta charset='utf-8'><title>Brèves éco</title></head><body>"
        f"<nav><a href='/'>Accueil</a></nav><main>{arts}</main><footer>Mentions légales</footer>"
        "</body></html>"
    )


XXE = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><title>x</title><item><title>&secret;</title>'
    "<link>http://127.0.0.1/x</link><description>&secret;</description></item></channel></rss>"
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    '<rss version="2.0"><channel><title>&b;</title></channel></rss>'
)
