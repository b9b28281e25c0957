"""help requests withdrawn: the resident no longer needs anyone

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 10:00:00.000000

"Ik heb geen hulp meer nodig" at the kiosk takes the request off every counter's banner
(issue 11 point 1): a clerk must not walk over for nothing.
"""

from alembic import op
import sqlalchemy as sa
import kiosk.storage.tables


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('help_requests', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('withdrawn_at', kiosk.storage.tables.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table('help_requests', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')
