"""audit of administration: who (the OS user) ran a kiosk admin command

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An admin command may be about no terminal (a staff account): branch and device optional.
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=80), nullable=True))
        batch_op.alter_column('branch_id', existing_type=sa.String(length=36), nullable=True)
        batch_op.alter_column('device_id', existing_type=sa.String(length=36), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE audit_log SET branch_id = '' WHERE branch_id IS NULL")
    op.execute("UPDATE audit_log SET device_id = '' WHERE device_id IS NULL")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.alter_column('device_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('branch_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column('actor')
