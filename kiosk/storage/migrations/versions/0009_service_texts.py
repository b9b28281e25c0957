"""service texts in other languages

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 23:55:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('service_texts',
    sa.Column('service_id', sa.String(length=36), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('bring', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_service_texts_service_id_services')),
    sa.PrimaryKeyConstraint('service_id', 'lang', name=op.f('pk_service_texts'))
    )


def downgrade() -> None:
    op.drop_table('service_texts')
