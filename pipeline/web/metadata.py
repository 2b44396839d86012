"""What Datasette shows of a store: table and column descriptions, facets,
hidden tables, and canned queries for the questions researchers ask."""

from __future__ import annotations

from pathlib import Path

from vanban.pipeline.store.spans import fact_text_sql

# Columns left out of a table's page, to keep it light and readable: the long
# ones (the text, JSON) and the technical ones.  The row page and
# the document page show every one.
HIDDEN_IN_TABLES = {
    "documents": [
        "text",
        "normalization",
        "metadata",
        "extractor_versions",
        "sha256",
        "size",
        "encoding",
        "reader",
        "reader_version",
        "number_key",
        "facets",
        "issuer_inferred",
        "ingested_at",
        "recipients",
        "parent_issuer",
        "authority",
        "signer_title",
        "inferred",
        "n_chars",
    ],
    "facts": ["partners", "canonical_body", "percentage_point"],
}

TABLES = {
    "documents": {
        "description": "One row per distinct content: the header read from it, its text, counts. "
        "Its paths are in sources; its facts in facts.",
        "facets": ["doc_type", "issuer", "issue_place", "format"],
        "sort_desc": "issue_date",
        "label_column": "doc_number",
        "columns": {
            "doc_number": "Số ký hiệu as written (48/TB-UBND)",
            "number_key": "doc_number folded: no spaces, case and accents (48/tb-ubnd)",
            "doc_type": "Thông báo, Quyết định, Kế hoạch, Công văn, Công điện, Tin tức …",
            "issuer": "The issuing body, by its registry name",
            "issue_place": "Place of the date line (Việt Yên)",
            "issue_date": "Date of issue, ISO (partial when the text gives no day)",
            "inferred": "Header fields not read from the header itself (JSON list)",
            "facets": "Words for type, issuer, place and year of issue that the search index holds "
            "in its second column, for filtered searches",
            "variant_of": "The first stored copy of the same document (a scan and a Word file)",
            "read_confidence": "How sure the reader is of the text (0–1)",
            "text": "The normalised text (hidden in this table; on the row page)",
        },
    },
    "facts": {
        "description": "Dates, document references, percentages, ratios and assignments found in the "
        "texts, each with its span (start, end) in documents.text; a fact's text as written is that span: "
        'substr(d.text, f.start + 1, f."end" - f.start).',
        "facets": ["kind", "doc_type", "role", "ratio_kind"],
        "columns": {
            "kind": "date, doc_ref, percentage, ratio or assignment",
            "value": "A date's ISO value or a percentage's number",
            "subject": "The measure a figure is about (tỷ số giới tính khi sinh)",
            "body": "Who is assigned (as written)",
            "task": "What is assigned, whole",
            "deadline": "By when (ISO, partial allowed)",
            "role": "lead, execute, partner, advise, report …",
        },
    },
    "bodies": {
        "description": "The registry of bodies: one row per body however it is spelled.",
        "facets": ["kind", "level"],
        "label_column": "name",
    },
    "body_links": {
        "description": "Where each body appears: as assignee, partner, issuer, parent issuer or recipient.",
        "facets": ["role"],
    },
    "sources": {"description": "Every path a document was read from (one content, many paths)."},
    "citations": {"description": "Each reference to a numbered document, by the number's folded key."},
    "citation_links": {
        "description": "Each citation with the stored documents it names (cited_id empty: not in the "
        "archive); never the citing document itself."
    },
    "errors": {"description": "Files that could not be imported: stage and cause.", "facets": ["stage"]},
    "runs": {"description": "Every import: when, with what, and its counts."},
}

QUERIES = {
    "sex_ratio_at_birth": {
        "title": "Sex ratio at birth by place and year",
        "description": "Ratios whose subject is the sex ratio at birth, per 100 girls.",
        "sql": "SELECT d.issue_date, coalesce(d.issue_place, d.issuer) AS place, "
        f"round(f.numerator * 100.0 / f.denominator, 1) AS per_100, {fact_text_sql('d', 'f')} AS text, "
        "d.doc_number, d.id AS document "
        "FROM facts f JOIN documents d ON d.id = f.document_id "
        "WHERE f.kind = 'ratio' AND vanban_matches('giới tính khi sinh', f.subject) ORDER BY d.issue_date",
    },
    "cites": {
        "title": "Documents citing a number",
        "description": "Who cites a document number (11/CT-UBND; case and accents folded).",
        # (d is the citing document, whose text holds the reference)
        "sql": "SELECT d.id AS document, d.doc_number, d.issue_date, d.issuer, "
        f"{fact_text_sql('d', 'f')} AS cited_as "
        "FROM citations c JOIN facts f ON f.id = c.fact_id JOIN documents d ON d.id = c.document_id "
        "WHERE c.number_key = vanban_number_key(:number) ORDER BY d.issue_date",
    },
    "tasks_of_a_body": {
        "title": "What a body was asked to do",
        "description": "Assignments of a body (any name or abbreviation, diacritics optional), with deadlines.",
        "sql": "SELECT d.issue_date, d.doc_number, b.name AS body, f.role, f.task, f.deadline, d.id AS document "
        "FROM body_links l JOIN bodies b ON b.id = l.body_id JOIN facts f ON f.id = l.fact_id "
        "JOIN documents d ON d.id = l.document_id "
        "WHERE l.role = 'assignee' AND vanban_body_matches(:body, b.name, b.aliases) ORDER BY d.issue_date",
    },
    "cong_dien": {
        "title": "Công điện by issuer",
        "description": "Which bodies issued Công điện, and about what.",
        "sql": "SELECT issuer, issue_date, doc_number, title, id AS document FROM documents "
        "WHERE doc_type = 'Công điện' ORDER BY issuer, issue_date",
    },
}


def metadata(db_path: Path) -> dict:
    """Datasette metadata for the store at ``db_path``."""
    return {
        "title": "vanban — Vietnamese administrative documents",
        "description_html": "Search with the accent rules of the command line: "
        '<a href="/-/vanban/search">search</a> · '
        '<a href="/-/vanban/series?subject=giới+tính+khi+sinh">a measure over time</a>.',
        "databases": {
            Path(db_path).stem: {
                "tables": {
                    **TABLES,
                    "documents_fts": {"hidden": True},
                    **{f"documents_fts_{s}": {"hidden": True} for s in ("config", "data", "docsize", "idx")},
                },
                "queries": QUERIES,
            }
        },
        "plugins": {"vanban": {"hidden_in_tables": HIDDEN_IN_TABLES}},
    }
