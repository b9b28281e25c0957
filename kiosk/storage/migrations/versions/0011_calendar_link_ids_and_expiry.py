"""calendar links get an id (to list and revoke them by) and an expiry

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:00:00.000000

Links made before this revision expire a year after they were made, like new ones.
"""

import uuid
from datetime import timedelta

from alembic import op
import sqlalchemy as sa
import kiosk.storage.tables


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calendar_feeds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('expires_at', kiosk.storage.tables.UTCDateTime(timezone=True), nullable=True))
    feeds = sa.table(
        'calendar_feeds',
        sa.column('token_hash', sa.String(64)),
        sa.column('id', sa.String(36)),
        sa.column('created_at', kiosk.storage.tables.UTCDateTime(timezone=True)),
        sa.column('expires_at', kiosk.storage.tables.UTCDateTime(timezone=True)),
    )
    conn = op.get_bind()
    for token_hash, created_at in conn.execute(sa.select(feeds.c.token_hash, feeds.c.created_at)).all():
        conn.execute(
            feeds.update()
            .where(feeds.c.token_hash == token_hash)
            .values(id=str(uuid.uuid4()), expires_at=created_at + timedelta(days=365))
        )
    with op.batch_alter_table('calendar_feeds', schema=None) as batch_op:
        batch_op.alter_column('id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('expires_at', existing_type=kiosk.storage.tables.UTCDateTime(timezone=True), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_calendar_feeds_id'), ['id'])


def downgrade() -> None:
    with op.batch_alter_table('calendar_feeds', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_calendar_feeds_id'), type_='unique')
        batch_op.drop_column('expires_at')
        batch_op.drop_column('id')
