"""counter leases: which console has a counter open, until when

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 04:30:00.000000

A console renews its lease while it works; a crashed one's runs out, so its counter stops
counting as open (issue 12 point 6).
"""

from alembic import op
import sqlalchemy as sa
import kiosk.storage.tables


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counter_leases',
        sa.Column('counter_id', sa.String(length=36), nullable=False),
        sa.Column('holder_id', sa.String(length=80), nullable=False),
        sa.Column('holder_name', sa.String(length=200), nullable=False),
        sa.Column('expires_at', kiosk.storage.tables.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['counter_id'], ['counters.id'], name=op.f('fk_counter_leases_counter_id_counters')),
        sa.PrimaryKeyConstraint('counter_id', name=op.f('pk_counter_leases')),
    )


def downgrade() -> None:
    op.drop_table('counter_leases')
