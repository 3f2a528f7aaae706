"""Topics of a news item from its vocabulary: watchmaking, economy, other.

Input: title and text. Output: a sorted list of topic codes. `watchmaking` when the text
talks about clocks and watches or the sector's bodies; `economy` when it talks about
companies, jobs, money, trade or insolvency; `other` when neither. A watchmaking item is
usually economic too, and then carries both.
"""

from __future__ import annotations

import re

TOPICS = ("watchmaking", "economy", "other")

WATCHMAKING = re.compile(
    r"\b(horlog\w*|montres?\b|manufacture horlog\w*|francéclat|franceclat|france horlogerie|"
    r"mouvements? (mécaniques?|à quartz|horlog\w*)|calibres?\b|cadrans?\b|boîtiers?\b|"
    r"fédération de l.industrie horlogère|fh\b|bracelets? de montres?|microtechni\w*)",
    re.IGNORECASE,
)
ECONOMY = re.compile(
    r"\b(entreprises?|sociétés?|groupes?|filières?|secteurs?|industri\w*|emplois?|salariés?|"
    r"effectifs?|embauch\w*|recrut\w*|licenci\w*|chômage|chiffre d.affaires|ventes?|"
    r"export\w*|import\w*|marchés?|investiss\w*|redressement|liquidation|sauvegarde|"
    r"plan social|rachat|rachète|reprise|usines?|magasins?|enseignes?|commerces?|"
    r"millions? d.euros|milliards?|m€|économi\w*|fiscal\w*|bailleurs?|immobilier|"
    r"travailleurs? indépendants?|artisan\w*|production|productivité)",
    re.IGNORECASE,
)


def topics_of(title: str, text: str) -> list[str]:
    """Topic codes the vocabulary of an item supports, in TOPICS order."""
    body = f"{title}\n{text}"
    found = []
    if WATCHMAKING.search(body):
        found.append("watchmaking")
    if len(ECONOMY.findall(body)) >= 1:
        found.append("economy")
    return found or ["other"]


def checked_topics(raw: str) -> list[str]:
    """Topics given in a digest header ("watchmaking, economy"), keeping only known codes."""
    given = [t.strip().lower() for t in re.split(r"[,;|]", raw) if t.strip()]
    return [t for t in TOPICS if t in given]
