"""Component ids, in one place: pages and callbacks refer to these names, never to literals."""

from __future__ import annotations

from enum import StrEnum


class Id(StrEnum):
    QUERY = "query-store"  # canonical query string of the page's current state
    SHARE = "share-link"
    SHARE_COPY = "share-copy"
    LANG_LINK = "lang-link"
    NOTICES = "notices"
    # Secteur
    INDICATOR = "sector-indicator"
    SEGMENT = "sector-segment"
    GEO = "sector-geo"
    ENTITY = "sector-entity"
    MODE = "sector-mode"
    BASE = "sector-base"
    YEARS = "sector-years"
    PLAY = "sector-play"  # plays the period: the end year advances step by step
    PLAY_TIMER = "sector-play-timer"
    CHANGE_TABLE = "sector-change-table"  # change between two years, one row per series
    CHANGE_DOWNLOAD = "sector-change-download"
    CHANGE_FILE = "sector-change-file"
    WORDS_TITLE = "sector-words-title"  # the reader's words on the chart
    WORDS_SUBTITLE = "sector-words-subtitle"
    WORDS_NOTE = "sector-words-note"
    WORDS_MARKS = "sector-words-marks"
    WORDS_APPLY = "sector-words-apply"
    SECTOR_GRAPH = "sector-graph"
    SECTOR_DESC = "sector-description"
    SECTOR_NEWS = "sector-news-item"
    SECTOR_TABLE = "sector-table"
    # Actualités
    NEWS_REGION = "news-region"
    NEWS_DEPARTMENT = "news-department"
    NEWS_TOPIC = "news-topic"
    NEWS_FROM = "news-from"
    NEWS_TO = "news-to"
    NEWS_FIGURES = "news-figures"
    NEWS_SEARCH = "news-search"
    NEWS_COUNT = "news-count"
    NEWS_LIST = "news-list"
    NEWS_MORE = "news-more"
    # Territoires
    TERR_METRIC = "territories-metric"
    TERR_GRAPH = "territories-graph"
    TERR_DESC = "territories-description"
    TERR_LINK = "territories-link"
    TERR_DEPT_GRAPH = "territories-departments-graph"
    TERR_DEPT_DESC = "territories-departments-description"
    TERR_INDICATOR = "territories-indicator"
    TERR_YEAR = "territories-year"
    TERR_REGION = "territories-region"
    TERR_SOURCES = "territories-sources"
    TERR_DEPT_SOURCES = "territories-departments-sources"
    # Données
    DATA_INDICATOR = "data-indicator"
    DATA_GEO = "data-geo"
    DATA_STATUS = "data-status"
    DATA_GRID = "data-grid"
    DATA_COUNT = "data-count"
    DATA_COLUMNS = "data-columns"  # which grid columns are shown
    DATA_DOWNLOADS = "data-downloads"  # links to the filtered rows as files


def download_slot(chart_id: str) -> dict[str, str]:
    """Id of the container the exports menu fills for `chart_id` (pattern-matching callbacks)."""
    return {"type": "download-slot", "chart": chart_id}


def chart_query(chart_id: str) -> dict[str, str]:
    """Id of the Store holding the query string of `chart_id`'s current view."""
    return {"type": "chart-query", "chart": chart_id}
