"""Schema versions with Alembic.

A new, empty database gets the current schema and is stamped at the newest revision;
an existing one is brought forward by ``dyad db upgrade`` (the migrations in
``db/migrations/versions`` never drop user data).  The Alembic configuration is built in
code so the migrations ship inside the package and work from any directory.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from db.models import Base
from db.session import make_engine, resolve_db_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", resolve_db_url(url).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine) -> None:
    """Create the schema in an empty database and stamp it; leave existing ones alone."""
    tables = set(inspect(engine).get_table_names())
    if "events" in tables:
        return
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


class SchemaBehind(Exception):
    """A database made by an older Dyad that a writer must not touch before it is upgraded."""


def require_current(engine: Engine) -> None:
    """Refuse to write into a database whose schema revision is older than this code's.

    WHY: a revision may change how stored rows are keyed (0002 names a measure's act in its
    natural key); new rows written under the new keys beside old ones would duplicate
    events instead of merging into them.  Reading an older database stays allowed.
    """
    if "events" not in set(inspect(engine).get_table_names()):
        return
    found = current_revision(engine)
    head = head_revision()
    if found != head:
        url = engine.url.render_as_string(hide_password=True)
        raise SchemaBehind(
            f"database {url} is at schema revision {found or 'from before Alembic'}, this "
            f"version of Dyad writes revision {head}: run `dyad db upgrade --db {url}` first "
            "(it keeps every row)"
        )


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Bring the database at ``url`` to ``revision`` (default: the newest)."""
    engine = make_engine(url, create=False)
    tables = set(inspect(engine).get_table_names())
    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        cfg.attributes["connection"] = conn
        if "events" in tables and "alembic_version" not in tables:
            # made before Alembic was introduced: that is the first released schema
            command.stamp(cfg, "0001")
        command.upgrade(cfg, revision)
    engine.dispose()
